// bouncedesk-cli maintain end to end, once per backend: dry run, real run, health report, with a fixed --now.
#include "CliRunner.h"
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;
using Bouncedesk::Test::eventAt;
using Bouncedesk::Test::CliRun;
using Bouncedesk::Test::runCli;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QString kNowArg = QStringLiteral("2026-03-01T12:00:00Z");

QJsonObject json(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

class TestCliMaintain final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunThenRunThenReport();
    void badOptionsAndUnmigratedDatabaseFailWithOneLine();

private:
    void put(IngestWriter &writer, const QString &sesJson, const QDateTime &when);
    qint64 scalar(const QString &sql) const { return Test::scalar(*Database::connection(m_temp->url()), sql); }
    QStringList withDatabase(QStringList args) const
    {
        return args << QStringLiteral("--database") << m_temp->url().toString();
    }
    std::unique_ptr<Test::TempDatabase> m_temp;
};

void TestCliMaintain::put(IngestWriter &writer, const QString &sesJson, const QDateTime &when)
{
    const Result<IngestReply> stored = Test::storeSes(writer, sesJson, when);
    QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
}

// soft@ bounced softly 33, 32 and 31 days ago (soft-bounce suppressed); t8@ once 8 days ago; a delivery
// 91 days ago; in the last week a hard bounce to x@gmail.example and 4 deliveries.
void TestCliMaintain::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Store::open(m_temp->url()).ok());
    IngestWriter writer(m_temp->url(), PolicySettings{});
    const auto transient = [](const QString &email, const QDateTime &when) {
        return eventAt(Test::Ses::bounce({email}, QStringLiteral("Transient"), QStringLiteral("MailboxFull")), when);
    };
    for (int d : {33, 32, 31})
        put(writer, transient(QStringLiteral("soft@a.example"), kNow.addDays(-d)), kNow.addDays(-d));
    put(writer, transient(QStringLiteral("t8@a.example"), kNow.addDays(-8)), kNow.addDays(-8));
    put(writer, eventAt(Test::Ses::delivery({QStringLiteral("old@a.example")}), kNow.addDays(-91)), kNow.addDays(-91));
    put(writer,
        eventAt(Test::Ses::bounce({QStringLiteral("x@gmail.example")}, QStringLiteral("Permanent"),
                                  QStringLiteral("General")),
                kNow.addDays(-2)),
        kNow.addDays(-2));
    for (int i = 0; i < 4; ++i)
        put(writer, eventAt(Test::Ses::delivery({QStringLiteral("ok%1@a.example").arg(i)}), kNow.addDays(-1)),
            kNow.addDays(-1));
}

void TestCliMaintain::cleanup()
{
    m_temp.reset();
}

void TestCliMaintain::dryRunThenRunThenReport()
{
    const QString activeSoft = QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1 AND reason = "
                                              "'soft-bounce'");
    const qint64 bounces = scalar(QStringLiteral("SELECT COUNT(*) FROM bounces"));
    QCOMPARE(scalar(activeSoft), 1);

    CliRun dry = runCli(withDatabase({QStringLiteral("maintain"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                                      QStringLiteral("--now"), kNowArg}));
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QJsonObject plan = json(dry);
    QCOMPARE(plan.value(QStringLiteral("dry_run")).toBool(false), true);
    QCOMPARE(plan.value(QStringLiteral("now")).toString(), kNowArg);
    QCOMPARE(plan.value(QStringLiteral("soft_recovered")).toInteger(), 1);
    QCOMPARE(plan.value(QStringLiteral("suppressions_lifted")).toInteger(), 1);
    QCOMPARE(plan.value(QStringLiteral("transient_bounces_removed")).toInteger(), 4);
    QCOMPARE(plan.value(QStringLiteral("stale_messages_removed")).toInteger(), 1);
    QCOMPARE(plan.value(QStringLiteral("stale_events_removed")).toInteger(), 1);
    QCOMPARE(scalar(activeSoft), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bounces")), bounces);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);

    CliRun dryText = runCli(
        withDatabase({QStringLiteral("maintain"), QStringLiteral("--dry-run"), QStringLiteral("--now"), kNowArg}));
    QVERIFY2(dryText.exitCode == 0, qPrintable(dryText.err));
    QVERIFY2(dryText.out.contains(u"nothing was changed"), qPrintable(dryText.out));
    QVERIFY2(dryText.out.contains(u"soft@a.example: recovered after 31 quiet days; soft-bounce suppression lifted"),
             qPrintable(dryText.out));

    CliRun real = runCli(withDatabase({QStringLiteral("maintain"), QStringLiteral("--now"), kNowArg}));
    QVERIFY2(real.exitCode == 0, qPrintable(real.err));
    QVERIFY2(real.err.isEmpty(), qPrintable(real.err));
    QVERIFY2(real.out.contains(u"soft addresses recovered:          1"), qPrintable(real.out));
    QCOMPARE(scalar(activeSoft), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bounces")), bounces - 4);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'maintenance.run'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'suppression.lift'")), 1);

    CliRun again = runCli(withDatabase({QStringLiteral("maintain"), QStringLiteral("--json"), QStringLiteral("--now"),
                                        kNowArg}));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(json(again).value(QStringLiteral("soft_recovered")).toInteger(-1), 0);
    QCOMPARE(json(again).value(QStringLiteral("transient_bounces_removed")).toInteger(-1), 0);

    // As the weekly timer does: the report a moment after the run (the period's end is exclusive).
    CliRun report = runCli(withDatabase({QStringLiteral("maintain"), QStringLiteral("--report"),
                                         QStringLiteral("--json"), QStringLiteral("--now"),
                                         QStringLiteral("2026-03-01T12:01:00Z")}));
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QJsonObject r = json(report);
    QCOMPARE(r.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-02-22T12:01:00Z"));
    const QJsonObject rates = r.value(QStringLiteral("rates")).toObject();
    QCOMPARE(rates.value(QStringLiteral("basis")).toString(), QStringLiteral("deliveries+bounces"));
    QCOMPARE(rates.value(QStringLiteral("denominator")).toInteger(), 5);
    QCOMPARE(rates.value(QStringLiteral("bounce_rate")).toDouble(), 0.2);
    const QJsonArray domains = r.value(QStringLiteral("top_domains")).toArray();
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains.at(0).toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("gmail.example"));
    // The lift made by maintenance is in the period (it happened "now").
    const QJsonArray reasons = r.value(QStringLiteral("suppressions")).toArray();
    bool sawLift = false;
    for (const QJsonValue &v : reasons)
        sawLift |= v.toObject().value(QStringLiteral("reason")).toString() == u"soft-bounce"
            && v.toObject().value(QStringLiteral("lifted")).toInteger() == 1;
    QVERIFY2(sawLift, qPrintable(report.out));

    // A longer period reaches t8@'s bounce: rollups outlive the removed transient bounce row.
    CliRun month = runCli(withDatabase({QStringLiteral("maintain"), QStringLiteral("--report"), QStringLiteral("--json"),
                                        QStringLiteral("--period"), QStringLiteral("10d"), QStringLiteral("--now"),
                                        kNowArg}));
    QVERIFY2(month.exitCode == 0, qPrintable(month.err));
    QCOMPARE(json(month).value(QStringLiteral("totals")).toObject().value(QStringLiteral("bounces")).toInteger(), 2);

    CliRun text = runCli(withDatabase({QStringLiteral("maintain"), QStringLiteral("--report"), QStringLiteral("--now"),
                                       kNowArg}));
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"Bounce rate:    20.00%  (1 hard of 5 deliveries + bounces; soft bounces are not in it"), qPrintable(text.out));
}

void TestCliMaintain::badOptionsAndUnmigratedDatabaseFailWithOneLine()
{
    const auto oneLine = [](const CliRun &r, int code, const QString &expected) {
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(u"bouncedesk-cli: "), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    };
    oneLine(runCli(withDatabase({QStringLiteral("maintain"), QStringLiteral("--report"), QStringLiteral("--period"),
                                 QStringLiteral("3x")})),
            2, QStringLiteral("--period"));
    oneLine(runCli(withDatabase({QStringLiteral("maintain"), QStringLiteral("--now"), QStringLiteral("yesterday")})),
            2, QStringLiteral("--now"));
    oneLine(runCli(withDatabase({QStringLiteral("maintain"), QStringLiteral("--stale-retention-days"),
                                 QStringLiteral("0")})),
            2, QStringLiteral("at least 1"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);

    QString error;
    auto empty = Test::TempDatabase::create(&error);
    QVERIFY2(empty, qPrintable(error));
    oneLine(runCli({QStringLiteral("maintain"), QStringLiteral("--database"), empty->url().toString()}), 1,
            QStringLiteral("db migrate"));
}

QTEST_GUILESS_MAIN(TestCliMaintain)
#include "tst_cli_maintain.moc"
