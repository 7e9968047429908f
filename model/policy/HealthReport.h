// HealthReport: bounce and complaint rates, top bouncing domains and the review queue for a period.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Bouncedesk::Model {

struct HealthReport {
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive

    // From rate_hourly (hour buckets starting in [from, to)). bounces excludes OnAccountSuppressionList.
    qint64 sends = 0;
    qint64 deliveries = 0;
    qint64 bounces = 0;
    qint64 hardBounces = 0;
    qint64 softBounces = 0;
    qint64 suppressedListBounces = 0;
    qint64 complaints = 0;
    // Denominator of both rates: sends if any were recorded, else deliveries + bounces.
    enum class Basis { Sends, DeliveriesPlusBounces };
    Basis basis = Basis::DeliveriesPlusBounces;
    qint64 denominator = 0;
    double bounceRate = 0;    // fraction 0..1 (0 when the denominator is 0)
    double complaintRate = 0; // fraction 0..1

    struct TypeCount {
        QString type;
        QString subtype;
        qint64 count = 0;
    };
    QList<TypeCount> bounceTypes; // bounce rows in the period, by type then subtype
    struct DomainCount {
        QString domain;
        qint64 bounces = 0;
    };
    QList<DomainCount> topDomains; // at most 10, most bounces first, then by name

    qint64 unreviewedComplaints = 0; // the whole queue, not just this period
    QDateTime oldestUnreviewed;      // invalid when the queue is empty

    struct ReasonCount {
        QString reason;
        qint64 added = 0;
        qint64 lifted = 0; // ended in the period, by hand or by maintenance
    };
    QList<ReasonCount> suppressions; // by reason, sorted by name
    qint64 activeSuppressions = 0;   // now, all reasons

    static QString basisName(Basis basis);
    QJsonObject toJson() const;
    QString toText() const;
};

Result<HealthReport> buildHealthReport(const QSqlDatabase &db, QDateTime from, QDateTime to);

} // namespace Bouncedesk::Model
