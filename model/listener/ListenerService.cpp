// The embedded listener's thread and its signals back to the GUI thread.
#include "listener/ListenerService.h"

#include "listener/Listener.h"

#include <QThread>

namespace Bouncedesk::Model {

ListenerService::ListenerService(QObject *parent) : QObject(parent) { }

ListenerService::~ListenerService()
{
    stop();
}

void ListenerService::start(const DatabaseUrl &url, const ListenerSettings &settings)
{
    stop();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("bouncedesk-listener"));
    m_thread->start();
    auto *listener = new Listener(url, settings);
    listener->moveToThread(m_thread.get());
    m_listener = listener;
    connect(listener, &Listener::messageStored, this, &ListenerService::messageStored, Qt::QueuedConnection);
    connect(listener, &Listener::requestRejected, this, &ListenerService::requestRejected, Qt::QueuedConnection);
    connect(listener, &Listener::subscriptionChanged, this, &ListenerService::subscriptionChanged, Qt::QueuedConnection);

    // Binding opens the database and loads certificates: done on the listener's thread, reported back.
    QMetaObject::invokeMethod(listener, [this, listener, settings] {
        auto port = listener->start();
        const QString address = port ? QStringLiteral("%1://%2:%3/sns")
                                           .arg(settings.tlsCertFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"),
                                                settings.address.toString())
                                           .arg(*port)
                                     : QString();
        const QString error = port ? QString() : port.errorText();
        QMetaObject::invokeMethod(this, [this, address, error] {
            m_running = error.isEmpty();
            m_address = address;
            m_error = error;
            emit stateChanged();
        });
    });
}

void ListenerService::stop()
{
    if (!m_thread)
        return;
    if (m_listener) {
        Listener *listener = m_listener;
        // Destroyed on its own thread: sockets, timers and the writer belong there.
        QMetaObject::invokeMethod(listener, [listener] { delete listener; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    const bool wasRunning = m_running;
    m_running = false;
    m_address.clear();
    if (wasRunning)
        emit stateChanged();
}

ListenerCounts ListenerService::counts() const
{
    // ListenerMetrics is mutex-protected; the pointer is only reset on this (GUI) thread in stop().
    return m_listener ? m_listener->metrics().snapshot() : ListenerCounts{};
}

void ListenerService::confirmSubscription(const QString &messageId)
{
    if (Listener *listener = m_listener)
        QMetaObject::invokeMethod(listener, [listener, messageId] { listener->confirmSubscription(messageId); });
}

} // namespace Bouncedesk::Model
