// Stats: the counts that `bouncedesk-cli stats` prints and the console shows.
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Bouncedesk::Model {

struct Counts {
    qint64 notifications = 0; // SNS messages stored, one per MessageId, understood or not
    qint64 bounces = 0;       // per-recipient rows
    qint64 complaints = 0;
    qint64 deliveries = 0;
    qint64 sends = 0;
    qint64 deliveryDelays = 0;
    qint64 suppressed = 0; // addresses currently suppressed
    qint64 unreviewedComplaints = 0;

    QJsonObject toJson() const;
};

// What a console polls to notice new data: each figure comes from an index, never a table scan,
// so polling stays cheap on a shared database with millions of events.
struct Activity {
    qint64 lastMessageId = 0; // grows with every stored SNS message
    qint64 unreviewedComplaints = 0;
    qint64 suppressed = 0;
    bool operator==(const Activity &) const = default;
};

class Stats final {
public:
    // Full counts: COUNT(*) over every event table (scripts, `stats`, /healthz).
    static Result<Counts> counts(const QSqlDatabase &db);
    static Result<Activity> activity(const QSqlDatabase &db);
};

} // namespace Bouncedesk::Model
