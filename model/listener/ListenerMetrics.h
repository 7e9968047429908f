// ListenerMetrics: counters the listener keeps for /metrics, /healthz and the console.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>

namespace Bouncedesk::Model {

struct ListenerCounts {
    qint64 received = 0;
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 unavailable = 0; // answered 503
    QHash<QString, qint64> rejected; // by reason code
    qint64 verifyCount = 0;
    double verifySeconds = 0;
    qint64 storeCount = 0;
    double storeSeconds = 0;
    qint64 connectionsRefused = 0; // over the connection cap, closed at once
    QHash<QString, qint64> timeouts; // connections closed by the listener, by phase: idle, head, body, response
    qint64 openConnections = 0;
    QDateTime lastMessageAt;
    QString lastError;
    qint64 rejectedTotal() const;
};

// One rate figure for /metrics, computed SES's way from the hourly rollups (RateSeries::totals).
// A rate is NaN when its denominator is 0 ("no mail", not 0%).
struct RateGauge {
    QString window;   // "24h" | "7d"
    QString identity; // mail source; empty: all mail
    qint64 denominator = 0; // sends, or delivery attempts when no Send events are recorded
    double bounceRate = 0, complaintRate = 0;
};

class ListenerMetrics final {
public:
    void received() { add(&ListenerCounts::received); }
    void stored(double seconds);
    void duplicate(double seconds);
    void unavailable(const QString &error);
    void rejected(const QString &reason, const QString &error);
    void verified(double seconds);
    void connectionRefused() { add(&ListenerCounts::connectionsRefused); }
    void timedOut(const QString &phase);
    void setOpenConnections(qint64 open);

    ListenerCounts snapshot() const;

    // The last rates read from the database, kept for scrapes that follow within maxAgeMs.
    // ok = false: the read failed; the counters are still served, bouncedesk_rates_available is 0.
    void setRates(QList<RateGauge> rates, bool ok);
    bool ratesFresh(qint64 maxAgeMs) const;

    // Prometheus text exposition format: the counters, then the cached rates (none before the first read).
    QByteArray prometheus() const;

private:
    void add(qint64 ListenerCounts::*field);
    mutable QMutex m_mutex;
    ListenerCounts m_counts;
    QList<RateGauge> m_rates;
    bool m_ratesOk = false;
    QElapsedTimer m_ratesAge; // invalid until the first read
};

} // namespace Bouncedesk::Model
