// QueuePullerService: runs a QueuePuller on a thread of its own, for the console (beside or instead of
// the embedded HTTP listener).
#pragma once

#include "aws/AwsConfig.h"
#include "listener/ListenerMetrics.h"
#include "listener/ListenerSettings.h"
#include "listener/QueuePuller.h"
#include "store/DatabaseUrl.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace Bouncedesk::Model {

class QueuePullerService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePullerService)

public:
    explicit QueuePullerService(QObject *parent = nullptr);
    ~QueuePullerService() override;

    // (Re)starts pulling; the outcome arrives as stateChanged().
    void start(const DatabaseUrl &url, const ListenerSettings &settings, const Aws::Account &account,
               const PullerSettings &puller);
    void stop();
    // Not started because of err (e.g. no AWS credentials): shown like a failed start.
    void notStarted(const QString &queueUrl, const QString &error);

    bool isRunning() const { return m_running; }
    QString queueUrl() const { return m_queueUrl; }
    // Why it is not running, or the last failed receive (it retries by itself).
    QString lastError() const;
    // Thread-safe copy of the counters (zeros when not running).
    ListenerCounts counts() const;
    qint64 deleted() const;

signals:
    void stateChanged();
    void messageStored(const QString &messageType, const QString &eventType);
    void messageRefused(const QString &reason, const QString &detail);

private:
    std::unique_ptr<QThread> m_thread;
    QPointer<QueuePuller> m_puller; // lives on m_thread
    bool m_running = false;
    QString m_queueUrl;
    QString m_error;
};

} // namespace Bouncedesk::Model
