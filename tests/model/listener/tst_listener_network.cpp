// The listener's outbound HTTPS: certificate downloads and subscription confirmations, against a local stand-in.
#include "ListenerHarness.h"
#include "SesMessages.h"
#include "SnsStandIn.h"
#include "store/Database.h"

#include <QSqlQuery>

#include <QJsonDocument>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

namespace {
const QString kSnsHost = QStringLiteral("sns.us-east-1.amazonaws.com");
const QString kCertPath = QStringLiteral("/SimpleNotificationService-0123456789abcdef.pem");
} // namespace

class TestListenerNetwork final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void certificateIsDownloadedOnceAndCached();
    void failedDownloadIsNotCached();
    void redirectIsRefused();
    void oversizedCertificateIsRefused();
    void expiredCertificateIsRefused();
    void certificateForAnotherNameIsRefused();
    void untrustedIssuerRefusedWhenChainRequired();
    void genuineConfirmationIsConfirmed();
    void forgedConfirmationIsNeverFetched();
    void confirmationNeverUsesTheEnvelopeUrl();
    void manualConfirmationWhenAutoConfirmIsOff();
    void unsubscribeIsRecordedNeverResubscribes();

private:
    bool startListener(Model::ListenerSettings settings = ListenerHarness::defaultSettings());
    QString subscriptionState() const;
    std::unique_ptr<ListenerHarness> h;
    std::unique_ptr<SnsStandIn> sns;
};

void TestListenerNetwork::init()
{
    h = std::make_unique<ListenerHarness>();
    sns = std::make_unique<SnsStandIn>(h->ca(), kSnsHost);
    QVERIFY(sns->port() != 0);
    sns->setReply(kCertPath, {200, h->leaf().certPem, {}});
}

void TestListenerNetwork::cleanup()
{
    h.reset();
    sns.reset();
}

bool TestListenerNetwork::startListener(Model::ListenerSettings settings)
{
    settings.snsEndpointOverrides.insert(kSnsHost, sns->endpoint());
    QString error;
    if (!h->start(settings, &error, /*pin=*/false)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString TestListenerNetwork::subscriptionState() const
{
    auto db = Model::Database::connection(h->url());
    auto q = Model::exec(*db, QStringLiteral("SELECT state FROM subscriptions"));
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toString() : QString();
}

void TestListenerNetwork::certificateIsDownloadedOnceAndCached()
{
    QVERIFY(startListener());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(h->post(h->sign(ListenerHarness::notification(QStringLiteral("n%1").arg(i)))).status, 200);
    QCOMPARE(sns->requests().count(kCertPath + u'?'), 1);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM certificates")), 1);
    // A restarted listener finds it in the database: no second download.
    QString error;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.snsEndpointOverrides.insert(kSnsHost, sns->endpoint());
    QVERIFY2(h->restart(settings, &error), qPrintable(error));
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(QStringLiteral("after restart")))).status, 200);
    QCOMPARE(sns->requests().count(kCertPath + u'?'), 1);
}

void TestListenerNetwork::failedDownloadIsNotCached()
{
    sns->setReply(kCertPath, {500, "oops", {}});
    QVERIFY(startListener());
    const QByteArray body = h->sign(ListenerHarness::notification(QStringLiteral("retry me")));
    QCOMPARE(h->post(body).status, 503); // ours: SNS will retry
    QCOMPARE(h->counts().notifications, 0);
    sns->setReply(kCertPath, {200, h->leaf().certPem, {}});
    QCOMPARE(h->post(body).status, 200); // the retry works: the failure was not remembered
    QCOMPARE(h->counts().notifications, 1);
}

void TestListenerNetwork::redirectIsRefused()
{
    sns->setReply(kCertPath, {302, {}, "https://sns.us-east-1.amazonaws.com/elsewhere.pem"});
    sns->setReply(QStringLiteral("/elsewhere.pem"), {200, h->leaf().certPem, {}});
    QVERIFY(startListener());
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(QStringLiteral("x")))).status, 503);
    QVERIFY(!sns->requests().contains(QStringLiteral("/elsewhere.pem?")));
    QCOMPARE(h->counts().notifications, 0);
}

void TestListenerNetwork::oversizedCertificateIsRefused()
{
    sns->setReply(kCertPath, {200, h->leaf().certPem + QByteArray(200 * 1024, '\n'), {}});
    QVERIFY(startListener());
    const HttpResponse r = h->post(h->sign(ListenerHarness::notification(QStringLiteral("x"))));
    QCOMPARE(r.status, 403);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString(),
             QStringLiteral("cert-invalid"));
    QCOMPARE(h->counts().notifications, 0);
}

void TestListenerNetwork::expiredCertificateIsRefused()
{
    const auto now = QDateTime::currentDateTimeUtc();
    const TestCa::Leaf expired = h->ca().issue(QStringLiteral("sns.amazonaws.com"), now.addDays(-30), now.addDays(-1));
    sns->setReply(kCertPath, {200, expired.certPem, {}});
    QVERIFY(startListener());
    const HttpResponse r = h->post(h->sign(ListenerHarness::notification(QStringLiteral("x")), QStringLiteral("2"), {},
                                           expired.keyPem));
    QCOMPARE(r.status, 403);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString(),
             QStringLiteral("cert-expired"));
    QCOMPARE(h->counts().notifications, 0);
}

void TestListenerNetwork::certificateForAnotherNameIsRefused()
{
    const TestCa::Leaf wrongName = h->ca().issue(QStringLiteral("www.evil.example"));
    sns->setReply(kCertPath, {200, wrongName.certPem, {}});
    QVERIFY(startListener());
    const HttpResponse r = h->post(h->sign(ListenerHarness::notification(QStringLiteral("x")), QStringLiteral("2"), {},
                                           wrongName.keyPem));
    QCOMPARE(r.status, 403);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString(),
             QStringLiteral("cert-name"));
}

void TestListenerNetwork::untrustedIssuerRefusedWhenChainRequired()
{
    TestCa otherCa;
    const TestCa::Leaf foreign = otherCa.issue();
    sns->setReply(kCertPath, {200, foreign.certPem, {}});
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.requireCertificateChain = true;
    QVERIFY(startListener(settings));
    const HttpResponse r = h->post(h->sign(ListenerHarness::notification(QStringLiteral("x")), QStringLiteral("2"), {},
                                           foreign.keyPem));
    QCOMPARE(r.status, 403);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString(),
             QStringLiteral("cert-untrusted"));
    QCOMPARE(h->counts().notifications, 0);
}

void TestListenerNetwork::genuineConfirmationIsConfirmed()
{
    QVERIFY(startListener());
    const QJsonObject fields = ListenerHarness::confirmation(QStringLiteral("SubscriptionConfirmation"));
    QCOMPARE(h->post(h->sign(fields), "SubscriptionConfirmation").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionState(), QStringLiteral("confirmed"), 15000);
    const QString expected = QStringLiteral("/?Action=ConfirmSubscription&TopicArn=%1&Token=%2")
                                 .arg(ListenerHarness::topicArn, fields.value(QStringLiteral("Token")).toString());
    QVERIFY2(sns->requests().contains(expected), qPrintable(sns->requests().join(u'\n')));
}

void TestListenerNetwork::forgedConfirmationIsNeverFetched()
{
    QVERIFY(startListener());
    QJsonObject forged = QJsonDocument::fromJson(h->sign(ListenerHarness::confirmation(QStringLiteral("SubscriptionConfirmation"))))
                             .object();
    forged.insert(QStringLiteral("Token"), QStringLiteral("attacker-token"));
    QCOMPARE(h->post(QJsonDocument(forged).toJson(), "SubscriptionConfirmation").status, 403);
    QTest::qWait(300);
    QVERIFY2(!sns->requests().join(u' ').contains(u"ConfirmSubscription"), qPrintable(sns->requests().join(u' ')));
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM subscriptions")), 0);
}

void TestListenerNetwork::confirmationNeverUsesTheEnvelopeUrl()
{
    SnsStandIn evil(h->ca(), QStringLiteral("evil.example"));
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.snsEndpointOverrides.insert(QStringLiteral("evil.example"), evil.endpoint());
    QVERIFY(startListener(settings));
    QJsonObject fields = ListenerHarness::confirmation(QStringLiteral("SubscriptionConfirmation"));
    fields.insert(QStringLiteral("SubscribeURL"), QStringLiteral("https://evil.example/?Action=ConfirmSubscription"));
    QCOMPARE(h->post(h->sign(fields), "SubscriptionConfirmation").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionState(), QStringLiteral("confirmed"), 15000);
    QVERIFY(evil.requests().isEmpty());
    QVERIFY(sns->requests().join(u' ').contains(u"ConfirmSubscription"));
}

void TestListenerNetwork::manualConfirmationWhenAutoConfirmIsOff()
{
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.autoConfirm = false;
    QVERIFY(startListener(settings));
    const QJsonObject fields = ListenerHarness::confirmation(QStringLiteral("SubscriptionConfirmation"));
    QCOMPARE(h->post(h->sign(fields), "SubscriptionConfirmation").status, 200);
    QCOMPARE(subscriptionState(), QStringLiteral("pending"));
    QTest::qWait(300);
    QVERIFY(!sns->requests().join(u' ').contains(u"ConfirmSubscription"));
    h->listener()->confirmSubscription(fields.value(QStringLiteral("MessageId")).toString());
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionState(), QStringLiteral("confirmed"), 15000);
}

void TestListenerNetwork::unsubscribeIsRecordedNeverResubscribes()
{
    QVERIFY(startListener());
    const QJsonObject fields = ListenerHarness::confirmation(QStringLiteral("UnsubscribeConfirmation"));
    QCOMPARE(h->post(h->sign(fields), "UnsubscribeConfirmation").status, 200);
    QCOMPARE(subscriptionState(), QStringLiteral("unsubscribed"));
    QTest::qWait(300);
    QVERIFY(!sns->requests().join(u' ').contains(u"ConfirmSubscription"));
}

QTEST_GUILESS_MAIN(TestListenerNetwork)
#include "tst_listener_network.moc"
