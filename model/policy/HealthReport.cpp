// The weekly health report: rates from the hourly rollups, breakdowns from the event tables.
#include "policy/HealthReport.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>

#include <functional>

namespace Bouncedesk::Model {

namespace {
QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 2) + u'%';
}

Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values,
                        const std::function<void(const QSqlQuery &)> &row)
{
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    for (QSqlQuery query = std::move(q).value(); query.next();)
        row(query);
    return {};
}
} // namespace

QString HealthReport::basisName(Basis basis)
{
    return basis == Basis::Sends ? QStringLiteral("sends") : QStringLiteral("deliveries+bounces");
}

QJsonObject HealthReport::toJson() const
{
    QJsonArray types;
    for (const TypeCount &t : bounceTypes)
        types.append(QJsonObject{{QStringLiteral("type"), t.type},
                                 {QStringLiteral("subtype"), t.subtype},
                                 {QStringLiteral("count"), t.count}});
    QJsonArray domains;
    for (const DomainCount &d : topDomains)
        domains.append(QJsonObject{{QStringLiteral("domain"), d.domain}, {QStringLiteral("bounces"), d.bounces}});
    QJsonArray reasons;
    for (const ReasonCount &r : suppressions)
        reasons.append(QJsonObject{{QStringLiteral("reason"), r.reason},
                                   {QStringLiteral("added"), r.added},
                                   {QStringLiteral("lifted"), r.lifted}});
    return {
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), isoUtc(from)}, {QStringLiteral("to"), isoUtc(to)}}},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("sends"), sends},
                     {QStringLiteral("deliveries"), deliveries},
                     {QStringLiteral("bounces"), bounces},
                     {QStringLiteral("hard_bounces"), hardBounces},
                     {QStringLiteral("soft_bounces"), softBounces},
                     {QStringLiteral("suppressed_list_bounces"), suppressedListBounces},
                     {QStringLiteral("complaints"), complaints}}},
        {QStringLiteral("rates"),
         QJsonObject{{QStringLiteral("basis"), basisName(basis)},
                     {QStringLiteral("denominator"), denominator},
                     {QStringLiteral("bounce_rate"), bounceRate},
                     {QStringLiteral("complaint_rate"), complaintRate}}},
        {QStringLiteral("bounce_types"), types},
        {QStringLiteral("top_domains"), domains},
        {QStringLiteral("unreviewed_complaints"),
         QJsonObject{{QStringLiteral("count"), unreviewedComplaints},
                     {QStringLiteral("oldest"), oldestUnreviewed.isValid() ? QJsonValue(isoUtc(oldestUnreviewed))
                                                                           : QJsonValue()}}},
        {QStringLiteral("suppressions"), reasons},
        {QStringLiteral("active_suppressions"), activeSuppressions},
    };
}

QString HealthReport::toText() const
{
    QStringList lines;
    lines << QStringLiteral("Bouncedesk health report, %1 to %2").arg(isoUtc(from), isoUtc(to)) << QString();
    if (denominator == 0) {
        lines << QStringLiteral("Rates: no sends, deliveries or bounces recorded in this period.");
    } else {
        lines << QStringLiteral("Bounce rate:    %1  (%2 of %3 %4)")
                     .arg(percent(bounceRate))
                     .arg(bounces)
                     .arg(denominator)
                     .arg(basis == Basis::Sends ? QStringLiteral("sends") : QStringLiteral("deliveries + bounces"));
        lines << QStringLiteral("Complaint rate: %1  (%2 of %3 %4)")
                     .arg(percent(complaintRate))
                     .arg(complaints)
                     .arg(denominator)
                     .arg(basis == Basis::Sends ? QStringLiteral("sends") : QStringLiteral("deliveries + bounces"));
    }
    lines << QStringLiteral("Totals: %1 sends, %2 deliveries, %3 bounces (%4 hard, %5 soft), %6 complaints")
                 .arg(sends)
                 .arg(deliveries)
                 .arg(bounces)
                 .arg(hardBounces)
                 .arg(softBounces)
                 .arg(complaints);
    if (suppressedListBounces)
        lines << QStringLiteral("        %1 bounce(s) to addresses on the SES account suppression list, not counted")
                     .arg(suppressedListBounces);

    lines << QString() << QStringLiteral("Bounces by type:");
    if (bounceTypes.isEmpty())
        lines << QStringLiteral("  none");
    for (const TypeCount &t : bounceTypes)
        lines << QStringLiteral("  %1 %2").arg(t.type + u'/' + (t.subtype.isEmpty() ? QStringLiteral("-") : t.subtype),
                                              -40).arg(t.count);

    lines << QString() << QStringLiteral("Top bouncing domains:");
    if (topDomains.isEmpty())
        lines << QStringLiteral("  none");
    for (const DomainCount &d : topDomains)
        lines << QStringLiteral("  %1 %2").arg(d.domain, -40).arg(d.bounces);

    lines << QString();
    if (unreviewedComplaints == 0)
        lines << QStringLiteral("Complaints awaiting review: none");
    else
        lines << QStringLiteral("Complaints awaiting review: %1 (oldest %2)")
                     .arg(unreviewedComplaints)
                     .arg(isoUtc(oldestUnreviewed));

    lines << QString() << QStringLiteral("Suppressions in the period (added / lifted):");
    if (suppressions.isEmpty())
        lines << QStringLiteral("  none");
    for (const ReasonCount &r : suppressions)
        lines << QStringLiteral("  %1 %2 / %3").arg(r.reason, -20).arg(r.added).arg(r.lifted);
    lines << QStringLiteral("Active suppressions now: %1").arg(activeSuppressions);
    return lines.join(u'\n');
}

Result<HealthReport> buildHealthReport(const QSqlDatabase &db, QDateTime from, QDateTime to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return Error::invalid(QStringLiteral("the report period needs a start before its end"), QStringLiteral("period"));
    HealthReport r;
    r.from = from.toUTC();
    r.to = to.toUTC();
    const qint64 a = r.from.toMSecsSinceEpoch();
    const qint64 b = r.to.toMSecsSinceEpoch();

    auto totals = forEachRow(db,
                             QStringLiteral("SELECT COALESCE(SUM(sends), 0), COALESCE(SUM(deliveries), 0), "
                                            "COALESCE(SUM(bounces), 0), COALESCE(SUM(hard_bounces), 0), "
                                            "COALESCE(SUM(soft_bounces), 0), COALESCE(SUM(suppressed_list_bounces), 0), "
                                            "COALESCE(SUM(complaints), 0) FROM rate_hourly WHERE hour >= ? AND hour < ?"),
                             {a, b}, [&r](const QSqlQuery &q) {
                                 r.sends = q.value(0).toLongLong();
                                 r.deliveries = q.value(1).toLongLong();
                                 r.bounces = q.value(2).toLongLong();
                                 r.hardBounces = q.value(3).toLongLong();
                                 r.softBounces = q.value(4).toLongLong();
                                 r.suppressedListBounces = q.value(5).toLongLong();
                                 r.complaints = q.value(6).toLongLong();
                             });
    if (!totals)
        return totals.error();
    r.basis = r.sends > 0 ? HealthReport::Basis::Sends : HealthReport::Basis::DeliveriesPlusBounces;
    r.denominator = r.sends > 0 ? r.sends : r.deliveries + r.bounces;
    if (r.denominator > 0) {
        r.bounceRate = double(r.bounces) / double(r.denominator);
        r.complaintRate = double(r.complaints) / double(r.denominator);
    }

    auto types = forEachRow(db,
                            QStringLiteral("SELECT bounce_type, COALESCE(bounce_subtype, ''), COUNT(*) FROM bounces "
                                           "WHERE event_at >= ? AND event_at < ? GROUP BY bounce_type, "
                                           "COALESCE(bounce_subtype, '') ORDER BY bounce_type, 2"),
                            {a, b}, [&r](const QSqlQuery &q) {
                                r.bounceTypes << HealthReport::TypeCount{q.value(0).toString(), q.value(1).toString(),
                                                                         q.value(2).toLongLong()};
                            });
    if (!types)
        return types.error();

    // The domain part of the address; SQLite has no split_part.
    const QString domain = db.driverName() == u"QSQLITE" ? QStringLiteral("substr(lower(email), instr(email, '@') + 1)")
                                                         : QStringLiteral("split_part(lower(email), '@', 2)");
    auto domains = forEachRow(db,
                              QStringLiteral("SELECT ") + domain
                                  + QStringLiteral(" AS domain, COUNT(*) AS n FROM bounces WHERE event_at >= ? AND "
                                                   "event_at < ? AND counts_for_rate = 1 GROUP BY 1 "
                                                   "ORDER BY n DESC, domain ASC LIMIT 10"),
                              {a, b}, [&r](const QSqlQuery &q) {
                                  r.topDomains << HealthReport::DomainCount{q.value(0).toString(),
                                                                            q.value(1).toLongLong()};
                              });
    if (!domains)
        return domains.error();

    auto queue = forEachRow(db, QStringLiteral("SELECT COUNT(*), MIN(event_at) FROM complaints WHERE reviewed = 0"), {},
                            [&r](const QSqlQuery &q) {
                                r.unreviewedComplaints = q.value(0).toLongLong();
                                if (!q.value(1).isNull())
                                    r.oldestUnreviewed = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
                            });
    if (!queue)
        return queue.error();

    QMap<QString, HealthReport::ReasonCount> reasons;
    auto added = forEachRow(db,
                            QStringLiteral("SELECT reason, COUNT(*) FROM suppressions WHERE added_at >= ? AND "
                                           "added_at < ? GROUP BY reason"),
                            {a, b}, [&reasons](const QSqlQuery &q) {
                                auto &entry = reasons[q.value(0).toString()];
                                entry.reason = q.value(0).toString();
                                entry.added = q.value(1).toLongLong();
                            });
    if (!added)
        return added.error();
    auto lifted = forEachRow(db,
                             QStringLiteral("SELECT reason, COUNT(*) FROM suppressions WHERE active = 0 AND "
                                            "removed_at >= ? AND removed_at < ? GROUP BY reason"),
                             {a, b}, [&reasons](const QSqlQuery &q) {
                                 auto &entry = reasons[q.value(0).toString()];
                                 entry.reason = q.value(0).toString();
                                 entry.lifted = q.value(1).toLongLong();
                             });
    if (!lifted)
        return lifted.error();
    r.suppressions = reasons.values();

    auto active = forEachRow(db, QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1"), {},
                             [&r](const QSqlQuery &q) { r.activeSuppressions = q.value(0).toLongLong(); });
    if (!active)
        return active.error();
    return r;
}

} // namespace Bouncedesk::Model
