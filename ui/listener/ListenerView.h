// ListenerView: the embedded listener's state and counters, the topics trusted, and the SNS subscription
// requests seen (pending ones can be trusted and confirmed here).
#pragma once

#include "store/DatabaseUrl.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace Bouncedesk::Model {
struct ListenerCounts;
class ListenerService;
class QueuePullerService;
}

namespace Bouncedesk::Ui {

class ListenerView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerView)

public:
    ListenerView(Model::DatabaseUrl url, Model::ListenerService *service, QWidget *parent = nullptr);
    ~ListenerView() override;

    // The topics trusted by configuration (settings or --topic): shown, not removable here.
    void setConfiguredTopics(const QStringList &topics);
    // The console's SQS puller (Settings → AWS); nullptr or not running: the queue box says how to set one up.
    void setQueueService(Model::QueuePullerService *queue);

public slots:
    void refresh();

private:
    void refreshCounters();
    // Adds a row for each reason whose count went up since the last reading.
    void noteRejections(const Model::ListenerCounts &counts);
    void refreshQueue();
    void refreshTrust();
    void updateButtons();
    void trustAndConfirmSelected();
    void removeTrustSelected();

    Model::DatabaseUrl m_url;
    Model::ListenerService *m_service; // owned by the application's wiring object
    QStringList m_configured;
    QStringList m_trustedArns; // configured and stored, as last read
    QString m_mayNotTrust;     // why this connection may not change trust; empty when it may, null until checked
    QLabel *m_state = nullptr;
    QLabel *m_counters = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QLabel *m_trustWarning = nullptr;
    QTableWidget *m_rejected = nullptr; // recent rejections, newest first
    QHash<QString, qint64> m_rejectedSeen; // counts by reason at the last reading
    QTableView *m_trusted = nullptr;
    QStandardItemModel *m_trustedModel = nullptr; // the ARN in the first column's data
    QPushButton *m_removeTrust = nullptr;
    QTableView *m_subscriptions = nullptr;
    QStandardItemModel *m_subscriptionModel = nullptr; // MessageId and state in the first column's data
    QPushButton *m_confirm = nullptr;
    QTimer *m_timer = nullptr;
    Model::QueuePullerService *m_queue = nullptr; // owned by the application's wiring object
    QLabel *m_queueState = nullptr;
    QLabel *m_queueCounters = nullptr;
};

} // namespace Bouncedesk::Ui
