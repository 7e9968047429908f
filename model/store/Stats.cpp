// Counting queries behind `stats` and the console's summary.
#include "store/Stats.h"

#include <QCoreApplication>

#include "store/Database.h"

namespace Bouncedesk::Model {

QJsonObject Counts::toJson() const
{
    return {
        {QStringLiteral("notifications"), notifications},
        {QStringLiteral("bounces"), bounces},
        {QStringLiteral("complaints"), complaints},
        {QStringLiteral("deliveries"), deliveries},
        {QStringLiteral("sends"), sends},
        {QStringLiteral("delivery_delays"), deliveryDelays},
        {QStringLiteral("suppressed"), suppressed},
        {QStringLiteral("unreviewed_complaints"), unreviewedComplaints},
    };
}

Result<Counts> Stats::counts(const QSqlDatabase &db)
{
    auto query = exec(db, QStringLiteral("SELECT "
                                         "(SELECT COUNT(*) FROM sns_messages), "
                                         "(SELECT COUNT(*) FROM bounces), "
                                         "(SELECT COUNT(*) FROM complaints), "
                                         "(SELECT COUNT(*) FROM deliveries), "
                                         "(SELECT COUNT(*) FROM sends), "
                                         "(SELECT COUNT(*) FROM delivery_delays), "
                                         "(SELECT COUNT(*) FROM suppressions WHERE active = 1), "
                                         "(SELECT COUNT(*) FROM complaints WHERE reviewed = 0)"));
    if (!query)
        return query.error();
    QSqlQuery q = std::move(query).value();
    if (!q.next())
        return Error::internal(QCoreApplication::translate("Store", "the counting query returned no row"));
    Counts c;
    c.notifications = q.value(0).toLongLong();
    c.bounces = q.value(1).toLongLong();
    c.complaints = q.value(2).toLongLong();
    c.deliveries = q.value(3).toLongLong();
    c.sends = q.value(4).toLongLong();
    c.deliveryDelays = q.value(5).toLongLong();
    c.suppressed = q.value(6).toLongLong();
    c.unreviewedComplaints = q.value(7).toLongLong();
    return c;
}

Result<Activity> Stats::activity(const QSqlDatabase &db)
{
    auto query = exec(db, QStringLiteral("SELECT "
                                         "(SELECT COALESCE(MAX(id), 0) FROM sns_messages), "
                                         "(SELECT COUNT(*) FROM complaints WHERE reviewed = 0), "
                                         "(SELECT COUNT(*) FROM suppressions WHERE active = 1)"));
    if (!query)
        return query.error();
    QSqlQuery q = std::move(query).value();
    if (!q.next())
        return Error::internal(QCoreApplication::translate("Store", "the activity query returned no row"));
    return Activity{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

} // namespace Bouncedesk::Model
