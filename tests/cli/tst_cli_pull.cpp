// `bouncedesk-cli pull` and `ses-suppression` end to end against the local AWS stand-in (every request's
// SigV4 signature checked by botocore), once per backend: genuine messages stored once and deleted,
// forged and foreign ones left for the dead-letter queue, wrong keys, kill -9, two pullers, throttling,
// raw delivery, and the SES account suppression list pulled, pushed and compared.
#include "AwsStandIn.h"
#include "CliRunner.h"
#include "ListenerHarness.h"
#include "SesMessages.h"
#include "StoreAudit.h"
#include "TempDatabase.h"
#include "TestCa.h"

#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QSqlQuery>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

class TestCliPull final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void onceStoresGenuineMessagesAndDeletesExactlyThose();
    void wrongCredentialsDeleteNothing();
    void resentMessagesAreDuplicatesAndDeleted();
    void throttlingIsRetried();
    void rawDeliveryOnlyWhenAskedAndMarked();
    void killedMidBatchDeletesNothingUnstored();
    void twoPullersStoreEachMessageOnce();
    void sesSuppressionDiffPullPush();

private:
    QString genuine(const QString &to, const QString &topic = ListenerHarness::topicArn) const;
    QStringList genuineBatch(int count, const QString &prefix) const;
    CliRun cli(const QString &command, QStringList args, const QProcessEnvironment &env) const;
    CliRun pull(const QString &queueUrl, QStringList extra = {}, const QString &secret = AwsStandIn::SecretKey) const;
    QString messageIdOf(const QString &body) const;

    AwsStandIn m_aws;
    TestCa m_ca;
    TestCa::Leaf m_leaf;
    QString m_pin;
    std::unique_ptr<TempDatabase> m_db;
    int m_queues = 0;
};

void TestCliPull::initTestCase()
{
    QVERIFY(m_aws.start());
    m_leaf = m_ca.issue();
    m_pin = m_ca.writeFile(QStringLiteral("pin.pem"), m_leaf.certPem);
}

void TestCliPull::init()
{
    QString error;
    m_db = TempDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    const CliRun migrate = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"),
                                   m_db->url().toString()});
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
}

QString TestCliPull::genuine(const QString &to, const QString &topic) const
{
    const QJsonObject fields{{QStringLiteral("Type"), QStringLiteral("Notification")},
                             {QStringLiteral("MessageId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("TopicArn"), topic},
                             {QStringLiteral("Message"), Ses::bounce({to}, QStringLiteral("Permanent"), QStringLiteral("General"))},
                             {QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return QString::fromUtf8(signedEnvelope(fields, m_leaf.keyPem, QStringLiteral("2"), ListenerHarness::certUrl));
}

QStringList TestCliPull::genuineBatch(int count, const QString &prefix) const
{
    QStringList bodies;
    for (int i = 0; i < count; ++i)
        bodies << genuine(QStringLiteral("%1%2@example.org").arg(prefix).arg(i));
    return bodies;
}

QString TestCliPull::messageIdOf(const QString &body) const
{
    return QJsonDocument::fromJson(body.toUtf8()).object().value(QStringLiteral("MessageId")).toString();
}

CliRun TestCliPull::cli(const QString &command, QStringList args, const QProcessEnvironment &env) const
{
    args.prepend(command);
    args << QStringLiteral("--database") << m_db->url().toString();
    return runCli(args, env);
}

CliRun TestCliPull::pull(const QString &queueUrl, QStringList extra, const QString &secret) const
{
    return cli(QStringLiteral("pull"),
               QStringList{QStringLiteral("--queue-url"), queueUrl, QStringLiteral("--once"), QStringLiteral("--wait"),
                           QStringLiteral("0"), QStringLiteral("--topic"), ListenerHarness::topicArn,
                           QStringLiteral("--sns-cert"), ListenerHarness::certUrl + u'=' + m_pin}
                   + extra,
               m_aws.environment(secret));
}

void TestCliPull::onceStoresGenuineMessagesAndDeletesExactlyThose()
{
    const QStringList good = genuineBatch(30, QStringLiteral("good"));
    QString forged = genuine(QStringLiteral("victim@example.org"));
    forged.replace(QStringLiteral("victim@"), QStringLiteral("victin@")); // signed bytes changed
    const QString foreign = genuine(QStringLiteral("other@example.org"),
                                    QStringLiteral("arn:aws:sns:us-east-1:999999999999:somebody-elses"));
    const QString queueName = QStringLiteral("q%1").arg(++m_queues);
    const QString url = m_aws.addQueue(queueName, QStringList(good) << forged << foreign << QStringLiteral("not json"));

    const CliRun r = pull(url);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("received 33, stored 30, duplicates 0, refused 3, deleted 30")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("refused (signature): 1")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("refused (topic): 1")), qPrintable(r.out));

    // Exactly the genuine ones left the queue; the rest wait there for the dead-letter queue.
    QStringList deleted = m_aws.deletedBodies(queueName);
    deleted.sort();
    QStringList expected = good;
    expected.sort();
    QCOMPARE(deleted, expected);
    const QJsonObject queue = m_aws.state().value(QStringLiteral("queues")).toObject().value(queueName).toObject();
    QCOMPARE(queue.value(QStringLiteral("in_flight")).toInt(), 3);

    const StoreAudit audit = auditStore(m_db->url());
    QVERIFY2(audit.error.isEmpty(), qPrintable(audit.error));
    QCOMPARE(audit.messages, 30);
    QCOMPARE(audit.duplicateEvents, 0);
    for (const QString &body : good)
        QVERIFY(audit.messageIds.contains(messageIdOf(body)));

    // What a sender asks next: the hard-bounced address is suppressed.
    const CliRun check = cli(QStringLiteral("suppression"), {QStringLiteral("check"), QStringLiteral("good7@example.org")},
                             QProcessEnvironment::systemEnvironment());
    QCOMPARE(check.exitCode, 1);
}

void TestCliPull::wrongCredentialsDeleteNothing()
{
    const QString queueName = QStringLiteral("q%1").arg(++m_queues);
    const QString url = m_aws.addQueue(queueName, genuineBatch(5, QStringLiteral("w")));
    const CliRun r = pull(url, {}, QStringLiteral("the-wrong-secret"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("bouncedesk-cli: SQS ReceiveMessage: AWS refused the credentials (SignatureDoesNotMatch")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("AWS_ACCESS_KEY_ID")), qPrintable(r.err)); // says where the keys came from
    QVERIFY(!r.err.contains(QStringLiteral("the-wrong-secret")));
    QVERIFY(m_aws.deletedBodies(queueName).isEmpty());
    QCOMPARE(auditStore(m_db->url()).messages, 0);
}

void TestCliPull::resentMessagesAreDuplicatesAndDeleted()
{
    const QStringList bodies = genuineBatch(12, QStringLiteral("again"));
    const QString queueName = QStringLiteral("q%1").arg(++m_queues);
    const QString url = m_aws.addQueue(queueName, bodies);
    QVERIFY(pull(url).exitCode == 0);
    m_aws.addQueue(queueName, bodies); // SNS delivered them again (at-least-once)
    const CliRun r = pull(url);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("received 12, stored 0, duplicates 12, refused 0, deleted 12")), qPrintable(r.out));
    QCOMPARE(auditStore(m_db->url()).messages, 12);
}

void TestCliPull::throttlingIsRetried()
{
    const QString queueName = QStringLiteral("q%1").arg(++m_queues);
    const QString url = m_aws.addQueue(queueName, genuineBatch(4, QStringLiteral("t")));
    m_aws.fail(QStringLiteral("sqs"), QStringLiteral("throttle"), 2);
    const CliRun r = pull(url);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("stored 4")), qPrintable(r.out));
    QCOMPARE(m_aws.state().value(QStringLiteral("failures_left")).toInt(), 0);
}

void TestCliPull::rawDeliveryOnlyWhenAskedAndMarked()
{
    const QString raw = Ses::bounce({QStringLiteral("raw@example.org")}, QStringLiteral("Permanent"), QStringLiteral("General"));
    const QString queueName = QStringLiteral("q%1").arg(++m_queues);
    const QString url = m_aws.addQueue(queueName, {raw}, 1);
    CliRun r = pull(url);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("stored 0")) && r.out.contains(QStringLiteral("refused 1")), qPrintable(r.out));
    QVERIFY(m_aws.deletedBodies(queueName).isEmpty());

    QTest::qWait(1200); // its visibility timeout (1 s) runs out
    r = pull(url, {QStringLiteral("--raw-delivery")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("without any signature check")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("stored 1")), qPrintable(r.out + r.err));
    QCOMPARE(m_aws.deletedBodies(queueName), QStringList{raw});
    const CliRun list = cli(QStringLiteral("suppression"), {QStringLiteral("check"), QStringLiteral("raw@example.org")},
                            QProcessEnvironment::systemEnvironment());
    QCOMPARE(list.exitCode, 1);
    auto db = Model::Database::connection(m_db->url());
    QVERIFY(db);
    QSqlQuery q(*db);
    QVERIFY(q.exec(QStringLiteral("SELECT signature_version FROM sns_messages")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("unsigned"));
}

void TestCliPull::killedMidBatchDeletesNothingUnstored()
{
    constexpr int kMessages = 400;
    const QStringList bodies = genuineBatch(kMessages, QStringLiteral("k"));
    const QString queueName = QStringLiteral("q%1").arg(++m_queues);
    const QString url = m_aws.addQueue(queueName, bodies, 2);
    QProcess puller;
    puller.setProcessEnvironment(m_aws.environment());
    puller.setStandardOutputFile(QProcess::nullDevice());
    puller.setStandardErrorFile(QProcess::nullDevice());
    puller.start(qEnvironmentVariable("BOUNCEDESK_CLI"),
                 {QStringLiteral("pull"), QStringLiteral("--database"), m_db->url().toString(), QStringLiteral("--queue-url"),
                  url, QStringLiteral("--wait"), QStringLiteral("1"), QStringLiteral("--topic"), ListenerHarness::topicArn,
                  QStringLiteral("--sns-cert"), ListenerHarness::certUrl + u'=' + m_pin});
    QVERIFY(puller.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_aws.deletedBodies(queueName).size() >= 60, 30000);
    ::kill(pid_t(puller.processId()), SIGKILL);
    QVERIFY(puller.waitForFinished());

    // Everything deleted from the queue is in the database.
    const QStringList deleted = m_aws.deletedBodies(queueName);
    const StoreAudit afterKill = auditStore(m_db->url());
    QVERIFY2(afterKill.error.isEmpty(), qPrintable(afterKill.error));
    int lost = 0;
    for (const QString &body : deleted)
        lost += afterKill.messageIds.contains(messageIdOf(body)) ? 0 : 1;
    qInfo().noquote() << QStringLiteral("deleted before kill -9: %1, stored: %2, deleted but not stored: %3")
                             .arg(deleted.size())
                             .arg(afterKill.messages)
                             .arg(lost);
    QCOMPARE(lost, 0);
    QVERIFY(deleted.size() < kMessages);

    // The rest comes back after its visibility timeout; in the end each is stored once.
    const CliRun rest = pull(url, {QStringLiteral("--wait"), QStringLiteral("5")});
    QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
    const StoreAudit done = auditStore(m_db->url());
    QCOMPARE(done.messages, kMessages);
    QCOMPARE(done.duplicateEvents, 0);
    const QJsonObject queue = m_aws.state().value(QStringLiteral("queues")).toObject().value(queueName).toObject();
    QCOMPARE(queue.value(QStringLiteral("available")).toInt() + queue.value(QStringLiteral("in_flight")).toInt(), 0);
}

void TestCliPull::twoPullersStoreEachMessageOnce()
{
    constexpr int kMessages = 600;
    const QStringList bodies = genuineBatch(kMessages, QStringLiteral("two"));
    const QString queueName = QStringLiteral("q%1").arg(++m_queues);
    const QString url = m_aws.addQueue(queueName, bodies, 30);
    QList<std::shared_ptr<QProcess>> pullers;
    for (int i = 0; i < 2; ++i) {
        auto p = std::make_shared<QProcess>();
        p->setProcessEnvironment(m_aws.environment());
        p->start(qEnvironmentVariable("BOUNCEDESK_CLI"),
                 {QStringLiteral("pull"), QStringLiteral("--database"), m_db->url().toString(), QStringLiteral("--queue-url"),
                  url, QStringLiteral("--once"), QStringLiteral("--wait"), QStringLiteral("1"), QStringLiteral("--topic"),
                  ListenerHarness::topicArn, QStringLiteral("--sns-cert"), ListenerHarness::certUrl + u'=' + m_pin});
        pullers << p;
    }
    int storedTotal = 0;
    for (const auto &p : pullers) {
        QVERIFY(p->waitForFinished(120000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(p->exitCode() == 0, qPrintable(QString::fromUtf8(p->readAllStandardError())));
        const auto m = QRegularExpression(QStringLiteral("stored (\\d+)")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        storedTotal += m.captured(1).toInt();
        qInfo().noquote() << out.trimmed().section(u'\n', -1);
    }
    QCOMPARE(storedTotal, kMessages);
    const StoreAudit audit = auditStore(m_db->url());
    QCOMPARE(audit.messages, kMessages);
    QCOMPARE(audit.duplicateEvents, 0);
    QCOMPARE(m_aws.deletedBodies(queueName).size(), kMessages);
}

void TestCliPull::sesSuppressionDiffPullPush()
{
    m_aws.addSuppressed({{QStringLiteral("ses-only@example.org"), QStringLiteral("BOUNCE")},
                         {QStringLiteral("ses-complaint@example.org"), QStringLiteral("COMPLAINT")},
                         {QStringLiteral("both@example.org"), QStringLiteral("BOUNCE")}},
                        2);
    const QProcessEnvironment plain = QProcessEnvironment::systemEnvironment();
    for (const auto &[email, reason] : {std::pair(QStringLiteral("both@example.org"), QStringLiteral("manual-bounce")),
                                        std::pair(QStringLiteral("ours-only@example.org"), QStringLiteral("manual-complaint"))})
        QVERIFY(cli(QStringLiteral("suppression"), {QStringLiteral("add"), email, QStringLiteral("--reason"), reason}, plain)
                    .exitCode == 0);
    const QProcessEnvironment aws = m_aws.environment();
    const QStringList fast{QStringLiteral("--interval"), QStringLiteral("0")};

    CliRun r = cli(QStringLiteral("ses-suppression"), QStringList{QStringLiteral("diff")} + fast, aws);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("only here\tours-only@example.org\tCOMPLAINT")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("only on SES\tses-only@example.org\tBOUNCE")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 only here, 2 only on SES, 1 on both")), qPrintable(r.out));

    r = cli(QStringLiteral("ses-suppression"), QStringList{QStringLiteral("pull")} + fast, aws);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("pulled 2 addresses")), qPrintable(r.out));
    r = cli(QStringLiteral("suppression"), {QStringLiteral("check"), QStringLiteral("ses-only@example.org")}, plain);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("manual-bounce")), qPrintable(r.out));
    r = cli(QStringLiteral("suppression"), {QStringLiteral("list"), QStringLiteral("--json")}, plain);
    QVERIFY2(r.out.contains(QStringLiteral("SES account list (us-east-1)")), qPrintable(r.out));
    r = cli(QStringLiteral("suppression"), {QStringLiteral("check"), QStringLiteral("ses-complaint@example.org")}, plain);
    QVERIFY2(r.out.contains(QStringLiteral("manual-complaint")), qPrintable(r.out));

    r = cli(QStringLiteral("ses-suppression"), QStringList{QStringLiteral("push"), QStringLiteral("--dry-run")} + fast, aws);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("would put\tours-only@example.org\tCOMPLAINT")), qPrintable(r.out));
    QVERIFY(!m_aws.state().value(QStringLiteral("suppressed")).toObject().contains(QStringLiteral("ours-only@example.org")));

    r = cli(QStringLiteral("ses-suppression"), QStringList{QStringLiteral("push")} + fast, aws);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("pushed 1 addresses")), qPrintable(r.out));
    QCOMPARE(m_aws.state().value(QStringLiteral("suppressed")).toObject().value(QStringLiteral("ours-only@example.org")).toString(),
             QStringLiteral("COMPLAINT"));
    r = cli(QStringLiteral("ses-suppression"), QStringList{QStringLiteral("diff")} + fast, aws);
    QVERIFY2(r.out.contains(QStringLiteral("0 only here, 0 only on SES, 4 on both")), qPrintable(r.out));

    auto db = Model::Database::connection(m_db->url());
    QVERIFY(db);
    QSqlQuery q(*db);
    QVERIFY(q.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log WHERE action LIKE '%ses%' GROUP BY action ORDER BY action")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString() + u'=' + q.value(1).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("ses.suppression.put=1"), QStringLiteral("suppression.ses-pull=2")}));
}

QTEST_GUILESS_MAIN(TestCliPull)
#include "tst_cli_pull.moc"
