// ListenerService: runs the Listener on a thread of its own, for the console (never on the GUI thread).
#pragma once

#include "core/Result.h"
#include "listener/ListenerMetrics.h"
#include "listener/ListenerSettings.h"
#include "store/DatabaseUrl.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace Bouncedesk::Model {

class Listener;

class ListenerService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerService)

public:
    explicit ListenerService(QObject *parent = nullptr);
    // Stops the listener and its thread (answers in-flight requests first).
    ~ListenerService() override;

    // (Re)starts the listener with these settings; the outcome arrives as stateChanged().
    void start(const DatabaseUrl &url, const ListenerSettings &settings);
    void stop();

    bool isRunning() const { return m_running; }
    QString address() const { return m_address; }
    QString lastStartError() const { return m_error; }
    // Thread-safe copy of the counters (zeros when not running).
    ListenerCounts counts() const;
    void confirmSubscription(const QString &messageId);

signals:
    void stateChanged();
    // Forwarded from the listener thread (queued).
    void messageStored(const QString &messageType, const QString &eventType);
    void requestRejected(const QString &reason, const QString &detail);
    void subscriptionChanged(const QString &topicArn, const QString &state);

private:
    std::unique_ptr<QThread> m_thread;
    QPointer<Listener> m_listener; // lives on m_thread
    bool m_running = false;
    QString m_address;
    QString m_error;
};

} // namespace Bouncedesk::Model
