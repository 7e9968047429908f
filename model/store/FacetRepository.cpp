// Statements on feedback_facets: one insert per facet of a stored bounce or complaint, a GROUP BY read.
#include "store/FacetRepository.h"

#include <QCoreApplication>

#include <array>

namespace Bouncedesk::Model {

FacetRepository::FacetRepository(QSqlDatabase db) : m_db(std::move(db)) { }

FacetRepository::~FacetRepository() = default;

namespace {
    constexpr Sql::Column kFacetColumns[] = { { "message_ref", "bigint" }, { "event_at", "bigint" },
        { "facet", "text" }, { "value", "text" }, { "kind", "text" }, { "source", "text" }, { "topic_arn", "text" } };

    std::array<QVariant, std::size(kFacetColumns)> facetValues(const NewFacet &f)
    {
        return { f.messageRef, f.eventAt, facetText(f.facet), f.value.left(512), facetKindText(f.kind), f.source,
            f.topicArn };
    }
} // namespace

Result<void> FacetRepository::insert(const NewFacet &f)
{
    if (m_batch) {
        m_batch->push_back(f);
        return {};
    }
    if (!m_insert)
        m_insert = std::make_unique<Sql::Statement>(m_db, Sql::insertValuesSql("feedback_facets", kFacetColumns));
    const auto values = facetValues(f);
    if (auto done = m_insert->run(values); !done)
        return done.error();
    return {};
}

Result<void> FacetRepository::flushBatch()
{
    if (!m_batch || m_batch->empty())
        return {};
    if (!m_insertMany)
        m_insertMany = std::make_unique<Sql::Statement>(m_db, Sql::insertUnnestSql("feedback_facets", kFacetColumns));
    Sql::PgRows rows(std::size(kFacetColumns));
    for (const NewFacet &facet : *m_batch)
        rows.add(facetValues(facet));
    if (auto done = m_insertMany->run(rows.columns()); !done)
        return done.error();
    m_batch->clear();
    return {};
}

QString FacetRepository::topSql(const FacetQuery &q, QVariantList &values) const
{
    const auto sum = [](FacetKind kind) {
        return QStringLiteral("SUM(CASE WHEN kind = '%1' THEN 1 ELSE 0 END)").arg(facetKindText(kind));
    };
    QString sql = QStringLiteral("SELECT value, %1, %2, %3, %4 FROM feedback_facets "
                                 "WHERE facet = ? AND event_at >= ? AND event_at < ?")
                      .arg(sum(FacetKind::Hard), sum(FacetKind::Soft), sum(FacetKind::Other), sum(FacetKind::Complaint));
    // The hours whose start lies in [from, to), as rate_hourly counts them, so the breakdown adds up to
    // the dashboard's figures for the same range.
    constexpr qint64 hour = 3600LL * 1000;
    const auto ceilHour = [](qint64 ms) { return (ms + hour - 1) / hour * hour; };
    values = {facetText(q.facet), ceilHour(q.from.toMSecsSinceEpoch()), ceilHour(q.to.toMSecsSinceEpoch())};
    if (!q.identity.isEmpty()) {
        sql += QStringLiteral(" AND source = ?");
        values << q.identity;
    }
    if (!q.topicArn.isEmpty()) {
        sql += QStringLiteral(" AND topic_arn = ?");
        values << q.topicArn;
    }
    // Hard bounces and complaints are what SES judges by; soft ones break ties.
    sql += QStringLiteral(" GROUP BY value ORDER BY %1 + %2 DESC, %3 DESC, value LIMIT ?")
               .arg(sum(FacetKind::Hard), sum(FacetKind::Complaint), sum(FacetKind::Soft));
    values << qMax(1, q.limit);
    return sql;
}

Result<QString> FacetRepository::plan(const FacetQuery &q)
{
    QVariantList values;
    const QString sql = topSql(q, values);
    const bool sqlite = m_db.driverName() == u"QSQLITE";
    // PostgreSQL cannot prepare an EXPLAIN with parameters: the values go in as literals.
    QString literal;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c != u'?') {
            literal += c;
            continue;
        }
        const QVariant &v = values.value(next++);
        literal += v.typeId() == QMetaType::QString ? u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\''
                                                    : QString::number(v.toLongLong());
    }
    QStringList lines;
    auto read = Sql::forEachRow(m_db,
        (sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN ")) + literal, {},
        [&lines, sqlite](const QSqlQuery &r) { lines << r.value(sqlite ? 3 : 0).toString(); });
    if (!read)
        return read.error();
    return lines.join(u'\n');
}

Result<QList<FacetRow>> FacetRepository::top(const FacetQuery &q)
{
    QVariantList values;
    const QString sql = topSql(q, values);
    auto rows = Sql::rows<FacetRow>(m_db, sql, values, [](const QSqlQuery &r) {
        return FacetRow {r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toLongLong(),
            r.value(3).toLongLong(), r.value(4).toLongLong()};
    });
    if (!rows)
        return Error {rows.error().kind, QCoreApplication::translate("Store", "cannot read the breakdown: %1").arg(rows.error().message),
            rows.error().code};
    return rows;
}

} // namespace Bouncedesk::Model
