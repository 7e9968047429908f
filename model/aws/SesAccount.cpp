// SES v2 over REST-JSON: the account suppression list (all pages), put, delete, and GetAccount.
#include "aws/SesAccount.h"

#include "core/WhenFinished.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <memory>

namespace Bouncedesk::Model::Aws {

namespace {
    const QByteArray SuppressionPath = "/v2/email/suppression/addresses";

    AwsCall sesCall(const char *action, const QByteArray &method, const QByteArray &path)
    {
        AwsCall call;
        call.service = Service::SesV2;
        call.action = QLatin1String(action);
        call.method = method;
        call.path = path;
        return call;
    }

    // REST-JSON timestamps are epoch seconds; accept ISO 8601 too.
    QDateTime timestamp(const QJsonValue &value)
    {
        if (value.isDouble())
            return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000), Qt::UTC);
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    }

    Result<void> voidResult(const Result<AwsReply> &reply)
    {
        if (!reply)
            return reply.error();
        return {};
    }

    struct Listing {
        AwsClient *client = nullptr;
        QList<SesSuppressed> found;
        QPromise<Result<QList<SesSuppressed>>> promise;
    };

    void nextPage(const std::shared_ptr<Listing> &listing, const QString &token)
    {
        AwsCall call = sesCall("ListSuppressedDestinations", "GET", SuppressionPath);
        call.query = "PageSize=1000";
        if (!token.isEmpty())
            call.query = "NextToken=" + SigV4::uriEncode(token.toUtf8()) + '&' + call.query;
        whenFinished(listing->client->call(call), listing->client, [listing](Result<AwsReply> reply) {
            if (!reply) {
                listing->promise.addResult(reply.error());
                listing->promise.finish();
                return;
            }
            const QJsonObject page = QJsonDocument::fromJson(reply->body).object();
            for (const QJsonValue &v : page.value(QStringLiteral("SuppressedDestinationSummaries")).toArray()) {
                const QJsonObject s = v.toObject();
                listing->found << SesSuppressed { s.value(QStringLiteral("EmailAddress")).toString(),
                    s.value(QStringLiteral("Reason")).toString(),
                    timestamp(s.value(QStringLiteral("LastUpdateTime"))) };
            }
            const QString next = page.value(QStringLiteral("NextToken")).toString();
            if (next.isEmpty()) {
                listing->promise.addResult(std::move(listing->found));
                listing->promise.finish();
                return;
            }
            nextPage(listing, next);
        });
    }
} // namespace

SesAccount::SesAccount(AwsClient *client)
    : m_client(client)
{
}

QFuture<Result<QList<SesSuppressed>>> SesAccount::listSuppressed() const
{
    auto listing = std::make_shared<Listing>();
    listing->client = m_client;
    listing->promise.start();
    auto future = listing->promise.future();
    nextPage(listing, {});
    return future;
}

QFuture<Result<void>> SesAccount::putSuppressed(const QString &email, const QString &reason) const
{
    AwsCall call = sesCall("PutSuppressedDestination", "PUT", SuppressionPath);
    call.headers = { { "Content-Type", "application/json" } };
    call.body
        = QJsonDocument(QJsonObject { { QStringLiteral("EmailAddress"), email }, { QStringLiteral("Reason"), reason } })
              .toJson(QJsonDocument::Compact);
    return mappedOn(m_client->call(call), m_client, voidResult);
}

QFuture<Result<void>> SesAccount::deleteSuppressed(const QString &email) const
{
    AwsCall call
        = sesCall("DeleteSuppressedDestination", "DELETE", SuppressionPath + '/' + SigV4::uriEncode(email.toUtf8()));
    return mappedOn(m_client->call(call), m_client, [](Result<AwsReply> reply) -> Result<void> {
        if (!reply && reply.error().code == u"aws-NotFoundException")
            return {};
        return voidResult(reply);
    });
}

QFuture<Result<SesAccountStatus>> SesAccount::status() const
{
    return mappedOn(m_client->call(sesCall("GetAccount", "GET", "/v2/email/account")), m_client,
        [](Result<AwsReply> reply) -> Result<SesAccountStatus> {
            if (!reply)
                return reply.error();
            const QJsonObject a = QJsonDocument::fromJson(reply->body).object();
            const QJsonObject quota = a.value(QStringLiteral("SendQuota")).toObject();
            SesAccountStatus s;
            s.sendingEnabled = a.value(QStringLiteral("SendingEnabled")).toBool();
            s.productionAccess = a.value(QStringLiteral("ProductionAccessEnabled")).toBool();
            s.enforcementStatus = a.value(QStringLiteral("EnforcementStatus")).toString();
            s.max24HourSend = quota.value(QStringLiteral("Max24HourSend")).toDouble();
            s.maxSendRate = quota.value(QStringLiteral("MaxSendRate")).toDouble();
            s.sentLast24Hours = quota.value(QStringLiteral("SentLast24Hours")).toDouble();
            return s;
        });
}

} // namespace Bouncedesk::Model::Aws
