// RateChart: one rate over time (bounce or complaint) with the SES review line and pause band.
#pragma once

#include "aws/CloudWatchMetrics.h"
#include "tables/RateSeries.h"

#include <QChartView>

namespace Bouncedesk::Ui {

class RateChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateChart)

public:
    enum class Kind { Bounce, Complaint };
    explicit RateChart(Kind kind, QWidget *parent = nullptr);

    // Rebuilds the series: the rate per bucket (percent; a bucket without mail is drawn at 0), the
    // review limit as a dashed labelled line and the band from review to pause.
    void setSummary(const Model::RateSummary &summary, Model::Bucket bucket);

    // AWS's own figure (CloudWatch Reputation.*, fractions), drawn dashed beside ours; empty: none.
    void setAwsPoints(const QList<Model::Aws::MetricPoint> &points);

    static QString rateSeriesName(Kind kind);
    static QString awsSeriesName(Kind kind); // "AWS's bounce rate (CloudWatch)"
    static QString reviewSeriesName(Kind kind); // "Review limit 5%" / "Review limit 0.1%"
    static QString pauseSeriesName(Kind kind);  // "Pause limit 10%" / "Pause limit 0.5%"

signals:
    // A click on the chart: the bucket nearest to it (start, and end exclusive).
    void bucketActivated(const QDateTime &from, const QDateTime &to);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void showPoint(const QPointF &point, bool entered);
    // The bucket whose start is nearest to x (ms since the epoch); null when there is none.
    const Model::RatePoint *nearest(double x) const;
    double rateOf(const Model::RatePoint &p) const;
    qint64 countOf(const Model::RatePoint &p) const;

    Kind m_kind;
    Model::Bucket m_bucket = Model::Bucket::Hour;
    Model::RateBasis m_basis = Model::RateBasis::Sends;
    QList<Model::RatePoint> m_points;
    Model::RateSummary m_summary;
    QList<Model::Aws::MetricPoint> m_aws;
};

} // namespace Bouncedesk::Ui
