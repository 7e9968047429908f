// The weekly health report: rates from the hourly rollups, breakdowns from the event tables.
#include "policy/HealthReport.h"

#include "core/Time.h"
#include "store/BounceRepository.h"
#include "store/ComplaintRepository.h"
#include "store/RollupRepository.h"
#include "store/SuppressionRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

namespace Bouncedesk::Model {

namespace {
QString isoUtc(const QDateTime &at)
{
    return Time::isoUtc(at);
}

// Shown to people only (the JSON has the fraction), so in their locale.
QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 2) + u'%';
}

QString basisText(HealthReport::Basis basis)
{
    return basis == HealthReport::Basis::Sends ? QCoreApplication::translate("Policy", "sends")
                                               : QCoreApplication::translate("Policy", "deliveries + bounces");
}

QString none()
{
    return QCoreApplication::translate("Policy", "  none");
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
    lines << QCoreApplication::translate("Policy", "Bouncedesk health report, %1 to %2").arg(isoUtc(from), isoUtc(to))
          << QString();
    if (denominator == 0) {
        lines << QCoreApplication::translate("Policy",
                                             "Rates: no sends, deliveries or bounces recorded in this period.");
    } else {
        //: %4 is "sends" or "deliveries + bounces"; the two rate lines align their figures
        lines << QCoreApplication::translate("Policy", "Bounce rate:    %1  (%L2 hard of %L3 %4; soft bounces are not in "
                                                       "it, as SES counts)")
                     .arg(percent(bounceRate))
                     .arg(hardBounces)
                     .arg(denominator)
                     .arg(basisText(basis));
        lines << QCoreApplication::translate("Policy", "Complaint rate: %1  (%L2 of %L3 %4)")
                     .arg(percent(complaintRate))
                     .arg(complaints)
                     .arg(denominator)
                     .arg(basisText(basis));
    }
    lines << QCoreApplication::translate("Policy", "Totals: %L1 sends, %L2 deliveries, %L3 bounces (%L4 hard, %L5 soft), "
                                                   "%L6 complaints")
                 .arg(sends)
                 .arg(deliveries)
                 .arg(bounces)
                 .arg(hardBounces)
                 .arg(softBounces)
                 .arg(complaints);
    if (suppressedListBounces)
        //: indented under "Totals:"
        lines << QCoreApplication::translate("Policy", "        %Ln bounce(s) to addresses on the SES account suppression "
                                                       "list, not counted",
                                             nullptr, int(suppressedListBounces));

    lines << QString() << QCoreApplication::translate("Policy", "Bounces by type:");
    if (bounceTypes.isEmpty())
        lines << none();
    for (const TypeCount &t : bounceTypes)
        lines << QStringLiteral("  %1 %L2").arg(t.type + u'/' + (t.subtype.isEmpty() ? QStringLiteral("-") : t.subtype),
                                               -40).arg(t.count);

    lines << QString() << QCoreApplication::translate("Policy", "Top bouncing domains:");
    if (topDomains.isEmpty())
        lines << none();
    for (const DomainCount &d : topDomains)
        lines << QStringLiteral("  %1 %L2").arg(d.domain, -40).arg(d.bounces);

    lines << QString();
    if (unreviewedComplaints == 0)
        lines << QCoreApplication::translate("Policy", "Complaints awaiting review: none");
    else
        lines << QCoreApplication::translate("Policy", "Complaints awaiting review: %L1 (oldest %2)")
                     .arg(unreviewedComplaints)
                     .arg(isoUtc(oldestUnreviewed));

    lines << QString() << QCoreApplication::translate("Policy", "Suppressions in the period (added / lifted):");
    if (suppressions.isEmpty())
        lines << none();
    for (const ReasonCount &r : suppressions)
        lines << QStringLiteral("  %1 %L2 / %L3").arg(r.reason, -20).arg(r.added).arg(r.lifted);
    lines << QCoreApplication::translate("Policy", "Active suppressions now: %L1").arg(activeSuppressions);
    return lines.join(u'\n');
}

Result<HealthReport> buildHealthReport(const QSqlDatabase &db, QDateTime from, QDateTime to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return Error::invalid(QCoreApplication::translate("Policy", "the report period needs a start before its end"),
                              QStringLiteral("period"));
    HealthReport r;
    r.from = from.toUTC();
    r.to = to.toUTC();
    const qint64 a = r.from.toMSecsSinceEpoch();
    const qint64 b = r.to.toMSecsSinceEpoch();

    auto totals = RollupRepository(db).total({r.from, r.to, {}, {}});
    if (!totals)
        return totals.error();
    r.sends = totals->sends;
    r.deliveries = totals->deliveries;
    r.bounces = totals->bounces;
    r.hardBounces = totals->hard;
    r.softBounces = totals->soft;
    r.suppressedListBounces = totals->suppressedList;
    r.complaints = totals->complaints;
    r.basis = r.sends > 0 ? HealthReport::Basis::Sends : HealthReport::Basis::DeliveriesPlusBounces;
    r.denominator = r.sends > 0 ? r.sends : r.deliveries + r.bounces;
    if (r.denominator > 0) {
        r.bounceRate = double(r.hardBounces) / double(r.denominator); // hard only, as SES counts
        r.complaintRate = double(r.complaints) / double(r.denominator);
    }

    BounceRepository bounces(db);
    auto types = bounces.typeCounts(a, b);
    if (!types)
        return types.error();
    for (const auto &t : std::as_const(*types))
        r.bounceTypes << HealthReport::TypeCount{t.type, t.subtype, t.count};
    auto domains = bounces.topDomains(a, b, 10);
    if (!domains)
        return domains.error();
    for (const auto &d : std::as_const(*domains))
        r.topDomains << HealthReport::DomainCount{d.domain, d.bounces};

    ComplaintRepository complaints(db);
    auto unreviewed = complaints.unreviewedCount();
    if (!unreviewed)
        return unreviewed.error();
    r.unreviewedComplaints = *unreviewed;
    auto oldest = complaints.oldestUnreviewed();
    if (!oldest)
        return oldest.error();
    r.oldestUnreviewed = *oldest;

    SuppressionRepository suppressions(db);
    QMap<QString, HealthReport::ReasonCount> reasons;
    auto added = suppressions.addedByReason(a, b);
    if (!added)
        return added.error();
    for (const auto &[reason, n] : std::as_const(*added)) {
        reasons[reason].reason = reason;
        reasons[reason].added = n;
    }
    auto lifted = suppressions.liftedByReason(a, b);
    if (!lifted)
        return lifted.error();
    for (const auto &[reason, n] : std::as_const(*lifted)) {
        reasons[reason].reason = reason;
        reasons[reason].lifted = n;
    }
    r.suppressions = reasons.values();
    auto active = suppressions.activeCount();
    if (!active)
        return active.error();
    r.activeSuppressions = *active;
    return r;
}

} // namespace Bouncedesk::Model
