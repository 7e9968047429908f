// RollupRepository: rate_hourly, the per-hour counters kept as events are stored, so rates never scan events.
#pragma once

#include "core/Result.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Bouncedesk::Model {

struct RollupCounts {
    qint64 sends = 0, deliveries = 0;
    qint64 bounces = 0; // counted for the rate: excludes bounces to addresses on the SES account list
    qint64 hard = 0, soft = 0, suppressedList = 0, complaints = 0;

    bool empty() const { return !(sends || deliveries || bounces || hard || soft || suppressedList || complaints); }
    RollupCounts &operator+=(const RollupCounts &o);
};

// Hours whose start lies in [from, to); invalid ends are open. Empty identity/topic: all.
struct RollupRange {
    QDateTime from, to;
    QString identity;
    QString topicArn;
};

class RollupRepository final {
public:
    explicit RollupRepository(QSqlDatabase db);
    ~RollupRepository();
    Q_DISABLE_COPY_MOVE(RollupRepository)

    // Adds to the hour containing at (ms), creating the row when needed.
    Result<void> add(qint64 at, const QString &source, const QString &topicArn, const RollupCounts &delta);

    Result<RollupCounts> total(const RollupRange &range);
    enum class Bucket { Hour, Day }; // days are UTC days
    // One (bucket start ms, sums) per bucket that has rows, in order.
    Result<QList<std::pair<qint64, RollupCounts>>> perBucket(const RollupRange &range, Bucket bucket);
    // Sources and topics that have counters, sorted; '' is left out.
    // Whether any counter exists (old messages may be gone while their counts stay).
    Result<bool> any();
    Result<QStringList> identities();
    Result<QStringList> topics();

private:
    QSqlDatabase m_db;
    std::unique_ptr<Sql::Statement> m_add;
};

} // namespace Bouncedesk::Model
