// ListenerView: the embedded listener's address, state and counters, and the SNS subscriptions seen.
#pragma once

#include "store/DatabaseUrl.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace Bouncedesk::Model {
class ListenerService;
}

namespace Bouncedesk::Ui {

class ListenerView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerView)

public:
    ListenerView(Model::DatabaseUrl url, Model::ListenerService *service, QWidget *parent = nullptr);
    ~ListenerView() override;

public slots:
    void refresh();

private:
    void refreshCounters();
    void confirmSelected();

    Model::DatabaseUrl m_url;
    Model::ListenerService *m_service; // owned by the application's wiring object
    QLabel *m_state = nullptr;
    QLabel *m_counters = nullptr;
    QTableWidget *m_rejected = nullptr;
    QTableView *m_subscriptions = nullptr;
    QStandardItemModel *m_subscriptionModel = nullptr; // MessageId and state in the first column's data
    QPushButton *m_confirm = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Bouncedesk::Ui
