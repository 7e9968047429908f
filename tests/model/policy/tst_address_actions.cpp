// An address's history and "reset bounce status" on events stored the real way (IngestWriter), per backend.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "policy/AddressActions.h"
#include "policy/SuppressionList.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Store.h"


#include <QSqlQuery>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;

namespace {
const QString kEmail = QStringLiteral("Mixed.Case@Example.org");
const QString kKey = QStringLiteral("mixed.case@example.org");
const QDateTime kT0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QString bounce(const QString &type, const QDateTime &at, const QString &to = kEmail)
{
    return Test::Ses::bounce({to}, type, type == u"Permanent" ? QStringLiteral("General") : QStringLiteral("MailboxFull"),
                             false, at);
}
} // namespace

class TestAddressActions final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void historyIsNewestFirstAndComplete();
    void resetClearsAHardBounce();
    void resetEndsASoftStreak();
    void complainedStaysComplained();
    void manualSuppressionIsNotLifted();
    void manualBounceSuppressionIsLifted();
    void nothingToResetIsRefused();
    void failedAuditChangesNothing();
    void readOnlyRoleIsDetected();

private:
    void store(const QString &sesMessage);
    QSqlDatabase db() const { return *Database::connection(m_temp->url()); }
    AddressActions actions() const { return AddressActions(db(), Actor::current(db())); }
    QVariant value(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::value(db(), sql, values);
    }
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<IngestWriter> m_writer;
};

void TestAddressActions::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Store::open(m_temp->url()).ok());
    m_writer = std::make_unique<IngestWriter>(m_temp->url(), PolicySettings{});
}

void TestAddressActions::cleanup()
{
    m_writer.reset();
    m_temp.reset();
}

void TestAddressActions::store(const QString &sesMessage)
{
    const Result<IngestReply> reply = Test::storeSes(*m_writer, sesMessage);
    QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
    QVERIFY(!reply->fellBack);
}

void TestAddressActions::historyIsNewestFirstAndComplete()
{
    store(bounce(QStringLiteral("Transient"), kT0));
    store(Test::Ses::delivery({kEmail}, false, kT0.addDays(1)));
    store(bounce(QStringLiteral("Permanent"), kT0.addDays(2)));
    store(Test::Ses::event(QStringLiteral("DeliveryDelay"), {kEmail})); // now: the newest
    store(bounce(QStringLiteral("Permanent"), kT0, QStringLiteral("someone.else@example.org")));

    auto history = actions().history(QStringLiteral("MIXED.case@example.ORG"));
    QVERIFY2(history.ok(), qPrintable(history.errorText()));
    QStringList kinds;
    for (const HistoryEntry &e : *history)
        kinds << e.kind;
    // Ties (an event and what it caused share a time) list the consequence first.
    QCOMPARE(kinds, QStringList({QStringLiteral("delay"), QStringLiteral("suppression-added"), QStringLiteral("state"),
                                 QStringLiteral("bounce"), QStringLiteral("state"), QStringLiteral("delivery"),
                                 QStringLiteral("state"), QStringLiteral("bounce")}));
    for (int i = 1; i < history->size(); ++i)
        QVERIFY(history->at(i - 1).at >= history->at(i).at);
    QCOMPARE(history->at(3).at, kT0.addDays(2));
    QVERIFY(history->at(3).summary.contains(u"Permanent/General"));
    QVERIFY(history->at(3).summary.contains(u"5.1.1"));
    QVERIFY(history->at(3).messageRef > 0);
    QCOMPARE(history->at(2).messageRef, qint64(0));
    QVERIFY2(history->at(2).summary.startsWith(u"clean -> hard"), qPrintable(history->at(2).summary));
    QVERIFY(history->at(5).summary.contains(u"250 ok"));
    QVERIFY2(history->at(6).summary.startsWith(u"new -> soft"), qPrintable(history->at(6).summary));

    auto limited = actions().history(kEmail, 3);
    QVERIFY(limited.ok());
    QCOMPARE(limited->size(), 3);
    QCOMPARE(limited->at(0).kind, QStringLiteral("delay"));

    auto unknown = actions().history(QStringLiteral("nobody@example.org"));
    QVERIFY(unknown.ok());
    QVERIFY(unknown->isEmpty());
}

void TestAddressActions::resetClearsAHardBounce()
{
    store(bounce(QStringLiteral("Permanent"), kT0));
    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {kKey}).toString(),
             QStringLiteral("hard"));

    auto description = actions().describeReset(kEmail);
    QVERIFY2(description.ok(), qPrintable(description.errorText()));
    QVERIFY2(description->startsWith(u"status hard -> clean; lifts suppression hard-bounce since 2026-03-01T12:00:00Z"),
             qPrintable(*description));

    const Actor actor = Actor::current(db());
    auto reset = actions().resetBounceStatus(kEmail, QStringLiteral("  mailbox fixed "));
    QVERIFY2(reset.ok(), qPrintable(reset.errorText()));

    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {kKey}).toString(),
             QStringLiteral("clean"));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = ? AND active = 1"), {kKey}).toInt(), 0);
    QCOMPARE(value(QStringLiteral("SELECT removal_reason FROM suppressions WHERE email = ?"), {kKey}).toString(),
             QStringLiteral("mailbox fixed"));
    QCOMPARE(value(QStringLiteral("SELECT removed_by FROM suppressions WHERE email = ?"), {kKey}).toString(),
             actor.label());
    QCOMPARE(value(QStringLiteral("SELECT reason FROM address_state_changes WHERE email = ? AND old_status = 'hard' "
                                  "AND new_status = 'clean'"),
                   {kKey})
                 .toString(),
             QStringLiteral("reset by %1: mailbox fixed").arg(actor.label()));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'address.reset' AND target = ? "
                                  "AND os_user = ? AND note = 'mailbox fixed'"),
                   {kKey, Store::osUser()})
                 .toInt(),
             1);
    const QString before = value(QStringLiteral("SELECT before_state FROM audit_log WHERE action = 'address.reset'")).toString();
    const QString after = value(QStringLiteral("SELECT after_state FROM audit_log WHERE action = 'address.reset'")).toString();
    QVERIFY2(before.contains(u"\"status\":\"hard\"") && before.contains(u"\"active\":true"), qPrintable(before));
    QVERIFY2(after.contains(u"\"status\":\"clean\"") && after.contains(u"\"active\":false"), qPrintable(after));
    // Past events are kept.
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM bounces")).toInt(), 1);
    // The history shows the reset.
    auto history = actions().history(kEmail);
    QVERIFY(history.ok());
    QCOMPARE(history->at(0).kind, QStringLiteral("suppression-removed"));
    QCOMPARE(history->at(1).kind, QStringLiteral("state"));
    QVERIFY(history->at(1).summary.contains(u"mailbox fixed"));

    // Once clean there is nothing left to reset.
    auto again = actions().resetBounceStatus(kEmail, QStringLiteral("again"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Invalid);
    QCOMPARE(again.error().code, QStringLiteral("nothing-to-reset"));
}

void TestAddressActions::resetEndsASoftStreak()
{
    for (int day = 0; day < 3; ++day)
        store(bounce(QStringLiteral("Transient"), kT0.addDays(day)));
    QCOMPARE(value(QStringLiteral("SELECT reason FROM suppressions WHERE active = 1")).toString(), QStringLiteral("soft-bounce"));
    auto description = actions().describeReset(kEmail);
    QVERIFY(description.ok());
    QVERIFY2(description->contains(u"status soft -> clean; clears a soft-bounce streak of 3; lifts suppression soft-bounce"),
             qPrintable(*description));
    QVERIFY(actions().resetBounceStatus(kEmail, QStringLiteral("mailbox emptied")).ok());
    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {kKey}).toString(),
             QStringLiteral("clean"));
    QCOMPARE(value(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {kKey}).toInt(), 0);
    QVERIFY(value(QStringLiteral("SELECT soft_streak_started_at FROM address_state WHERE email = ?"), {kKey}).isNull());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")).toInt(), 0);
    // The next soft bounce starts a new streak at one, not four.
    store(bounce(QStringLiteral("Transient"), kT0.addDays(4)));
    QCOMPARE(value(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {kKey}).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")).toInt(), 0);
}

void TestAddressActions::complainedStaysComplained()
{
    store(bounce(QStringLiteral("Transient"), kT0));
    store(bounce(QStringLiteral("Transient"), kT0.addDays(1)));
    store(Test::Ses::complaint({kEmail}));
    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {kKey}).toString(),
             QStringLiteral("complained"));
    auto description = actions().describeReset(kEmail);
    QVERIFY(description.ok());
    QVERIFY2(description->contains(u"status complained stays complained") && description->contains(u"keeps suppression complaint"),
             qPrintable(*description));
    QVERIFY(actions().resetBounceStatus(kEmail, QStringLiteral("bounces were a blip")).ok());
    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {kKey}).toString(),
             QStringLiteral("complained"));
    QCOMPARE(value(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {kKey}).toInt(), 0);
    QCOMPARE(value(QStringLiteral("SELECT reason FROM suppressions WHERE active = 1 AND email = ?"), {kKey}).toString(),
             QStringLiteral("complaint"));
    // Nothing bounce-related is left.
    QCOMPARE(actions().resetBounceStatus(kEmail, QStringLiteral("again")).error().code, QStringLiteral("nothing-to-reset"));
}

void TestAddressActions::manualSuppressionIsNotLifted()
{
    store(bounce(QStringLiteral("Transient"), kT0));
    QVERIFY(SuppressionList(db(), Actor::current(db())).add(kEmail, QStringLiteral("manual"), QStringLiteral("asked")).ok());
    QVERIFY(actions().resetBounceStatus(kEmail, QStringLiteral("fixed")).ok());
    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {kKey}).toString(),
             QStringLiteral("clean"));
    QCOMPARE(value(QStringLiteral("SELECT reason FROM suppressions WHERE active = 1 AND email = ?"), {kKey}).toString(),
             QStringLiteral("manual"));

    // A manual suppression alone is not a bounce status.
    const QString other = QStringLiteral("manual.only@example.org");
    QVERIFY(SuppressionList(db(), Actor::current(db())).add(other, QStringLiteral("manual"), QString()).ok());
    auto refused = actions().resetBounceStatus(other, QStringLiteral("fixed"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("nothing-to-reset"));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1 AND email = ?"), {other}).toInt(), 1);
}

void TestAddressActions::manualBounceSuppressionIsLifted()
{
    const QString email = QStringLiteral("imported@example.org");
    QVERIFY(SuppressionList(db(), Actor::current(db())).add(email, QStringLiteral("manual-bounce"), QString()).ok());
    QVERIFY(actions().resetBounceStatus(email, QStringLiteral("address exists again")).ok());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")).toInt(), 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'address.reset'")).toInt(), 1);
}

void TestAddressActions::nothingToResetIsRefused()
{
    auto unknown = actions().resetBounceStatus(QStringLiteral("nobody@example.org"), QStringLiteral("why not"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, Error::Kind::Invalid);
    QCOMPARE(unknown.error().code, QStringLiteral("unknown-address"));
    QVERIFY(!actions().describeReset(QStringLiteral("nobody@example.org")).ok());

    // Delivered only: no state, nothing to reset.
    store(Test::Ses::delivery({QStringLiteral("happy@example.org")}));
    QCOMPARE(actions().resetBounceStatus(QStringLiteral("happy@example.org"), QStringLiteral("x")).error().code,
             QStringLiteral("unknown-address"));

    // A reason is required.
    store(bounce(QStringLiteral("Permanent"), kT0));
    auto noReason = actions().resetBounceStatus(kEmail, QStringLiteral("   "));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().code, QStringLiteral("reason"));
    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {kKey}).toString(),
             QStringLiteral("hard"));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
}

void TestAddressActions::failedAuditChangesNothing()
{
    store(bounce(QStringLiteral("Permanent"), kT0));
    const int changes = value(QStringLiteral("SELECT COUNT(*) FROM address_state_changes")).toInt();
    QVERIFY(exec(db(), QStringLiteral("DROP TABLE audit_log")).ok());

    auto reset = actions().resetBounceStatus(kEmail, QStringLiteral("mailbox fixed"));
    QVERIFY(!reset.ok());
    QVERIFY2(reset.errorText().contains(u"audit"), qPrintable(reset.errorText()));

    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {kKey}).toString(),
             QStringLiteral("hard"));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1 AND reason = 'hard-bounce'")).toInt(), 1);
    QVERIFY(value(QStringLiteral("SELECT removal_reason FROM suppressions")).isNull());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM address_state_changes")).toInt(), changes);
}

void TestAddressActions::readOnlyRoleIsDetected()
{
    auto writable = actions().whyReadOnly();
    QVERIFY2(writable.ok(), qPrintable(writable.errorText()));
    QCOMPARE(*writable, QString());
    if (m_temp->backend() != Test::Backend::Postgres)
        QSKIP("SQLite: file permissions do not bind root; the PostgreSQL run checks a read-only role");

    const QString role = QStringLiteral("bd_reader_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QVERIFY(exec(db(), QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)).ok());
    QVERIFY(exec(db(), QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)).ok());
    QVERIFY(exec(db(), QStringLiteral("SET ROLE %1").arg(role)).ok());
    auto readOnly = actions().whyReadOnly();
    QVERIFY(exec(db(), QStringLiteral("RESET ROLE")).ok());
    QVERIFY(exec(db(), QStringLiteral("DROP OWNED BY %1").arg(role)).ok());
    QVERIFY(exec(db(), QStringLiteral("DROP ROLE %1").arg(role)).ok());
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.errorText()));
    QVERIFY2(readOnly->contains(role) && readOnly->contains(u"address_state (UPDATE)"), qPrintable(*readOnly));
}

QTEST_GUILESS_MAIN(TestAddressActions)
#include "tst_address_actions.moc"
