// FacetRepository: feedback_facets, the bounces and complaints broken down by domain, identity,
// configuration set and message tag, so the dashboard can say which campaign caused a spike.
#pragma once

#include "core/FeedbackFacet.h"
#include "core/Result.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace Bouncedesk::Model {

struct NewFacet {
    qint64 messageRef = 0;
    qint64 eventAt = 0;
    Facet facet = Facet::Domain;
    QString value;
    FacetKind kind = FacetKind::Hard;
    QString source, topicArn;
};

struct FacetQuery {
    Facet facet = Facet::Domain;
    QDateTime from, to;   // both required; like rate_hourly: the hours whose start is in [from, to)
    QString identity;     // the dashboard's filters; empty: all
    QString topicArn;
    int limit = 10;
};

struct FacetRow {
    QString value;
    qint64 hard = 0, soft = 0, other = 0, complaints = 0;
};

class FacetRepository final {
public:
    explicit FacetRepository(QSqlDatabase db);
    ~FacetRepository();
    Q_DISABLE_COPY_MOVE(FacetRepository)

    Result<void> insert(const NewFacet &facet);
    // Batch mode (PostgreSQL group commit): insert() keeps the rows until flushBatch() writes them all in
    // one statement; endBatch() forgets what was not flushed (the caller's transaction is rolled back).
    void beginBatch() { m_batch.emplace(); }
    Result<void> flushBatch();
    void endBatch() { m_batch.reset(); }
    // The values with the most hard bounces and complaints in the range, most first; served by the
    // (facet, event_at, value, kind) index.
    Result<QList<FacetRow>> top(const FacetQuery &query);
    // The database's plan for top(query) as text (EXPLAIN QUERY PLAN / EXPLAIN), for tests and benchmarks.
    Result<QString> plan(const FacetQuery &query);

private:
    QString topSql(const FacetQuery &query, QVariantList &values) const;
    QSqlDatabase m_db;
    std::unique_ptr<Sql::Statement> m_insert, m_insertMany;
    std::optional<std::vector<NewFacet>> m_batch;
};

} // namespace Bouncedesk::Model
