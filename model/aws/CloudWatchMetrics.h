// CloudWatchMetrics: SES's own reputation figures (AWS/SES Reputation.BounceRate, Reputation.ComplaintRate).
#pragma once

#include "aws/AwsClient.h"

#include <QDateTime>
#include <QFuture>

namespace Bouncedesk::Model::Aws {

struct MetricPoint {
    QDateTime at;
    double value = 0; // a fraction: 0.05 is 5 %
};

class CloudWatchMetrics final {
public:
    explicit CloudWatchMetrics(AwsClient *client);

    // GetMetricStatistics (Query protocol), statistic Maximum per period, points in time order.
    QFuture<Result<QList<MetricPoint>>> reputation(
        const QString &metricName, const QDateTime &from, const QDateTime &to, int periodSeconds) const;

    static inline const QString BounceRate = QStringLiteral("Reputation.BounceRate");
    static inline const QString ComplaintRate = QStringLiteral("Reputation.ComplaintRate");

private:
    AwsClient *m_client;
};

} // namespace Bouncedesk::Model::Aws
