// bouncedesk-cli suppression end to end, once per backend: what sending scripts and admins rely on.
#include "CliRunner.h"
#include "TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk;
using Bouncedesk::Test::CliRun;
using Bouncedesk::Test::runCli;

class TestCliSuppression final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addCheckRemoveCheck();
    void checkPurposeAndJson();
    void invalidAddressExitsTwo();
    void removeRequiresAReason();
    void listJson();
    void importBadCsvNamesLines();
    void importThenExportToStdout();
    void sesJsonLinesAndRemovalFiles();

private:
    CliRun suppression(QStringList args) const;
    std::unique_ptr<Test::TempDatabase> m_temp;
    QTemporaryDir m_dir;
};

void TestCliSuppression::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    const CliRun migrate = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"),
                                   m_temp->url().toString()});
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
}

void TestCliSuppression::cleanup()
{
    m_temp.reset();
}

CliRun TestCliSuppression::suppression(QStringList args) const
{
    args.prepend(QStringLiteral("suppression"));
    args << QStringLiteral("--database") << m_temp->url().toString();
    return runCli(args);
}

void TestCliSuppression::addCheckRemoveCheck()
{
    CliRun r = suppression({QStringLiteral("check"), QStringLiteral("jane@example.com")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("send: jane@example.com is not suppressed\n"));

    r = suppression({QStringLiteral("add"), QStringLiteral("Jane@Example.com"), QStringLiteral("--reason"),
                     QStringLiteral("bounce"), QStringLiteral("--note"), QStringLiteral("ticket 12")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = suppression({QStringLiteral("check"), QStringLiteral("JANE@example.com")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(u"suppressed: jane@example.com (manual-bounce since 20"), qPrintable(r.out));
    QVERIFY2(r.out.endsWith(u"Z)\n"), qPrintable(r.out));

    r = suppression({QStringLiteral("add"), QStringLiteral("jane@example.com")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(u"bouncedesk-cli: ") && r.err.contains(u"already suppressed"), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);

    r = suppression({QStringLiteral("remove"), QStringLiteral("jane@example.com"), QStringLiteral("--reason"),
                     QStringLiteral("mailbox fixed")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = suppression({QStringLiteral("check"), QStringLiteral("jane@example.com")});
    QCOMPARE(r.exitCode, 0);

    r = suppression({QStringLiteral("remove"), QStringLiteral("jane@example.com"), QStringLiteral("--reason"),
                     QStringLiteral("again")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not suppressed"), qPrintable(r.err));
}

void TestCliSuppression::checkPurposeAndJson()
{
    CliRun r = suppression({QStringLiteral("add"), QStringLiteral("bob@example.com"), QStringLiteral("--reason"),
                         QStringLiteral("complaint")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = suppression({QStringLiteral("check"), QStringLiteral("bob@example.com"), QStringLiteral("--purpose"),
                     QStringLiteral("transactional")});
    QCOMPARE(r.exitCode, 0); // a complaint stops marketing mail, not receipts
    QVERIFY2(r.out.startsWith(u"send: bob@example.com (manual-complaint since"), qPrintable(r.out));

    r = suppression({QStringLiteral("check"), QStringLiteral("bob@example.com"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"email").toString(), QStringLiteral("bob@example.com"));
    QCOMPARE(o.value(u"send").toBool(true), false);
    QCOMPARE(o.value(u"purpose").toString(), QStringLiteral("marketing"));
    QCOMPARE(o.value(u"suppression").toObject().value(u"reason").toString(), QStringLiteral("manual-complaint"));

    r = suppression({QStringLiteral("check"), QStringLiteral("bob@example.com"), QStringLiteral("--purpose"),
                     QStringLiteral("newsletter")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliSuppression::invalidAddressExitsTwo()
{
    for (const QString &email : {QStringLiteral("not-an-address"), QStringLiteral("a@b@c"), QStringLiteral("@x.io")}) {
        CliRun r = suppression({QStringLiteral("check"), email});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(u"bouncedesk-cli: ") && r.err.contains(u"not a valid email address"),
                 qPrintable(r.err));
    }
    // A database that cannot be used is an error too, never "send".
    CliRun r = runCli({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("jane@example.com"),
                       QStringLiteral("--database"), QStringLiteral("postgresql://u:pw@127.0.0.1:1/db")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
}

void TestCliSuppression::removeRequiresAReason()
{
    QVERIFY(suppression({QStringLiteral("add"), QStringLiteral("jane@example.com")}).exitCode == 0);
    CliRun r = suppression({QStringLiteral("remove"), QStringLiteral("jane@example.com")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(u"--reason"), qPrintable(r.err));
    QCOMPARE(suppression({QStringLiteral("check"), QStringLiteral("jane@example.com")}).exitCode, 1);
}

void TestCliSuppression::listJson()
{
    QVERIFY(suppression({QStringLiteral("add"), QStringLiteral("a@example.com")}).exitCode == 0);
    QVERIFY(suppression({QStringLiteral("add"), QStringLiteral("b@example.com"), QStringLiteral("--reason"),
                         QStringLiteral("bounce")})
                .exitCode
            == 0);
    QVERIFY(suppression({QStringLiteral("add"), QStringLiteral("c@other.org"), QStringLiteral("--note"),
                         QStringLiteral("vip")})
                .exitCode
            == 0);

    CliRun r = suppression({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(all.size(), 3);
    QStringList emails;
    for (const QJsonValue &v : all)
        emails << v.toObject().value(u"email").toString();
    emails.sort();
    QCOMPARE(emails, (QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                                  QStringLiteral("c@other.org")}));

    r = suppression({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--reason"),
                     QStringLiteral("manual-bounce")});
    const QJsonArray bounces = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(bounces.size(), 1);
    QCOMPARE(bounces.at(0).toObject().value(u"email").toString(), QStringLiteral("b@example.com"));

    r = suppression({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("OTHER")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(u'\n'), 1);
    QVERIFY2(r.out.startsWith(u"c@other.org\tmanual\t") && r.out.contains(u"vip"), qPrintable(r.out));
}

void TestCliSuppression::importBadCsvNamesLines()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("email,reason\r\nok@example.com,BOUNCE\r\nnope,BOUNCE\r\nok2@example.com,COMPLAINT\r\n"
               "x@example.com,MAYBE\r\n");
    file.close();

    CliRun r = suppression({QStringLiteral("import"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"nothing was imported"), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"line 3:") && r.err.contains(u"line 5:"), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"line 2:") && !r.err.contains(u"line 4:"), qPrintable(r.err));
    for (const QString &line : r.err.trimmed().split(u'\n'))
        QVERIFY2(line.startsWith(u"bouncedesk-cli: "), qPrintable(line));
    r = suppression({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

    r = suppression({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"cannot read"), qPrintable(r.err));
}

void TestCliSuppression::importThenExportToStdout()
{
    QVERIFY(suppression({QStringLiteral("add"), QStringLiteral("zed@example.com")}).exitCode == 0);
    const QString path = m_dir.filePath(QStringLiteral("ses.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("EmailAddress,Reason\nAmy@Example.com,COMPLAINT\n\nben@example.com,BOUNCE\nzed@example.com,BOUNCE\n");
    file.close();

    CliRun r = suppression({QStringLiteral("import"), path, QStringLiteral("--note"), QStringLiteral("from SES")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"2 added") && r.out.contains(u"1 skipped"), qPrintable(r.out));

    r = suppression({QStringLiteral("export")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // SES's bulk import takes no header: a header row would be a bad record there.
    QCOMPARE(r.out, QStringLiteral("amy@example.com,COMPLAINT\n"
                                   "ben@example.com,BOUNCE\n"
                                   "zed@example.com,BOUNCE\n"));

    const QString exported = m_dir.filePath(QStringLiteral("out.csv"));
    r = suppression({QStringLiteral("export"), exported});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile written(exported);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), QStringLiteral("amy@example.com,COMPLAINT\n"
                                                                  "ben@example.com,BOUNCE\n"
                                                                  "zed@example.com,BOUNCE\n"));
}

void TestCliSuppression::sesJsonLinesAndRemovalFiles()
{
    const QString json = m_dir.filePath(QStringLiteral("ses.jsonl"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"emailAddress\":\"amy@example.com\",\"reason\":\"COMPLAINT\"}\n"
               "{\"emailAddress\":\"Ben@Example.com\",\"reason\":\"BOUNCE\"}\n\n"
               "{\"emailAddress\":\"cat@example.com\",\"reason\":\"BOUNCE\"}\n");
    file.close();
    CliRun r = suppression({QStringLiteral("import"), json, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"3 added"), qPrintable(r.out));

    r = suppression({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.out, QStringLiteral("{\"emailAddress\":\"amy@example.com\",\"reason\":\"COMPLAINT\"}\n"
                                   "{\"emailAddress\":\"ben@example.com\",\"reason\":\"BOUNCE\"}\n"
                                   "{\"emailAddress\":\"cat@example.com\",\"reason\":\"BOUNCE\"}\n"));
    r = suppression({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("removal")});
    QCOMPARE(r.out, QStringLiteral("amy@example.com\nben@example.com\ncat@example.com\n"));

    // A bad JSON line: nothing imported, the line named.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"emailAddress\":\"dan@example.com\",\"reason\":\"BOUNCE\"}\n{\"emailAddress\":\"eve@example.com\"}\n");
    file.close();
    r = suppression({QStringLiteral("import"), json, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"line 2:") && r.err.contains(u"BOUNCE or COMPLAINT"), qPrintable(r.err));
    QCOMPARE(suppression({QStringLiteral("check"), QStringLiteral("dan@example.com")}).exitCode, 0);

    // The removal format lifts, with a reason, and is audited like a remove.
    const QString removal = m_dir.filePath(QStringLiteral("remove.txt"));
    QFile list(removal);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("amy@example.com\nnobody@example.com\nBEN@example.com\n");
    list.close();
    r = suppression({QStringLiteral("import"), removal, QStringLiteral("--format"), QStringLiteral("removal")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"say why"), qPrintable(r.err));
    r = suppression({QStringLiteral("import"), removal, QStringLiteral("--format"), QStringLiteral("removal"),
                     QStringLiteral("--note"), QStringLiteral("lifted on SES too")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("removed: 2 lifted, 1 skipped (not suppressed)\n"));
    QCOMPARE(suppression({QStringLiteral("check"), QStringLiteral("amy@example.com")}).exitCode, 0);
    QCOMPARE(suppression({QStringLiteral("check"), QStringLiteral("cat@example.com")}).exitCode, 1);
    r = suppression({QStringLiteral("import"), removal, QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliSuppression)
#include "tst_cli_suppression.moc"
