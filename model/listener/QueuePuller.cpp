// The SQS loop: long-poll, verify each message, store, delete what is committed, repeat.
#include "listener/QueuePuller.h"

#include "aws/AwsClient.h"
#include "aws/SqsQueue.h"
#include "core/LogText.h"
#include "core/WhenFinished.h"
#include "ingest/IngestWriter.h"
#include "listener/SnsIntake.h"
#include "ses/SesEvent.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcListener)

namespace Bouncedesk::Model {

// The messages of one receive: deleted together once each is stored or refused.
struct QueuePuller::Batch {
    int open = 0;
    int received = 0;
    QStringList toDelete;
};

QueuePuller::QueuePuller(
    DatabaseUrl url, ListenerSettings settings, Aws::Account account, PullerSettings puller, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_settings(std::move(settings))
    , m_puller(std::move(puller))
    , m_client(new Aws::AwsClient(std::move(account), this))
{
}

QueuePuller::~QueuePuller() = default;

Result<void> QueuePuller::start()
{
    if (auto ok = Aws::SqsQueue::checkUrl(m_puller.queueUrl); !ok)
        return ok.error();
    auto db = Store::open(m_url);
    if (!db)
        return db.error();
    m_queue = std::make_unique<Aws::SqsQueue>(m_client, m_puller.queueUrl);
    if (!m_puller.rawDelivery) {
        m_intake = new SnsIntake(
            m_url, m_settings, [] { return QDateTime::currentDateTimeUtc(); }, this);
        if (auto started = m_intake->start(); !started)
            return started.error();
    }
    m_writer = std::make_unique<IngestWriter>(m_url, m_settings.policy);
    m_retryDelayMs = m_puller.retryDelayMs;
    QTimer::singleShot(0, this, &QueuePuller::receive);
    return {};
}

void QueuePuller::stop()
{
    m_stopping = true;
    if (!m_busy)
        emit finished(QString());
}

void QueuePuller::receive()
{
    if (m_stopping) {
        emit finished(QString());
        return;
    }
    m_busy = true;
    whenFinished(m_queue->receive({ m_puller.maxMessages, m_puller.waitSeconds, m_puller.visibilityTimeout }), this,
        [this](Result<QList<Aws::SqsMessage>> messages) {
            if (!messages) {
                receiveFailed(messages.error());
                return;
            }
            m_retryDelayMs = m_puller.retryDelayMs;
            if (messages->isEmpty()) {
                m_busy = false;
                if (m_puller.once || m_stopping)
                    emit finished(QString());
                else
                    receive();
                return;
            }
            auto batch = std::make_shared<Batch>();
            batch->open = int(messages->size());
            batch->received = batch->open;
            for (const Aws::SqsMessage &message : std::as_const(*messages))
                handle(batch, message);
        });
}

void QueuePuller::receiveFailed(const Error &error)
{
    m_busy = false;
    m_metrics.unavailable(error.message);
    // Keys, permissions and a wrong queue do not heal by waiting; with --once, nothing does. The
    // error goes to finished() and is reported once by whoever runs the puller.
    const bool permanent = error.kind != Error::Kind::Unavailable;
    if (m_puller.once || permanent || m_stopping) {
        emit finished(error.message);
        return;
    }
    qCWarning(lcListener).noquote() << "queue" << m_puller.queueUrl << ":" << error.message << "- retrying in"
                                    << m_retryDelayMs / 1000 << "s";
    QTimer::singleShot(m_retryDelayMs, this, &QueuePuller::receive);
    m_retryDelayMs = qMin(60000, m_retryDelayMs * 2);
}

void QueuePuller::handle(const std::shared_ptr<Batch> &batch, const Aws::SqsMessage &message)
{
    m_metrics.received();
    const QString receipt = message.receiptHandle;
    const auto refuse = [this, batch](const Error &error) {
        if (error.kind == Error::Kind::Unavailable) {
            m_metrics.unavailable(error.message);
        } else {
            const QString reason = error.code.isEmpty() ? QStringLiteral("invalid") : error.code;
            m_metrics.rejected(reason, error.message);
            qCWarning(lcListener).noquote() << "queued message refused (" << reason
                                            << "), left for the dead-letter queue:" << logSafe(error.message);
            emit messageRefused(reason, error.message);
        }
        if (--batch->open == 0)
            settle(batch);
    };
    const auto store = [this, batch, receipt, refuse](Verified verified) {
        m_metrics.verified(verified.verifySeconds);
        const IngestItem &item = verified.item;
        const QString type = item.envelope.typeName;
        const QString eventType = item.ses.event ? Ses::eventKindName(item.ses.event->kind) : QString();
        const std::optional<SubscriptionState> state = item.subscription;
        const QString topic = item.envelope.topicArn, messageId = item.envelope.messageId, token = item.envelope.token;
        QElapsedTimer timer;
        timer.start();
        whenFinished(m_writer->submit(std::move(verified.item)), this, [=, this](Result<IngestReply> reply) {
            if (!reply) {
                refuse(Error::unavailable(QStringLiteral("not stored: %1").arg(reply.errorText())));
                return;
            }
            const bool duplicate = reply->status == IngestReply::Status::Duplicate;
            if (duplicate)
                m_metrics.duplicate(timer.nsecsElapsed() / 1e9);
            else
                m_metrics.stored(timer.nsecsElapsed() / 1e9);
            batch->toDelete << receipt;
            if (!duplicate) {
                emit messageStored(type, eventType);
                if (state == SubscriptionState::Confirming && m_intake)
                    m_intake->confirm(topic, messageId, token);
            }
            if (--batch->open == 0)
                settle(batch);
        });
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_puller.rawDelivery) {
        // Bare SES JSON: nothing to verify, so it is marked "unsigned", with the queue where the topic and
        // certificate would be; SQS's MessageId keys it.
        IngestItem item = IngestItem::fromSesMessage(QString::fromUtf8(message.body), m_puller.queueUrl,
            message.sentAt.isValid() ? message.sentAt : QDateTime::currentDateTimeUtc(), QStringLiteral("unsigned"),
            m_puller.queueUrl, message.messageId);
        item.receivedAt = now;
        if (item.ses.kind != Ses::ParseOutcome::Kind::Ses) {
            refuse(Error::invalid(
                QStringLiteral("raw message is not SES JSON: %1").arg(item.ses.note), QStringLiteral("raw-not-ses")));
            return;
        }
        store(Verified { std::move(item), 0 });
        return;
    }
    whenFinished(m_intake->verify(message.body, std::nullopt, now, Delivery::Queue), this,
        [store, refuse](Result<Verified> verified) {
            if (verified)
                store(std::move(verified).value());
            else
                refuse(verified.error());
        });
}

void QueuePuller::settle(const std::shared_ptr<Batch> &batch)
{
    const auto next = [this, batch] {
        emit batchDone(batch->received);
        m_busy = false;
        receive();
    };
    if (batch->toDelete.isEmpty()) {
        next();
        return;
    }
    whenFinished(m_queue->remove(batch->toDelete), this, [this, batch, next](Result<QStringList> notDeleted) {
        // Not deleted: received again later and answered as a duplicate then. Nothing is lost.
        const qsizetype left = notDeleted ? notDeleted->size() : batch->toDelete.size();
        m_deleted += batch->toDelete.size() - left;
        if (!notDeleted)
            m_metrics.unavailable(notDeleted.errorText());
        else if (left > 0)
            qCWarning(lcListener) << left
                                  << "stored messages were not deleted from the queue; they come again as duplicates";
        next();
    });
}

} // namespace Bouncedesk::Model
