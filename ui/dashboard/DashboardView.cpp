// The rate dashboard: range and filter controls, big figures, two charts, exports and the alarm.
#include "dashboard/DashboardView.h"

#include "core/Time.h"
#include "core/Translations.h"
#include "common/Dialogs.h"
#include "aws/AwsClient.h"
#include "core/Settings.h"
#include "core/WhenFinished.h"
#include "dashboard/BreakdownPanel.h"
#include "dashboard/GetStartedPanel.h"
#include "dashboard/RateChart.h"
#include "store/Database.h"
#include "store/RollupRepository.h"
#include "store/Stats.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Bouncedesk::Ui {

using namespace Model;

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kCustom = 0;
enum BucketChoice { Automatic, Hourly, Daily };

QString percentText(double fraction)
{
    return Model::Translations::percent(fraction);
}

// A count in the locale's digit grouping (2,489; 2.489).
QString number(qint64 n) { return QLocale().toString(n); }

QString csvRate(double fraction)
{
    return std::isnan(fraction) ? QString() : QString::number(fraction, 'g', QLocale::FloatingPointShortest);
}

// Readable on both palettes: darker shades on light backgrounds, lighter ones on dark.
QColor levelColor(RateLevel level, bool dark)
{
    switch (level) {
    case RateLevel::Healthy:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7f, 0x3b);
    case RateLevel::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa3, 0x5f, 0x00);
    case RateLevel::Review:
    case RateLevel::Pause:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString levelText(RateLevel level)
{
    switch (level) {
    case RateLevel::Healthy:
        return DashboardView::tr("below the warning level");
    case RateLevel::Warning:
        return DashboardView::tr("warning: approaching the review limit");
    case RateLevel::Review:
        return DashboardView::tr("at or above the review limit: SES may place the account under review");
    case RateLevel::Pause:
        return DashboardView::tr("at or above the pause limit: SES may pause sending");
    }
    return {};
}

// what: what the figure counts, for its tooltip under the level.
void paintFigure(QLabel *label, double rate, RateLevel level, bool dark, const QString &what)
{
    label->setText(percentText(rate));
    label->setProperty("level", levelName(level));
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, levelColor(level, dark));
    label->setPalette(p);
    label->setToolTip(levelText(level) + u'\n' + what);
}
} // namespace

DashboardView::DashboardView(DatabaseUrl url, Settings *settings, QWidget *parent)
    : QWidget(parent), m_url(std::move(url)), m_settings(settings), m_alarm(warningFraction())
{
    buildUi();
    if (m_settings)
        connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
            if (key != Settings::Key::RateWarningPercentOfLimit)
                return;
            m_alarm.setWarningFraction(warningFraction());
            refresh();
        });
    // First fill once the owner has connected alarm().
    QMetaObject::invokeMethod(this, &DashboardView::refresh, Qt::QueuedConnection);
}

DashboardView::~DashboardView() = default;

double DashboardView::warningFraction() const
{
    const QVariant v = m_settings ? m_settings->get(Settings::Key::RateWarningPercentOfLimit)
                                  : Settings::defaultValue(Settings::Key::RateWarningPercentOfLimit);
    return std::clamp(v.toDouble(), 1.0, 100.0) / 100.0;
}

void DashboardView::buildUi()
{
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("Last 24 hours"), kDayMs);
    m_range->addItem(tr("Last 7 days"), 7 * kDayMs);
    m_range->addItem(tr("Last 30 days"), 30 * kDayMs);
    m_range->addItem(tr("Last 90 days"), 90 * kDayMs);
    m_range->addItem(tr("Custom…"), kCustom);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Model::Translations::dateTimeFormat());
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &DashboardView::refresh);
    }
    m_bucketCombo = new QComboBox(this);
    m_bucketCombo->setObjectName(QStringLiteral("bucketCombo"));
    m_bucketCombo->addItem(tr("Automatic"), Automatic);
    m_bucketCombo->addItem(tr("Hourly"), Hourly);
    m_bucketCombo->addItem(tr("Daily"), Daily);
    m_bucketCombo->setToolTip(tr("Automatic: hourly up to 7 days, daily beyond (UTC days)"));
    m_identity = new QComboBox(this);
    m_identity->setObjectName(QStringLiteral("identityCombo"));
    m_identity->setToolTip(tr("Sending identity (the mail's source address)"));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("topicCombo"));
    m_topic->setToolTip(tr("SNS topic the events came through"));
    m_exportPng = new QPushButton(tr("Export PNG…"), this);
    m_exportPng->setObjectName(QStringLiteral("exportPngButton"));
    m_exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));

    m_controls = new QWidget(this);
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(new QLabel(tr("Range:"), this));
    controls->addWidget(m_range);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addWidget(new QLabel(tr("Buckets:"), this));
    controls->addWidget(m_bucketCombo);
    controls->addWidget(new QLabel(tr("Identity:"), this));
    controls->addWidget(m_identity, 1);
    controls->addWidget(new QLabel(tr("Topic:"), this));
    controls->addWidget(m_topic, 1);
    controls->addStretch();
    controls->addWidget(m_exportPng);
    controls->addWidget(m_exportCsv);

    // Figures and charts share one widget so that the PNG export carries the numbers with the charts.
    m_charts = new QWidget(this);
    m_charts->setObjectName(QStringLiteral("chartsPanel"));
    m_charts->setAutoFillBackground(true);
    m_bounceFigure = new QLabel(m_charts);
    m_bounceFigure->setObjectName(QStringLiteral("bounceRateFigure"));
    m_complaintFigure = new QLabel(m_charts);
    m_complaintFigure->setObjectName(QStringLiteral("complaintRateFigure"));
    for (QLabel *figure : {m_bounceFigure, m_complaintFigure}) {
        QFont f = figure->font();
        f.setPointSizeF(f.pointSizeF() * 2.6);
        f.setBold(true);
        figure->setFont(f);
        figure->setForegroundRole(QPalette::WindowText);
    }
    m_counts = new QLabel(m_charts);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_basis = new QLabel(m_charts);
    m_basis->setObjectName(QStringLiteral("basisLabel"));
    m_basis->setWordWrap(true);
    m_awsFigures = new QLabel(m_charts);
    m_awsFigures->setObjectName(QStringLiteral("awsFigures"));
    m_awsFigures->setWordWrap(true);
    m_awsFigures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_awsFigures->setToolTip(tr("AWS's own figures: Reputation.BounceRate and Reputation.ComplaintRate from "
                                "CloudWatch (account-wide, over the window SES judges by) and the account's status "
                                "from SES. Bouncedesk's estimate above counts only what reached this database."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *figures = new QGridLayout;
    figures->addWidget(new QLabel(tr("Bounce rate"), m_charts), 0, 0);
    figures->addWidget(new QLabel(tr("Complaint rate"), m_charts), 0, 1);
    figures->addWidget(m_bounceFigure, 1, 0);
    figures->addWidget(m_complaintFigure, 1, 1);
    figures->addWidget(m_counts, 1, 2);
    figures->setColumnStretch(2, 1);
    figures->setHorizontalSpacing(24);

    m_bounceChart = new RateChart(RateChart::Kind::Bounce, m_charts);
    m_bounceChart->setObjectName(QStringLiteral("bounceChart"));
    m_complaintChart = new RateChart(RateChart::Kind::Complaint, m_charts);
    m_complaintChart->setObjectName(QStringLiteral("complaintChart"));
    m_bounceChart->setToolTip(tr("Click a point to open its bounces"));
    m_complaintChart->setToolTip(tr("Click a point to open its complaints"));
    m_breakdown = new BreakdownPanel(m_charts);
    auto *charts = new QVBoxLayout;
    charts->addWidget(m_bounceChart, 1);
    charts->addWidget(m_complaintChart, 1);
    auto *chartsAndBreakdown = new QHBoxLayout;
    chartsAndBreakdown->addLayout(charts, 3);
    chartsAndBreakdown->addWidget(m_breakdown, 1);
    auto *panel = new QVBoxLayout(m_charts);
    panel->addLayout(figures);
    panel->addWidget(m_basis);
    panel->addWidget(m_awsFigures);
    panel->addLayout(chartsAndBreakdown, 1);
    for (RateChart *chart : {m_bounceChart, m_complaintChart})
        connect(chart, &RateChart::bucketActivated, this, [this, chart](const QDateTime &from, const QDateTime &to) {
            const RateFilter filter = currentFilter();
            emit drillDown({chart == m_complaintChart, {from, to, filter.identity, filter.topicArn, std::nullopt, {}}});
        });
    connect(m_breakdown, &BreakdownPanel::valueActivated, this,
        [this](Facet facet, const QString &value, bool complaints) {
            const RateFilter filter = currentFilter();
            emit drillDown({complaints, {filter.from, filter.to, filter.identity, filter.topicArn, facet, value}});
        });
    connect(m_breakdown, &BreakdownPanel::facetChanged, this, &DashboardView::refresh);

    m_getStarted = new GetStartedPanel(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_charts);
    m_pages->addWidget(m_getStarted);
    connect(m_getStarted, &GetStartedPanel::hideRequested, this, [this] {
        m_getStartedHidden = true;
        m_getStartedAsked = false;
        choosePage(m_empty);
    });
    connect(m_getStarted, &GetStartedPanel::trafficFinished, this, [this] {
        m_getStartedAsked = false;
        refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toLongLong() == kCustom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        refresh();
    });
    for (QComboBox *combo : {m_bucketCombo, m_identity, m_topic})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_exportPng, &QPushButton::clicked, this, &DashboardView::exportPng);
    connect(m_exportCsv, &QPushButton::clicked, this, &DashboardView::exportCsv);

    m_awsTimer = new QTimer(this);
    const int minutes = m_settings ? m_settings->get(Settings::Key::AwsFiguresRefreshMinutes).toInt()
                                   : Settings::defaultValue(Settings::Key::AwsFiguresRefreshMinutes).toInt();
    m_awsTimer->setInterval(std::max(1, minutes) * 60 * 1000);
    connect(m_awsTimer, &QTimer::timeout, this, &DashboardView::refreshAws);
    showAws();
}

void DashboardView::setAwsAccount(Model::Aws::AccountSource source)
{
    m_accountSource = std::move(source);
    delete m_aws;
    m_awsKey.clear();
    m_awsStatus.reset();
    m_awsBounce.clear();
    m_awsComplaint.clear();
    m_awsTimer->start();
    refreshAws();
}

void DashboardView::refreshAws()
{
    if (!m_accountSource) {
        m_awsError.clear();
        showAws();
        return;
    }
    if (!m_aws)
        m_aws = Model::Aws::AwsClient::fromSource(m_accountSource, this, &m_awsError);
    if (!m_aws) {
        showAws();
        return;
    }
    const RateFilter filter = currentFilter();
    const Bucket bucket = currentBucket(filter);
    m_awsKey = awsKey(bucket);
    const int period = bucket == Bucket::Hour ? 3600 : 86400;
    // Three calls; each answer is shown as it comes.
    whenFinished(Model::Aws::SesAccount(m_aws).status(), this, [this](Result<Model::Aws::SesAccountStatus> status) {
        if (status) {
            m_awsStatus = *status;
            m_awsError.clear();
        } else {
            m_awsError = status.errorText();
        }
        m_awsReadAt = QDateTime::currentDateTime();
        showAws();
    });
    const Model::Aws::CloudWatchMetrics metrics(m_aws);
    for (const bool bounce : {true, false}) {
        whenFinished(metrics.reputation(bounce ? Model::Aws::CloudWatchMetrics::BounceRate
                                               : Model::Aws::CloudWatchMetrics::ComplaintRate,
                                        filter.from, filter.to, period),
                     this, [this, bounce](Result<QList<Model::Aws::MetricPoint>> points) {
                         if (!points) {
                             m_awsError = points.errorText();
                         } else {
                             (bounce ? m_awsBounce : m_awsComplaint) = *points;
                             (bounce ? m_bounceChart : m_complaintChart)->setAwsPoints(*points);
                         }
                         showAws();
                     });
    }
}

QString DashboardView::awsKey(Bucket bucket) const
{
    return m_range->currentData().toString() + u'/' + QString::number(int(bucket));
}

void DashboardView::showAws()
{
    if (!m_accountSource || (!m_aws && !m_awsError.isEmpty())) {
        m_awsFigures->setText(
            (m_awsError.isEmpty() ? tr("Not connected to AWS.") : tr("Not connected to AWS: %1.").arg(m_awsError))
            + u' '
            + tr("Choose a profile under Settings → AWS to see AWS's own bounce and complaint rates and the account's "
                 "sending status here (keys as for the AWS CLI; IAM policy in docs/aws-setup.md)."));
        return;
    }
    QStringList parts;
    const auto latest = [](const QList<Model::Aws::MetricPoint> &points, int decimals) {
        return points.isEmpty() ? tr("no data") : Model::Translations::percent(points.constLast().value, decimals);
    };
    parts << tr("<b>AWS's own figures</b> (CloudWatch, whole account): bounce %1, complaint %2")
                 .arg(latest(m_awsBounce, 2), latest(m_awsComplaint, 3));
    if (m_awsStatus) {
        const Model::Aws::SesAccountStatus &s = *m_awsStatus;
        parts << tr("sending %1, status %2, %3 of %4 sent in 24 h")
                     .arg(s.sendingEnabled ? tr("enabled") : tr("<b>paused</b>"), s.enforcementStatus.toHtmlEscaped(),
                          QLocale().toString(qint64(s.sentLast24Hours)),
                          s.max24HourSend < 0 ? tr("unlimited") : QLocale().toString(qint64(s.max24HourSend)));
    }
    if (m_awsReadAt.isValid())
        parts << tr("read %1").arg(QLocale().toString(m_awsReadAt.time(), QLocale::ShortFormat));
    QString text = parts.join(QStringLiteral("; "));
    if (!m_awsError.isEmpty())
        text += QStringLiteral("<br>") + tr("Last AWS error: %1").arg(m_awsError.toHtmlEscaped());
    m_awsFigures->setText(text);
}

void DashboardView::fillChoices(const QSqlDatabase &db)
{
    // New identities and topics appear as events arrive; keep the user's choice while refilling.
    const auto refill = [](QComboBox *combo, const Result<QStringList> &values, const QString &all) {
        if (!values)
            return;
        const QString current = combo->currentData().toString();
        QStringList items{QString()};
        items += *values;
        if (!current.isEmpty() && !items.contains(current))
            items << current;
        QStringList existing;
        for (int i = 0; i < combo->count(); ++i)
            existing << combo->itemData(i).toString();
        if (existing == items)
            return;
        const QSignalBlocker block(combo);
        combo->clear();
        for (const QString &v : std::as_const(items))
            combo->addItem(v.isEmpty() ? all : v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_identity, RateSeries::identities(db), tr("All identities"));
    refill(m_topic, RateSeries::topics(db), tr("All topics"));
}

RateFilter DashboardView::currentFilter() const
{
    RateFilter f;
    const qint64 span = m_range->currentData().toLongLong();
    if (span == kCustom) {
        f.from = m_from->dateTime().toUTC();
        f.to = m_to->dateTime().toUTC();
    } else {
        f.to = QDateTime::currentDateTimeUtc();
        f.from = f.to.addMSecs(-span);
    }
    f.identity = m_identity->currentData().toString();
    f.topicArn = m_topic->currentData().toString();
    return f;
}

Bucket DashboardView::currentBucket(const RateFilter &filter) const
{
    switch (m_bucketCombo->currentData().toInt()) {
    case Hourly:
        return Bucket::Hour;
    case Daily:
        return Bucket::Day;
    default:
        return filter.from.msecsTo(filter.to) <= 7 * kDayMs ? Bucket::Hour : Bucket::Day;
    }
}

void DashboardView::refresh()
{
    auto db = Database::connection(m_url);
    const auto failed = [this](const QString &text) {
        m_error->setText(tr("Cannot read the rates: %1").arg(text));
        m_error->setVisible(true);
    };
    if (!db)
        return failed(db.errorText());
    // Empty: no message stored and no counters left from ones maintenance removed.
    auto activity = Stats::activity(*db);
    auto counted = RollupRepository(*db).any();
    if (!activity || !counted)
        return failed(activity ? counted.errorText() : activity.errorText());
    choosePage(activity->lastMessageId == 0 && !*counted);
    fillChoices(*db);
    const RateFilter filter = currentFilter();
    if (!(filter.from < filter.to))
        return failed(tr("the start of the range must be before its end"));
    const Bucket bucket = currentBucket(filter);
    auto summary = RateSeries::compute(*db, filter, bucket);
    if (!summary)
        return failed(summary.errorText());
    m_error->setVisible(false);
    m_summary = std::move(summary).value();
    m_bucket = bucket;
    showSummary();
    m_breakdown->show(*db, filter);
    checkAlarm(*db);
    // AWS's series follow the range; read again only when it changed (the timer does the rest).
    if (m_accountSource && m_awsKey != awsKey(bucket))
        refreshAws();
}

void DashboardView::choosePage(bool empty)
{
    m_empty = empty;
    const bool panel = (empty && !m_getStartedHidden) || m_getStarted->isSending() || m_getStartedAsked;
    m_pages->setCurrentWidget(panel ? static_cast<QWidget *>(m_getStarted) : m_charts);
    m_controls->setVisible(!panel);
}

bool DashboardView::isShowingGetStarted() const { return m_pages->currentWidget() == m_getStarted; }

void DashboardView::showGetStarted()
{
    m_getStartedAsked = true;
    choosePage(m_empty);
}

void DashboardView::showSummary()
{
    const RateSummary &s = m_summary;
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    const double fraction = warningFraction();
    const QString per = s.basis == RateBasis::Sends ? tr("sends") : tr("delivery attempts (deliveries + bounces)");
    paintFigure(m_bounceFigure, s.bounceRate,
                levelFor(s.bounceRate, RateLimits::bounceReview, RateLimits::bouncePause, fraction), dark,
                tr("Hard bounces over %1, as SES counts them: Permanent bounces only, leaving out those to "
                   "addresses on the account suppression list. Soft (Transient) and undetermined bounces are "
                   "shown beside it, not counted in it.")
                    .arg(per));
    paintFigure(m_complaintFigure, s.complaintRate,
                levelFor(s.complaintRate, RateLimits::complaintReview, RateLimits::complaintPause, fraction), dark,
                tr("Complaints over %1.").arg(per));

    QString counts = tr("Sends %1 · Deliveries %2 · Hard bounces %3 (in the rate) · Soft and other bounces %4 "
                        "(not in the rate) · Complaints %5")
                         .arg(number(s.sends), number(s.deliveries), number(s.hardBounces),
                              number(s.bounces - s.hardBounces), number(s.complaints));
    if (s.suppressedListBounces)
        counts += u'\n'
            + tr("%n bounce(s) to addresses on the account suppression list, not counted in the rate", nullptr,
                 int(s.suppressedListBounces));
    m_counts->setText(counts);

    const QString basis = s.basis == RateBasis::Sends
        ? tr("Rates per send: %1 sends (Send events are published for this range).").arg(number(s.denominator))
        : tr("Rates per delivery attempt: %1 deliveries + bounces (no Send events in this range).")
              .arg(number(s.denominator));
    m_basis->setText(basis + u' '
                     + tr("The bounce rate counts hard bounces only, as SES does. This is a local estimate: AWS "
                          "computes its own rates over a representative volume, so its figures can differ."));

    m_bounceChart->setSummary(s, m_bucket);
    m_complaintChart->setSummary(s, m_bucket);
}

void DashboardView::checkAlarm(const QSqlDatabase &db)
{
    // The alarm watches the whole account over the last day, so changing the view's filters never
    // fires or re-arms it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto day = RateSeries::totals(db, {now.addDays(-1), {}, {}, {}});
    if (!day)
        return;
    if (const auto message = m_alarm.update(day->bounceRate, day->complaintRate))
        emit alarm(*message);
}

void DashboardView::exportPng()
{
    const QString path = Dialogs::saveFileName(this, tr("Export charts"), tr("PNG images (*.png)"),
                                               QStringLiteral("bouncedesk-rates.png"));
    if (path.isEmpty())
        return;
    if (!m_charts->grab().save(path, "PNG"))
        Dialogs::error(this, tr("Export charts"), tr("Could not write %1.").arg(path));
}

void DashboardView::exportCsv()
{
    const QString path = Dialogs::saveFileName(this, tr("Export rates"), tr("CSV files (*.csv)"),
                                               QStringLiteral("bouncedesk-rates.csv"));
    if (path.isEmpty())
        return;
    // bounce_rate is SES's: hard_bounces / the denominator; soft_bounces are beside it, not in it.
    QString csv = QStringLiteral("start,sends,deliveries,hard_bounces,soft_bounces,complaints,bounce_rate,complaint_rate\n");
    for (const RatePoint &p : std::as_const(m_summary.points))
        csv += Model::Time::isoUtc(p.start) + u',' + QString::number(p.sends) + u',' + QString::number(p.deliveries)
            + u',' + QString::number(p.hardBounces) + u',' + QString::number(p.softBounces) + u','
            + QString::number(p.complaints) + u',' + csvRate(p.bounceRate) + u',' + csvRate(p.complaintRate) + u'\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit())
        Dialogs::error(this, tr("Export rates"), tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace Bouncedesk::Ui
