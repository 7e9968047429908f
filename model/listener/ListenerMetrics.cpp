// Counters and their Prometheus rendering.
#include "listener/ListenerMetrics.h"

#include <QLocale>

#include <cmath>

namespace Bouncedesk::Model {

namespace {
// Label values per the exposition format: backslash, double quote and line feed escaped.
QByteArray labelValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

// Shortest text that reads back as the same double (2/50 is "0.04"); NaN as Prometheus spells it.
QByteArray gaugeValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

QByteArray rateLabels(const RateGauge &g)
{
    QByteArray labels = "{window=\"" + labelValue(g.window) + '"';
    if (!g.identity.isEmpty())
        labels += ",identity=\"" + labelValue(g.identity) + '"';
    return labels + '}';
}
} // namespace

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

void ListenerMetrics::setRates(QList<RateGauge> rates, bool ok)
{
    QMutexLocker lock(&m_mutex);
    m_rates = std::move(rates);
    m_ratesOk = ok;
    m_ratesAge.start();
}

bool ListenerMetrics::ratesFresh(qint64 maxAgeMs) const
{
    QMutexLocker lock(&m_mutex);
    return maxAgeMs > 0 && m_ratesAge.isValid() && !m_ratesAge.hasExpired(maxAgeMs);
}

QByteArray ListenerMetrics::prometheus() const
{
    ListenerCounts c;
    QList<RateGauge> rates;
    bool ratesOk = false;
    bool ratesRead = false;
    {
        QMutexLocker lock(&m_mutex);
        c = m_counts;
        rates = m_rates;
        ratesOk = m_ratesOk;
        ratesRead = m_ratesAge.isValid();
    }
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
        out += "bouncedesk_sns_rejected_total{reason=\"" + labelValue(it.key()) + "\"} " + QByteArray::number(it.value())
            + '\n';
    counter("bouncedesk_http_connections_refused_total", "Connections closed at once: over the connection cap.",
            c.connectionsRefused);
    out += "# HELP bouncedesk_http_timeouts_total Connections the listener closed for stalling, by phase.\n"
           "# TYPE bouncedesk_http_timeouts_total counter\n";
    for (auto it = c.timeouts.cbegin(); it != c.timeouts.cend(); ++it)
        out += "bouncedesk_http_timeouts_total{phase=\"" + labelValue(it.key()) + "\"} " + QByteArray::number(it.value())
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
    if (!ratesRead)
        return out;

    out += "# HELP bouncedesk_rates_available 1 when the rates below were read from the database, 0 when the read "
           "failed.\n# TYPE bouncedesk_rates_available gauge\nbouncedesk_rates_available "
        + QByteArray(ratesOk ? "1" : "0") + '\n';
    auto gauges = [&out, &rates](const char *name, const char *help, auto value) {
        if (rates.isEmpty())
            return;
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n";
        for (const RateGauge &g : std::as_const(rates))
            out += name + rateLabels(g) + ' ' + value(g) + '\n';
    };
    gauges("bouncedesk_bounce_rate",
           "Hard bounces over the denominator, as SES counts them (Permanent, not OnAccountSuppressionList); "
           "a local estimate from the hourly rollups. NaN when there was no mail.",
           [](const RateGauge &g) { return gaugeValue(g.bounceRate); });
    gauges("bouncedesk_complaint_rate",
           "Complaints over the denominator; a local estimate from the hourly rollups. NaN when there was no mail.",
           [](const RateGauge &g) { return gaugeValue(g.complaintRate); });
    gauges("bouncedesk_rate_denominator",
           "Sends in the window, or delivery attempts (deliveries + counted bounces) when no Send events are "
           "recorded.",
           [](const RateGauge &g) { return QByteArray::number(g.denominator); });
    return out;
}

} // namespace Bouncedesk::Model
