// AwsClient: signed calls to AWS APIs over QNetworkAccessManager, with AWS's error shapes and retries.
#pragma once

#include "aws/AwsConfig.h"
#include "aws/SigV4.h"
#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Bouncedesk::Model::Aws {

struct AwsCall {
    Service service = Service::Sqs;
    QString action; // e.g. "ReceiveMessage": for messages and IAM hints
    QByteArray method = "POST";
    QByteArray path = "/"; // percent-encoded, as sent
    QByteArray query; // percent-encoded (SigV4::uriEncode per key and value)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrl endpoint; // empty: the account's endpoint for the service
    QString region; // empty: the account's region (an SQS queue URL names its own)
    int timeoutMs = 30000;
};

struct AwsReply {
    int status = 0;
    QByteArray body;
};

// How failures are retried: throttling, 5xx and network errors, with "full jitter" exponential
// backoff as the AWS SDKs' standard mode does it (delay uniform in [0, min(max, base * 2^attempt)]).
struct RetryPolicy {
    int maxAttempts = 4;
    int baseDelayMs = 500;
    int maxDelayMs = 20000;
};

// AWS's error in a reply (JSON __type, x-amzn-ErrorType, x-amzn-query-error or XML <Code>), turned
// into one clear sentence. Kind: Refused for credentials and permissions, Unavailable for throttling,
// 5xx and the network (retried), Invalid for the rest. code: "aws-credentials", "aws-access",
// "aws-throttled", "aws-unavailable", "aws-network" or "aws-<AWS code>".
Error replyError(const AwsCall &call, int status, const QByteArray &body, const QByteArray &errorTypeHeader,
    const QByteArray &queryErrorHeader, const Credentials &credentials);

class AwsClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsClient)

public:
    explicit AwsClient(Account account, QObject *parent = nullptr);
    // A client for the account the source gives, owned by parent; nullptr and *error when there is
    // none (no source: "not connected to AWS").
    static AwsClient *fromSource(const AccountSource &source, QObject *parent, QString *error);

    // SES allows about one suppression-list or account call per second: its calls start this far apart.
    static constexpr int SesCallIntervalMs = 1000;
    ~AwsClient() override;

    const Account &account() const { return m_account; }
    void setRetryPolicy(RetryPolicy policy) { m_retry = policy; }
    // For tests: the time requests are signed with.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // On this object's thread. A 2xx reply, or the error after the retries it deserved.
    QFuture<Result<AwsReply>> call(AwsCall call);
    // Calls to a service start at least this far apart (SES allows about one suppression-list call
    // per second); 0: no spacing. SES v2 starts at SesAccount::DefaultIntervalMs.
    void setMinimumInterval(Service service, int ms) { m_interval[service] = ms; }
    // Requests sent, retries included (for tests and the console's status).
    int requestsSent() const { return m_sent; }

private:
    struct Pending;
    void attempt(const std::shared_ptr<Pending> &pending); // spaced per service, then send()
    void send(const std::shared_ptr<Pending> &pending);

    Account m_account;
    RetryPolicy m_retry;
    std::function<QDateTime()> m_clock;
    QNetworkAccessManager *m_network = nullptr;
    int m_sent = 0;
    QMap<Service, int> m_interval;
    QMap<Service, qint64> m_nextStart; // ms since epoch when the next call to the service may start
};

} // namespace Bouncedesk::Model::Aws
