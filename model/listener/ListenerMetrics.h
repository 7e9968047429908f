// ListenerMetrics: counters the listener keeps for /metrics, /healthz and the console.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
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
    // Prometheus text exposition format.
    QByteArray prometheus() const;

private:
    void add(qint64 ListenerCounts::*field);
    mutable QMutex m_mutex;
    ListenerCounts m_counts;
};

} // namespace Bouncedesk::Model
