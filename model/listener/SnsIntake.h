// SnsIntake: verifies SNS envelopes however they arrive (POST /sns, an SQS queue) and confirms the
// subscriptions of trusted topics. The HTTP listener and the queue puller share it, so a message is
// judged by one set of rules whichever way it came.
#pragma once

#include "core/Result.h"
#include "ingest/IngestItem.h"
#include "listener/ListenerSettings.h"
#include "listener/MessageAge.h"
#include "sns/Certificate.h"
#include "store/DatabaseUrl.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Bouncedesk::Model {

class CertificateStore;
class TrustedTopics;
struct Prepared;

// A message whose signature, certificate, topic and age passed, parsed, ready to store.
struct Verified {
    IngestItem item;
    double verifySeconds = 0;
};

class SnsIntake final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnsIntake)

public:
    using Clock = std::function<QDateTime()>;
    SnsIntake(DatabaseUrl url, const ListenerSettings &settings, Clock clock, QObject *parent = nullptr);
    ~SnsIntake() override;

    // Loads certificates and trusted topics (warning when there is none) and starts re-reading trust.
    Result<void> start();

    // On this object's thread. headerType: the x-amz-sns-message-type header of a POST, which must
    // match the body's Type; none for a queue. The error's code is the reason for metrics and replies
    // ("topic", "signature", "cert-...", "stale", ...); Unavailable errors are ours (retry later).
    // fromLoopback: the POST came from this machine, the only place the simulator's topic is taken
    // from (and only with settings.simulatorCertificatePem).
    QFuture<Result<Verified>> verify(QByteArray body, std::optional<QByteArray> headerType, qint64 receivedAt,
        Delivery delivery, bool fromLoopback = false);
    // The same checks without a future: done is called on a pool thread (or, when the certificate had
    // to be fetched first, on this object's thread), so it must be thread-safe. The listener stores
    // straight from there instead of a round trip through its event loop per request.
    using Done = std::function<void(Result<Verified>)>;
    void verify(QByteArray body, std::optional<QByteArray> headerType, qint64 receivedAt, Delivery delivery,
        bool fromLoopback, Done done);
    // Waits for the checks under way (their done callbacks included); for the owner's destructor.
    void waitForDone() { m_pool.waitForDone(); }

    // After a SubscriptionConfirmation of a trusted topic was stored (state Confirming): confirm it.
    void confirm(const QString &topicArn, const QString &messageId, const QString &token);
    // Confirms a pending subscription by hand (console); the URL is rebuilt from its TopicArn.
    void confirmSubscription(const QString &messageId);

signals:
    void subscriptionChanged(const QString &topicArn, const QString &state);

private:
    Prepared prepare(const QByteArray &body, const std::optional<QByteArray> &headerType, qint64 receivedAt,
        Delivery delivery, bool fromLoopback) const;
    Prepared verifyWith(Prepared prepared) const;
    // On this object's thread: downloads the certificate prepared needs, then verifies on the pool.
    void fetchThenVerify(std::shared_ptr<Prepared> prepared, Done done);
    void setSubscriptionState(
        const QString &messageId, const QString &topicArn, SubscriptionState state, const QString &error);
    // Re-reads the trusted topics and, with auto-confirm, confirms pending requests of topics trusted since.
    void sweepTrust();

    DatabaseUrl m_url;
    const ListenerSettings &m_settings; // the owner's, which outlives this object
    Clock m_clock;
    QThreadPool m_pool; // parsing and signature checks
    CertificateStore *m_certificates = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<TrustedTopics> m_trusted; // read on pool threads; thread-safe
    std::optional<Sns::Certificate> m_simulator; // set in start(), then only read
    QSet<QString> m_confirming; // MessageIds with a confirmation under way (this thread)
};

} // namespace Bouncedesk::Model
