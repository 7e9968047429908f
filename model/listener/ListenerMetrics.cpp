// Counters and their Prometheus rendering.
#include "listener/ListenerMetrics.h"

namespace Bouncedesk::Model {

qint64 ListenerCounts::rejectedTotal() const
{
    qint64 total = 0;
    for (qint64 n : rejected)
        total += n;
    return total;
}

void ListenerMetrics::add(qint64 ListenerCounts::*field)
{
    QMutexLocker lock(&m_mutex);
    m_counts.*field += 1;
}

void ListenerMetrics::stored(double seconds)
{
    QMutexLocker lock(&m_mutex);
    m_counts.stored += 1;
    m_counts.storeCount += 1;
    m_counts.storeSeconds += seconds;
    m_counts.lastMessageAt = QDateTime::currentDateTimeUtc();
}

void ListenerMetrics::duplicate(double seconds)
{
    QMutexLocker lock(&m_mutex);
    m_counts.duplicates += 1;
    m_counts.storeCount += 1;
    m_counts.storeSeconds += seconds;
}

void ListenerMetrics::unavailable(const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_counts.unavailable += 1;
    m_counts.lastError = error;
}

void ListenerMetrics::rejected(const QString &reason, const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_counts.rejected[reason] += 1;
    m_counts.lastError = error;
}

void ListenerMetrics::verified(double seconds)
{
    QMutexLocker lock(&m_mutex);
    m_counts.verifyCount += 1;
    m_counts.verifySeconds += seconds;
}

void ListenerMetrics::timedOut(const QString &phase)
{
    QMutexLocker lock(&m_mutex);
    m_counts.timeouts[phase] += 1;
}

void ListenerMetrics::setOpenConnections(qint64 open)
{
    QMutexLocker lock(&m_mutex);
    m_counts.openConnections = open;
}

ListenerCounts ListenerMetrics::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

QByteArray ListenerMetrics::prometheus() const
{
    const ListenerCounts c = snapshot();
    QByteArray out;
    auto counter = [&out](const char *name, const char *help, qint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' '
            + QByteArray::number(value) + '\n';
    };
    counter("bouncedesk_sns_received_total", "SNS requests received on /sns.", c.received);
    counter("bouncedesk_sns_stored_total", "SNS messages stored.", c.stored);
    counter("bouncedesk_sns_duplicates_total", "SNS messages already stored (retries).", c.duplicates);
    counter("bouncedesk_sns_unavailable_total", "Requests answered 503 for SNS to retry.", c.unavailable);
    out += "# HELP bouncedesk_sns_rejected_total SNS requests refused, by reason.\n"
           "# TYPE bouncedesk_sns_rejected_total counter\n";
    for (auto it = c.rejected.cbegin(); it != c.rejected.cend(); ++it)
        out += "bouncedesk_sns_rejected_total{reason=\"" + it.key().toUtf8() + "\"} " + QByteArray::number(it.value())
            + '\n';
    counter("bouncedesk_http_connections_refused_total", "Connections closed at once: over the connection cap.",
            c.connectionsRefused);
    out += "# HELP bouncedesk_http_timeouts_total Connections the listener closed for stalling, by phase.\n"
           "# TYPE bouncedesk_http_timeouts_total counter\n";
    for (auto it = c.timeouts.cbegin(); it != c.timeouts.cend(); ++it)
        out += "bouncedesk_http_timeouts_total{phase=\"" + it.key().toUtf8() + "\"} " + QByteArray::number(it.value())
            + '\n';
    out += "# HELP bouncedesk_http_connections_open Connections open now.\n# TYPE bouncedesk_http_connections_open gauge\n"
           "bouncedesk_http_connections_open "
        + QByteArray::number(c.openConnections) + '\n';
    auto summary = [&out](const char *name, const char *help, qint64 count, double seconds) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " summary\n" + name + "_sum "
            + QByteArray::number(seconds, 'g', 9) + '\n' + name + "_count " + QByteArray::number(count) + '\n';
    };
    summary("bouncedesk_sns_verify_seconds", "Time spent verifying signatures.", c.verifyCount, c.verifySeconds);
    summary("bouncedesk_sns_store_seconds", "Time from hand-off to commit.", c.storeCount, c.storeSeconds);
    return out;
}

} // namespace Bouncedesk::Model
