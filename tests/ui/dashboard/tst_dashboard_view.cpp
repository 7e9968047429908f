// The rate dashboard driven like a user: ranges, filters, figures and their colours, charts, exports, alarm.
#include "AwsStandIn.h"
#include "TempDatabase.h"
#include "common/Dialogs.h"
#include "core/Settings.h"
#include "dashboard/DashboardView.h"
#include "dashboard/RateChart.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

using namespace Bouncedesk;
using Ui::DashboardView;
using Ui::RateChart;
using Model::Error;
using Model::Result;
namespace Aws = Model::Aws;

namespace {
constexpr qint64 kHour = 3600 * 1000;
const QString kShop = QStringLiteral("news@shop.example");
const QString kAlerts = QStringLiteral("alerts@shop.example");
const QString kTopic = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-feedback");

QString percent(double value)
{
    return QLocale().toString(value, 'f', 2) + u'%';
}

QAbstractSeries *seriesNamed(QChartView *view, const QString &name)
{
    for (QAbstractSeries *s : view->chart()->series())
        if (s->name() == name)
            return s;
    return nullptr;
}
} // namespace

class TestDashboardView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartsShowLimitsAndRates();
    void figuresShowRatesInLevelColours();
    void rangeChangesThePoints();
    void identityAndCustomRange();
    void alarmFiresOncePerCrossing();
    void warningLevelFollowsSettings();
    void exportsCsvAndPng();
    void screenshot();
    void notConnectedSaysHowToConnect();
    void awsFiguresBesideOurs();
    void clickingABucketAsksForItsBouncesOrComplaints();
    void breakdownShowsWhatCausedThemAndOpensThem();

private:
    void addHour(qint64 hour, const QString &source, qint64 sends, qint64 deliveries, qint64 hard, qint64 soft,
                 qint64 suppressedList, qint64 complaints);
    template <typename T>
    T *child(const char *name)
    {
        T *w = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QColor expectedColour(const char *level) const;

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Model::Settings> m_settings;
    std::unique_ptr<DashboardView> m_view;
    std::unique_ptr<QSignalSpy> m_alarms;
    qint64 m_hour0 = 0; // start of the current UTC hour
};

void TestDashboardView::initTestCase()
{
    Ui::Dialogs::Testing::enable();
}

void TestDashboardView::addHour(qint64 hour, const QString &source, qint64 sends, qint64 deliveries, qint64 hard,
                                qint64 soft, qint64 suppressedList, qint64 complaints)
{
    auto db = Model::Database::connection(m_db->url());
    QVERIFY2(db, qPrintable(db.errorText()));
    auto q = Model::exec(*db,
                         QStringLiteral("INSERT INTO rate_hourly (hour, source, topic_arn, sends, deliveries, bounces, "
                                        "hard_bounces, soft_bounces, suppressed_list_bounces, complaints) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {hour, source, kTopic, sends, deliveries, hard + soft, hard, soft, suppressedList, complaints});
    QVERIFY2(q, qPrintable(q.errorText()));
}

void TestDashboardView::init()
{
    Ui::Dialogs::Testing::reset();
    QString error;
    m_db = Test::TempDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    auto db = Model::Store::open(m_db->url());
    QVERIFY2(db, qPrintable(db.errorText()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Model::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_hour0 = now - now % kHour;
    // 24 h: 100 sends, 4 hard and 1 soft bounce: 4.00% (hard only, as SES counts; 5.00% would count the
    // soft one), a warning at 80% of 5%; no complaint.
    addHour(m_hour0 - 2 * kHour, kShop, 100, 95, 4, 1, 1, 0);
    // 7 d adds 100 sends, 1 bounce, 1 complaint: 2.50% and 0.50% (pause).
    addHour(m_hour0 - 5 * 24 * kHour, kAlerts, 100, 99, 1, 0, 0, 1);
    // 30 d adds 300 quiet sends: 1.00% and 0.20% (review).
    addHour(m_hour0 - 20 * 24 * kHour, kShop, 300, 300, 0, 0, 0, 0);

    m_view = std::make_unique<DashboardView>(m_db->url(), m_settings.get());
    m_alarms = std::make_unique<QSignalSpy>(m_view.get(), &DashboardView::alarm);
    m_view->resize(1280, 960);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_COMPARE(child<QLabel>("bounceRateFigure")->text(), percent(4.0)); // the first refresh comes by itself
}

void TestDashboardView::cleanup()
{
    m_alarms.reset();
    m_view.reset();
    m_settings.reset();
    if (m_db)
        m_db->closeConnections();
    m_db.reset();
    m_dir.reset();
}

QColor TestDashboardView::expectedColour(const char *level) const
{
    const bool dark = m_view->palette().color(QPalette::Window).lightnessF() < 0.5;
    const QByteArray l(level);
    if (l == "healthy")
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7f, 0x3b);
    if (l == "warning")
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa3, 0x5f, 0x00);
    return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
}

void TestDashboardView::chartsShowLimitsAndRates()
{
    auto *bounce = child<QChartView>("bounceChart");
    auto *complaint = child<QChartView>("complaintChart");
    struct Expect {
        QChartView *view;
        QString rate, review, pause;
        double reviewY, pauseY;
    };
    for (const Expect &e : {Expect{bounce, QStringLiteral("Bounce rate"), QStringLiteral("Review limit 5%"),
                                   QStringLiteral("Pause limit 10%"), 5.0, 10.0},
                            Expect{complaint, QStringLiteral("Complaint rate"), QStringLiteral("Review limit 0.1%"),
                                   QStringLiteral("Pause limit 0.5%"), 0.1, 0.5}}) {
        auto *review = qobject_cast<QLineSeries *>(seriesNamed(e.view, e.review));
        QVERIFY2(review, qPrintable(e.review));
        QCOMPARE(review->count(), 2);
        QCOMPARE(review->at(0).y(), e.reviewY);
        QCOMPARE(review->pen().style(), Qt::DashLine);
        auto *pause = qobject_cast<QAreaSeries *>(seriesNamed(e.view, e.pause));
        QVERIFY2(pause, qPrintable(e.pause));
        QCOMPARE(pause->upperSeries()->at(0).y(), e.pauseY);
        QCOMPARE(pause->lowerSeries()->at(0).y(), e.reviewY);
        QVERIFY(pause->brush().color().alpha() < 255);
        auto *rate = qobject_cast<QLineSeries *>(seriesNamed(e.view, e.rate));
        QVERIFY2(rate, qPrintable(e.rate));
        QCOMPARE(rate->count(), 24); // last 24 hours, hourly, empty hours included
        const auto axes = e.view->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto *y = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QVERIFY(y->max() > e.pauseY); // the review line and the pause band are always in view
    }
    // The 2-hours-ago hour is at 4%, the others at 0.
    auto *rate = qobject_cast<QLineSeries *>(seriesNamed(bounce, QStringLiteral("Bounce rate")));
    int at4 = 0;
    for (const QPointF &p : rate->points()) {
        if (qint64(p.x()) == m_hour0 - 2 * kHour) {
            QCOMPARE(p.y(), 4.0);
            ++at4;
        } else {
            QCOMPARE(p.y(), 0.0);
        }
    }
    QCOMPARE(at4, 1);
}

void TestDashboardView::figuresShowRatesInLevelColours()
{
    auto *bounce = child<QLabel>("bounceRateFigure");
    auto *complaint = child<QLabel>("complaintRateFigure");
    QVERIFY(bounce->font().pointSizeF() > 2 * m_view->font().pointSizeF());
    QCOMPARE(bounce->property("level").toString(), QStringLiteral("warning"));
    QCOMPARE(bounce->palette().color(QPalette::WindowText), expectedColour("warning"));
    QCOMPARE(complaint->text(), percent(0.0));
    QCOMPARE(complaint->palette().color(QPalette::WindowText), expectedColour("healthy"));
    const QString counts = child<QLabel>("countsLabel")->text();
    QVERIFY2(counts.contains(u"Sends 100") && counts.contains(u"Deliveries 95") && counts.contains(u"Hard bounces 4 (in the rate)")
                 && counts.contains(u"Soft and other bounces 1 (not in the rate)")
                 && counts.contains(u"Complaints 0"),
             qPrintable(counts));
    QVERIFY2(counts.contains(u"1 bounce(s) to addresses on the account suppression list"), qPrintable(counts));
    QVERIFY(bounce->toolTip().contains(u"Permanent bounces only"));
    const QString basis = child<QLabel>("basisLabel")->text();
    QVERIFY2(basis.contains(u"per send") && basis.contains(u"representative volume"), qPrintable(basis));

    child<QComboBox>("rangeCombo")->setCurrentIndex(1); // 7 days
    QCOMPARE(bounce->text(), percent(2.5));
    QCOMPARE(bounce->property("level").toString(), QStringLiteral("healthy"));
    QCOMPARE(complaint->text(), percent(0.5));
    QCOMPARE(complaint->property("level").toString(), QStringLiteral("pause"));
    QCOMPARE(complaint->palette().color(QPalette::WindowText), expectedColour("pause"));
    child<QComboBox>("rangeCombo")->setCurrentIndex(2); // 30 days
    QCOMPARE(bounce->text(), percent(1.0));
    QCOMPARE(complaint->text(), percent(0.2));
    QCOMPARE(complaint->property("level").toString(), QStringLiteral("review"));
}

void TestDashboardView::rangeChangesThePoints()
{
    auto *combo = child<QComboBox>("rangeCombo");
    auto *chart = child<QChartView>("complaintChart");
    const auto points = [&] {
        auto *s = qobject_cast<QLineSeries *>(seriesNamed(chart, QStringLiteral("Complaint rate")));
        return s ? s->count() : -1;
    };
    QCOMPARE(points(), 24);
    combo->setCurrentIndex(1);
    QCOMPARE(points(), 7 * 24); // hourly up to 7 days
    combo->setCurrentIndex(2);
    QVERIFY2(points() == 30 || points() == 31, qPrintable(QString::number(points()))); // daily: UTC days touched
    combo->setCurrentIndex(3);
    QVERIFY(points() == 90 || points() == 91);
    child<QComboBox>("bucketCombo")->setCurrentIndex(1); // forced hourly
    QCOMPARE(points(), 90 * 24);
}

void TestDashboardView::identityAndCustomRange()
{
    auto *identity = child<QComboBox>("identityCombo");
    QCOMPARE(identity->count(), 3); // all, alerts, shop
    QCOMPARE(child<QComboBox>("topicCombo")->count(), 2);
    child<QComboBox>("rangeCombo")->setCurrentIndex(2); // 30 days
    identity->setCurrentIndex(identity->findData(kShop));
    QCOMPARE(child<QLabel>("bounceRateFigure")->text(), percent(1.0)); // 4 of 400
    QCOMPARE(child<QLabel>("complaintRateFigure")->text(), percent(0.0));
    identity->setCurrentIndex(identity->findData(kAlerts));
    QCOMPARE(child<QLabel>("bounceRateFigure")->text(), percent(1.0)); // 1 of 100
    QCOMPARE(child<QLabel>("complaintRateFigure")->text(), percent(1.0));

    identity->setCurrentIndex(0);
    auto *range = child<QComboBox>("rangeCombo");
    range->setCurrentIndex(range->count() - 1); // Custom…
    auto *from = child<QDateTimeEdit>("fromEdit");
    auto *to = child<QDateTimeEdit>("toEdit");
    QVERIFY(from->isVisible() && to->isVisible());
    to->setDateTime(QDateTime::fromMSecsSinceEpoch(m_hour0).toLocalTime());
    from->setDateTime(QDateTime::fromMSecsSinceEpoch(m_hour0 - 3 * kHour).toLocalTime());
    auto *s = qobject_cast<QLineSeries *>(seriesNamed(child<QChartView>("bounceChart"), QStringLiteral("Bounce rate")));
    QVERIFY(s);
    QCOMPARE(s->count(), 3);
    QCOMPARE(child<QLabel>("bounceRateFigure")->text(), percent(4.0));
}

void TestDashboardView::alarmFiresOncePerCrossing()
{
    // 4 of 100 in the last day reaches the warning level (80% of 5%): one alarm, not one per refresh.
    QCOMPARE(m_alarms->count(), 1);
    QVERIFY2(m_alarms->at(0).at(0).toString().contains(u"ounce rate 4.00%"),
             qPrintable(m_alarms->at(0).at(0).toString()));
    m_view->refresh();
    m_view->refresh();
    QCOMPARE(m_alarms->count(), 1);
    // More good mail: 4 of 200 = 2%, back below; then 10 more bounces: 14 of 210, above again.
    addHour(m_hour0 - kHour, kShop, 100, 100, 0, 0, 0, 0);
    m_view->refresh();
    QCOMPARE(m_alarms->count(), 1);
    QCOMPARE(child<QLabel>("bounceRateFigure")->text(), percent(2.0));
    addHour(m_hour0, kShop, 10, 0, 10, 0, 0, 0);
    m_view->refresh();
    QCOMPARE(m_alarms->count(), 2);
    // Looking at another identity or range does not touch the alarm (it watches the account's last day).
    child<QComboBox>("rangeCombo")->setCurrentIndex(3);
    child<QComboBox>("identityCombo")->setCurrentIndex(1);
    QCOMPARE(m_alarms->count(), 2);
}

void TestDashboardView::warningLevelFollowsSettings()
{
    auto *bounce = child<QLabel>("bounceRateFigure");
    QCOMPARE(bounce->property("level").toString(), QStringLiteral("warning"));
    m_settings->set(Model::Settings::Key::RateWarningPercentOfLimit, 90); // warn from 4.5%
    QCOMPARE(bounce->property("level").toString(), QStringLiteral("healthy"));
    QCOMPARE(bounce->palette().color(QPalette::WindowText), expectedColour("healthy"));
}

void TestDashboardView::exportsCsvAndPng()
{
    const QString csvPath = m_dir->filePath(QStringLiteral("rates.csv"));
    Ui::Dialogs::Testing::setNextFileName(csvPath);
    QTest::mouseClick(child<QPushButton>("exportCsvButton"), Qt::LeftButton);
    QFile csv(csvPath);
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csvPath));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 24);
    QCOMPARE(lines[0], QStringLiteral("start,sends,deliveries,hard_bounces,soft_bounces,complaints,bounce_rate,complaint_rate"));
    const QString hot = QDateTime::fromMSecsSinceEpoch(m_hour0 - 2 * kHour, Qt::UTC).toString(Qt::ISODate);
    QVERIFY(hot.endsWith(u'Z'));
    QVERIFY2(lines.contains(hot + QStringLiteral(",100,95,4,1,0,0.04,0")), qPrintable(lines.join(u'\n')));
    const QString quiet = QDateTime::fromMSecsSinceEpoch(m_hour0 - 3 * kHour, Qt::UTC).toString(Qt::ISODate);
    QVERIFY2(lines.contains(quiet + QStringLiteral(",0,0,0,0,0,,")), "an hour without mail has no rate");

    const QString pngPath = m_dir->filePath(QStringLiteral("rates.png"));
    Ui::Dialogs::Testing::setNextFileName(pngPath);
    QTest::mouseClick(child<QPushButton>("exportPngButton"), Qt::LeftButton);
    const QImage png(pngPath);
    QVERIFY2(!png.isNull(), qPrintable(pngPath));
    QVERIFY(png.width() > 400 && png.height() > 300);

    // Cancelled dialog: nothing written, nothing shown.
    QTest::mouseClick(child<QPushButton>("exportCsvButton"), Qt::LeftButton);
    QVERIFY(Ui::Dialogs::Testing::shownMessages().isEmpty());
}

void TestDashboardView::screenshot()
{
    child<QComboBox>("rangeCombo")->setCurrentIndex(1);
    QTest::qWait(100); // layouts and chart axes settle on the event loop, as on screen
    const QImage shot = m_view->grab().toImage();
    QVERIFY(!shot.isNull());
    // Kept after the run (overwritten each time) so a person can look at it.
    const QString dir = QDir::temp().filePath(QStringLiteral("tst_dashboard_view"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/dashboard.png");
    QVERIFY(shot.save(path));
    QVERIFY(QFileInfo(path).size() > 10000);
    qInfo("screenshot: %s", qPrintable(path));
}

void TestDashboardView::notConnectedSaysHowToConnect()
{
    QVERIFY2(child<QLabel>("awsFigures")->text().startsWith(QStringLiteral("Not connected to AWS.")),
             qPrintable(child<QLabel>("awsFigures")->text()));
    m_view->setAwsAccount([] { return Result<Aws::Account>(Error::invalid(QStringLiteral("no AWS credentials: set X"))); });
    QVERIFY2(child<QLabel>("awsFigures")->text().contains(QStringLiteral("no AWS credentials: set X")),
             qPrintable(child<QLabel>("awsFigures")->text()));
    QVERIFY(child<QLabel>("awsFigures")->text().contains(QStringLiteral("Settings → AWS")));
}

void TestDashboardView::awsFiguresBesideOurs()
{
    Test::AwsStandIn aws;
    QVERIFY(aws.start());
    const QDateTime hour = QDateTime::fromMSecsSinceEpoch(m_hour0, Qt::UTC);
    const auto iso = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); };
    aws.setMetric(Aws::CloudWatchMetrics::BounceRate,
                  {{iso(hour.addSecs(-3 * 3600)), 0.031}, {iso(hour.addSecs(-2 * 3600)), 0.034}});
    aws.setMetric(Aws::CloudWatchMetrics::ComplaintRate, {{iso(hour.addSecs(-2 * 3600)), 0.0007}});
    aws.setAccount({{QStringLiteral("EnforcementStatus"), QStringLiteral("PROBATION")}});
    m_view->setAwsAccount([&aws] { return Result<Aws::Account>(aws.account()); });
    QTRY_VERIFY2_WITH_TIMEOUT(child<QLabel>("awsFigures")->text().contains(QStringLiteral("bounce 3.40%")),
                              qPrintable(child<QLabel>("awsFigures")->text()), 15000);
    QTRY_VERIFY(child<QLabel>("awsFigures")->text().contains(QStringLiteral("complaint 0.070%")));
    QTRY_VERIFY(child<QLabel>("awsFigures")->text().contains(QStringLiteral("status PROBATION")));
    // Our own figure is unchanged; AWS's is a series of its own on the chart, in percent.
    QCOMPARE(child<QLabel>("bounceRateFigure")->text(), percent(4.0));
    auto *series = qobject_cast<QLineSeries *>(
        seriesNamed(child<RateChart>("bounceChart"), RateChart::awsSeriesName(RateChart::Kind::Bounce)));
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    QCOMPARE(series->at(1).y(), 3.4);
    // Wrong keys later: the figures stay, the error is said.
    m_view->setAwsAccount([&aws] { return Result<Aws::Account>(aws.account(QStringLiteral("wrong"))); });
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("awsFigures")->text().contains(QStringLiteral("refused the credentials")), 15000);
}

void TestDashboardView::clickingABucketAsksForItsBouncesOrComplaints()
{
    QSignalSpy asked(m_view.get(), &DashboardView::drillDown);
    const qint64 hour = m_hour0 - 2 * kHour;
    for (const char *name : {"bounceChart", "complaintChart"}) {
        auto *view = child<QChartView>(name);
        const QPointF at = view->chart()->mapToPosition(QPointF(double(hour), 0.5));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(at));
    }
    QCOMPARE(asked.size(), 2);
    const auto bounces = asked.at(0).at(0).value<Ui::DrillDown>();
    QCOMPARE(bounces.complaints, false);
    QCOMPARE(bounces.scope.from.toMSecsSinceEpoch(), hour);
    QCOMPARE(bounces.scope.to.toMSecsSinceEpoch(), hour + kHour);
    QVERIFY(!bounces.scope.facet);
    QCOMPARE(asked.at(1).at(0).value<Ui::DrillDown>().complaints, true);
    // The dashboard's identity filter goes along.
    auto *identity = child<QComboBox>("identityCombo");
    identity->setCurrentIndex(identity->findData(kShop));
    auto *view = child<QChartView>("bounceChart");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
        view->mapFromScene(view->chart()->mapToPosition(QPointF(double(hour), 0.5))));
    QCOMPARE(asked.size(), 3);
    QCOMPARE(asked.at(2).at(0).value<Ui::DrillDown>().scope.identity, kShop);
}

void TestDashboardView::breakdownShowsWhatCausedThemAndOpensThem()
{
    auto db = Model::Database::connection(m_db->url());
    QVERIFY(db);
    // Facet rows as the writer leaves them (the rollups above have none): 3 hard at bad, 1 at good.
    const qint64 at = m_hour0 - 2 * kHour + 60'000;
    QVERIFY(Model::exec(*db, QStringLiteral("INSERT INTO sns_messages (message_id, type, topic_arn, signature_version, "
                                            "signing_cert_url, sns_timestamp, received_at, content_kind, raw_body) "
                                            "VALUES ('m1', 'Notification', ?, '2', 'u', ?, ?, 'ses', '{}')"),
        {kTopic, at, at}));
    const qint64 ref = Model::Sql::scalar(*db, QStringLiteral("SELECT id FROM sns_messages")).value().toLongLong();
    const auto facet = [&](const char *facetName, const QString &value, const char *kind, qint64 when) {
        QVERIFY(Model::exec(*db, QStringLiteral("INSERT INTO feedback_facets (message_ref, event_at, facet, value, "
                                                "kind, source, topic_arn) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {ref, when, QString::fromLatin1(facetName), value, QString::fromLatin1(kind), kShop, kTopic}));
    };
    for (int i = 0; i < 3; ++i)
        facet("domain", QStringLiteral("bad.example"), "hard", at);
    facet("domain", QStringLiteral("good.example"), "hard", at);
    facet("domain", QStringLiteral("good.example"), "soft", at);
    facet("domain", QStringLiteral("long-ago.example"), "hard", at - 10 * 24 * kHour); // out of range
    facet("tag", QStringLiteral("campaign=winter-sale"), "complaint", at);
    m_view->refresh();
    auto *table = child<QTableWidget>("breakdownTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("bad.example"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("good.example"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("1"));
    auto *by = child<QComboBox>("facetCombo");
    by->setCurrentIndex(by->findData(int(Model::Facet::Tag)));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("campaign=winter-sale"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));
    // Enter on a row asks for what it stands for, in the dashboard's range.
    by->setCurrentIndex(by->findData(int(Model::Facet::Domain)));
    QSignalSpy asked(m_view.get(), &DashboardView::drillDown);
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
    const auto request = asked.at(0).at(0).value<Ui::DrillDown>();
    QCOMPARE(request.scope.facet, std::optional(Model::Facet::Domain));
    QCOMPARE(request.scope.value, QStringLiteral("bad.example"));
    QVERIFY(request.scope.from.msecsTo(request.scope.to) >= 24 * kHour - 1000);
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboard_view.moc"
