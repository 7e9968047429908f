// Maintenance rules on a seeded database with a fixed clock, per backend: what goes, what stays.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "policy/Maintenance.h"
#include "policy/SuppressionList.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Store.h"


#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;
using Bouncedesk::Test::eventAt;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const Actor kActor{QStringLiteral("tester"), QString()};

QDateTime daysAgo(int days)
{
    return kNow.addDays(-days);
}

QString transient(const QString &email, const QDateTime &when)
{
    return eventAt(Test::Ses::bounce({email}, QStringLiteral("Transient"), QStringLiteral("MailboxFull")), when);
}

QString permanent(const QString &email, const QDateTime &when)
{
    return eventAt(Test::Ses::bounce({email}, QStringLiteral("Permanent"), QStringLiteral("General")), when);
}

QString complaint(const QString &email, const QDateTime &when, const QString &feedback = QStringLiteral("abuse"))
{
    return eventAt(Test::Ses::complaint({email}, feedback), when);
}
} // namespace

class TestMaintenance final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void softAddressRecoversAndItsSuppressionIsLifted();
    void otherSuppressionsAreNeverTouched();
    void transientBouncesAgeOut();
    void staleMessagesGoExceptEvidence();
    void rollupsAuditAndSuppressionHistoryStay();
    void periodsAreSettings_data();
    void periodsAreSettings();
    void dryRunPlansTheSameAndChangesNothing();
    void cancelRollsBack();
    void secondRunHasNothingToDo();

private:
    void seed();
    Result<MaintenancePlan> runMaintenance(bool dryRun, PolicySettings settings = {},
                                           std::function<bool(int)> progress = {});
    QSqlDatabase db() const { return *Database::connection(m_temp->url()); }
    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::scalar(db(), sql, values);
    }
    QString dump(const QString &sql);
    QStringList snapshot();
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<IngestWriter> m_writer; // only while seeding
};

void TestMaintenance::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Store::open(m_temp->url()).ok());
    seed();
}

void TestMaintenance::cleanup()
{
    m_writer.reset();
    m_temp.reset();
}

// The fixture, with the clock at kNow and the default periods (30 / 7 / 90 days):
//   soft31   3 transient bounces ending 31 days ago: soft-bounce suppressed, recovers, lifted
//   soft29   3 transient bounces ending 29 days ago: soft-bounce suppressed, stays
//   hard     permanent bounce 40 days ago; complained: complaint 40 days ago; both suppressed
//   manual   one transient bounce 40 days ago (soft, recovers) and a manual suppression (stays)
//   t8 / t6  one transient bounce 8 / 6 days ago
//   d91 / s91 a delivery / a send received 91 days ago: removed with their messages
//   c91      an unreviewed complaint 91 days ago: kept (and suppressed)
//   h91      a permanent bounce 91 days ago: kept, it is the source of an active suppression
//   r91      a not-spam complaint 91 days ago, reviewed: removed, and its clean history with it
//   late     a delivery from 95 days ago received 10 days ago: the row goes, the message stays
void TestMaintenance::seed()
{
    m_writer = std::make_unique<IngestWriter>(m_temp->url(), PolicySettings{});
    const auto put = [this](const QString &json, const QDateTime &when) {
        auto stored = Test::storeSes(*m_writer, json, when);
        QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
        QVERIFY(!stored->fellBack);
    };
    for (int d : {33, 32, 31})
        put(transient(QStringLiteral("soft31@a.example"), daysAgo(d)), daysAgo(d));
    for (int d : {31, 30, 29})
        put(transient(QStringLiteral("soft29@a.example"), daysAgo(d)), daysAgo(d));
    put(permanent(QStringLiteral("hard@a.example"), daysAgo(40)), daysAgo(40));
    put(complaint(QStringLiteral("complained@a.example"), daysAgo(40)), daysAgo(40));
    put(transient(QStringLiteral("manual@a.example"), daysAgo(40)), daysAgo(40));
    put(transient(QStringLiteral("t8@a.example"), daysAgo(8)), daysAgo(8));
    put(transient(QStringLiteral("t6@a.example"), daysAgo(6)), daysAgo(6));
    put(eventAt(Test::Ses::delivery({QStringLiteral("d91@a.example")}), daysAgo(91)), daysAgo(91));
    put(eventAt(Test::Ses::event(QStringLiteral("Send"), {QStringLiteral("s91@a.example")}), daysAgo(91)), daysAgo(91));
    put(complaint(QStringLiteral("c91@a.example"), daysAgo(91)), daysAgo(91));
    put(permanent(QStringLiteral("h91@a.example"), daysAgo(91)), daysAgo(91));
    put(complaint(QStringLiteral("r91@a.example"), daysAgo(91), QStringLiteral("not-spam")), daysAgo(91));
    put(eventAt(Test::Ses::delivery({QStringLiteral("late@a.example")}), daysAgo(95)), daysAgo(10));

    m_writer.reset();
    SuppressionList list(db(), kActor);
    QVERIFY(list.add(QStringLiteral("manual@a.example"), QStringLiteral("manual"), QStringLiteral("asked")).ok());
    QVERIFY(exec(db(), QStringLiteral("UPDATE complaints SET reviewed = 1, reviewed_by = 'tester', reviewed_at = ? "
                                      "WHERE email = 'r91@a.example'"),
                 {daysAgo(80).toMSecsSinceEpoch()})
                .ok());

    // The fixture is what the comment says.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1 AND reason = 'soft-bounce'")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state WHERE status = 'soft'")), 5);
}

QString TestMaintenance::dump(const QString &sql)
{
    auto q = exec(db(), sql);
    if (!q)
        return q.errorText();
    QStringList rows;
    for (QSqlQuery query = std::move(q).value(); query.next();) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        rows << fields.join(u'|');
    }
    return rows.join(u'\n');
}

// Row counts of every table and the states that maintenance may change.
QStringList TestMaintenance::snapshot()
{
    QStringList out;
    for (const char *table : {"sns_messages", "bounces", "complaints", "deliveries", "sends", "delivery_delays",
                              "other_events", "address_state", "address_state_changes", "suppressions", "audit_log",
                              "rate_hourly", "subscriptions"})
        out << QString::fromLatin1(table) + u'='
                + QString::number(scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)));
    out << dump(QStringLiteral("SELECT email, status, consecutive_soft FROM address_state ORDER BY email"));
    out << dump(QStringLiteral("SELECT email, reason, active FROM suppressions ORDER BY id"));
    return out;
}

Result<MaintenancePlan> TestMaintenance::runMaintenance(bool dryRun, PolicySettings settings,
                                                        std::function<bool(int)> progress)
{
    Maintenance maintenance(db(), settings, kActor, kNow);
    return maintenance.run(dryRun, std::move(progress));
}

void TestMaintenance::softAddressRecoversAndItsSuppressionIsLifted()
{
    auto plan = runMaintenance(false);
    QVERIFY2(plan.ok(), qPrintable(plan.errorText()));
    QCOMPARE(plan->softRecovered, 2); // soft31 and manual
    QCOMPARE(plan->suppressionsLifted, 1);

    const QString soft31 = QStringLiteral("soft31@a.example");
    QCOMPARE(dump(QStringLiteral("SELECT status, consecutive_soft, CASE WHEN soft_streak_started_at IS NULL "
                                 "THEN 'no streak' ELSE 'streak' END FROM address_state "
                                 "WHERE email = 'soft31@a.example'")),
             QStringLiteral("clean|0|no streak"));
    QCOMPARE(dump(QStringLiteral("SELECT old_status, new_status, reason, actor, changed_at FROM address_state_changes "
                                 "WHERE email = 'soft31@a.example' AND actor = 'maintenance'")),
             QStringLiteral("soft|clean|recovered after 31 quiet days|maintenance|")
                 + QString::number(kNow.toMSecsSinceEpoch()));
    QCOMPARE(dump(QStringLiteral("SELECT reason, active, removed_by, removal_reason, removed_at FROM suppressions "
                                 "WHERE email = 'soft31@a.example'")),
             QStringLiteral("soft-bounce|0|maintenance|recovered after 31 quiet days|")
                 + QString::number(kNow.toMSecsSinceEpoch()));

    // One audit row for the lift, with the row before and after.
    auto audit = exec(db(), QStringLiteral("SELECT before_state, after_state, os_user FROM audit_log "
                                           "WHERE action = 'suppression.lift' AND target = ?"),
                      {soft31});
    QVERIFY(audit.ok());
    QSqlQuery q = std::move(audit).value();
    QVERIFY(q.next());
    const QJsonObject before = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("active")).toBool(false), true);
    QCOMPARE(before.value(QStringLiteral("reason")).toString(), QStringLiteral("soft-bounce"));
    QCOMPARE(after.value(QStringLiteral("active")).toBool(true), false);
    QCOMPARE(after.value(QStringLiteral("removed_by")).toString(), QStringLiteral("maintenance"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("tester"));
    QVERIFY(!q.next());

    // 29 quiet days are not enough.
    QCOMPARE(dump(QStringLiteral("SELECT a.status, s.reason, s.active FROM address_state a JOIN suppressions s "
                                 "ON s.email = a.email WHERE a.email = 'soft29@a.example'")),
             QStringLiteral("soft|soft-bounce|1"));
    // Recent single soft bounces stay soft.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state WHERE status = 'soft'")), 3);
}

void TestMaintenance::otherSuppressionsAreNeverTouched()
{
    QVERIFY(runMaintenance(false).ok());
    QStringList rows = dump(QStringLiteral("SELECT email, reason, active FROM suppressions WHERE email IN "
                                           "('hard@a.example', 'complained@a.example', 'manual@a.example', "
                                           "'c91@a.example', 'h91@a.example')"))
                           .split(u'\n');
    rows.sort(); // the same order on both backends, whatever the collation
    QCOMPARE(rows, (QStringList{QStringLiteral("c91@a.example|complaint|1"),
                                QStringLiteral("complained@a.example|complaint|1"),
                                QStringLiteral("h91@a.example|hard-bounce|1"),
                                QStringLiteral("hard@a.example|hard-bounce|1"),
                                QStringLiteral("manual@a.example|manual|1")}));
    // manual@ recovered from its soft status, but the manual suppression is a person's decision.
    QCOMPARE(dump(QStringLiteral("SELECT status FROM address_state WHERE email = 'manual@a.example'")),
             QStringLiteral("clean"));
    QCOMPARE(dump(QStringLiteral("SELECT status FROM address_state WHERE email IN ('hard@a.example', "
                                 "'complained@a.example') ORDER BY email")),
             QStringLiteral("complained\nhard"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'suppression.lift'")), 1);
}

void TestMaintenance::transientBouncesAgeOut()
{
    auto plan = runMaintenance(false);
    QVERIFY(plan.ok());
    // soft31 x3 (its suppression was lifted first), soft29 x2, manual x1, t8 x1.
    QCOMPARE(plan->transientBouncesRemoved, 7);
    QCOMPARE(dump(QStringLiteral("SELECT email FROM bounces WHERE bounce_type = 'Transient' ORDER BY email")),
             QStringLiteral("soft29@a.example\nt6@a.example"));
    // The one soft29 bounce kept is the source of its active suppression.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bounces b JOIN suppressions s ON s.source_table = 'bounces' "
                                   "AND s.source_event_id = b.id AND s.active = 1 WHERE b.email = 'soft29@a.example'")),
             1);
    // Permanent bounces are not transient records.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bounces WHERE bounce_type = 'Permanent'")), 2);
}

void TestMaintenance::staleMessagesGoExceptEvidence()
{
    const qint64 messagesBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages"));
    auto plan = runMaintenance(false);
    QVERIFY(plan.ok());
    QCOMPARE(plan->staleMessagesRemoved, 3); // d91, s91, r91
    QCOMPARE(plan->staleEventsRemoved, 4);   // their 3 event rows, and late@'s old delivery row
    QCOMPARE(plan->stateChangesRemoved, 1);  // r91 is clean; its 91-day-old history goes
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages")), messagesBefore - 3);

    const qint64 cutoff = daysAgo(90).toMSecsSinceEpoch();
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages WHERE received_at < ?"), {cutoff}), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE email = 'c91@a.example' AND reviewed = 0")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bounces WHERE email = 'h91@a.example'")), 1);
    // Event rows went with their messages (cascade), in every table.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE email = 'd91@a.example'")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sends WHERE email = 's91@a.example'")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE email = 'r91@a.example'")), 0);
    // A late row goes on its own; its message (received 10 days ago) stays.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE email = 'late@a.example'")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages WHERE received_at = ?"),
                    {daysAgo(10).toMSecsSinceEpoch()}),
             1);
    // Old history of addresses that are not clean stays.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes WHERE email IN ('c91@a.example', "
                                   "'h91@a.example')")),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes WHERE email = 'r91@a.example'")), 0);
}

void TestMaintenance::rollupsAuditAndSuppressionHistoryStay()
{
    const QString rollups = dump(QStringLiteral("SELECT * FROM rate_hourly ORDER BY hour, source, topic_arn"));
    const QString audit = dump(QStringLiteral("SELECT id, action, target, after_state FROM audit_log ORDER BY id"));
    const qint64 suppressions = scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions"));
    QVERIFY(!rollups.isEmpty());
    QVERIFY(!audit.isEmpty());

    auto plan = runMaintenance(false);
    QVERIFY(plan.ok());
    QCOMPARE(dump(QStringLiteral("SELECT * FROM rate_hourly ORDER BY hour, source, topic_arn")), rollups);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), suppressions);
    const QString auditAfter = dump(QStringLiteral("SELECT id, action, target, after_state FROM audit_log ORDER BY id"));
    QVERIFY2(auditAfter.startsWith(audit + u'\n'), qPrintable(auditAfter));

    // One maintenance.run row with the plan.
    auto q = exec(db(), QStringLiteral("SELECT after_state FROM audit_log WHERE action = 'maintenance.run'"));
    QVERIFY(q.ok());
    QSqlQuery query = std::move(q).value();
    QVERIFY(query.next());
    const QJsonObject logged = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    QCOMPARE(logged.value(QStringLiteral("soft_recovered")).toInteger(), 2);
    QCOMPARE(logged.value(QStringLiteral("transient_bounces_removed")).toInteger(), 7);
    QCOMPARE(logged.value(QStringLiteral("dry_run")).toBool(true), false);
    QVERIFY(!query.next());
}

void TestMaintenance::periodsAreSettings_data()
{
    QTest::addColumn<int>("softDays");
    QTest::addColumn<int>("transientDays");
    QTest::addColumn<int>("staleDays");
    QTest::addColumn<QList<qint64>>("expected"); // recovered, lifted, transient, messages, events, changes
    QTest::newRow("defaults") << 30 << 7 << 90 << QList<qint64>{2, 1, 7, 3, 4, 1};
    // soft31 not quiet long enough: keeps its suppression, which keeps its source bounce.
    QTest::newRow("recovery 35 days") << 35 << 7 << 90 << QList<qint64>{1, 0, 6, 3, 4, 1};
    QTest::newRow("recovery 28 days") << 28 << 7 << 90 << QList<qint64>{3, 2, 8, 3, 4, 1};
    QTest::newRow("transient 5 days") << 30 << 5 << 90 << QList<qint64>{2, 1, 8, 3, 4, 1};
    QTest::newRow("transient 10 days") << 30 << 10 << 90 << QList<qint64>{2, 1, 6, 3, 4, 1};
    QTest::newRow("stale 100 days") << 30 << 7 << 100 << QList<qint64>{2, 1, 7, 0, 0, 0};
    QTest::newRow("stale 93 days") << 30 << 7 << 93 << QList<qint64>{2, 1, 7, 0, 1, 0};
}

void TestMaintenance::periodsAreSettings()
{
    QFETCH(int, softDays);
    QFETCH(int, transientDays);
    QFETCH(int, staleDays);
    QFETCH(QList<qint64>, expected);
    PolicySettings settings;
    settings.softRecoveryDays = softDays;
    settings.transientRetentionDays = transientDays;
    settings.staleRetentionDays = staleDays;
    auto plan = runMaintenance(false, settings);
    QVERIFY2(plan.ok(), qPrintable(plan.errorText()));
    const QList<qint64> got{plan->softRecovered,        plan->suppressionsLifted, plan->transientBouncesRemoved,
                            plan->staleMessagesRemoved, plan->staleEventsRemoved, plan->stateChangesRemoved};
    QCOMPARE(got, expected);
}

void TestMaintenance::dryRunPlansTheSameAndChangesNothing()
{
    const QStringList before = snapshot();
    QList<int> steps;
    auto dry = runMaintenance(true, {}, [&steps](int percent) {
        steps << percent;
        return true;
    });
    QVERIFY2(dry.ok(), qPrintable(dry.errorText()));
    QVERIFY(dry->dryRun);
    QCOMPARE(snapshot(), before);
    QCOMPARE(steps.constFirst(), 0);
    QCOMPARE(steps.constLast(), 100);
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    QVERIFY(dry->toText().contains(u"nothing was changed"));

    auto real = runMaintenance(false);
    QVERIFY(real.ok());
    QVERIFY(!real->dryRun);
    QJsonObject dryJson = dry->toJson();
    QJsonObject realJson = real->toJson();
    dryJson.remove(QStringLiteral("dry_run"));
    realJson.remove(QStringLiteral("dry_run"));
    QCOMPARE(dryJson, realJson);
    QVERIFY(snapshot() != before);
}

void TestMaintenance::cancelRollsBack()
{
    const QStringList before = snapshot();
    auto cancelled = runMaintenance(false, {}, [](int percent) { return percent < 60; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'maintenance%' "
                                   "OR action = 'suppression.lift'")),
             0);
    // The connection is usable afterwards and a full run still works.
    auto plan = runMaintenance(false);
    QVERIFY2(plan.ok(), qPrintable(plan.errorText()));
    QCOMPARE(plan->softRecovered, 2);
}

void TestMaintenance::secondRunHasNothingToDo()
{
    QVERIFY(runMaintenance(false).ok());
    auto again = runMaintenance(false);
    QVERIFY(again.ok());
    QVERIFY2(again->isEmpty(), qPrintable(again->toText()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'maintenance.run'")), 2);

    PolicySettings broken;
    broken.staleRetentionDays = 0;
    auto refused = runMaintenance(false, broken);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorText().contains(u"at least one day"));
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
