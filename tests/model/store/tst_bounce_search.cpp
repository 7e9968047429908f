// Searching bounces by domain, run once per backend: "@domain" and "domain.com" find what they should,
// through the recipient_domain index (migration 3), also for rows stored before that column existed.
#include "TempDatabase.h"
#include "store/BounceRepository.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;

namespace {
const QStringList kAddresses = {
    QStringLiteral("Ann@Example-Company.com"),
    QStringLiteral("bob@example-company.com"),
    QStringLiteral("carol@sub.example-company.com"),
    QStringLiteral("dan@other.example"),
    QStringLiteral("example-company.comet@x.example"), // begins like the domain
};
} // namespace

class TestBounceSearch final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searches_data();
    void searches();
    void domainSearchSeeksTheIndex();
    void migrationFillsOlderRows();

private:
    QSqlDatabase db() const { return *Database::connection(m_temp->url()); }
    QStringList found(const QString &search);
    std::unique_ptr<Test::TempDatabase> m_temp;
};

void TestBounceSearch::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    auto opened = Store::open(m_temp->url());
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    auto message = exec(db(), QStringLiteral("INSERT INTO sns_messages (message_id, type, topic_arn, signature_version, "
                                             "signing_cert_url, sns_timestamp, received_at, content_kind, raw_body) "
                                             "VALUES ('m-1', 'Notification', 'arn:aws:sns:us-east-1:1:t', '2', "
                                             "'https://x', 1, 2, 'ses', '{}')"));
    QVERIFY2(message.ok(), qPrintable(message.errorText()));
    const qint64 ref = Sql::scalar(db(), QStringLiteral("SELECT id FROM sns_messages"))->toLongLong();
    BounceRepository bounces(db());
    qint64 at = 1'700'000'000'000;
    for (const QString &email : kAddresses) {
        NewBounce b;
        b.messageRef = ref;
        b.email = email;
        b.type = QStringLiteral("Permanent");
        b.topicArn = QStringLiteral("arn:aws:sns:us-east-1:1:t");
        b.eventAt = at++;
        auto id = bounces.insert(b);
        QVERIFY2(id.ok(), qPrintable(id.errorText()));
    }
}

void TestBounceSearch::cleanup()
{
    m_temp.reset();
}

QStringList TestBounceSearch::found(const QString &search)
{
    BounceQuery query;
    query.search = search;
    query.order = BounceQuery::Order::Address;
    query.ascending = true;
    BounceRepository bounces(db());
    auto page = bounces.page(query, 100, 0);
    if (!page) {
        qWarning() << page.errorText();
        return {QStringLiteral("error")};
    }
    QStringList emails;
    for (const BounceListRow &row : std::as_const(*page))
        emails << row.email;
    if (auto n = bounces.count(query); !n || *n != emails.size())
        emails << QStringLiteral("count differs");
    return emails;
}

void TestBounceSearch::searches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString ann = kAddresses.at(0), bob = kAddresses.at(1), carol = kAddresses.at(2), dan = kAddresses.at(3),
                  comet = kAddresses.at(4);
    QTest::newRow("@domain") << QStringLiteral("@example-company.com") << QStringList{ann, bob};
    QTest::newRow("@DOMAIN") << QStringLiteral("  @EXAMPLE-Company.com ") << QStringList{ann, bob};
    QTest::newRow("@subdomain") << QStringLiteral("@sub.example-company.com") << QStringList{carol};
    QTest::newRow("@beginning") << QStringLiteral("@exam") << QStringList{ann, bob};
    QTest::newRow("domain or beginning") << QStringLiteral("example-company.com") << QStringList{ann, bob, comet};
    QTest::newRow("@ alone") << QStringLiteral("@") << QStringList{ann, bob, carol, dan, comet};
    QTest::newRow("whole address") << QStringLiteral("BOB@example-company.com") << QStringList{bob};
    QTest::newRow("beginning") << QStringLiteral("car") << QStringList{carol};
    QTest::newRow("nothing") << QStringLiteral("@nowhere.example") << QStringList{};
}

void TestBounceSearch::searches()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QStringList got = found(search);
    std::sort(got.begin(), got.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(got, expected);
}

void TestBounceSearch::domainSearchSeeksTheIndex()
{
    const bool sqlite = Dialect::of(db()).isSqlite();
    if (!sqlite) // five rows: let the plan show what it can use rather than what is cheapest
        QVERIFY(exec(db(), QStringLiteral("SET enable_seqscan = off")).ok());
    BounceQuery query;
    query.maxId = 1000;
    for (const QString &search : {QStringLiteral("@example-company.com"), QStringLiteral("@exam"),
                                  QStringLiteral("example-company.com")}) {
        query.search = search;
        auto plan = BounceRepository(db()).queryPlan(query);
        QVERIFY2(plan.ok(), qPrintable(plan.errorText()));
        const QString text = plan->join(u'\n');
        QVERIFY2(text.contains(u"bounces_domain_at"), qPrintable(search + u'\n' + text));
        if (sqlite) // a search, never a read of every bounce
            QVERIFY2(!text.contains(QStringLiteral("SCAN bounces")), qPrintable(search + u'\n' + text));
        else
            QVERIFY2(!text.contains(QStringLiteral("Seq Scan on bounces")), qPrintable(search + u'\n' + text));
    }
    query.search = QStringLiteral("example-company.com"); // the address side too
    const QString both = BounceRepository(db()).queryPlan(query)->join(u'\n');
    QVERIFY2(both.contains(u"bounces_email"), qPrintable(both));
}

void TestBounceSearch::migrationFillsOlderRows()
{
    // Back to what version 2 stored: no recipient_domain at all (nor the later feedback_facets).
    for (const char *sql : {"DROP TABLE feedback_facets", "DROP INDEX bounces_domain_at",
                            "ALTER TABLE bounces DROP COLUMN recipient_domain",
                            "DELETE FROM schema_migrations WHERE version >= 3"}) {
        auto done = exec(db(), QString::fromLatin1(sql));
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
    }
    QCOMPARE(*Migrations::currentVersion(db()), 2);
    auto applied = Migrations::migrate(db(), m_temp->url().dialect());
    QVERIFY2(applied.ok(), qPrintable(applied.errorText()));
    QCOMPARE(*applied, Migrations::latestVersion() - 2);
    QStringList domains;
    auto read = exec(db(), QStringLiteral("SELECT recipient_domain FROM bounces ORDER BY id"));
    QVERIFY(read.ok());
    for (QSqlQuery q = std::move(read).value(); q.next();)
        domains << q.value(0).toString();
    QCOMPARE(domains, (QStringList{QStringLiteral("example-company.com"), QStringLiteral("example-company.com"),
                                   QStringLiteral("sub.example-company.com"), QStringLiteral("other.example"),
                                   QStringLiteral("x.example")}));
    QCOMPARE(found(QStringLiteral("@example-company.com")).size(), 2);
    // Stored lower-case, and the database holds every writer to that.
    auto upper = exec(db(), QStringLiteral("UPDATE bounces SET recipient_domain = 'Other.Example' WHERE id = 4"));
    QVERIFY(!upper.ok());
}

QTEST_GUILESS_MAIN(TestBounceSearch)
#include "tst_bounce_search.moc"
