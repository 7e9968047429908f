// SQS over the AWS JSON 1.0 protocol: ReceiveMessage and DeleteMessageBatch.
#include "aws/SqsQueue.h"

#include "core/WhenFinished.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QRegularExpression>

namespace Bouncedesk::Model::Aws {

namespace {
    // sqs.<region>.amazonaws.com[.cn] (or the legacy <region>.queue.amazonaws.com): the queue's region.
    QString regionOf(const QUrl &url)
    {
        static const QRegularExpression host(
            QStringLiteral(R"(^(?:sqs\.([a-z0-9-]+)|([a-z0-9-]+)\.queue)\.amazonaws\.com(?:\.cn)?$)"));
        const auto match = host.match(url.host().toLower());
        if (!match.hasMatch())
            return {};
        return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    }
} // namespace

SqsQueue::SqsQueue(AwsClient *client, const QString &queueUrl)
    : m_client(client)
    , m_url(queueUrl)
    , m_region(regionOf(QUrl(queueUrl)))
{
    if (m_region.isEmpty())
        m_region = client->account().region;
}

Result<void> SqsQueue::checkUrl(const QString &queueUrl)
{
    const QUrl url(queueUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()
        || url.path().count(u'/') < 2)
        return Error::invalid(QCoreApplication::translate("Aws",
                                  "'%1' is not an SQS queue URL (https://sqs.<region>.amazonaws.com/"
                                  "<account>/<queue name>)")
                                  .arg(queueUrl),
            QStringLiteral("usage"));
    return {};
}

AwsCall SqsQueue::jsonCall(const char *action, const QJsonObject &body, int timeoutMs) const
{
    AwsCall call;
    call.service = Service::Sqs;
    call.action = QLatin1String(action);
    call.headers
        = { { "Content-Type", "application/x-amz-json-1.0" }, { "X-Amz-Target", QByteArray("AmazonSQS.") + action } };
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.region = m_region;
    call.timeoutMs = timeoutMs;
    // Without an override, talk to the queue's own regional endpoint.
    if (!m_client->account().endpointOverride.isValid()
        && !m_client->account().serviceEndpoints.contains(Service::Sqs)) {
        const QUrl queue(m_url);
        QUrl endpoint;
        endpoint.setScheme(queue.scheme());
        endpoint.setHost(queue.host());
        endpoint.setPort(queue.port());
        call.endpoint = endpoint;
    }
    return call;
}

QFuture<Result<QList<SqsMessage>>> SqsQueue::receive(const ReceiveOptions &options) const
{
    QJsonObject body { { QStringLiteral("QueueUrl"), m_url },
        { QStringLiteral("MaxNumberOfMessages"), qBound(1, options.maxMessages, 10) },
        { QStringLiteral("WaitTimeSeconds"), qBound(0, options.waitSeconds, 20) },
        { QStringLiteral("MessageSystemAttributeNames"),
            QJsonArray { QStringLiteral("ApproximateReceiveCount"), QStringLiteral("SentTimestamp") } } };
    if (options.visibilityTimeout >= 0)
        body.insert(QStringLiteral("VisibilityTimeout"), options.visibilityTimeout);
    // Long polling holds the request up to WaitTimeSeconds: the transfer timeout must outlast it.
    const int timeoutMs = (qBound(0, options.waitSeconds, 20) + 15) * 1000;
    return mappedOn(m_client->call(jsonCall("ReceiveMessage", body, timeoutMs)), m_client,
        [](Result<AwsReply> reply) -> Result<QList<SqsMessage>> {
            if (!reply)
                return reply.error();
            QList<SqsMessage> messages;
            const QJsonArray list
                = QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("Messages")).toArray();
            for (const QJsonValue &v : list) {
                const QJsonObject m = v.toObject();
                SqsMessage message;
                message.messageId = m.value(QStringLiteral("MessageId")).toString();
                message.receiptHandle = m.value(QStringLiteral("ReceiptHandle")).toString();
                message.body = m.value(QStringLiteral("Body")).toString().toUtf8();
                const QJsonObject attributes = m.value(QStringLiteral("Attributes")).toObject();
                message.receiveCount = attributes.value(QStringLiteral("ApproximateReceiveCount")).toString().toInt();
                message.sentAt = QDateTime::fromMSecsSinceEpoch(
                    attributes.value(QStringLiteral("SentTimestamp")).toString().toLongLong(), Qt::UTC);
                const QString md5 = m.value(QStringLiteral("MD5OfBody")).toString();
                if (!md5.isEmpty()
                    && QCryptographicHash::hash(message.body, QCryptographicHash::Md5).toHex() != md5.toLatin1())
                    continue; // damaged in transit: it stays in the queue and comes again
                if (!message.receiptHandle.isEmpty())
                    messages << message;
            }
            return messages;
        });
}

QFuture<Result<QStringList>> SqsQueue::remove(const QStringList &receiptHandles) const
{
    // DeleteMessageBatch takes 10 at a time; the groups go out together and are summed up at the end.
    struct Removal {
        QPromise<Result<QStringList>> promise;
        QStringList notDeleted;
        std::optional<Error> firstError;
        int open = 0;
        int failedCalls = 0;
        int calls = 0;
    };
    auto removal = std::make_shared<Removal>();
    removal->promise.start();
    QFuture<Result<QStringList>> future = removal->promise.future();
    if (receiptHandles.isEmpty()) {
        removal->promise.addResult(QStringList());
        removal->promise.finish();
        return future;
    }
    for (qsizetype start = 0; start < receiptHandles.size(); start += 10) {
        const QStringList group = receiptHandles.mid(start, 10);
        QJsonArray entries;
        for (qsizetype i = 0; i < group.size(); ++i)
            entries.append(QJsonObject {
                { QStringLiteral("Id"), QString::number(i) }, { QStringLiteral("ReceiptHandle"), group.at(i) } });
        ++removal->open;
        ++removal->calls;
        whenFinished(m_client->call(jsonCall("DeleteMessageBatch",
                         { { QStringLiteral("QueueUrl"), m_url }, { QStringLiteral("Entries"), entries } })),
            m_client, [removal, group](Result<AwsReply> reply) {
                if (!reply) {
                    if (!removal->firstError)
                        removal->firstError = reply.error();
                    ++removal->failedCalls;
                    removal->notDeleted << group;
                } else {
                    const QJsonArray failed
                        = QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("Failed")).toArray();
                    for (const QJsonValue &f : failed)
                        removal->notDeleted << group.value(f.toObject().value(QStringLiteral("Id")).toString().toInt());
                }
                if (--removal->open > 0)
                    return;
                if (removal->failedCalls == removal->calls)
                    removal->promise.addResult(*removal->firstError);
                else
                    removal->promise.addResult(removal->notDeleted);
                removal->promise.finish();
            });
    }
    return future;
}

} // namespace Bouncedesk::Model::Aws
