// GetStartedPanel: what the dashboard shows on an empty database: send test traffic through the console's
// own listener, receive from AWS (the endpoint for SNS, or an SQS queue), or open a shared database.
#pragma once

#include "listener/TestTraffic.h"
#include "sns/SimulatorKey.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Bouncedesk::Ui {

class GetStartedPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetStartedPanel)

public:
    explicit GetStartedPanel(QWidget *parent = nullptr);
    ~GetStartedPanel() override;

    // Where test traffic goes: the console's own listener and the key it trusts. With no target
    // (listener off or failed), why not: the button is then disabled and the reason shown.
    void setTarget(const QUrl &target, std::optional<Model::Sns::SimulatorKey> key, const QString &unavailable);
    bool isSending() const;

    // How many notifications one click sends.
    static constexpr int TestTrafficCount = 200;

public slots:
    void sendTestTraffic();

signals:
    void trafficFinished(const Model::TrafficReport &report);
    void awsSetupRequested();
    void databaseSetupRequested();
    void hideRequested();

private:
    QUrl m_target;
    std::optional<Model::Sns::SimulatorKey> m_key;
    QPointer<Model::TestTraffic> m_traffic;
    QPushButton *m_send = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_sendStatus = nullptr;
    QLabel *m_endpoint = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Bouncedesk::Ui
