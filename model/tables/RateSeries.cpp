// Rate series from the rate_hourly rollups: one GROUP BY per call, empty buckets filled here.
#include "tables/RateSeries.h"

#include "store/RollupRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <limits>

namespace Bouncedesk::Model {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// An hourly chart of more than ~11 years is a mistake, not a chart.
constexpr qint64 kMaxPoints = 100000;

qint64 floorTo(qint64 ms, qint64 step)
{
    const qint64 r = ms % step;
    return r < 0 ? ms - r - step : ms - r;
}

qint64 ceilTo(qint64 ms, qint64 step)
{
    const qint64 f = floorTo(ms, step);
    return f == ms ? ms : f + step;
}

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : std::numeric_limits<double>::quiet_NaN();
}

using Sums = RollupCounts;

qint64 denominatorFor(RateBasis basis, qint64 sends, qint64 deliveries, qint64 bounces)
{
    return basis == RateBasis::Sends ? sends : deliveries + bounces;
}

RollupRange rangeOf(const RateFilter &filter)
{
    return {filter.from, filter.to, filter.identity, filter.topicArn};
}

void finish(RateSummary &s)
{
    s.basis = s.sends > 0 ? RateBasis::Sends : RateBasis::DeliveryAttempts;
    s.denominator = denominatorFor(s.basis, s.sends, s.deliveries, s.bounces);
    // SES's bounce rate counts hard bounces only (Permanent, not to addresses on the account list);
    // soft ones still count as delivery attempts in the denominator when there are no Send events.
    s.bounceRate = ratio(s.hardBounces, s.denominator);
    s.complaintRate = ratio(s.complaints, s.denominator);
    for (RatePoint &p : s.points) {
        p.denominator = denominatorFor(s.basis, p.sends, p.deliveries, p.bounces);
        p.bounceRate = ratio(p.hardBounces, p.denominator);
        p.complaintRate = ratio(p.complaints, p.denominator);
    }
}

void add(RateSummary &s, const Sums &x)
{
    s.sends += x.sends;
    s.deliveries += x.deliveries;
    s.bounces += x.bounces;
    s.hardBounces += x.hard;
    s.softBounces += x.soft;
    s.suppressedListBounces += x.suppressedList;
    s.complaints += x.complaints;
}

} // namespace

Result<RateSummary> RateSeries::totals(const QSqlDatabase &db, const RateFilter &filter)
{
    auto sums = RollupRepository(db).total(rangeOf(filter));
    if (!sums)
        return sums.error();
    RateSummary s;
    add(s, *sums);
    finish(s);
    return s;
}

Result<RateSummary> RateSeries::compute(const QSqlDatabase &db, const RateFilter &filter, Bucket bucket)
{
    const qint64 step = bucket == Bucket::Hour ? kHourMs : kDayMs;
    auto read = RollupRepository(db).perBucket(rangeOf(filter), bucket == Bucket::Hour ? RollupRepository::Bucket::Hour
                                                                                      : RollupRepository::Bucket::Day);
    if (!read)
        return read.error();
    const QList<std::pair<qint64, Sums>> rows = std::move(read).value();

    // The buckets the range covers: hour starts in [from, to), grouped into hours or UTC days.
    qint64 firstHour = 0, endHour = 0; // end exclusive; no buckets when nothing is recorded and no start
    if (filter.from.isValid() || !rows.isEmpty()) {
        firstHour = filter.from.isValid() ? ceilTo(filter.from.toMSecsSinceEpoch(), kHourMs) : rows.constFirst().first;
        if (filter.to.isValid())
            endHour = ceilTo(filter.to.toMSecsSinceEpoch(), kHourMs);
        else
            endHour = rows.isEmpty() ? firstHour : rows.constLast().first + step;
    }

    RateSummary s;
    if (endHour > firstHour) {
        const qint64 first = floorTo(firstHour, step);
        const qint64 last = floorTo(endHour - kHourMs, step);
        const qint64 count = (last - first) / step + 1;
        if (count > kMaxPoints)
            return Error::invalid(
                QCoreApplication::translate("Tables", "the range has %L1 buckets; choose a shorter range or daily buckets")
                    .arg(count));
        s.points.reserve(count);
        QHash<qint64, qsizetype> index;
        for (qint64 t = first; t <= last; t += step) {
            RatePoint p;
            p.start = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            index.insert(t, s.points.size());
            s.points.append(p);
        }
        for (const auto &[start, sums] : std::as_const(rows)) {
            const auto it = index.constFind(start);
            if (it == index.cend())
                continue; // cannot happen: rows were selected by the same range
            RatePoint &p = s.points[*it];
            p.sends = sums.sends;
            p.deliveries = sums.deliveries;
            p.bounces = sums.bounces;
            p.hardBounces = sums.hard;
            p.softBounces = sums.soft;
            p.suppressedListBounces = sums.suppressedList;
            p.complaints = sums.complaints;
        }
    }
    for (const auto &row : std::as_const(rows))
        add(s, row.second);
    finish(s);
    return s;
}

Result<QStringList> RateSeries::identities(const QSqlDatabase &db)
{
    return RollupRepository(db).identities();
}

Result<QStringList> RateSeries::topics(const QSqlDatabase &db)
{
    return RollupRepository(db).topics();
}

QString RateSeries::basisName(RateBasis basis)
{
    return basis == RateBasis::Sends ? QStringLiteral("sends") : QStringLiteral("delivery_attempts");
}

RateLevel levelFor(double rate, double reviewLimit, double pauseLimit, double warningFraction)
{
    // Relative tolerance so that e.g. 4/100 reaches 0.8 * 5% (0.04000000000000001 in binary).
    const auto atLeast = [rate](double limit) { return rate >= limit - 1e-12 * limit; };
    if (std::isnan(rate))
        return RateLevel::Healthy;
    if (atLeast(pauseLimit))
        return RateLevel::Pause;
    if (atLeast(reviewLimit))
        return RateLevel::Review;
    if (atLeast(warningFraction * reviewLimit))
        return RateLevel::Warning;
    return RateLevel::Healthy;
}

QString levelName(RateLevel level)
{
    switch (level) {
    case RateLevel::Healthy:
        return QStringLiteral("healthy");
    case RateLevel::Warning:
        return QStringLiteral("warning");
    case RateLevel::Review:
        return QStringLiteral("review");
    case RateLevel::Pause:
        return QStringLiteral("pause");
    }
    return {};
}

} // namespace Bouncedesk::Model
