// Store tests, run once per backend (tst_store_sqlite, tst_store_postgresql): schema, constraints, threads.
#include "TempDatabase.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Stats.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;

class TestStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migrateCreatesSchemaOnce();
    void newerSchemaIsRefusedUntouched();
    void constraintViolationsAreRejectedCleanly();
    void checkListsStayConstraintsWithoutTemporaryTables();
    void duplicateMessageIdIsAConflict();
    void concurrentWritersFromTwoThreads();
    void addressesCompareCaseInsensitively();
    void statsCountsRows();
    void errorsAreClassifiedByTheirDriversCodes();

private:
    QSqlDatabase db() const;
    qint64 insertMessage(const QString &messageId);
    std::unique_ptr<Test::TempDatabase> m_temp;
};

void TestStore::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    auto opened = Store::open(m_temp->url());
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
}

void TestStore::cleanup()
{
    m_temp.reset();
}

QSqlDatabase TestStore::db() const
{
    return *Database::connection(m_temp->url());
}

qint64 TestStore::insertMessage(const QString &messageId)
{
    auto q = exec(db(),
                  QStringLiteral("INSERT INTO sns_messages (message_id, type, topic_arn, signature_version, "
                                 "signing_cert_url, sns_timestamp, received_at, content_kind, raw_body) "
                                 "VALUES (?, 'Notification', 'arn:aws:sns:us-east-1:1:t', '2', 'https://x', 1, 2, "
                                 "'ses', '{}')"),
                  {messageId});
    if (!q)
        return -1;
    auto id = exec(db(), QStringLiteral("SELECT id FROM sns_messages WHERE message_id = ?"), {messageId});
    QSqlQuery row = std::move(id).value();
    return row.next() ? row.value(0).toLongLong() : -1;
}

void TestStore::migrateCreatesSchemaOnce()
{
    QCOMPARE(*Migrations::currentVersion(db()), Migrations::latestVersion());
    for (const char *table : {"sns_messages", "bounces", "complaints", "deliveries", "sends", "delivery_delays",
                              "address_state", "address_state_changes", "suppressions", "audit_log", "subscriptions",
                              "certificates", "rate_hourly"})
        QVERIFY2(db().tables().contains(QString::fromLatin1(table)), table);

    QVERIFY(insertMessage(QStringLiteral("m-1")) > 0);
    auto again = Migrations::migrate(db(), m_temp->url().dialect());
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(*again, 0);
    QCOMPARE(Stats::counts(db())->notifications, 1); // data survives a second migrate
}

void TestStore::newerSchemaIsRefusedUntouched()
{
    QVERIFY(insertMessage(QStringLiteral("m-keep")) > 0);
    QVERIFY(exec(db(), QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                      "VALUES (999, 'from the future', 0)"))
                .ok());
    m_temp->closeConnections();

    auto reopened = Store::open(m_temp->url());
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().kind, Error::Kind::Refused);
    QVERIFY2(reopened.errorText().contains(u"newer"), qPrintable(reopened.errorText()));

    QCOMPARE(*Migrations::currentVersion(db()), 999);
    QCOMPARE(Stats::counts(db())->notifications, 1);
}

void TestStore::constraintViolationsAreRejectedCleanly()
{
    // Upper-case address in a normalised table, unknown status, event without its message.
    auto upper = exec(db(), QStringLiteral("INSERT INTO address_state (email, updated_at) VALUES ('A@B.example', 1)"));
    QVERIFY(!upper.ok());
    auto status = exec(db(), QStringLiteral("INSERT INTO address_state (email, status, updated_at) "
                                            "VALUES ('a@b.example', 'weird', 1)"));
    QVERIFY(!status.ok());
    auto orphan = exec(db(), QStringLiteral("INSERT INTO bounces (message_ref, email, bounce_type, topic_arn, event_at) "
                                            "VALUES (424242, 'a@b.example', 'Permanent', 't', 1)"));
    QVERIFY(!orphan.ok());
    // One active suppression per address; a removed one may coexist.
    const QString add = QStringLiteral("INSERT INTO suppressions (email, reason, added_by, added_at, active, removed_at) "
                                       "VALUES ('a@b.example', 'manual', 'test', 1, ?, ?)");
    QVERIFY(exec(db(), add, {1, QVariant()}).ok());
    auto second = exec(db(), add, {1, QVariant()});
    QVERIFY(!second.ok());
    QVERIFY2(second.error().kind == Error::Kind::Conflict, qPrintable(second.errorText()));
    QVERIFY(exec(db(), add, {0, 5}).ok());
    // The connection is still usable and nothing half-written remains.
    QCOMPARE(Stats::counts(db())->suppressed, 1);
    auto count = exec(db(), QStringLiteral("SELECT COUNT(*) FROM address_state"));
    QSqlQuery q = std::move(count).value();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestStore::checkListsStayConstraintsWithoutTemporaryTables()
{
    if (m_temp->backend() == Test::Backend::Sqlite) {
        // Migration 5: no "IN ('a', 'b', 'c')" left in a table definition (SQLite builds a b-tree per row for it).
        auto lists = Sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' "
                                                      "AND sql LIKE '% IN (''%'', ''%'', ''%'')%'"));
        QVERIFY2(lists.ok(), qPrintable(lists.errorText()));
        QCOMPARE(lists->toInt(), 0);
    }
    // Still the same constraints: every listed value is taken, anything else refused, on both backends.
    const QString message = QStringLiteral("INSERT INTO sns_messages (message_id, type, topic_arn, signature_version, "
                                           "signing_cert_url, sns_timestamp, received_at, content_kind, raw_body) "
                                           "VALUES (?, ?, 't', '2', 'https://x', 1, 2, ?, '{}')");
    int n = 0;
    for (const char *type : {"Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"})
        for (const char *content : {"ses", "ses-subscription", "not-ses", "subscription"})
            QVERIFY(exec(db(), message, {QStringLiteral("ok-%1").arg(++n), QString::fromLatin1(type),
                                         QString::fromLatin1(content)}).ok());
    QVERIFY(!exec(db(), message, {QStringLiteral("bad-1"), QStringLiteral("Notice"), QStringLiteral("ses")}).ok());
    QVERIFY(!exec(db(), message, {QStringLiteral("bad-2"), QStringLiteral("notification"), QStringLiteral("ses")}).ok());
    QVERIFY(!exec(db(), message, {QStringLiteral("bad-3"), QStringLiteral("Notification"), QStringLiteral("SES")}).ok());
    const QString facet = QStringLiteral("INSERT INTO feedback_facets (message_ref, event_at, facet, value, kind) "
                                         "VALUES (?, 1, ?, 'x', ?)");
    const qint64 ref = insertMessage(QStringLiteral("facets"));
    QVERIFY(exec(db(), facet, {ref, QStringLiteral("configuration-set"), QStringLiteral("complaint")}).ok());
    QVERIFY(!exec(db(), facet, {ref, QStringLiteral("configuration"), QStringLiteral("hard")}).ok());
    QVERIFY(!exec(db(), facet, {ref, QStringLiteral("tag"), QStringLiteral("hard ")}).ok());
    auto count = Sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sns_messages"));
    QCOMPARE(count->toInt(), n + 1);
}

void TestStore::duplicateMessageIdIsAConflict()
{
    QVERIFY(insertMessage(QStringLiteral("dup")) > 0);
    QCOMPARE(insertMessage(QStringLiteral("dup")), -1);
    QCOMPARE(Stats::counts(db())->notifications, 1);
}

namespace {
class Writer final : public QThread {
public:
    Writer(DatabaseUrl url, QString prefix) : m_url(std::move(url)), m_prefix(std::move(prefix)) { }
    int written = 0;
    QString error;

protected:
    void run() override
    {
        {
            auto db = Database::connection(m_url);
            if (!db) {
                error = db.errorText();
                return;
            }
            for (int i = 0; i < 100; ++i) {
                Transaction tx(*db);
                if (auto b = tx.begin(); !b) {
                    error = b.errorText();
                    return;
                }
                for (int j = 0; j < 5; ++j) {
                    auto q = Model::exec(*db,
                                  QStringLiteral("INSERT INTO sns_messages (message_id, type, topic_arn, "
                                                 "signature_version, signing_cert_url, sns_timestamp, received_at, "
                                                 "content_kind, raw_body) VALUES (?, 'Notification', 't', '1', 'u', "
                                                 "1, 1, 'not-ses', 'x')"),
                                  {QString(m_prefix + QString::number(i * 5 + j))});
                    if (!q) {
                        error = q.errorText();
                        return;
                    }
                }
                if (auto c = tx.commit(); !c) {
                    error = c.errorText();
                    return;
                }
                written += 5;
            }
        }
        Database::closeConnection(m_url);
    }

private:
    DatabaseUrl m_url;
    QString m_prefix;
};
} // namespace

void TestStore::concurrentWritersFromTwoThreads()
{
    Writer a(m_temp->url(), QStringLiteral("a-"));
    Writer b(m_temp->url(), QStringLiteral("b-"));
    a.start();
    b.start();
    QVERIFY(a.wait(120000));
    QVERIFY(b.wait(120000));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QCOMPARE(a.written + b.written, 1000);
    QCOMPARE(Stats::counts(db())->notifications, 1000);
}

void TestStore::addressesCompareCaseInsensitively()
{
    const qint64 ref = insertMessage(QStringLiteral("m-case"));
    QVERIFY(exec(db(),
                 QStringLiteral("INSERT INTO bounces (message_ref, email, bounce_type, topic_arn, event_at) "
                                "VALUES (?, 'Jane.Doe@Example.COM', 'Permanent', 't', 1)"),
                 {ref})
                .ok());
    auto found = exec(db(), QStringLiteral("SELECT email FROM bounces WHERE lower(email) = lower(?)"),
                      {QStringLiteral("jane.doe@example.com")});
    QVERIFY(found.ok());
    QSqlQuery q = std::move(found).value();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Jane.Doe@Example.COM"));
}

void TestStore::statsCountsRows()
{
    const qint64 ref = insertMessage(QStringLiteral("m-stats"));
    QVERIFY(exec(db(),
                 QStringLiteral("INSERT INTO complaints (message_ref, email, topic_arn, event_at) VALUES (?, 'a@x', "
                                "'t', 1), (?, 'b@x', 't', 1)"),
                 {ref, ref})
                .ok());
    QVERIFY(exec(db(), QStringLiteral("UPDATE complaints SET reviewed = 1 WHERE email = 'a@x'")).ok());
    const Counts c = *Stats::counts(db());
    QCOMPARE(c.notifications, 1);
    QCOMPARE(c.complaints, 2);
    QCOMPARE(c.unreviewedComplaints, 1);
}

void TestStore::errorsAreClassifiedByTheirDriversCodes()
{
    // PostgreSQL SQLSTATEs are five characters, many all digits; SQLite's numeric codes are shorter.
    const Error denied = Database::toError(QSqlError(QStringLiteral("permission denied for table suppressions"), {},
                                                     QSqlError::StatementError, QStringLiteral("42501")),
                                           QStringLiteral("delete"));
    QCOMPARE(denied.kind, Error::Kind::Refused);
    QCOMPARE(denied.code, QStringLiteral("permission"));
    QVERIFY(!Database::isTransient(QSqlError({}, {}, QSqlError::StatementError, QStringLiteral("42501"))));
    QVERIFY(Database::isTransient(QSqlError({}, {}, QSqlError::StatementError, QStringLiteral("57P01"))));
    QVERIFY(Database::isTransient(QSqlError({}, {}, QSqlError::StatementError, QStringLiteral("5")))); // SQLITE_BUSY
    QVERIFY(Database::isTransient(QSqlError({}, {}, QSqlError::StatementError, QStringLiteral("517")))); // BUSY_SNAPSHOT
    QCOMPARE(Database::toError(QSqlError({}, {}, QSqlError::StatementError, QStringLiteral("2067")), {}).code,
             QStringLiteral("duplicate"));
    QCOMPARE(Database::toError(QSqlError({}, {}, QSqlError::StatementError, QStringLiteral("23505")), {}).code,
             QStringLiteral("duplicate"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
