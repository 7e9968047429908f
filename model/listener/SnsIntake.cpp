// One set of rules for every SNS message: parse, certificate URL, trusted topic, signature, age.
#include "listener/SnsIntake.h"

#include "core/LogText.h"
#include "core/WhenFinished.h"
#include "listener/CertificateStore.h"
#include "listener/TrustedTopics.h"
#include "ses/SesEvent.h"
#include "sns/CertUrlPolicy.h"
#include "sns/Envelope.h"
#include "sns/SignatureVerifier.h"
#include "sns/SimulatorKey.h"
#include "store/Database.h"
#include "store/SubscriptionRepository.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>
#include <QtConcurrent>

Q_DECLARE_LOGGING_CATEGORY(lcListener)

namespace Bouncedesk::Model {

// What the off-loop stage hands back: an item to store, a certificate to fetch first, or a refusal.
struct Prepared {
    std::optional<IngestItem> item;
    Error error;
    bool needCertificate = false;
    double verifySeconds = 0;
    Delivery delivery = Delivery::Push;
    bool simulated = false; // on the simulator's topic, checked with its key
};

namespace {
    Result<Verified> outcome(Prepared prepared)
    {
        if (!prepared.item)
            return prepared.error;
        return Verified { std::move(*prepared.item), prepared.verifySeconds };
    }
} // namespace

SnsIntake::SnsIntake(DatabaseUrl url, const ListenerSettings &settings, Clock clock, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_settings(settings)
    , m_clock(std::move(clock))
{
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
}

SnsIntake::~SnsIntake() { m_pool.waitForDone(); }

Result<void> SnsIntake::start()
{
    m_certificates = new CertificateStore(
        m_url, m_settings, [this] { return m_clock(); }, this);
    if (auto loaded = m_certificates->load(); !loaded)
        return loaded.error();
    if (!m_settings.simulatorCertificatePem.isEmpty()) {
        auto simulator = Sns::Certificate::fromPem(m_settings.simulatorCertificatePem);
        if (!simulator)
            return Error::invalid(QStringLiteral("the simulator certificate: %1").arg(simulator.errorText()));
        m_simulator = std::move(simulator).value();
    }
    m_trusted = std::make_unique<TrustedTopics>(m_url, m_settings.topicAllowlist);
    if (!m_trusted->refresh())
        return Error::unavailable(QStringLiteral("cannot read the trusted topics from %1").arg(m_url.displayString()));
    if (m_trusted->isEmpty())
        qCWarning(lcListener) << "no trusted topic: every notification is refused (403) until a topic is trusted "
                                 "in the console or given with --topic; subscription requests are kept as pending";
    auto *sweep = new QTimer(this);
    sweep->setInterval(m_settings.trustRefreshMs);
    connect(sweep, &QTimer::timeout, this, &SnsIntake::sweepTrust);
    sweep->start();
    m_network = new QNetworkAccessManager(this);
    return {};
}

QFuture<Result<Verified>> SnsIntake::verify(
    QByteArray body, std::optional<QByteArray> headerType, qint64 receivedAt, Delivery delivery, bool fromLoopback)
{
    auto promise = std::make_shared<QPromise<Result<Verified>>>();
    promise->start();
    QFuture<Result<Verified>> future = promise->future();
    verify(std::move(body), std::move(headerType), receivedAt, delivery, fromLoopback,
        [promise](Result<Verified> result) {
            promise->addResult(std::move(result));
            promise->finish();
        });
    return future;
}

void SnsIntake::verify(QByteArray body, std::optional<QByteArray> headerType, qint64 receivedAt, Delivery delivery,
    bool fromLoopback, Done done)
{
    m_pool.start([this, body = std::move(body), headerType = std::move(headerType), receivedAt, delivery, fromLoopback,
                     done = std::move(done)] {
        Prepared prepared = prepare(body, headerType, receivedAt, delivery, fromLoopback);
        if (!prepared.item || !prepared.needCertificate) {
            done(outcome(std::move(prepared)));
            return;
        }
        // The certificate is downloaded on this object's thread (its network access lives there).
        auto pending = std::make_shared<Prepared>(std::move(prepared));
        QMetaObject::invokeMethod(
            this, [this, pending, done] { fetchThenVerify(pending, done); }, Qt::QueuedConnection);
    });
}

void SnsIntake::fetchThenVerify(std::shared_ptr<Prepared> pending, Done done)
{
    const QString url = pending->item->envelope.signingCertUrl;
    whenFinished(m_certificates->fetch(url), this, [this, done, pending](Result<Sns::Certificate> certificate) {
        if (!certificate) {
            done(certificate.error());
            return;
        }
        pending->needCertificate = false;
        m_pool.start([this, pending, done] {
            Prepared again = verifyWith(std::move(*pending));
            if (again.needCertificate) { // expired between download and use
                again.item.reset();
                again.error = Error::invalid(QStringLiteral("certificate not valid now"), QStringLiteral("cert-expired"));
            }
            done(outcome(std::move(again)));
        });
    });
}

Prepared SnsIntake::prepare(const QByteArray &body, const std::optional<QByteArray> &headerType, qint64 receivedAt,
    Delivery delivery, bool fromLoopback) const
{
    Prepared out;
    out.delivery = delivery;
    auto envelope = Sns::Envelope::parse(body);
    if (!envelope) {
        out.error = envelope.error();
        return out;
    }
    if (headerType && QString::fromLatin1(*headerType) != envelope->typeName) {
        out.error = Error::invalid(QStringLiteral("x-amz-sns-message-type '%1' does not match the body's Type '%2'")
                                       .arg(QString::fromLatin1(*headerType).left(64), envelope->typeName),
            QStringLiteral("type-mismatch"));
        return out;
    }
    if (auto url = Sns::checkSigningCertUrl(envelope->signingCertUrl, envelope->topic); !url) {
        out.error = url.error();
        return out;
    }
    // The simulator's topic is checked with the simulator's key alone, and only for Notifications
    // posted from this machine to a listener told to trust it; no download is ever made for it.
    out.simulated = envelope->topicArn == Sns::SimulatorTopicArn;
    if (out.simulated && (!m_simulator || !fromLoopback || envelope->type != Sns::Envelope::Type::Notification)) {
        out.error = Error::refused(!m_simulator ? QStringLiteral("the simulator's test traffic is not trusted here: "
                                                                 "start the listener with --trust-simulator")
                                                : QStringLiteral("the simulator's test traffic is taken only as "
                                                                 "Notifications posted from this machine"),
            QStringLiteral("topic"));
        return out;
    }
    // Trust is checked on the TopicArn inside the signed body, never on a header, and before any
    // certificate is fetched for it. Subscription requests from other topics are kept as pending.
    if (!out.simulated && envelope->type == Sns::Envelope::Type::Notification
        && !m_trusted->isTrusted(envelope->topicArn)) {
        out.error = Error::refused(QStringLiteral("topic %1 is not trusted: trust it in the console's Listener view "
                                                  "or start the listener with --topic")
                                       .arg(envelope->topicArn),
            QStringLiteral("topic"));
        return out;
    }
    if (m_settings.maxMessageAgeSeconds > 0
        && envelope->timestampUtc.secsTo(QDateTime::fromMSecsSinceEpoch(receivedAt, Qt::UTC))
            > m_settings.maxMessageAgeSeconds) {
        out.error = Error::invalid(QStringLiteral("message from %1 is older than %2 s")
                                       .arg(envelope->timestamp)
                                       .arg(m_settings.maxMessageAgeSeconds),
            QStringLiteral("too-old"));
        return out;
    }
    IngestItem item;
    item.envelope = std::move(envelope).value();
    item.rawBody = body;
    item.receivedAt = receivedAt;
    out.item = std::move(item);
    return verifyWith(std::move(out));
}

Prepared SnsIntake::verifyWith(Prepared prepared) const
{
    IngestItem &item = *prepared.item;
    const auto certificate = prepared.simulated ? m_simulator : m_certificates->cached(item.envelope.signingCertUrl);
    if (!certificate) {
        prepared.needCertificate = true;
        return prepared;
    }
    QElapsedTimer timer;
    timer.start();
    auto verified = Sns::verifySignature(item.envelope, *certificate);
    prepared.verifySeconds = timer.nsecsElapsed() / 1e9;
    if (!verified) {
        prepared.error = verified.error();
        prepared.item.reset();
        return prepared;
    }
    // After the signature, so that only a genuine message's Timestamp counts (a tampered one is a
    // signature failure). 400 like "too-old": the message itself is refused, not its sender (403 is
    // for signature, certificate and topic); any 4xx is permanent for SNS, so a replay is not retried.
    const QDateTime receivedAt = QDateTime::fromMSecsSinceEpoch(item.receivedAt, Qt::UTC);
    if (auto age = checkMessageAge(item.envelope.timestampUtc, receivedAt, m_settings, prepared.delivery); !age) {
        prepared.error = age.error();
        prepared.item.reset();
        return prepared;
    }
    // Only now, with the signature proven, is anything in the message trusted.
    switch (item.envelope.type) {
    case Sns::Envelope::Type::Notification:
        item.ses = Ses::parseSesMessage(QByteArrayView(item.envelope.message));
        break;
    case Sns::Envelope::Type::SubscriptionConfirmation:
        // Never confirmed for a topic nobody trusts: anyone can subscribe us to their own topic.
        item.subscription = m_settings.autoConfirm && m_trusted->isTrusted(item.envelope.topicArn)
            ? SubscriptionState::Confirming
            : SubscriptionState::Pending;
        break;
    case Sns::Envelope::Type::UnsubscribeConfirmation:
        item.subscription = SubscriptionState::Unsubscribed;
        break;
    }
    return prepared;
}

void SnsIntake::confirm(const QString &topicArn, const QString &messageId, const QString &token)
{
    // Two listeners on one database may both confirm: harmless for SNS. Within one, once at a time.
    if (m_confirming.contains(messageId))
        return;
    // Rebuilt from the verified TopicArn: the envelope's SubscribeURL is never fetched as given.
    Sns::Envelope envelope;
    envelope.type = Sns::Envelope::Type::SubscriptionConfirmation;
    envelope.topicArn = topicArn;
    envelope.token = token;
    auto topic = Sns::TopicArn::parse(topicArn);
    if (!topic) {
        setSubscriptionState(messageId, topicArn, SubscriptionState::Failed, topic.errorText());
        return;
    }
    envelope.topic = *topic;
    auto url = Sns::subscribeUrlFor(envelope);
    if (!url) {
        setSubscriptionState(messageId, topicArn, SubscriptionState::Failed, url.errorText());
        return;
    }
    m_confirming.insert(messageId);
    QNetworkReply *reply = m_network->get(snsRequest(*url, m_settings));
    connect(reply, &QNetworkReply::finished, this, [this, reply, messageId, topicArn, token] {
        reply->deleteLater();
        m_confirming.remove(messageId);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            setSubscriptionState(messageId, topicArn, SubscriptionState::Confirmed, QString());
            return;
        }
        // Qt's error texts can quote the URL, whose Token confirms the subscription: never log or store it.
        QString why = status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
        if (!token.isEmpty())
            why.replace(token, QStringLiteral("<token>"));
        setSubscriptionState(messageId, topicArn, SubscriptionState::Failed, why);
    });
}

void SnsIntake::sweepTrust()
{
    const DatabaseUrl url = m_url;
    const bool autoConfirm = m_settings.autoConfirm;
    TrustedTopics *trusted = m_trusted.get();
    whenFinished(QtConcurrent::run(&m_pool,
                     [url, autoConfirm, trusted]() -> QList<SubscriptionRepository::Request> {
                         trusted->refresh();
                         if (!autoConfirm)
                             return {};
                         auto db = Database::connection(url);
                         if (!db)
                             return {};
                         auto pending = SubscriptionRepository(*db).pending(100);
                         if (!pending)
                             return {};
                         QList<SubscriptionRepository::Request> now;
                         for (const auto &request : std::as_const(*pending))
                             if (trusted->isTrusted(request.topicArn))
                                 now << request;
                         return now;
                     }),
        this, [this](QList<SubscriptionRepository::Request> requests) {
            for (const auto &r : std::as_const(requests))
                confirm(r.topicArn, r.messageId, r.token);
        });
}

void SnsIntake::confirmSubscription(const QString &messageId)
{
    const DatabaseUrl url = m_url;
    whenFinished(QtConcurrent::run(&m_pool,
                     [url, messageId]() -> std::pair<QString, QString> {
                         auto db = Database::connection(url);
                         if (!db)
                             return {};
                         auto found = SubscriptionRepository(*db).confirmable(messageId);
                         if (!found || !found->has_value())
                             return {};
                         return std::pair((*found)->topicArn, (*found)->token);
                     }),
        this, [this, messageId](std::pair<QString, QString> found) {
            if (!found.first.isEmpty())
                confirm(found.first, messageId, found.second);
        });
}

void SnsIntake::setSubscriptionState(
    const QString &messageId, const QString &topicArn, SubscriptionState state, const QString &error)
{
    if (!error.isEmpty())
        qCWarning(lcListener).noquote() << "subscription to" << logSafe(topicArn) << subscriptionStateText(state)
                                        << logSafe(error);
    const DatabaseUrl url = m_url;
    const qint64 now = m_clock().toMSecsSinceEpoch();
    whenFinished(QtConcurrent::run(&m_pool,
                     [url, messageId, state, error, now] {
                         auto db = Database::connection(url);
                         if (!db)
                             return false;
                         return SubscriptionRepository(*db).setState(messageId, state, error, now).ok();
                     }),
        this, [this, topicArn, state](bool) { emit subscriptionChanged(topicArn, subscriptionStateText(state)); });
}

} // namespace Bouncedesk::Model
