// One rate chart: the series, the limit line and band, the axes and the hover tooltip.
#include "dashboard/RateChart.h"

#include "core/Translations.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTimeAxis>
#include <QMouseEvent>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Bouncedesk::Ui {

using namespace Model;

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

QString limitText(double fraction) { return Translations::percent(fraction, 3, 'g'); }

QString percentText(double fraction)
{
    return std::isnan(fraction) ? RateChart::tr("no mail") : Translations::percent(fraction);
}

// A round axis top and its tick count, e.g. 11.5 -> 12 with ticks every 2.
std::pair<double, int> niceAxis(double top)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    for (const double factor : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = factor * magnitude;
        const double ticks = std::ceil(top / step - 1e-9);
        if (ticks <= 8)
            return {ticks * step, int(ticks) + 1};
    }
    return {top, 5};
}

bool darkPalette(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightnessF() < 0.5;
}
} // namespace

RateChart::RateChart(Kind kind, QWidget *parent) : QChartView(parent), m_kind(kind)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->setTitle(kind == Kind::Bounce ? tr("Bounce rate") : tr("Complaint rate"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // Axis numbers and month names in the console's locale (Translations::install set the default).
    chart()->setLocale(QLocale());
    chart()->setLocalizeNumbers(true);
}

QString RateChart::rateSeriesName(Kind kind)
{
    return kind == Kind::Bounce ? tr("Bounce rate") : tr("Complaint rate");
}

QString RateChart::reviewSeriesName(Kind kind)
{
    return tr("Review limit %1")
        .arg(limitText(kind == Kind::Bounce ? RateLimits::bounceReview : RateLimits::complaintReview));
}

QString RateChart::pauseSeriesName(Kind kind)
{
    return tr("Pause limit %1")
        .arg(limitText(kind == Kind::Bounce ? RateLimits::bouncePause : RateLimits::complaintPause));
}

double RateChart::rateOf(const RatePoint &p) const
{
    return m_kind == Kind::Bounce ? p.bounceRate : p.complaintRate;
}

qint64 RateChart::countOf(const RatePoint &p) const
{
    return m_kind == Kind::Bounce ? p.hardBounces : p.complaints;
}

void RateChart::setAwsPoints(const QList<Model::Aws::MetricPoint> &points)
{
    m_aws = points;
    setSummary(m_summary, m_bucket);
}

QString RateChart::awsSeriesName(Kind kind)
{
    return kind == Kind::Bounce ? tr("AWS's bounce rate (CloudWatch)") : tr("AWS's complaint rate (CloudWatch)");
}

void RateChart::setSummary(const RateSummary &summary, Bucket bucket)
{
    m_summary = summary;
    m_points = summary.points;
    m_bucket = bucket;
    m_basis = summary.basis;
    QToolTip::hideText();

    QChart *c = chart();
    const bool dark = darkPalette(this);
    // setTheme restyles existing series, so it comes first; the limit colours below are set after it.
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundVisible(false);
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    const double review = m_kind == Kind::Bounce ? RateLimits::bounceReview : RateLimits::complaintReview;
    const double pause = m_kind == Kind::Bounce ? RateLimits::bouncePause : RateLimits::complaintPause;
    const qint64 step = bucket == Bucket::Hour ? kHourMs : 24 * kHourMs;
    qint64 first = 0, last = step;
    if (!m_points.isEmpty()) {
        first = m_points.constFirst().start.toMSecsSinceEpoch();
        last = std::max(m_points.constLast().start.toMSecsSinceEpoch(), first + step);
    }
    // Ticks on whole hours or days: at most 8 intervals of a round length, the axis end rounded up to it.
    qint64 tickHours = 24 * 60;
    for (const qint64 hours : {1, 2, 3, 4, 6, 12, 24, 48, 72, 168, 336, 720})
        if ((last - first + hours * kHourMs - 1) / (hours * kHourMs) <= 8) {
            tickHours = hours;
            break;
        }
    const qint64 intervals = (last - first + tickHours * kHourMs - 1) / (tickHours * kHourMs);
    last = first + intervals * tickHours * kHourMs;

    auto *rate = new QLineSeries(c);
    rate->setName(rateSeriesName(m_kind));
    double highest = 0;
    QList<QPointF> points;
    points.reserve(m_points.size());
    for (const RatePoint &p : std::as_const(m_points)) {
        const double r = rateOf(p);
        const double y = std::isnan(r) ? 0.0 : r * 100;
        highest = std::max(highest, y);
        points.append(QPointF(double(p.start.toMSecsSinceEpoch()), y));
    }
    rate->replace(points);
    rate->setPointsVisible(bucket == Bucket::Day || m_points.size() <= 48);
    QPen ratePen = rate->pen();
    ratePen.setWidthF(2.5);
    ratePen.setColor(dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0));
    rate->setPen(ratePen);
    connect(rate, &QXYSeries::hovered, this, &RateChart::showPoint);

    const QColor limitColor = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    // The pause band: a translucent area from the review line up to the pause level.
    // Its edge lines belong to it, so removeAllSeries() frees them too.
    auto *band = new QAreaSeries(c);
    auto *bandLow = new QLineSeries(band);
    auto *bandHigh = new QLineSeries(band);
    bandLow->append(double(first), review * 100);
    bandLow->append(double(last), review * 100);
    bandHigh->append(double(first), pause * 100);
    bandHigh->append(double(last), pause * 100);
    band->setUpperSeries(bandHigh);
    band->setLowerSeries(bandLow);
    band->setName(pauseSeriesName(m_kind));
    QColor fill = limitColor;
    fill.setAlpha(45);
    band->setBrush(fill);
    QPen bandPen(limitColor);
    bandPen.setWidthF(1);
    band->setPen(bandPen);

    // The review line: dashed, labelled at its right end.
    auto *reviewLine = new QLineSeries(c);
    reviewLine->setName(reviewSeriesName(m_kind));
    reviewLine->append(double(first), review * 100);
    reviewLine->append(double(last), review * 100);
    QPen reviewPen(limitColor);
    reviewPen.setWidthF(2);
    reviewPen.setStyle(Qt::DashLine);
    reviewLine->setPen(reviewPen);
    reviewLine->setPointLabelsFormat(tr("review %1").arg(limitText(review)));
    reviewLine->setPointLabelsColor(limitColor);
    reviewLine->setPointLabelsClipping(false);
    reviewLine->setPointLabelsVisible(true);
    reviewLine->setPointConfiguration(0, QXYSeries::PointConfiguration::LabelVisibility, false);

    c->addSeries(band);
    c->addSeries(reviewLine);
    c->addSeries(rate);

    // AWS's own figure for the same span: account-wide, over SES's own window, so it need not match ours.
    QList<QPointF> awsPoints;
    for (const Model::Aws::MetricPoint &p : std::as_const(m_aws)) {
        const qint64 at = p.at.toMSecsSinceEpoch();
        if (at >= first && at <= last)
            awsPoints.append(QPointF(double(at), p.value * 100));
    }
    if (!awsPoints.isEmpty()) {
        auto *aws = new QLineSeries(c);
        aws->setName(awsSeriesName(m_kind));
        aws->replace(awsPoints);
        QPen awsPen(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00));
        awsPen.setWidthF(2);
        awsPen.setStyle(Qt::DashDotLine);
        aws->setPen(awsPen);
        aws->setPointsVisible(awsPoints.size() <= 48);
        for (const QPointF &p : std::as_const(awsPoints))
            highest = std::max(highest, p.y());
        c->addSeries(aws);
    }

    auto *x = new QDateTimeAxis(c);
    x->setFormat(bucket == Bucket::Hour ? QStringLiteral("dd MMM HH:mm") : QStringLiteral("dd MMM"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    x->setTickCount(int(intervals) + 1);
    x->setTitleText(tr("bucket start (local time)"));
    auto *y = new QValueAxis(c);
    // Always show the whole pause band, and the rate when it goes beyond it.
    const auto [top, ticks] = niceAxis(std::max(pause * 100 * 1.1, highest * 1.1));
    y->setRange(0, top);
    y->setTickCount(ticks);
    y->setLabelFormat(m_kind == Kind::Bounce ? QStringLiteral("%.1f") : QStringLiteral("%.2f"));
    y->setTitleText(m_basis == RateBasis::Sends ? tr("% of sends") : tr("% of delivery attempts"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

const RatePoint *RateChart::nearest(double x) const
{
    if (m_points.isEmpty())
        return nullptr;
    return &*std::min_element(m_points.cbegin(), m_points.cend(), [x](const auto &a, const auto &b) {
        return std::abs(double(a.start.toMSecsSinceEpoch()) - x) < std::abs(double(b.start.toMSecsSinceEpoch()) - x);
    });
}

void RateChart::mouseReleaseEvent(QMouseEvent *event)
{
    QChartView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !chart()->plotArea().contains(event->position()))
        return;
    const RatePoint *p = nearest(chart()->mapToValue(event->position()).x());
    if (!p)
        return;
    emit bucketActivated(p->start, m_bucket == Bucket::Hour ? p->start.addSecs(3600) : p->start.addDays(1));
}

void RateChart::showPoint(const QPointF &point, bool entered)
{
    if (!entered || m_points.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const RatePoint &p = *nearest(point.x());
    const QString when = m_bucket == Bucket::Hour ? p.start.toString(QStringLiteral("yyyy-MM-dd HH:00 'UTC'"))
                                                  : p.start.toString(QStringLiteral("yyyy-MM-dd 'UTC'"));
    QString text = when + u'\n'
        + tr("%1: %2 (%L3 of %L4)")
              .arg(rateSeriesName(m_kind), percentText(rateOf(p)))
              .arg(countOf(p))
              .arg(p.denominator)
        + u'\n'
        + tr("Sends %L1, deliveries %L2").arg(p.sends).arg(p.deliveries) + u'\n'
        + tr("Hard bounces %L1 (in the rate), soft %L2 (not in it)").arg(p.hardBounces).arg(p.softBounces);
    if (p.suppressedListBounces)
        text += u'\n' + tr("%n on the account suppression list (not counted)", nullptr, int(p.suppressedListBounces));
    text += u'\n' + tr("Complaints %1").arg(p.complaints);
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace Bouncedesk::Ui
