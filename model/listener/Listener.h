// Listener: the SNS webhook service (POST /sns, /healthz, /metrics, /v1/suppressions/{email}).
#pragma once

#include "core/Result.h"
#include "core/SubscriptionState.h"
#include "listener/ListenerMetrics.h"
#include "listener/ListenerSettings.h"
#include "listener/MessageAge.h"
#include "store/DatabaseUrl.h"

#include <QAbstractHttpServer>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Bouncedesk::Model {

class GuardedTcpServer;
class IngestWriter;
class SnsIntake;
struct Exchange;
struct Outcome;
struct Verified;

class Listener final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    using Clock = std::function<QDateTime()>;
    Listener(DatabaseUrl url, ListenerSettings settings, QObject *parent = nullptr);
    ~Listener() override;

    // For tests with old, real AWS messages: the time used for certificate dates and message age.
    void setClock(Clock clock);
    // How long /metrics serves the rates it last read before reading them again (default 30 s).
    void setRateCacheMs(qint64 ms) { m_rateCacheMs = ms; }
    // Opens the database (migrating it), loads certificates, binds. Returns the bound port.
    Result<quint16> start();
    // Stops accepting connections; requests already received are still answered.
    void stop();
    bool idle() const { return m_inFlight == 0; }
    quint16 port() const;
    // The separate address for /healthz and /metrics (ListenerSettings::opsPort), 0 if none.
    quint16 opsPort() const;
    const ListenerMetrics &metrics() const { return m_metrics; }
    const ListenerSettings &settings() const { return m_settings; }

    // Confirms a pending subscription by hand (console); the URL is rebuilt from its TopicArn.
    void confirmSubscription(const QString &messageId);

signals:
    void messageStored(const QString &messageType, const QString &eventType);
    void requestRejected(const QString &reason, const QString &detail);
    void subscriptionChanged(const QString &topicArn, const QString &state);
    void idleChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleSns(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleHealth(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleMetrics(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleSuppressionLookup(const QHttpServerRequest &request, QTcpSocket *socket, const QString &email);
    // Any thread: an exchange's outcome, answered on the event loop with the others that came meanwhile.
    void post(Outcome outcome);
    void answerPosted();
    void stored(const std::shared_ptr<Exchange> &exchange, const Outcome &outcome);
    void reject(const std::shared_ptr<Exchange> &exchange, const Error &error);
    void finished(const std::shared_ptr<Exchange> &exchange);
    bool authorised(const QHttpServerRequest &request) const;
    bool bearerAuthorised(const QHttpServerRequest &request) const;
    Result<void> listenForOps();

    DatabaseUrl m_url;
    ListenerSettings m_settings;
    Clock m_clock;
    ListenerMetrics m_metrics;
    QThreadPool m_pool;        // suppression lookups; verification runs on the intake's own pool
    // /healthz and the rates of /metrics run here, never on m_pool: a flood of SNS messages must not hide
    // the listener's health, and health checks must not delay verification. One read at a time; waiters
    // share its answer.
    QThreadPool m_healthPool;
    std::vector<std::shared_ptr<Exchange>> m_healthWaiting;
    std::vector<std::shared_ptr<Exchange>> m_metricsWaiting;
    qint64 m_rateCacheMs = 30000; // a scrape storm reads the database once per this period
    std::unique_ptr<IngestWriter> m_writer;
    SnsIntake *m_intake = nullptr;
    GuardedTcpServer *m_server = nullptr;
    GuardedTcpServer *m_opsServer = nullptr;
    int m_inFlight = 0;
    // SNS requests waiting for their outcome, by id (event loop only): the pool and writer threads
    // carry the id, never the exchange.
    std::unordered_map<quint64, std::shared_ptr<Exchange>> m_exchanges;
    quint64 m_nextExchange = 0;
    QMutex m_postedMutex;
    std::vector<Outcome> m_posted; // guarded by m_postedMutex
    bool m_answerScheduled = false; // guarded by m_postedMutex
};

} // namespace Bouncedesk::Model
