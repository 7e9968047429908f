// Rate series end to end, per backend: signed SES messages through the real listener, then the rates
// RateSeries and `bouncedesk-cli stats --since` report from the hourly counters the listener keeps.
#include "CliRunner.h"
#include "ListenerHarness.h"
#include "SesMessages.h"
#include "store/Database.h"
#include "tables/RateSeries.h"

#include <QJsonDocument>
#include <QMap>
#include <QTest>

#include <cmath>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;
using Model::Bucket;
using Model::RateBasis;
using Model::RateFilter;
using Model::RateSeries;
using Model::RateSummary;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
const QString kShop = QStringLiteral("news@shop.example");
const QString kAlerts = QStringLiteral("alerts@shop.example");

// One batch of events from one identity at one time.
struct Group {
    QString source;
    qint64 ago; // ms before "now"
    int sends, deliveries, hard, soft, suppressedList, complaints;
};

// 200 sends, 190 deliveries, 6 bounces (4 hard, 1 soft, 1 OnAccountSuppressionList), 1 complaint,
// over two identities, four hours and four days. 24 h: the first two groups; 7 d: the first three.
const QList<Group> kGroups{
    {kShop, 2 * kHour, 80, 77, 2, 1, 0, 1},
    {kAlerts, 22 * kHour, 40, 38, 1, 0, 1, 0},
    {kShop, 3 * kDay, 50, 48, 1, 0, 0, 0},
    {kAlerts, 10 * kDay, 30, 27, 0, 0, 0, 0},
};

QStringList addresses(int n, const QString &prefix)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("%1-%2@example.org").arg(prefix).arg(i);
    return out;
}

qint64 floorTo(qint64 ms, qint64 step)
{
    return ms - ms % step;
}
} // namespace

class TestRateSeries final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ranges_data();
    void ranges();
    void hourlyBucketsIncludeEmptyHours();
    void dailyBucketsAreUtcDays();
    void totalsDoNotDependOnBucket();
    void topicFilter();
    void identitiesAndTopics();
    void cliReportsTheSameNumbers_data();
    void cliReportsTheSameNumbers();
    void withoutSendsTheBasisIsDeliveryAttempts();
    void emptyRangeHasNoRate();

private:
    bool post(ListenerHarness &h, const QString &message, QString *why);
    bool feed(ListenerHarness &h, const Group &g, bool eventPublishing, int serial, QString *why);
    RateSummary compute(const RateFilter &filter, Bucket bucket);
    RateFilter lastDay(const QString &identity = {}) const;

    // Read-only tests share one fed database: feeding through the listener is the slow part.
    std::unique_ptr<ListenerHarness> h;
    QDateTime m_now;
};

bool TestRateSeries::post(ListenerHarness &harness, const QString &message, QString *why)
{
    const HttpResponse r = harness.post(harness.sign(ListenerHarness::notification(message)));
    if (r.status != 200)
        *why = QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body));
    return r.status == 200;
}

bool TestRateSeries::feed(ListenerHarness &harness, const Group &g, bool eventPublishing, int serial, QString *why)
{
    const QDateTime at = m_now.addMSecs(-g.ago);
    const QString p = QStringLiteral("g%1").arg(serial);
    auto send = [&](const QString &message) { return post(harness, Ses::sentAt(message, g.source, at), why); };
    if (g.sends && !send(Ses::event(QStringLiteral("Send"), addresses(g.sends, p + u's'))))
        return false;
    if (g.deliveries && !send(Ses::delivery(addresses(g.deliveries, p + u'd'), eventPublishing)))
        return false;
    if (g.hard && !send(Ses::bounce(addresses(g.hard, p + u'h'), QStringLiteral("Permanent"),
                                    QStringLiteral("General"), eventPublishing)))
        return false;
    if (g.soft && !send(Ses::bounce(addresses(g.soft, p + u't'), QStringLiteral("Transient"),
                                    QStringLiteral("MailboxFull"), eventPublishing)))
        return false;
    if (g.suppressedList && !send(Ses::bounce(addresses(g.suppressedList, p + u'l'), QStringLiteral("Permanent"),
                                              QStringLiteral("OnAccountSuppressionList"), eventPublishing)))
        return false;
    if (g.complaints
        && !send(Ses::complaint(addresses(g.complaints, p + u'c'), QStringLiteral("abuse"), eventPublishing)))
        return false;
    return true;
}

void TestRateSeries::initTestCase()
{
    m_now = QDateTime::currentDateTimeUtc();
    h = std::make_unique<ListenerHarness>();
    QString error;
    QVERIFY2(h->start(&error), qPrintable(error));
    for (int i = 0; i < kGroups.size(); ++i)
        QVERIFY2(feed(*h, kGroups[i], true, i, &error), qPrintable(error));
    const Model::Counts c = h->counts();
    QCOMPARE(c.sends, 200);
    QCOMPARE(c.deliveries, 190);
    QCOMPARE(c.bounces, 6);
    QCOMPARE(c.complaints, 1);
}

void TestRateSeries::cleanupTestCase()
{
    h.reset();
}

RateSummary TestRateSeries::compute(const RateFilter &filter, Bucket bucket)
{
    auto db = Model::Database::connection(h->url());
    if (!db)
        qFatal("no connection: %s", qPrintable(db.errorText()));
    auto s = RateSeries::compute(*db, filter, bucket);
    if (!s)
        qFatal("compute failed: %s", qPrintable(s.errorText()));
    return *s;
}

RateFilter TestRateSeries::lastDay(const QString &identity) const
{
    return {m_now.addMSecs(-kDay), m_now, identity, {}};
}

void TestRateSeries::ranges_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<qint64>("sends");
    QTest::addColumn<qint64>("deliveries");
    QTest::addColumn<qint64>("bounces"); // counted
    QTest::addColumn<qint64>("hard");
    QTest::addColumn<qint64>("soft");
    QTest::addColumn<qint64>("suppressedList");
    QTest::addColumn<qint64>("complaints");
    QTest::newRow("24 h, all") << kDay << QString() << 120LL << 115LL << 4LL << 3LL << 1LL << 1LL << 1LL;
    QTest::newRow("24 h, shop") << kDay << kShop << 80LL << 77LL << 3LL << 2LL << 1LL << 0LL << 1LL;
    QTest::newRow("24 h, alerts") << kDay << kAlerts << 40LL << 38LL << 1LL << 1LL << 0LL << 1LL << 0LL;
    QTest::newRow("7 d, all") << 7 * kDay << QString() << 170LL << 163LL << 5LL << 4LL << 1LL << 1LL << 1LL;
    QTest::newRow("30 d, all") << 30 * kDay << QString() << 200LL << 190LL << 5LL << 4LL << 1LL << 1LL << 1LL;
    QTest::newRow("30 d, alerts") << 30 * kDay << kAlerts << 70LL << 65LL << 1LL << 1LL << 0LL << 1LL << 0LL;
    QTest::newRow("unknown identity") << 30 * kDay << QStringLiteral("nobody@example.net") << 0LL << 0LL << 0LL
                                      << 0LL << 0LL << 0LL << 0LL;
}

void TestRateSeries::ranges()
{
    QFETCH(qint64, span);
    QFETCH(QString, identity);
    QFETCH(qint64, sends);
    QFETCH(qint64, deliveries);
    QFETCH(qint64, bounces);
    QFETCH(qint64, hard);
    QFETCH(qint64, soft);
    QFETCH(qint64, suppressedList);
    QFETCH(qint64, complaints);
    const RateSummary s = compute({m_now.addMSecs(-span), m_now, identity, {}}, Bucket::Hour);
    QCOMPARE(s.sends, sends);
    QCOMPARE(s.deliveries, deliveries);
    QCOMPARE(s.bounces, bounces);
    QCOMPARE(s.hardBounces, hard);
    QCOMPARE(s.softBounces, soft);
    QCOMPARE(s.suppressedListBounces, suppressedList);
    QCOMPARE(s.complaints, complaints);
    if (sends == 0) {
        QCOMPARE(s.basis, RateBasis::DeliveryAttempts);
        QCOMPARE(s.denominator, 0);
        QVERIFY(std::isnan(s.bounceRate));
        QVERIFY(std::isnan(s.complaintRate));
        return;
    }
    QCOMPARE(s.basis, RateBasis::Sends);
    QCOMPARE(s.denominator, sends);
    QCOMPARE(s.bounceRate, double(hard) / double(sends)); // hard bounces only, as SES counts
    QCOMPARE(s.complaintRate, double(complaints) / double(sends));
}

void TestRateSeries::hourlyBucketsIncludeEmptyHours()
{
    const RateSummary s = compute(lastDay(), Bucket::Hour);
    QCOMPARE(s.points.size(), 24);
    QMap<qint64, qint64> sendsByHour;
    for (const Group &g : kGroups)
        if (g.ago < kDay)
            sendsByHour[floorTo(m_now.toMSecsSinceEpoch() - g.ago, kHour)] += g.sends;
    int nonEmpty = 0;
    for (int i = 0; i < s.points.size(); ++i) {
        const Model::RatePoint &p = s.points[i];
        QCOMPARE(p.start.timeSpec(), Qt::UTC);
        if (i > 0)
            QCOMPARE(s.points[i - 1].start.msecsTo(p.start), kHour);
        QCOMPARE(p.sends, sendsByHour.value(p.start.toMSecsSinceEpoch()));
        if (p.sends == 0) {
            QCOMPARE(p.denominator, 0);
            QVERIFY(std::isnan(p.bounceRate));
            continue;
        }
        ++nonEmpty;
        QCOMPARE(p.bounceRate, double(p.hardBounces) / double(p.sends));
    }
    QCOMPARE(nonEmpty, 2);
    // The newest bucket is the current hour.
    QCOMPARE(s.points.constLast().start.toMSecsSinceEpoch(), floorTo(m_now.toMSecsSinceEpoch() - 1, kHour));
    // The 2-hours-ago group: 80 sends, 3 counted bounces, 1 complaint.
    const auto it = std::find_if(s.points.cbegin(), s.points.cend(), [](const auto &p) { return p.sends == 80; });
    QVERIFY(it != s.points.cend());
    QCOMPARE(it->bounces, 3);
    QCOMPARE(it->bounceRate, 2.0 / 80); // 2 hard; the soft one is shown beside the rate, not in it
    QCOMPARE(it->complaintRate, 1.0 / 80);
}

void TestRateSeries::dailyBucketsAreUtcDays()
{
    const qint64 today = floorTo(m_now.toMSecsSinceEpoch(), kDay);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(today - 12 * kDay, Qt::UTC);
    const RateSummary s = compute({from, from.addDays(13), {}, {}}, Bucket::Day);
    QCOMPARE(s.points.size(), 13);
    QMap<qint64, std::pair<qint64, qint64>> byDay; // sends, counted bounces
    for (const Group &g : kGroups) {
        auto &day = byDay[floorTo(m_now.toMSecsSinceEpoch() - g.ago, kDay)];
        day.first += g.sends;
        day.second += g.hard + g.soft;
    }
    for (int i = 0; i < s.points.size(); ++i) {
        const Model::RatePoint &p = s.points[i];
        QCOMPARE(p.start.toMSecsSinceEpoch(), today - (12 - i) * kDay);
        QCOMPARE(p.start.time(), QTime(0, 0));
        QCOMPARE(p.sends, byDay.value(p.start.toMSecsSinceEpoch()).first);
        QCOMPARE(p.bounces, byDay.value(p.start.toMSecsSinceEpoch()).second);
    }
    QCOMPARE(s.sends, 200);
    QCOMPARE(s.bounceRate, 4.0 / 200);
    QCOMPARE(s.complaintRate, 1.0 / 200);

    // A range not aligned to days: a partial first and last day, each still one bucket.
    // Hours count when they start inside [from, to): the first counted hour is from rounded up, the
    // last is the one holding to - 1 ms; the buckets are the UTC days those hours span.
    const qint64 from7 = m_now.toMSecsSinceEpoch() - 7 * kDay;
    const qint64 firstHour = floorTo(from7 + kHour - 1, kHour);
    const qint64 lastHour = floorTo(m_now.toMSecsSinceEpoch() - 1, kHour);
    const qint64 expectedDays = (floorTo(lastHour, kDay) - floorTo(firstHour, kDay)) / kDay + 1;
    const RateSummary week = compute({m_now.addMSecs(-7 * kDay), m_now, {}, {}}, Bucket::Day);
    QCOMPARE(week.points.size(), expectedDays);
    QCOMPARE(week.points.constFirst().start.toMSecsSinceEpoch(), floorTo(firstHour, kDay));
}

void TestRateSeries::totalsDoNotDependOnBucket()
{
    for (const qint64 span : {kDay, 7 * kDay, 30 * kDay, 90 * kDay}) {
        const RateFilter f{m_now.addMSecs(-span), m_now, {}, {}};
        const RateSummary hourly = compute(f, Bucket::Hour);
        const RateSummary daily = compute(f, Bucket::Day);
        auto db = Model::Database::connection(h->url());
        QVERIFY(db);
        auto totals = RateSeries::totals(*db, f);
        QVERIFY2(totals, qPrintable(totals.errorText()));
        QCOMPARE(hourly.points.size(), span / kHour);
        QCOMPARE(daily.sends, hourly.sends);
        QCOMPARE(daily.bounces, hourly.bounces);
        QCOMPARE(daily.complaints, hourly.complaints);
        QCOMPARE(totals->sends, hourly.sends);
        QCOMPARE(totals->bounceRate, hourly.bounceRate);
        QVERIFY(totals->points.isEmpty());
        qint64 pointSends = 0;
        for (const auto &p : daily.points)
            pointSends += p.sends;
        QCOMPARE(pointSends, daily.sends);
    }
}

void TestRateSeries::topicFilter()
{
    RateFilter f = lastDay();
    f.topicArn = ListenerHarness::topicArn;
    QCOMPARE(compute(f, Bucket::Hour).sends, 120);
    f.topicArn = QStringLiteral("arn:aws:sns:us-east-1:123456789012:other-topic");
    const RateSummary none = compute(f, Bucket::Hour);
    QCOMPARE(none.sends, 0);
    QCOMPARE(none.points.size(), 24); // the chart still has every hour
}

void TestRateSeries::identitiesAndTopics()
{
    auto db = Model::Database::connection(h->url());
    QVERIFY(db);
    auto ids = RateSeries::identities(*db);
    QVERIFY2(ids, qPrintable(ids.errorText()));
    QCOMPARE(*ids, (QStringList{kAlerts, kShop}));
    auto topics = RateSeries::topics(*db);
    QVERIFY2(topics, qPrintable(topics.errorText()));
    QCOMPARE(*topics, QStringList{ListenerHarness::topicArn});
}

void TestRateSeries::cliReportsTheSameNumbers_data()
{
    QTest::addColumn<QString>("identity");
    QTest::newRow("all") << QString();
    QTest::newRow("shop") << kShop;
    QTest::newRow("alerts") << kAlerts;
}

void TestRateSeries::cliReportsTheSameNumbers()
{
    QFETCH(QString, identity);
    const RateSummary s = compute(lastDay(identity), Bucket::Hour);
    QStringList args{QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--since"),
                     QStringLiteral("24h"), QStringLiteral("--database"), h->url().toString()};
    if (!identity.isEmpty())
        args << QStringLiteral("--identity") << identity;
    const CliRun r = runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(!o.isEmpty(), qPrintable(r.out));
    QCOMPARE(o.value(QStringLiteral("sends")).toInteger(), 200); // all-time event counts stay as they were
    QCOMPARE(o.value(QStringLiteral("bounces")).toInteger(), 6);
    QCOMPARE(o.value(QStringLiteral("basis")).toString(), QStringLiteral("sends"));
    QCOMPARE(o.value(QStringLiteral("rate_sends")).toInteger(), s.sends);
    QCOMPARE(o.value(QStringLiteral("rate_deliveries")).toInteger(), s.deliveries);
    QCOMPARE(o.value(QStringLiteral("rate_bounces")).toInteger(), s.bounces);
    QCOMPARE(o.value(QStringLiteral("rate_complaints")).toInteger(), s.complaints);
    QCOMPARE(o.value(QStringLiteral("rate_denominator")).toInteger(), s.denominator);
    QCOMPARE(o.value(QStringLiteral("bounce_rate")).toDouble(), s.bounceRate);
    QCOMPARE(o.value(QStringLiteral("complaint_rate")).toDouble(), s.complaintRate);
    const QDateTime since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    QVERIFY(since.isValid());
    QVERIFY(qAbs(since.secsTo(m_now.addDays(-1))) < 600);
    if (identity.isEmpty()) {
        QCOMPARE(s.sends, 120); // the numbers above are the hand-counted ones, not just equal to each other
        QCOMPARE(o.value(QStringLiteral("bounce_rate")).toDouble(), 3.0 / 120);
        const CliRun text = runCli(args.mid(0, 1) + args.mid(2));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(u"2.50% (3 hard of 120)"), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"1 soft, not in the rate"), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"0.83% (1 of 120)"), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"sends (120)"), qPrintable(text.out));
    }
}

void TestRateSeries::withoutSendsTheBasisIsDeliveryAttempts()
{
    // Classic notifications only (no event publishing): 97 deliveries, 2 hard bounces, 1 bounce on the
    // account suppression list (not counted), 1 complaint -> 2 / 99 and 1 / 99.
    ListenerHarness classic;
    QString error;
    QVERIFY2(classic.start(&error), qPrintable(error));
    QVERIFY2(feed(classic, {kShop, 5 * kHour, 0, 97, 2, 0, 1, 1}, false, 9, &error), qPrintable(error));
    auto db = Model::Database::connection(classic.url());
    QVERIFY(db);
    auto s = RateSeries::compute(*db, lastDay(), Bucket::Hour);
    QVERIFY2(s, qPrintable(s.errorText()));
    QCOMPARE(s->basis, RateBasis::DeliveryAttempts);
    QCOMPARE(s->denominator, 99);
    QCOMPARE(s->suppressedListBounces, 1);
    QCOMPARE(s->bounceRate, 2.0 / 99);
    QCOMPARE(s->complaintRate, 1.0 / 99);

    const CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"),
                             classic.url().toString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("basis")).toString(), QStringLiteral("delivery_attempts"));
    QVERIFY(o.value(QStringLiteral("since")).isNull()); // all time
    QCOMPARE(o.value(QStringLiteral("rate_denominator")).toInteger(), 99);
    QCOMPARE(o.value(QStringLiteral("bounce_rate")).toDouble(), 2.0 / 99);
    QCOMPARE(o.value(QStringLiteral("complaint_rate")).toDouble(), 1.0 / 99);
}

void TestRateSeries::emptyRangeHasNoRate()
{
    // 30 to 60 days ago: nothing was sent.
    const RateSummary s = compute({m_now.addDays(-60), m_now.addDays(-30), {}, {}}, Bucket::Day);
    QCOMPARE(s.denominator, 0);
    QVERIFY(std::isnan(s.bounceRate));
    QVERIFY(std::isnan(s.complaintRate));
    QVERIFY(s.points.size() == 30 || s.points.size() == 31);
    for (const auto &p : s.points)
        QCOMPARE(p.sends + p.deliveries + p.bounces, 0);
}

QTEST_GUILESS_MAIN(TestRateSeries)
#include "tst_rate_series.moc"
