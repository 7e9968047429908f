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

class Stats final {
public:
    static Result<Counts> counts(const QSqlDatabase &db);
};

} // namespace Bouncedesk::Model
