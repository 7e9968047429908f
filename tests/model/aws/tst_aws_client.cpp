// The AWS client against the local stand-in, whose every answer depends on botocore computing the
// same SigV4 signature: SQS receive/delete, SES suppression list paging, put, delete, GetAccount,
// CloudWatch, and how throttling, 5xx, wrong keys and missing permissions come out.
#include "AwsStandIn.h"
#include "aws/AwsClient.h"
#include "aws/CloudWatchMetrics.h"
#include "aws/SesAccount.h"
#include "aws/SqsQueue.h"

#include <QJsonArray>
#include <QTest>

using namespace Bouncedesk::Model;
using namespace Bouncedesk::Model::Aws;
using Bouncedesk::Test::AwsStandIn;

namespace {
template <typename T>
T wait(QFuture<T> future)
{
    QDeadlineTimer deadline(60000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!future.isFinished())
        qFatal("an AWS call did not finish within a minute");
    return future.result();
}
} // namespace

class TestAwsClient final : public QObject {
    Q_OBJECT

    AwsStandIn m_aws;
    std::unique_ptr<AwsClient> m_client;

    std::unique_ptr<AwsClient> client(const QString &secret = AwsStandIn::SecretKey)
    {
        auto c = std::make_unique<AwsClient>(m_aws.account(secret));
        c->setRetryPolicy({4, 10, 50});
        c->setMinimumInterval(Service::SesV2, 0);
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_aws.start());
    }

    void init()
    {
        m_client = client();
    }

    void receiveAndDelete()
    {
        const QString url = m_aws.addQueue(QStringLiteral("feedback"), {QStringLiteral("one"), QStringLiteral("two"),
                                                                         QStringLiteral("three")});
        SqsQueue queue(m_client.get(), url);
        auto received = wait(queue.receive({10, 0, 30}));
        QVERIFY2(received, qPrintable(received.errorText()));
        QCOMPARE(received->size(), 3);
        QCOMPARE(received->at(0).receiveCount, 1);
        QStringList handles;
        for (const SqsMessage &m : *received)
            handles << m.receiptHandle;
        auto notDeleted = wait(queue.remove(handles.mid(0, 2) << QStringLiteral("not-a-handle")));
        QVERIFY2(notDeleted, qPrintable(notDeleted.errorText()));
        QCOMPARE(*notDeleted, QStringList{QStringLiteral("not-a-handle")});
        QCOMPARE(m_aws.deletedBodies(QStringLiteral("feedback")), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        // The third is invisible now; an empty long poll comes back after its wait.
        auto empty = wait(queue.receive({10, 1, 30}));
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
    }

    void wrongSecretIsOneClearRefusal()
    {
        auto wrong = client(QStringLiteral("not-the-secret"));
        const int refusedBefore = m_aws.state().value(QStringLiteral("refused")).toInt();
        SqsQueue queue(wrong.get(), m_aws.addQueue(QStringLiteral("feedback")));
        auto received = wait(queue.receive({10, 0, -1}));
        QVERIFY(!received);
        QCOMPARE(received.error().kind, Error::Kind::Refused);
        QCOMPARE(received.error().code, QStringLiteral("aws-credentials"));
        QVERIFY2(received.errorText().startsWith(QStringLiteral("SQS ReceiveMessage: AWS refused the credentials (SignatureDoesNotMatch")),
                 qPrintable(received.errorText()));
        QVERIFY(!received.errorText().contains(u'\n'));
        QCOMPARE(wrong->requestsSent(), 1); // never retried
        QCOMPARE(m_aws.state().value(QStringLiteral("refused")).toInt(), refusedBefore + 1);
    }

    void throttlingAndServerErrorsAreRetried()
    {
        SqsQueue queue(m_client.get(), m_aws.addQueue(QStringLiteral("retry"), {QStringLiteral("x")}));
        m_aws.fail(QStringLiteral("sqs"), QStringLiteral("throttle"), 2);
        m_aws.fail(QStringLiteral("sqs"), QStringLiteral("5xx"), 1);
        auto received = wait(queue.receive({10, 0, 30}));
        QVERIFY2(received, qPrintable(received.errorText()));
        QCOMPARE(received->size(), 1);
        QCOMPARE(m_client->requestsSent(), 4);
        // More failures than attempts: the last error, as "unavailable" (worth trying later).
        m_aws.fail(QStringLiteral("sqs"), QStringLiteral("throttle"), 4);
        auto throttled = wait(queue.receive({10, 0, 30}));
        QVERIFY(!throttled);
        QCOMPARE(throttled.error().code, QStringLiteral("aws-throttled"));
        QCOMPARE(throttled.error().kind, Error::Kind::Unavailable);
    }

    void accessDeniedNamesTheAction()
    {
        m_aws.fail(QStringLiteral("ses"), QStringLiteral("denied"), 1);
        auto listed = wait(SesAccount(m_client.get()).listSuppressed());
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, QStringLiteral("aws-access"));
        QVERIFY2(listed.errorText().contains(QStringLiteral("ses:ListSuppressedDestinations")), qPrintable(listed.errorText()));
    }

    void unreachableIsANetworkError()
    {
        Account nowhere = m_aws.account();
        nowhere.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:1"));
        AwsClient offline(nowhere);
        offline.setRetryPolicy({2, 1, 5});
        auto status = wait(SesAccount(&offline).status());
        QVERIFY(!status);
        QCOMPARE(status.error().code, QStringLiteral("aws-network"));
        QVERIFY2(status.errorText().contains(QStringLiteral("cannot reach 127.0.0.1:1")), qPrintable(status.errorText()));
        QCOMPARE(offline.requestsSent(), 2);
    }

    void suppressionListPagesPutAndDelete()
    {
        QHash<QString, QString> many;
        for (int i = 0; i < 2500; ++i)
            many.insert(QStringLiteral("user%1@example.com").arg(i, 4, 10, QChar(u'0')),
                        i % 10 ? QStringLiteral("BOUNCE") : QStringLiteral("COMPLAINT"));
        m_aws.addSuppressed(many, 1000);
        SesAccount ses(m_client.get());
        QVERIFY(wait(ses.putSuppressed(QStringLiteral("a+b@example.org"), QStringLiteral("COMPLAINT"))));
        auto listed = wait(ses.listSuppressed());
        QVERIFY2(listed, qPrintable(listed.errorText()));
        QCOMPARE(listed->size(), 2501);
        const auto calls = m_aws.state().value(QStringLiteral("calls")).toObject();
        QCOMPARE(calls.value(QStringLiteral("ListSuppressedDestinations")).toInt(), 3); // three pages
        // A '+' and '@' in the path are signed as sent (double-encoded, as botocore does).
        auto deleted = wait(ses.deleteSuppressed(QStringLiteral("a+b@example.org")));
        QVERIFY2(deleted, qPrintable(deleted.errorText()));
        QVERIFY(!m_aws.state().value(QStringLiteral("suppressed")).toObject().contains(QStringLiteral("a+b@example.org")));
        QVERIFY(wait(ses.deleteSuppressed(QStringLiteral("never@example.org")))); // not there: fine
        auto bad = wait(ses.putSuppressed(QStringLiteral("x@example.org"), QStringLiteral("OTHER")));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("aws-BadRequestException"));
    }

    void sesCallsAreSpaced()
    {
        AwsClient paced(m_aws.account());
        paced.setMinimumInterval(Service::SesV2, 200);
        SesAccount ses(&paced);
        QElapsedTimer timer;
        timer.start();
        auto a = ses.status();
        auto b = ses.status();
        auto c = ses.status();
        QVERIFY(wait(a) && wait(b) && wait(c));
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    }

    void accountStatusAndReputation()
    {
        m_aws.setAccount({{QStringLiteral("EnforcementStatus"), QStringLiteral("PROBATION")}});
        auto status = wait(SesAccount(m_client.get()).status());
        QVERIFY2(status, qPrintable(status.errorText()));
        QCOMPARE(status->enforcementStatus, QStringLiteral("PROBATION"));
        QVERIFY(status->sendingEnabled);
        QCOMPARE(status->max24HourSend, 50000.0);

        m_aws.setMetric(CloudWatchMetrics::BounceRate, {{QStringLiteral("2026-11-30T11:00:00Z"), 0.021},
                                                        {QStringLiteral("2026-11-30T10:00:00Z"), 0.02},
                                                        {QStringLiteral("2026-11-20T10:00:00Z"), 0.5}});
        const QDateTime from(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC);
        auto points = wait(CloudWatchMetrics(m_client.get()).reputation(CloudWatchMetrics::BounceRate, from,
                                                                         from.addDays(1), 3600));
        QVERIFY2(points, qPrintable(points.errorText()));
        QCOMPARE(points->size(), 2);
        QCOMPARE(points->at(0).at, from.addSecs(10 * 3600));
        QCOMPARE(points->at(1).value, 0.021);
    }
};

QTEST_GUILESS_MAIN(TestAwsClient)
#include "tst_aws_client.moc"
