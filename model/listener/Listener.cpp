// The SNS webhook: parse and verify off the event loop, store in batches, answer only after commit.
#include "listener/Listener.h"

#include "core/LogText.h"
#include "core/Secrets.h"
#include "core/WhenFinished.h"
#include "listener/CertificateStore.h"
#include "listener/GuardedTcpServer.h"
#include "listener/TrustedTopics.h"
#include "listener/MessageAge.h"
#include "ses/SesEvent.h"
#include "sns/CertUrlPolicy.h"
#include "sns/Envelope.h"
#include "sns/SignatureVerifier.h"
#include "core/Time.h"
#include "ingest/IngestWriter.h"
#include "store/Database.h"
#include "store/RollupRepository.h"
#include "store/Stats.h"
#include "store/Store.h"
#include "store/SubscriptionRepository.h"
#include "store/SuppressionRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcListener, "bouncedesk.listener")

namespace Bouncedesk::Model {

using StatusCode = QHttpServerResponder::StatusCode;

// One HTTP exchange waiting for its answer; the socket may go away before we answer.
struct Exchange {
    Exchange(QHttpServerResponder &&r, QTcpSocket *s) : responder(std::move(r)), socket(s) { }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QElapsedTimer timer;
    bool answered = false;
};

// What the off-loop stage hands back: an item to store, a certificate to fetch first, or a refusal.
struct Prepared {
    std::optional<IngestItem> item;
    std::optional<Sns::Envelope> envelope; // parsed but waiting for its certificate
    Error error;
    bool needCertificate = false;
    double verifySeconds = 0;
    Delivery delivery = Delivery::Push;
};

namespace {
void answer(Exchange &exchange, StatusCode status, const QJsonObject &body)
{
    if (exchange.answered || !exchange.socket)
        return;
    exchange.answered = true;
    exchange.responder.write(QJsonDocument(body), status);
}

// What the socket layer refused or closed on its own, in the listener's metrics.
void countSocketRefusal(ListenerMetrics &metrics, GuardedTcpServer::Refusal why)
{
    using Refusal = GuardedTcpServer::Refusal;
    switch (why) {
    case Refusal::TooLarge:
        metrics.received();
        metrics.rejected(QStringLiteral("too-large"), QStringLiteral("request body over the limit"));
        return;
    case Refusal::HeadTooLarge:
        metrics.received();
        metrics.rejected(QStringLiteral("head-too-large"), QStringLiteral("request head over 16 KiB"));
        return;
    case Refusal::LengthRequired:
        metrics.received();
        metrics.rejected(QStringLiteral("length-required"), QStringLiteral("no single Content-Length"));
        return;
    case Refusal::Unauthorised:
        metrics.received();
        metrics.rejected(QStringLiteral("auth"), QStringLiteral("missing or wrong basic auth"));
        return;
    case Refusal::TooManyConnections:
        metrics.connectionRefused();
        return;
    case Refusal::IdleTimeout:
        metrics.timedOut(QStringLiteral("idle"));
        return;
    case Refusal::HeadTimeout:
        metrics.timedOut(QStringLiteral("head"));
        return;
    case Refusal::BodyTimeout:
        metrics.timedOut(QStringLiteral("body"));
        return;
    case Refusal::ResponseTimeout:
        metrics.timedOut(QStringLiteral("response"));
        return;
    }
}

ConnectionLimits limitsFor(const ListenerSettings &settings)
{
    ConnectionLimits limits;
    limits.maxBodyBytes = settings.maxBodyBytes;
    limits.maxConnections = settings.maxConnections;
    limits.idleTimeoutMs = settings.idleTimeoutSeconds * 1000;
    limits.headTimeoutMs = settings.headTimeoutSeconds * 1000;
    limits.bodyTimeoutMs = settings.bodyTimeoutSeconds * 1000;
    if (!settings.basicAuthUser.isEmpty())
        limits.basicAuth = (settings.basicAuthUser + u':' + settings.basicAuthPassword).toUtf8();
    return limits;
}

// What /healthz reports from the database: cheap figures only, each from an index.
struct HealthFigures {
    Activity activity;
    RollupCounts lastDay;
};

StatusCode statusFor(const Error &error)
{
    if (error.kind == Error::Kind::Unavailable)
        return StatusCode::ServiceUnavailable;
    if (error.code == u"topic" || error.code.startsWith(u"signature") || error.code.startsWith(u"cert"))
        return StatusCode::Forbidden;
    return StatusCode::BadRequest;
}
} // namespace

Listener::Listener(DatabaseUrl url, ListenerSettings settings, QObject *parent)
    : QAbstractHttpServer(parent),
      m_url(std::move(url)),
      m_settings(std::move(settings)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_healthPool.setMaxThreadCount(1);
}

Listener::~Listener()
{
    m_pool.waitForDone();
    m_healthPool.waitForDone();
    m_writer.reset();
}

void Listener::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

quint16 Listener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

quint16 Listener::opsPort() const
{
    return m_opsServer ? m_opsServer->serverPort() : 0;
}

Result<quint16> Listener::start()
{
    if (m_settings.opsTokenRequired && m_settings.suppressionApiToken.isEmpty())
        return Error::invalid(QStringLiteral("the ops endpoints need the API token, and none is set"));
    auto db = Store::open(m_url);
    if (!db)
        return db.error();
    m_certificates = new CertificateStore(m_url, m_settings, [this] { return m_clock(); }, this);
    if (auto loaded = m_certificates->load(); !loaded)
        return loaded.error();
    m_writer = std::make_unique<IngestWriter>(m_url, m_settings.policy);
    m_trusted = std::make_unique<TrustedTopics>(m_url, m_settings.topicAllowlist);
    if (!m_trusted->refresh())
        return Error::unavailable(QStringLiteral("cannot read the trusted topics from %1").arg(m_url.displayString()));
    if (m_trusted->isEmpty())
        qCWarning(lcListener) << "no trusted topic: every notification is refused (403) until a topic is trusted "
                                 "in the console or given with --topic; subscription requests are kept as pending";
    auto *sweep = new QTimer(this);
    sweep->setInterval(m_settings.trustRefreshMs);
    connect(sweep, &QTimer::timeout, this, &Listener::sweepTrust);
    sweep->start();
    m_network = new QNetworkAccessManager(this);

    m_server = new GuardedTcpServer(limitsFor(m_settings), this);
    m_server->setOnRejected([this](GuardedTcpServer::Refusal why) { countSocketRefusal(m_metrics, why); });
    m_server->setOnConnectionCount([this](int) {
        m_metrics.setOpenConnections(m_server->openConnections() + (m_opsServer ? m_opsServer->openConnections() : 0));
    });
    if (!m_settings.tlsCertFile.isEmpty() || !m_settings.tlsKeyFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(m_settings.tlsCertFile, QSsl::Pem);
        QFile keyFile(m_settings.tlsKeyFile);
        if (certs.isEmpty())
            return Error::invalid(QStringLiteral("no certificate in %1").arg(m_settings.tlsCertFile));
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("cannot read %1: %2").arg(m_settings.tlsKeyFile, keyFile.errorString()));
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = key.isNull() ? QSslKey(keyFile.seek(0) ? &keyFile : nullptr, QSsl::Ec) : QSslKey();
        if (key.isNull() && ecKey.isNull())
            return Error::invalid(QStringLiteral("no usable private key in %1").arg(m_settings.tlsKeyFile));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(certs);
        tls.setPrivateKey(key.isNull() ? ecKey : key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server->setTls(tls);
    }
    if (!m_server->listen(m_settings.address, m_settings.port))
        return Error::unavailable(QStringLiteral("cannot listen on %1:%2: %3")
                                      .arg(m_settings.address.toString())
                                      .arg(m_settings.port)
                                      .arg(m_server->errorString()));
    bind(m_server);
    qCInfo(lcListener) << "listening on" << m_settings.address.toString() << m_server->serverPort();
    if (auto ops = listenForOps(); !ops)
        return ops.error();
    return m_server->serverPort();
}

Result<void> Listener::listenForOps()
{
    if (m_settings.opsPort < 0)
        return {};
    // Plain HTTP with the same limits, without basic auth: meant for a loopback or private address.
    ConnectionLimits limits = limitsFor(m_settings);
    limits.basicAuth.clear();
    m_opsServer = new GuardedTcpServer(limits, this);
    m_opsServer->setOnRejected([this](GuardedTcpServer::Refusal why) { countSocketRefusal(m_metrics, why); });
    m_opsServer->setOnConnectionCount([this](int) {
        m_metrics.setOpenConnections(m_server->openConnections() + m_opsServer->openConnections());
    });
    if (!m_opsServer->listen(m_settings.opsAddress, quint16(m_settings.opsPort)))
        return Error::unavailable(QStringLiteral("cannot listen on %1:%2 for /healthz and /metrics: %3")
                                      .arg(m_settings.opsAddress.toString())
                                      .arg(m_settings.opsPort)
                                      .arg(m_opsServer->errorString()));
    bind(m_opsServer);
    qCInfo(lcListener) << "ops endpoints on" << m_settings.opsAddress.toString() << m_opsServer->serverPort();
    return {};
}

void Listener::stop()
{
    if (m_server)
        m_server->close();
    if (m_opsServer)
        m_opsServer->close();
}

bool Listener::authorised(const QHttpServerRequest &request) const
{
    if (m_settings.basicAuthUser.isEmpty())
        return true;
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Basic "))
        return false;
    const QByteArray expected = (m_settings.basicAuthUser + u':' + m_settings.basicAuthPassword).toUtf8();
    return secretsEqual(QByteArray::fromBase64(header.mid(6)), expected);
}

bool Listener::bearerAuthorised(const QHttpServerRequest &request) const
{
    const QByteArray expected = "Bearer " + m_settings.suppressionApiToken.toUtf8();
    return secretsEqual(request.value("Authorization"), expected);
}

bool Listener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool ops = path == u"/healthz" || path == u"/metrics";
    // With an ops address, each address serves only its own endpoints (the rest is 404).
    if (m_opsServer && ops != (socket->parent() == m_opsServer))
        return false;
    if (ops && get && m_settings.opsTokenRequired && !bearerAuthorised(request)) {
        makeResponder(request, socket)
            .write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("bearer token required")}}),
                   {{"WWW-Authenticate", "Bearer"}}, StatusCode::Unauthorized);
        return true;
    }
    if (path == u"/sns") {
        if (request.method() != QHttpServerRequest::Method::Post) {
            makeResponder(request, socket)
                .write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("use POST")}}),
                       StatusCode::MethodNotAllowed);
            return true;
        }
        handleSns(request, socket);
        return true;
    }
    if (path == u"/healthz" && get) {
        handleHealth(request, socket);
        return true;
    }
    if (path == u"/metrics" && get) {
        makeResponder(request, socket).write(m_metrics.prometheus(), "text/plain; version=0.0.4");
        return true;
    }
    static const QString suppressionPrefix = QStringLiteral("/v1/suppressions/");
    if (path.startsWith(suppressionPrefix) && get && !m_settings.suppressionApiToken.isEmpty()) {
        handleSuppressionLookup(request, socket, path.mid(suppressionPrefix.size()));
        return true;
    }
    return false;
}

void Listener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}}), StatusCode::NotFound);
}

void Listener::handleSns(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_metrics.received();
    auto exchange = std::make_shared<Exchange>(makeResponder(request, socket), socket);
    exchange->timer.start();
    ++m_inFlight;
    if (!authorised(request)) {
        m_metrics.rejected(QStringLiteral("auth"), QStringLiteral("missing or wrong basic auth"));
        exchange->responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("unauthorised")}}),
                                  {{"WWW-Authenticate", "Basic realm=\"bouncedesk\""}}, StatusCode::Unauthorized);
        exchange->answered = true;
        finished(exchange);
        return;
    }
    const QByteArray body = request.body();
    const QByteArray headerType = request.value("x-amz-sns-message-type");
    const qint64 receivedAt = m_clock().toMSecsSinceEpoch();
    whenFinished(
        QtConcurrent::run(&m_pool, [this, body, headerType, receivedAt] { return prepare(body, headerType, receivedAt); }),
        this, [this, exchange](Prepared prepared) { continueWith(exchange, std::move(prepared)); });
}

Prepared Listener::prepare(const QByteArray &body, const QByteArray &headerType, qint64 receivedAt,
                           Delivery delivery) const
{
    Prepared out;
    out.delivery = delivery;
    auto envelope = Sns::Envelope::parse(body);
    if (!envelope) {
        out.error = envelope.error();
        return out;
    }
    if (QString::fromLatin1(headerType) != envelope->typeName) {
        out.error = Error::invalid(QStringLiteral("x-amz-sns-message-type '%1' does not match the body's Type '%2'")
                                       .arg(QString::fromLatin1(headerType).left(64), envelope->typeName),
                                   QStringLiteral("type-mismatch"));
        return out;
    }
    if (auto url = Sns::checkSigningCertUrl(envelope->signingCertUrl, envelope->topic); !url) {
        out.error = url.error();
        return out;
    }
    // Trust is checked on the TopicArn inside the signed body, never on a header, and before any
    // certificate is fetched for it. Subscription requests from other topics are kept as pending.
    if (envelope->type == Sns::Envelope::Type::Notification && !m_trusted->isTrusted(envelope->topicArn)) {
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

Prepared Listener::verifyWith(Prepared prepared) const
{
    IngestItem &item = *prepared.item;
    const auto certificate = m_certificates->cached(item.envelope.signingCertUrl);
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
        item.ses = Ses::parseSesMessage(item.envelope.message);
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

void Listener::continueWith(const std::shared_ptr<Exchange> &exchange, Prepared prepared)
{
    if (!prepared.item) {
        reject(exchange, prepared.error);
        return;
    }
    if (!prepared.needCertificate) {
        submit(exchange, std::move(prepared));
        return;
    }
    const QString url = prepared.item->envelope.signingCertUrl;
    auto pending = std::make_shared<Prepared>(std::move(prepared));
    whenFinished(m_certificates->fetch(url), this, [this, exchange, pending](Result<Sns::Certificate> certificate) {
        if (!certificate) {
            reject(exchange, certificate.error());
            return;
        }
        pending->needCertificate = false;
        whenFinished(QtConcurrent::run(&m_pool, [this, pending] {
            Prepared again = verifyWith(std::move(*pending));
            if (again.needCertificate) { // expired between download and use
                again.item.reset();
                again.error = Error::invalid(QStringLiteral("certificate not valid now"), QStringLiteral("cert-expired"));
            }
            return again;
        }), this, [this, exchange](Prepared verified) {
            if (!verified.item)
                reject(exchange, verified.error);
            else
                submit(exchange, std::move(verified));
        });
    });
}

void Listener::submit(const std::shared_ptr<Exchange> &exchange, Prepared prepared)
{
    m_metrics.verified(prepared.verifySeconds);
    const QString type = prepared.item->envelope.typeName;
    const QString topic = prepared.item->envelope.topicArn;
    const QString messageId = prepared.item->envelope.messageId;
    const QString token = prepared.item->envelope.token;
    const std::optional<SubscriptionState> state = prepared.item->subscription;
    const QString eventType = prepared.item->ses.event ? Ses::eventKindName(prepared.item->ses.event->kind) : QString();
    QElapsedTimer storeTimer;
    storeTimer.start();
    whenFinished(m_writer->submit(std::move(*prepared.item)), this, [=, this](Result<IngestReply> reply) {
        const double seconds = storeTimer.nsecsElapsed() / 1e9;
        if (!reply) {
            // Whatever went wrong on our side, SNS must try again: nothing was acknowledged.
            m_metrics.unavailable(reply.errorText());
            answer(*exchange, StatusCode::ServiceUnavailable,
                   {{QStringLiteral("error"), QStringLiteral("could not store the message, retry later")}});
            qCWarning(lcListener).noquote() << "not stored" << logSafe(messageId) << logSafe(reply.errorText());
            finished(exchange);
            return;
        }
        const bool duplicate = reply->status == IngestReply::Status::Duplicate;
        if (duplicate)
            m_metrics.duplicate(seconds);
        else
            m_metrics.stored(seconds);
        answer(*exchange, StatusCode::Ok,
               {{QStringLiteral("status"), duplicate ? QStringLiteral("duplicate") : QStringLiteral("stored")},
                {QStringLiteral("messageId"), messageId}});
        finished(exchange);
        if (duplicate)
            return;
        emit messageStored(type, eventType);
        if (state)
            emit subscriptionChanged(topic, subscriptionStateText(*state));
        if (state == SubscriptionState::Confirming)
            confirm(topic, messageId, token);
    });
}

void Listener::reject(const std::shared_ptr<Exchange> &exchange, const Error &error)
{
    const QString reason = error.code.isEmpty() ? QStringLiteral("invalid") : error.code;
    if (error.kind == Error::Kind::Unavailable) {
        m_metrics.unavailable(error.message);
        qCWarning(lcListener).noquote() << "answering 503:" << logSafe(error.message);
    } else {
        m_metrics.rejected(reason, error.message);
        qCWarning(lcListener).noquote() << "rejected (" << reason << "):" << logSafe(error.message);
        emit requestRejected(reason, error.message);
    }
    answer(*exchange, statusFor(error), {{QStringLiteral("error"), error.message.left(500)},
                                         {QStringLiteral("reason"), reason}});
    finished(exchange);
}

void Listener::finished(const std::shared_ptr<Exchange> &)
{
    if (--m_inFlight == 0)
        emit idleChanged();
}

void Listener::confirm(const QString &topicArn, const QString &messageId, const QString &token)
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

void Listener::sweepTrust()
{
    const DatabaseUrl url = m_url;
    const bool autoConfirm = m_settings.autoConfirm;
    TrustedTopics *trusted = m_trusted.get();
    whenFinished(QtConcurrent::run(&m_pool, [url, autoConfirm, trusted]() -> QList<SubscriptionRepository::Request> {
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
    }), this, [this](QList<SubscriptionRepository::Request> requests) {
        for (const auto &r : std::as_const(requests))
            confirm(r.topicArn, r.messageId, r.token);
    });
}

void Listener::confirmSubscription(const QString &messageId)
{
    const DatabaseUrl url = m_url;
    whenFinished(QtConcurrent::run(&m_pool, [url, messageId]() -> std::pair<QString, QString> {
        auto db = Database::connection(url);
        if (!db)
            return {};
        auto found = SubscriptionRepository(*db).confirmable(messageId);
        if (!found || !found->has_value())
            return {};
        return std::pair((*found)->topicArn, (*found)->token);
    }), this, [this, messageId](std::pair<QString, QString> found) {
        if (!found.first.isEmpty())
            confirm(found.first, messageId, found.second);
    });
}

void Listener::setSubscriptionState(const QString &messageId, const QString &topicArn, SubscriptionState state,
                                    const QString &error)
{
    if (!error.isEmpty())
        qCWarning(lcListener).noquote() << "subscription to" << logSafe(topicArn) << subscriptionStateText(state) << logSafe(error);
    const DatabaseUrl url = m_url;
    const qint64 now = m_clock().toMSecsSinceEpoch();
    whenFinished(QtConcurrent::run(&m_pool, [url, messageId, state, error, now] {
        auto db = Database::connection(url);
        if (!db)
            return false;
        return SubscriptionRepository(*db).setState(messageId, state, error, now).ok();
    }), this, [this, topicArn, state](bool) { emit subscriptionChanged(topicArn, subscriptionStateText(state)); });
}

void Listener::handleHealth(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_healthWaiting.push_back(std::make_shared<Exchange>(makeResponder(request, socket), socket));
    if (m_healthWaiting.size() > 1)
        return; // a check is running; its answer serves this request too
    const DatabaseUrl url = m_url;
    const QDateTime now = m_clock();
    whenFinished(QtConcurrent::run(&m_healthPool, [url, now]() -> Result<HealthFigures> {
        auto db = Database::connection(url);
        if (!db)
            return db.error();
        // Reachability first (no table touched), then only index-backed figures: never COUNT(*) of a table.
        Result<HealthFigures> figures = HealthFigures{};
        if (auto ping = Database::ping(*db); !ping) {
            figures = ping.error();
        } else if (auto activity = Stats::activity(*db); !activity) {
            figures = activity.error();
        } else {
            QDateTime from = now.addSecs(-23 * 3600);
            from.setTime(QTime(from.time().hour(), 0));
            auto lastDay = RollupRepository(*db).total(RollupRange{from, {}, {}, {}});
            if (lastDay)
                figures = HealthFigures{*activity, *lastDay};
            else
                figures = lastDay.error();
        }
        if (!figures && figures.error().kind == Error::Kind::Unavailable)
            Database::closeConnection(url);
        return figures;
    }), this, [this](Result<HealthFigures> figures) {
        const ListenerCounts c = m_metrics.snapshot();
        const bool writerRunning = m_writer && m_writer->running();
        const bool ok = figures.ok() && writerRunning;
        QJsonObject body{{QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("degraded")},
                         {QStringLiteral("database"), figures.ok()},
                         {QStringLiteral("writer"),
                          QJsonObject{{QStringLiteral("running"), writerRunning},
                                      {QStringLiteral("queue"), m_writer ? qint64(m_writer->queueDepth()) : 0}}},
                         {QStringLiteral("connections"), c.openConnections},
                         {QStringLiteral("received"), c.received},
                         {QStringLiteral("stored"), c.stored},
                         {QStringLiteral("duplicates"), c.duplicates},
                         {QStringLiteral("rejected"), c.rejectedTotal()}};
        if (figures) {
            // Events of the last 24 hours from the hourly counters, and what is active now.
            const RollupCounts &day = figures->lastDay;
            body.insert(QStringLiteral("counts"),
                        QJsonObject{{QStringLiteral("window_hours"), 24},
                                    {QStringLiteral("sends"), day.sends},
                                    {QStringLiteral("deliveries"), day.deliveries},
                                    {QStringLiteral("bounces"), day.bounces},
                                    {QStringLiteral("hard_bounces"), day.hard},
                                    {QStringLiteral("soft_bounces"), day.soft},
                                    {QStringLiteral("complaints"), day.complaints},
                                    {QStringLiteral("suppressed"), figures->activity.suppressed},
                                    {QStringLiteral("unreviewed_complaints"), figures->activity.unreviewedComplaints},
                                    {QStringLiteral("last_message_id"), figures->activity.lastMessageId}});
        } else {
            body.insert(QStringLiteral("error"), figures.errorText());
        }
        if (!writerRunning)
            body.insert(QStringLiteral("error"), QStringLiteral("the ingest writer is not running"));
        const auto waiting = std::exchange(m_healthWaiting, {});
        for (const auto &exchange : waiting)
            answer(*exchange, ok ? StatusCode::Ok : StatusCode::ServiceUnavailable, body);
    });
}

void Listener::handleSuppressionLookup(const QHttpServerRequest &request, QTcpSocket *socket, const QString &rawEmail)
{
    auto exchange = std::make_shared<Exchange>(makeResponder(request, socket), socket);
    if (!bearerAuthorised(request)) {
        answer(*exchange, StatusCode::Unauthorized, {{QStringLiteral("error"), QStringLiteral("bearer token required")}});
        return;
    }
    const QString email = QUrl::fromPercentEncoding(rawEmail.toUtf8()).trimmed().toLower();
    const DatabaseUrl url = m_url;
    whenFinished(QtConcurrent::run(&m_pool, [url, email]() -> Result<QJsonObject> {
        auto db = Database::connection(url);
        if (!db)
            return db.error();
        auto active = SuppressionRepository(*db).active(email);
        if (!active)
            return active.error();
        QJsonObject out{{QStringLiteral("email"), email}, {QStringLiteral("suppressed"), false}};
        if (active->has_value()) {
            out.insert(QStringLiteral("suppressed"), true);
            out.insert(QStringLiteral("reason"), (*active)->reason);
            out.insert(QStringLiteral("since"), Time::isoUtcMs((*active)->addedAt));
        }
        return out;
    }), this, [exchange](Result<QJsonObject> result) {
        if (result)
            answer(*exchange, StatusCode::Ok, *result);
        else
            answer(*exchange, StatusCode::ServiceUnavailable, {{QStringLiteral("error"), result.errorText()}});
    });
}

} // namespace Bouncedesk::Model
