// Statements on rate_hourly: one upsert per event and GROUP BY reads for charts and reports.
#include "store/RollupRepository.h"

#include "store/Database.h"

#include <QSqlError>

namespace Bouncedesk::Model {

namespace {
    constexpr qint64 kHourMs = 3600LL * 1000;

    RollupCounts countsFrom(const QSqlQuery &q, int first)
    {
        RollupCounts s;
        s.sends = q.value(first).toLongLong();
        s.deliveries = q.value(first + 1).toLongLong();
        s.bounces = q.value(first + 2).toLongLong();
        s.hard = q.value(first + 3).toLongLong();
        s.soft = q.value(first + 4).toLongLong();
        s.suppressedList = q.value(first + 5).toLongLong();
        s.complaints = q.value(first + 6).toLongLong();
        return s;
    }

    // SELECT <leading> sums FROM rate_hourly WHERE <range> [GROUP BY 1 ORDER BY 1].
    QString selectSql(const RollupRange &range, const QString &leading, QVariantList &values)
    {
        QString sql = QStringLiteral("SELECT ") + leading
            + QStringLiteral("COALESCE(SUM(sends), 0), COALESCE(SUM(deliveries), 0), COALESCE(SUM(bounces), 0), "
                             "COALESCE(SUM(hard_bounces), 0), COALESCE(SUM(soft_bounces), 0), "
                             "COALESCE(SUM(suppressed_list_bounces), 0), COALESCE(SUM(complaints), 0) "
                             "FROM rate_hourly WHERE 1 = 1");
        if (range.from.isValid()) {
            sql += QStringLiteral(" AND hour >= ?");
            values << range.from.toMSecsSinceEpoch();
        }
        if (range.to.isValid()) {
            sql += QStringLiteral(" AND hour < ?");
            values << range.to.toMSecsSinceEpoch();
        }
        if (!range.identity.isEmpty()) {
            sql += QStringLiteral(" AND source = ?");
            values << range.identity;
        }
        if (!range.topicArn.isEmpty()) {
            sql += QStringLiteral(" AND topic_arn = ?");
            values << range.topicArn;
        }
        if (!leading.isEmpty())
            sql += QStringLiteral(" GROUP BY 1 ORDER BY 1");
        return sql;
    }

    Error readError(const Error &e)
    {
        return Error { e.kind, QStringLiteral("cannot read the hourly rate counters: ") + e.message, e.code };
    }

    Result<QStringList> distinct(const QSqlDatabase &db, const QString &column)
    {
        return Sql::rows<QString>(db,
            QStringLiteral("SELECT DISTINCT ") + column + QStringLiteral(" FROM rate_hourly WHERE ") + column
                + QStringLiteral(" <> '' ORDER BY 1"),
            {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    }
} // namespace

Result<bool> RollupRepository::any()
{
    auto row = Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM rate_hourly LIMIT 1"));
    if (!row)
        return readError(row.error());
    return !row->isNull();
}

RollupCounts &RollupCounts::operator+=(const RollupCounts &o)
{
    sends += o.sends;
    deliveries += o.deliveries;
    bounces += o.bounces;
    hard += o.hard;
    soft += o.soft;
    suppressedList += o.suppressedList;
    complaints += o.complaints;
    return *this;
}

RollupRepository::RollupRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

RollupRepository::~RollupRepository() = default;

Result<void> RollupRepository::add(qint64 at, const QString &source, const QString &topicArn, const RollupCounts &d)
{
    if (!m_add)
        m_add = std::make_unique<Sql::Statement>(m_db,
            QStringLiteral("INSERT INTO rate_hourly (hour, source, topic_arn, sends, deliveries, bounces, "
                           "hard_bounces, soft_bounces, suppressed_list_bounces, complaints) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hour, source, topic_arn) DO UPDATE SET "
                           "sends = rate_hourly.sends + excluded.sends, "
                           "deliveries = rate_hourly.deliveries + excluded.deliveries, "
                           "bounces = rate_hourly.bounces + excluded.bounces, "
                           "hard_bounces = rate_hourly.hard_bounces + excluded.hard_bounces, "
                           "soft_bounces = rate_hourly.soft_bounces + excluded.soft_bounces, "
                           "suppressed_list_bounces = rate_hourly.suppressed_list_bounces + "
                           "excluded.suppressed_list_bounces, "
                           "complaints = rate_hourly.complaints + excluded.complaints"));
    const qint64 hour = at - (at % kHourMs);
    auto ran = m_add->run(
        { hour, source, topicArn, d.sends, d.deliveries, d.bounces, d.hard, d.soft, d.suppressedList, d.complaints });
    if (!ran)
        return ran.error();
    return {};
}

Result<RollupCounts> RollupRepository::total(const RollupRange &range)
{
    QVariantList values;
    const QString sql = selectSql(range, {}, values);
    auto q = exec(m_db, sql, values);
    if (!q)
        return readError(q.error());
    QSqlQuery query = std::move(q).value();
    return query.next() ? countsFrom(query, 0) : RollupCounts {};
}

Result<QList<std::pair<qint64, RollupCounts>>> RollupRepository::perBucket(const RollupRange &range, Bucket bucket)
{
    // UTC days: hours are epoch milliseconds aligned to the hour, so a day is hour - hour % 86400000.
    const QString key = bucket == Bucket::Hour ? QStringLiteral("hour, ") : QStringLiteral("hour - hour % 86400000, ");
    QVariantList values;
    const QString sql = selectSql(range, key, values);
    auto read = Sql::rows<std::pair<qint64, RollupCounts>>(
        m_db, sql, values, [](const QSqlQuery &q) -> std::pair<qint64, RollupCounts> {
            return { q.value(0).toLongLong(), countsFrom(q, 1) };
        });
    if (!read)
        return readError(read.error());
    return read;
}

Result<QStringList> RollupRepository::identities() { return distinct(m_db, QStringLiteral("source")); }

Result<QStringList> RollupRepository::topics() { return distinct(m_db, QStringLiteral("topic_arn")); }

} // namespace Bouncedesk::Model
