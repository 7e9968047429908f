// bouncedesk-cli db/stats end to end, once per backend: the commands scripts and admins run.
#include "CliRunner.h"
#include "TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Bouncedesk;
using Bouncedesk::Test::CliRun;
using Bouncedesk::Test::runCli;

class TestCliDb final : public QObject {
    Q_OBJECT

private slots:
    void migrateThenStats();
    void environmentVariableSelectsDatabase();
    void badUrlsFailWithOneLine_data();
    void badUrlsFailWithOneLine();
    void wrongPasswordFailsWithOneLine();
    void statsRatesOnAnEmptyDatabase_data();
    void statsRatesOnAnEmptyDatabase();
    void statsSinceRefusesBadDurations_data();
    void statsSinceRefusesBadDurations();
};

void TestCliDb::migrateThenStats()
{
    QString error;
    auto temp = Test::TempDatabase::create(&error);
    QVERIFY2(temp, qPrintable(error));
    const QString url = temp->url().toString();

    CliRun stats = runCli({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"), url});
    QCOMPARE(stats.exitCode, 1); // not migrated yet: says so instead of printing zeros
    QVERIFY2(stats.err.contains(u"db migrate"), qPrintable(stats.err));

    CliRun migrate = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"), url});
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
    CliRun again = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"), url});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"0 migration(s) applied"), qPrintable(again.out));

    stats = runCli({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"), url});
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stats.out.toUtf8(), &parseError);
    QVERIFY2(doc.isObject(), qPrintable(stats.out));
    for (const char *key : {"notifications", "bounces", "complaints", "deliveries", "sends", "suppressed",
                            "unreviewed_complaints"}) {
        QVERIFY2(doc.object().contains(QString::fromLatin1(key)), key);
        QCOMPARE(doc.object().value(QString::fromLatin1(key)).toInteger(-1), 0);
    }
}

void TestCliDb::environmentVariableSelectsDatabase()
{
    QString error;
    auto temp = Test::TempDatabase::create(&error);
    QVERIFY2(temp, qPrintable(error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BOUNCEDESK_DATABASE"), temp->url().toString());
    CliRun migrate = runCli({QStringLiteral("db"), QStringLiteral("migrate")}, env);
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
    QVERIFY2(migrate.out.contains(temp->url().displayString()), qPrintable(migrate.out));
}

void TestCliDb::badUrlsFailWithOneLine_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown scheme") << QStringLiteral("mysql://u@h/db") << QStringLiteral("unknown scheme");
    QTest::newRow("relative sqlite") << QStringLiteral("sqlite://relative/x.db") << QStringLiteral("no host");
    QTest::newRow("no db name") << QStringLiteral("postgresql://u@127.0.0.1:5432/") << QStringLiteral("database name");
    QTest::newRow("bad port") << QStringLiteral("postgresql://u@127.0.0.1:99999/db") << QStringLiteral("invalid");
    QTest::newRow("garbage") << QStringLiteral("::::") << QStringLiteral("invalid database URL");
    QTest::newRow("unreachable") << QStringLiteral("postgresql://u:secretpw@127.0.0.1:1/db")
                                 << QStringLiteral("cannot open");
    QTest::newRow("unwritable sqlite") << QStringLiteral("sqlite:///proc/bouncedesk/x.db") << QStringLiteral("cannot");
}

void TestCliDb::badUrlsFailWithOneLine()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"), url});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.startsWith(u"bouncedesk-cli: "), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"secretpw"), "the password must never be printed");
}

void TestCliDb::wrongPasswordFailsWithOneLine()
{
    if (Test::backendFromEnvironment() != Test::Backend::Postgres)
        QSKIP("passwords exist only on PostgreSQL; this case runs in tst_cli_db_postgresql");
    QString why;
    QString url = Test::postgresServerUrl(&why);
    QVERIFY2(!url.isEmpty(), qPrintable(why));
    const int at = url.indexOf(u'@');
    const int colon = url.lastIndexOf(u':', at);
    url.replace(colon + 1, at - colon - 1, QStringLiteral("wrong-secret"));
    CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--database"), url});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"password authentication failed"), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"wrong-secret"), "the password must never be printed");
}

void TestCliDb::statsRatesOnAnEmptyDatabase_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("24h") << QStringLiteral("24h") << 86400LL;
    QTest::newRow("7d") << QStringLiteral("7d") << 7 * 86400LL;
    QTest::newRow("90m") << QStringLiteral("90m") << 5400LL;
    QTest::newRow("3600s") << QStringLiteral("3600s") << 3600LL;
    QTest::newRow("all time") << QString() << 0LL;
}

void TestCliDb::statsRatesOnAnEmptyDatabase()
{
    QFETCH(QString, since);
    QFETCH(qint64, seconds);
    QString error;
    auto temp = Test::TempDatabase::create(&error);
    QVERIFY2(temp, qPrintable(error));
    const QString url = temp->url().toString();
    CliRun migrate = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"), url});
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
    QStringList args{QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"), url};
    if (!since.isEmpty())
        args << QStringLiteral("--since") << since;
    CliRun stats = runCli(args);
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    const QJsonObject o = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("notifications")).toInteger(-1), 0); // the existing keys stay
    QCOMPARE(o.value(QStringLiteral("basis")).toString(), QStringLiteral("delivery_attempts")); // no Send events
    for (const char *key : {"rate_sends", "rate_deliveries", "rate_bounces", "rate_complaints", "rate_denominator"})
        QCOMPARE(o.value(QString::fromLatin1(key)).toInteger(-1), 0);
    // No mail means no rate, not 0%.
    QVERIFY(o.contains(QStringLiteral("bounce_rate")) && o.value(QStringLiteral("bounce_rate")).isNull());
    QVERIFY(o.contains(QStringLiteral("complaint_rate")) && o.value(QStringLiteral("complaint_rate")).isNull());
    if (since.isEmpty()) {
        QVERIFY(o.contains(QStringLiteral("since")) && o.value(QStringLiteral("since")).isNull());
    } else {
        const QDateTime from = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
        QVERIFY2(from.isValid(), qPrintable(stats.out));
        QVERIFY(qAbs(from.secsTo(QDateTime::currentDateTimeUtc()) - seconds) < 120);
    }
    args.removeOne(QStringLiteral("--json"));
    CliRun text = runCli(args);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"deliveries + bounces (0)"), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"n/a (no mail in the range)"), qPrintable(text.out));
}

void TestCliDb::statsSinceRefusesBadDurations_data()
{
    QTest::addColumn<QString>("since");
    for (const char *bad : {"24", "1y", "-5h", "h", "0h", "abc", "7 days"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestCliDb::statsSinceRefusesBadDurations()
{
    QFETCH(QString, since);
    CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--since"), since, QStringLiteral("--database"),
                       QStringLiteral("sqlite:///nonexistent/never-opened.db")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"--since"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliDb)
#include "tst_cli_db.moc"
