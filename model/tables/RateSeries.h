// RateSeries: bounce and complaint rates per hour or day, read from the rate_hourly rollups only.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Bouncedesk::Model {

// Which hours to read. A rate_hourly row belongs to the range when its hour start lies in [from, to),
// so "the last 24 hours" at 10:30 covers the hours 11:00 yesterday .. 10:00 today (24 buckets).
// An invalid from means "from the first recorded hour", an invalid to "up to the last recorded hour".
struct RateFilter {
    QDateTime from, to;
    QString identity; // mail source (rate_hourly.source); empty = all
    QString topicArn; // empty = all
};

enum class Bucket { Hour, Day }; // days are UTC days

// The denominator. Sends when any Send event exists in the range (event publishing is configured),
// else the delivery attempts SES notifications tell us about: deliveries + counted bounces.
enum class RateBasis { Sends, DeliveryAttempts };

// Rates are fractions (0.015 = 1.5%). When the denominator is 0 a rate is NaN (test with std::isnan):
// "no mail", which is not the same as 0%.
struct RatePoint {
    QDateTime start; // UTC bucket start
    qint64 sends = 0, deliveries = 0;
    qint64 bounces = 0; // counted for the rate: excludes OnAccountSuppressionList
    qint64 hardBounces = 0, softBounces = 0, suppressedListBounces = 0, complaints = 0;
    qint64 denominator = 0;
    double bounceRate = 0, complaintRate = 0;
};

// Bounce rate = hard bounces / denominator, as SES counts it: Permanent bounces, leaving out those to
// addresses on the account suppression list; soft (Transient) and undetermined bounces are counted
// beside it, not in it. Complaint rate = complaints / denominator. Still a local estimate: AWS computes
// its own figure over a per-sender representative volume, so the two can differ.
struct RateSummary {
    RateBasis basis = RateBasis::DeliveryAttempts;
    qint64 sends = 0, deliveries = 0, bounces = 0, complaints = 0, suppressedListBounces = 0;
    qint64 hardBounces = 0, softBounces = 0;
    qint64 denominator = 0;
    double bounceRate = 0, complaintRate = 0;
    QList<RatePoint> points; // every bucket of the range in order, empty ones included
};

class RateSeries final {
public:
    // Totals and one point per bucket; SQL GROUP BY on rate_hourly (never the event tables).
    static Result<RateSummary> compute(const QSqlDatabase &db, const RateFilter &filter, Bucket bucket);
    // Totals only (no points): cheap for any range, e.g. all time.
    static Result<RateSummary> totals(const QSqlDatabase &db, const RateFilter &filter);
    // Sources and topics that have rollups, sorted; '' (no source) is left out.
    static Result<QStringList> identities(const QSqlDatabase &db);
    static Result<QStringList> topics(const QSqlDatabase &db);

    static QString basisName(RateBasis basis); // "sends" | "delivery_attempts"
};

// SES enforcement limits (fractions): review at 5% bounces / 0.1% complaints, pause at 10% / 0.5%.
struct RateLimits {
    static constexpr double bounceReview = 0.05, bouncePause = 0.10, complaintReview = 0.001, complaintPause = 0.005;
};

// Warning starts at warningFraction * reviewLimit (Settings::RateWarningPercentOfLimit / 100).
// A NaN rate (no mail) is Healthy.
enum class RateLevel { Healthy, Warning, Review, Pause };
RateLevel levelFor(double rate, double reviewLimit, double pauseLimit, double warningFraction);
QString levelName(RateLevel level); // "healthy" | "warning" | "review" | "pause"

} // namespace Bouncedesk::Model
