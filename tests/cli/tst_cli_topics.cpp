// bouncedesk-cli topics end to end: trust, list, untrust, with audit rows and one-line errors.
#include "CliRunner.h"
#include "DbProbe.h"
#include "TempDatabase.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Bouncedesk;
using Bouncedesk::Test::runCli;

namespace {
const QString kTopic = QStringLiteral("arn:aws:sns:eu-west-1:210987654321:ses-feedback");
} // namespace

class TestCliTopics final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void trustListUntrust();
    void badInputFailsWithOneLine();

private:
    QStringList withDatabase(QStringList args) const { return args << QStringLiteral("--database") << m_temp->url().toString(); }
    qint64 scalar(const QString &sql) const { return Test::scalar(*Model::Database::connection(m_temp->url()), sql); }
    std::unique_ptr<Test::TempDatabase> m_temp;
};

void TestCliTopics::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Model::Store::open(m_temp->url()).ok());
}

void TestCliTopics::cleanup()
{
    m_temp.reset();
}

void TestCliTopics::trustListUntrust()
{
    auto empty = runCli(withDatabase({QStringLiteral("topics"), QStringLiteral("list")}));
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.contains(u"every notification is refused"));

    auto trusted = runCli(withDatabase({QStringLiteral("topics"), QStringLiteral("trust"), kTopic, QStringLiteral("--note"),
                                        QStringLiteral("prod feedback")}));
    QCOMPARE(trusted.exitCode, 0);
    QVERIFY2(trusted.out.contains(u"account 210987654321, region eu-west-1"), qPrintable(trusted.out));
    auto list = runCli(withDatabase({QStringLiteral("topics"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(list.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][QStringLiteral("topic_arn")].toString(), kTopic);
    QCOMPARE(rows[0][QStringLiteral("note")].toString(), QStringLiteral("prod feedback"));

    auto untrusted = runCli(withDatabase({QStringLiteral("topics"), QStringLiteral("untrust"), kTopic,
                                          QStringLiteral("--reason"), QStringLiteral("retired")}));
    QCOMPARE(untrusted.exitCode, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM trusted_topics")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('topic.trust', 'topic.untrust')")), 2);
}

void TestCliTopics::badInputFailsWithOneLine()
{
    auto bad = runCli(withDatabase({QStringLiteral("topics"), QStringLiteral("trust"), QStringLiteral("arn:aws:s3:::b")}));
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.err.trimmed().count(u'\n'), 0);
    QVERIFY(bad.err.startsWith(u"bouncedesk-cli: "));
    auto noReason = runCli(withDatabase({QStringLiteral("topics"), QStringLiteral("untrust"), kTopic}));
    QCOMPARE(noReason.exitCode, 2);
    auto notTrusted = runCli(withDatabase({QStringLiteral("topics"), QStringLiteral("untrust"), kTopic,
                                           QStringLiteral("--reason"), QStringLiteral("x")}));
    QCOMPARE(notTrusted.exitCode, 1);
    QVERIFY(notTrusted.err.contains(u"is not trusted"));
    QCOMPARE(runCli(withDatabase({QStringLiteral("topics"), QStringLiteral("frobnicate")})).exitCode, 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM trusted_topics")), 0);
}

QTEST_GUILESS_MAIN(TestCliTopics)
#include "tst_cli_topics.moc"
