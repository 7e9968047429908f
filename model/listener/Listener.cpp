// The SNS webhook: parse and verify off the event loop, store in batches, answer only after commit.
#include "listener/Listener.h"

#include "core/LogText.h"
#include "core/WhenFinished.h"
#include "core/Secrets.h"
#include "listener/GuardedTcpServer.h"
#include "listener/MessageAge.h"
#include "listener/SnsIntake.h"
#include "ses/SesEvent.h"
#include "sns/Envelope.h"
#include "core/Time.h"
#include "ingest/IngestWriter.h"
#include "store/Database.h"
#include "store/RollupRepository.h"
#include "store/Stats.h"
#include "store/Store.h"
#include "store/SuppressionRepository.h"
#include "tables/RateSeries.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslKey>
#include <QTcpSocket>
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

// What a pool or writer thread hands back for one SNS request.
struct Outcome {
    quint64 exchange = 0;
    std::optional<Error> refused; // verification failed: nothing was stored
    std::optional<Result<IngestReply>> reply; // otherwise: what the writer made of it
    double verifySeconds = 0;
    double storeSeconds = 0;
    QString type;
    QString topic;
    QString messageId;
    QString token;
    QString eventType;
    std::optional<SubscriptionState> state;
};

namespace {
// The 200 answer, written by hand: QJsonDocument costs more than the rest of the reply. The same
// bytes QJsonDocument::toJson() gives; a MessageId that would need escaping takes the general path.
std::optional<QByteArray> storedBody(const QString &messageId, bool duplicate)
{
    QByteArray body;
    body.reserve(messageId.size() + 64);
    body += "{\n    \"messageId\": \"";
    for (const QChar c : messageId) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            return std::nullopt;
        body += char(u);
    }
    body += duplicate ? "\",\n    \"status\": \"duplicate\"\n}\n" : "\",\n    \"status\": \"stored\"\n}\n";
    return body;
}

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

// The rates /metrics exports: the last 24 hours and 7 days, over all mail and per identity with mail in
// the window. RateFilter takes the hours whose start lies in [from, to): at 10:30 the 24 buckets from
// 11:00 yesterday, as the dashboard counts them.
Result<QList<RateGauge>> readRates(const QSqlDatabase &db, const QDateTime &now)
{
    auto identities = RateSeries::identities(db);
    if (!identities)
        return identities.error();
    QList<RateGauge> gauges;
    const std::pair<const char *, qint64> windows[] = {{"24h", 24 * 3600}, {"7d", 7 * 24 * 3600}};
    for (const auto &[name, seconds] : windows) {
        QStringList sources{QString()};
        sources += *identities;
        for (const QString &identity : std::as_const(sources)) {
            auto s = RateSeries::totals(db, RateFilter{now.addSecs(-seconds), {}, identity, {}});
            if (!s)
                return s.error();
            // An identity without mail in the window has no figure (not a NaN series for every old sender).
            if (!identity.isEmpty() && s->denominator == 0 && s->hardBounces == 0 && s->complaints == 0)
                continue;
            gauges.append({QString::fromLatin1(name), identity, s->denominator, s->bounceRate, s->complaintRate});
        }
    }
    return gauges;
}

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
    // The intake's pool threads hand messages to the writer: they must be done before it goes.
    if (m_intake)
        m_intake->waitForDone();
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
    m_intake = new SnsIntake(m_url, m_settings, [this] { return m_clock(); }, this);
    if (auto started = m_intake->start(); !started)
        return started.error();
    connect(m_intake, &SnsIntake::subscriptionChanged, this, &Listener::subscriptionChanged);
    m_writer = std::make_unique<IngestWriter>(m_url, m_settings.policy);

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
        handleMetrics(request, socket);
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
    const quint64 id = ++m_nextExchange;
    m_exchanges.emplace(id, exchange);
    const QByteArray body = request.body();
    const QByteArray headerType = request.value("x-amz-sns-message-type");
    const qint64 receivedAt = m_clock().toMSecsSinceEpoch();
    const bool fromLoopback = socket->peerAddress().isLoopback();
    // Verified on a pool thread and handed to the writer from there; the writer's thread posts the
    // outcome back, and the event loop answers every outcome posted meanwhile in one go.
    IngestWriter *writer = m_writer.get();
    m_intake->verify(body, headerType, receivedAt, Delivery::Push, fromLoopback,
        [this, id, writer](Result<Verified> verified) {
            Outcome outcome;
            outcome.exchange = id;
            if (!verified) {
                outcome.refused = verified.error();
                post(std::move(outcome));
                return;
            }
            Verified v = std::move(verified).value();
            const IngestItem &item = v.item;
            outcome.verifySeconds = v.verifySeconds;
            outcome.type = item.envelope.typeName;
            outcome.topic = item.envelope.topicArn;
            outcome.messageId = item.envelope.messageId;
            outcome.token = item.envelope.token;
            outcome.state = item.subscription;
            if (item.ses.event)
                outcome.eventType = Ses::eventKindName(item.ses.event->kind);
            QElapsedTimer storeTimer;
            storeTimer.start();
            writer->submit(std::move(v.item),
                [this, storeTimer, outcome = std::move(outcome)](Result<IngestReply> reply) mutable {
                    outcome.storeSeconds = storeTimer.nsecsElapsed() / 1e9;
                    outcome.reply = std::move(reply);
                    post(std::move(outcome));
                });
        });
}

void Listener::post(Outcome outcome)
{
    QMutexLocker lock(&m_postedMutex);
    m_posted.push_back(std::move(outcome));
    if (m_answerScheduled)
        return;
    m_answerScheduled = true;
    QMetaObject::invokeMethod(this, &Listener::answerPosted, Qt::QueuedConnection);
}

void Listener::answerPosted()
{
    std::vector<Outcome> outcomes;
    {
        QMutexLocker lock(&m_postedMutex);
        outcomes.swap(m_posted);
        m_answerScheduled = false;
    }
    for (const Outcome &outcome : outcomes) {
        const auto it = m_exchanges.find(outcome.exchange);
        if (it == m_exchanges.end())
            continue;
        const std::shared_ptr<Exchange> exchange = std::move(it->second);
        m_exchanges.erase(it);
        if (outcome.refused) {
            reject(exchange, *outcome.refused);
            continue;
        }
        m_metrics.verified(outcome.verifySeconds);
        stored(exchange, outcome);
    }
}

void Listener::stored(const std::shared_ptr<Exchange> &exchange, const Outcome &outcome)
{
    const Result<IngestReply> &reply = *outcome.reply;
    if (!reply) {
        // Whatever went wrong on our side, SNS must try again: nothing was acknowledged.
        m_metrics.unavailable(reply.errorText());
        answer(*exchange, StatusCode::ServiceUnavailable,
               {{QStringLiteral("error"), QStringLiteral("could not store the message, retry later")}});
        qCWarning(lcListener).noquote() << "not stored" << logSafe(outcome.messageId) << logSafe(reply.errorText());
        finished(exchange);
        return;
    }
    const bool duplicate = reply->status == IngestReply::Status::Duplicate;
    if (duplicate)
        m_metrics.duplicate(outcome.storeSeconds);
    else
        m_metrics.stored(outcome.storeSeconds);
    if (const auto body = storedBody(outcome.messageId, duplicate); body && !exchange->answered && exchange->socket) {
        exchange->answered = true;
        exchange->responder.write(*body, "application/json", StatusCode::Ok);
    } else {
        answer(*exchange, StatusCode::Ok,
               {{QStringLiteral("status"), duplicate ? QStringLiteral("duplicate") : QStringLiteral("stored")},
                {QStringLiteral("messageId"), outcome.messageId}});
    }
    finished(exchange);
    if (duplicate)
        return;
    emit messageStored(outcome.type, outcome.eventType);
    if (outcome.state)
        emit subscriptionChanged(outcome.topic, subscriptionStateText(*outcome.state));
    if (outcome.state == SubscriptionState::Confirming)
        m_intake->confirm(outcome.topic, outcome.messageId, outcome.token);
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

void Listener::confirmSubscription(const QString &messageId)
{
    if (m_intake)
        m_intake->confirmSubscription(messageId);
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

void Listener::handleMetrics(const QHttpServerRequest &request, QTcpSocket *socket)
{
    static constexpr char contentType[] = "text/plain; version=0.0.4; charset=utf-8";
    if (m_metrics.ratesFresh(m_rateCacheMs)) {
        makeResponder(request, socket).write(m_metrics.prometheus(), contentType);
        return;
    }
    m_metricsWaiting.push_back(std::make_shared<Exchange>(makeResponder(request, socket), socket));
    if (m_metricsWaiting.size() > 1)
        return; // a read is running; its answer serves this scrape too
    const DatabaseUrl url = m_url;
    const QDateTime now = m_clock();
    whenFinished(QtConcurrent::run(&m_healthPool, [url, now]() -> Result<QList<RateGauge>> {
        auto db = Database::connection(url);
        if (!db)
            return db.error();
        auto rates = readRates(*db, now);
        if (!rates && rates.error().kind == Error::Kind::Unavailable)
            Database::closeConnection(url);
        return rates;
    }), this, [this](Result<QList<RateGauge>> rates) {
        if (!rates)
            qCWarning(lcListener).noquote() << "/metrics: cannot read the rates:" << logSafe(rates.errorText());
        m_metrics.setRates(rates ? *rates : QList<RateGauge>{}, rates.ok());
        const QByteArray body = m_metrics.prometheus();
        const auto waiting = std::exchange(m_metricsWaiting, {});
        for (const auto &exchange : waiting) {
            if (exchange->answered || !exchange->socket)
                continue;
            exchange->answered = true;
            exchange->responder.write(body, contentType);
        }
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
