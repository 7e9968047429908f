// The console's queue puller thread and its signals back to the GUI thread.
#include "listener/QueuePullerService.h"

#include <QThread>

namespace Bouncedesk::Model {

QueuePullerService::QueuePullerService(QObject *parent) : QObject(parent) { }

QueuePullerService::~QueuePullerService()
{
    stop();
}

void QueuePullerService::start(const DatabaseUrl &url, const ListenerSettings &settings, const Aws::Account &account,
                               const PullerSettings &puller)
{
    stop();
    m_queueUrl = puller.queueUrl;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("bouncedesk-puller"));
    m_thread->start();
    auto *pulling = new QueuePuller(url, settings, account, puller);
    pulling->moveToThread(m_thread.get());
    m_puller = pulling;
    connect(pulling, &QueuePuller::messageStored, this, &QueuePullerService::messageStored, Qt::QueuedConnection);
    connect(pulling, &QueuePuller::messageRefused, this, &QueuePullerService::messageRefused, Qt::QueuedConnection);
    connect(pulling, &QueuePuller::batchDone, this, &QueuePullerService::stateChanged, Qt::QueuedConnection);
    connect(
        pulling, &QueuePuller::finished, this,
        [this](const QString &error) {
            // Only errors a retry cannot cure end the puller (keys, permissions, the queue URL).
            m_running = false;
            m_error = error;
            emit stateChanged();
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(pulling, [this, pulling] {
        const auto started = pulling->start();
        const QString error = started ? QString() : started.errorText();
        QMetaObject::invokeMethod(this, [this, error] {
            m_running = error.isEmpty();
            m_error = error;
            emit stateChanged();
        });
    });
}

void QueuePullerService::stop()
{
    if (!m_thread)
        return;
    if (m_puller) {
        QueuePuller *pulling = m_puller;
        // Destroyed on its own thread; a receive in flight is abandoned (its messages stay queued).
        QMetaObject::invokeMethod(pulling, [pulling] { delete pulling; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    const bool wasRunning = m_running;
    m_running = false;
    if (wasRunning)
        emit stateChanged();
}

void QueuePullerService::notStarted(const QString &queueUrl, const QString &error)
{
    stop();
    m_queueUrl = queueUrl;
    m_error = error;
    emit stateChanged();
}

QString QueuePullerService::lastError() const
{
    if (!m_error.isEmpty())
        return m_error;
    return m_puller ? m_puller->metrics().snapshot().lastError : QString();
}

ListenerCounts QueuePullerService::counts() const
{
    return m_puller ? m_puller->metrics().snapshot() : ListenerCounts{};
}

qint64 QueuePullerService::deleted() const
{
    return m_puller ? m_puller->deleted() : 0;
}

} // namespace Bouncedesk::Model
