// docs/sql/roles.sql on a fresh migrated PostgreSQL database: each role logs in and can do its job and no more,
// and Database::checkMay tells the console the same.
#include "ListenerHarness.h"
#include "SesMessages.h"
#include "policy/ComplaintReview.h"
#include "policy/SuppressionList.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;
using namespace Bouncedesk::Test;
using WriteAction = Database::WriteAction;

class TestListenerRoles final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listenerStoresFeedbackButCannotRemoveSuppressions();
    void reviewerReviewsAndSuppressesButCannotDropTables();
    void viewerReadsAndCannotWrite();

private:
    // A login role in the given group roles; its URL on the test database.
    DatabaseUrl login(const QString &groups);
    QSqlDatabase connect(const DatabaseUrl &url);
    // Empty when the statement fails for want of a privilege; else what happened instead.
    static QString notRefused(const QSqlDatabase &db, const QString &sql);
    void compareMay(const QSqlDatabase &db, const QList<WriteAction> &allowed);

    std::unique_ptr<TempDatabase> m_db;
    QStringList m_logins;
    QList<DatabaseUrl> m_opened;
};

void TestListenerRoles::init()
{
    QString error;
    m_db = TempDatabase::create(Backend::Postgres, &error);
    QVERIFY2(m_db, qPrintable(error));
    auto owner = Store::open(m_db->url());
    QVERIFY2(owner, qPrintable(owner.errorText()));
    // As an administrator would run it, with psql.
    const QString script = QStringLiteral(BOUNCEDESK_TEST_DATA "/../../docs/sql/roles.sql");
    QProcess psql;
    psql.start(QStringLiteral("psql"),
        { m_db->url().toString(), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), script });
    QVERIFY2(psql.waitForFinished(60000), "psql did not finish");
    QVERIFY2(
        psql.exitStatus() == QProcess::NormalExit && psql.exitCode() == 0, psql.readAllStandardError().constData());
}

void TestListenerRoles::cleanup()
{
    for (const DatabaseUrl &url : std::as_const(m_opened))
        Database::closeConnection(url);
    m_opened.clear();
    QString serverError;
    const QString server = postgresServerUrl(&serverError);
    m_db.reset();
    if (auto admin = DatabaseUrl::parse(server)) {
        if (auto db = Database::connection(*admin)) {
            for (const QString &role : std::as_const(m_logins))
                (void)Model::exec(*db, QStringLiteral("DROP ROLE IF EXISTS ") + role); // the server is thrown away after the run
        }
    }
    m_logins.clear();
}

DatabaseUrl TestListenerRoles::login(const QString &groups)
{
    const QString name = QStringLiteral("bd_login_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    auto owner = Database::connection(m_db->url());
    if (!owner)
        return {};
    if (!Model::exec(*owner, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3").arg(name, password, groups)))
        return {};
    m_logins << name;
    const DatabaseUrl &u = m_db->url();
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://%1:%2@%3:%4/%5")
                                      .arg(name, password, u.host())
                                      .arg(u.port())
                                      .arg(u.databaseName()));
    return url ? *url : DatabaseUrl();
}

QSqlDatabase TestListenerRoles::connect(const DatabaseUrl &url)
{
    m_opened << url;
    // The console opens a shared database as every user does: Store::open, which finds the schema current.
    auto db = Store::open(url);
    if (!db)
        qWarning("cannot open as %s: %s", qPrintable(url.user()), qPrintable(db.errorText()));
    return db ? *db : QSqlDatabase();
}

QString TestListenerRoles::notRefused(const QSqlDatabase &db, const QString &sql)
{
    const auto result = Model::exec(db, sql);
    if (result)
        return sql + QStringLiteral(": succeeded");
    if (result.error().code != u"permission")
        return sql + QStringLiteral(": ") + result.error().code + QStringLiteral(" ") + result.errorText();
    return {};
}

void TestListenerRoles::compareMay(const QSqlDatabase &db, const QList<WriteAction> &allowed)
{
    for (WriteAction action : { WriteAction::ReviewComplaints, WriteAction::ResetBounceStatus,
             WriteAction::AddSuppressions, WriteAction::ChangeSuppressions, WriteAction::TrustTopics }) {
        const auto may = Database::checkMay(db, action);
        const QByteArray what = QByteArray::number(int(action)) + ": " + may.errorText().toUtf8();
        QVERIFY2(may.ok() == allowed.contains(action), what.constData());
        if (!may)
            QCOMPARE(may.error().code, QStringLiteral("permission"));
    }
}

void TestListenerRoles::listenerStoresFeedbackButCannotRemoveSuppressions()
{
    const DatabaseUrl url = login(QStringLiteral("bouncedesk_listener"));
    QVERIFY(!url.user().isEmpty());
    m_opened << url;
    ListenerHarness h;
    ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.pinnedCertificates.insert(
        ListenerHarness::certUrl, h.ca().writeFile(QStringLiteral("pinned.pem"), h.leaf().certPem));
    QString error;
    QVERIFY2(h.startOn(url, settings, &error), qPrintable(error));
    const QStringList to { QStringLiteral("gone@dest.example") };
    QCOMPARE(h.post(h.sign(ListenerHarness::notification(
                        Ses::bounce(to, QStringLiteral("Permanent"), QStringLiteral("General")))))
                 .status,
        200);
    QCOMPARE(
        h.post(h.sign(ListenerHarness::notification(Ses::complaint({ QStringLiteral("angry@dest.example") })))).status,
        200);

    // Stored as the listener role, and the policy suppressed both addresses.
    auto owner = Database::connection(m_db->url());
    QVERIFY(owner);
    QCOMPARE(Sql::scalar(*owner, QStringLiteral("SELECT COUNT(*) FROM bounces"))->toInt(), 1);
    QCOMPARE(Sql::scalar(*owner, QStringLiteral("SELECT COUNT(*) FROM complaints"))->toInt(), 1);
    QCOMPARE(Sql::scalar(*owner, QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1"))->toInt(), 2);
    QCOMPARE(Sql::scalar(*owner, QStringLiteral("SELECT SUM(bounces) FROM rate_hourly"))->toInt(), 1);

    QSqlDatabase db = connect(url);
    QVERIFY(db.isOpen());
    QCOMPARE(notRefused(db, QStringLiteral("DELETE FROM suppressions")), QString());
    QCOMPARE(notRefused(db, QStringLiteral("UPDATE suppressions SET active = 0")), QString());
    QCOMPARE(notRefused(db, QStringLiteral("UPDATE complaints SET reviewed = 1")), QString());
    QCOMPARE(notRefused(db, QStringLiteral("DELETE FROM trusted_topics")), QString());
    QCOMPARE(notRefused(db, QStringLiteral("DELETE FROM sns_messages")), QString());
    QCOMPARE(Sql::scalar(*owner, QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1"))->toInt(), 2);
    compareMay(db, {});

    // Maintenance (the report timer with the listener's environment) may prune, still not suppressions.
    const DatabaseUrl maintenance = login(QStringLiteral("bouncedesk_maintenance"));
    QSqlDatabase m = connect(maintenance);
    QVERIFY(m.isOpen());
    QVERIFY(Model::exec(m, QStringLiteral("DELETE FROM sends WHERE event_at < 0")).ok());
    QCOMPARE(notRefused(m, QStringLiteral("DELETE FROM suppressions")), QString());
    // It writes audit_log (maintenance.run) and, as the listener does, inserts suppressions: so it could add one.
    compareMay(m, { WriteAction::AddSuppressions });
}

void TestListenerRoles::reviewerReviewsAndSuppressesButCannotDropTables()
{
    auto owner = Database::connection(m_db->url());
    QVERIFY(owner);
    ListenerHarness h;
    QString error;
    ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.pinnedCertificates.insert(
        ListenerHarness::certUrl, h.ca().writeFile(QStringLiteral("pinned.pem"), h.leaf().certPem));
    QVERIFY2(h.startOn(m_db->url(), settings, &error), qPrintable(error));
    QCOMPARE(
        h.post(h.sign(ListenerHarness::notification(Ses::complaint({ QStringLiteral("angry@dest.example") })))).status,
        200);
    const qint64 complaintId = Sql::scalar(*owner, QStringLiteral("SELECT id FROM complaints"))->toLongLong();

    const DatabaseUrl url = login(QStringLiteral("bouncedesk_reviewer"));
    QSqlDatabase db = connect(url);
    QVERIFY(db.isOpen());
    const Actor actor = Actor::current(db);
    QCOMPARE(actor.dbUser, url.user());
    auto reviewed = ComplaintReview(db, actor).markReviewed({ complaintId }, QStringLiteral("looked at"));
    QVERIFY2(reviewed, qPrintable(reviewed.errorText()));
    QCOMPARE(reviewed->reviewed, 1);
    SuppressionList list(db, actor);
    auto added = list.add(QStringLiteral("bad@dest.example"), QStringLiteral("manual"), QStringLiteral("asked"));
    QVERIFY2(added, qPrintable(added.errorText()));
    auto removed = list.remove(QStringLiteral("bad@dest.example"), QStringLiteral("added by mistake"));
    QVERIFY2(removed, qPrintable(removed.errorText()));
    QCOMPARE(Sql::scalar(*owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE db_user = ?"), { url.user() })
                 ->toInt(),
        3);

    for (const QString &sql : { QStringLiteral("DROP TABLE bounces"), QStringLiteral("DELETE FROM suppressions"),
             QStringLiteral("DELETE FROM audit_log"), QStringLiteral("UPDATE audit_log SET note = ''"),
             QStringLiteral("CREATE TABLE mine (x INTEGER)"),
             QStringLiteral("INSERT INTO trusted_topics (topic_arn) VALUES ('x')") })
        QCOMPARE(notRefused(db, sql), QString());
    QVERIFY(Sql::scalar(*owner, QStringLiteral("SELECT COUNT(*) FROM bounces")).ok());
    compareMay(db,
        { WriteAction::ReviewComplaints, WriteAction::ResetBounceStatus, WriteAction::AddSuppressions,
            WriteAction::ChangeSuppressions });
}

void TestListenerRoles::viewerReadsAndCannotWrite()
{
    const DatabaseUrl url = login(QStringLiteral("bouncedesk_viewer"));
    QSqlDatabase db = connect(url);
    QVERIFY(db.isOpen());
    for (const QString &table : { QStringLiteral("sns_messages"), QStringLiteral("bounces"),
             QStringLiteral("complaints"), QStringLiteral("suppressions"), QStringLiteral("rate_hourly"),
             QStringLiteral("audit_log"), QStringLiteral("trusted_topics") }) {
        auto count = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        QVERIFY2(count, qPrintable(count.errorText()));
        QCOMPARE(count->toInt(), 0);
    }
    const Actor actor = Actor::current(db);
    auto added = SuppressionList(db, actor).add(QStringLiteral("bad@dest.example"), QStringLiteral("manual"), {});
    QVERIFY(!added);
    QCOMPARE(added.error().code, QStringLiteral("permission"));
    for (const QString &sql :
        { QStringLiteral(
              "INSERT INTO suppressions (email, reason, added_by, added_at, active) VALUES ('a@b', 'manual', "
              "'x', 0, 1)"),
            QStringLiteral("UPDATE complaints SET reviewed = 1"),
            QStringLiteral("UPDATE address_state SET status = 'ok'"),
            QStringLiteral("INSERT INTO audit_log (at, action, target) VALUES (0, 'x', 'y')"),
            QStringLiteral("DELETE FROM sns_messages"), QStringLiteral("DELETE FROM rate_hourly"),
            QStringLiteral("DROP TABLE bounces"), QStringLiteral("TRUNCATE suppressions") })
        QCOMPARE(notRefused(db, sql), QString());
    compareMay(db, {});
}

QTEST_GUILESS_MAIN(TestListenerRoles)
#include "tst_listener_roles.moc"
