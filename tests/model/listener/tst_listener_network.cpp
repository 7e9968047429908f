// The listener's outbound HTTPS: certificate downloads and subscription confirmations, against a local stand-in.
#include "ListenerHarness.h"
#include "SesMessages.h"
#include "SnsStandIn.h"
#include "listener/CertificateStore.h"
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
    void canonicalUrl_data();
    void canonicalUrl();
    void urlSpellingsShareOneDownload();
    void leafOnlyCertificateIsReusedAfterRestart();
    void failedDownloadIsRememberedBriefly();
    void downloadsAreRateLimited();

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

void TestListenerNetwork::canonicalUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical");
    const QString c = u"https://" + kSnsHost + kCertPath;
    QTest::newRow("canonical already") << c << c;
    QTest::newRow("host upper case") << QString(u"https://SNS.US-EAST-1.AMAZONAWS.COM" + kCertPath) << c;
    QTest::newRow("scheme upper case") << QString(u"HTTPS://" + kSnsHost + kCertPath) << c;
    QTest::newRow("default port") << QString(u"https://" + kSnsHost + u":443" + kCertPath) << c;
    QTest::newRow("other port kept") << QString(u"https://" + kSnsHost + u":8443" + kCertPath)
                                     << QString(u"https://" + kSnsHost + u":8443" + kCertPath);
    QTest::newRow("http default port") << QStringLiteral("http://Example.org:80/a.pem") << QStringLiteral("http://example.org/a.pem");
    QTest::newRow("path case kept") << QString(u"https://" + kSnsHost + u"/SIMPLENOTIFICATIONSERVICE.pem")
                                    << QString(u"https://" + kSnsHost + u"/SIMPLENOTIFICATIONSERVICE.pem");
    QTest::newRow("path escapes kept") << QString(u"https://" + kSnsHost + u"/a%2Eb.pem") << QString(u"https://" + kSnsHost + u"/a%2Eb.pem");
}

void TestListenerNetwork::canonicalUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    QCOMPARE(Model::CertificateStore::canonicalUrl(url), canonical);
}

void TestListenerNetwork::urlSpellingsShareOneDownload()
{
    QVERIFY(startListener());
    const QStringList spellings{u"https://" + kSnsHost + kCertPath, u"https://SNS.US-EAST-1.AMAZONAWS.COM" + kCertPath,
                                u"https://Sns.Us-East-1.Amazonaws.Com" + kCertPath, u"HTTPS://" + kSnsHost + kCertPath};
    for (const QString &url : spellings) {
        const HttpResponse r =
            h->post(h->sign(ListenerHarness::notification(url), QStringLiteral("2"), url));
        QVERIFY2(r.status == 200, qPrintable(url + u' ' + QString::fromUtf8(r.body)));
    }
    QCOMPARE(h->counts().notifications, spellings.size());
    QCOMPARE(sns->requests().count(kCertPath + u'?'), 1);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM certificates")), 1);
}

void TestListenerNetwork::leafOnlyCertificateIsReusedAfterRestart()
{
    // Issued by a CA nobody trusts, as SNS serves its leaf without the Amazon intermediates: accepted
    // for the TLS-verified download (requireCertificateChain off), and so again from the database.
    TestCa amazonLike;
    const TestCa::Leaf leaf = amazonLike.issue();
    sns->setReply(kCertPath, {200, leaf.certPem, {}});
    QVERIFY(startListener());
    const auto post = [this, &leaf](const QString &message) {
        return h->post(h->sign(ListenerHarness::notification(message), QStringLiteral("2"), {}, leaf.keyPem)).status;
    };
    QCOMPARE(post(QStringLiteral("before restart")), 200);
    QCOMPARE(sns->requests().count(kCertPath + u'?'), 1);
    QTRY_COMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM certificates")), 1);

    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.snsEndpointOverrides.insert(kSnsHost, sns->endpoint());
    QString error;
    QVERIFY2(h->restart(settings, &error), qPrintable(error));
    QCOMPARE(post(QStringLiteral("after restart")), 200);
    QCOMPARE(sns->requests().count(kCertPath + u'?'), 1); // verified from the database
    QCOMPARE(h->counts().notifications, 2);

    // With the chain required, the same database row is not trusted on load.
    settings.requireCertificateChain = true;
    QVERIFY2(h->restart(settings, &error), qPrintable(error));
    const HttpResponse r = h->post(h->sign(ListenerHarness::notification(QStringLiteral("strict")), QStringLiteral("2"), {},
                                           leaf.keyPem));
    QCOMPARE(r.status, 403);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString(),
             QStringLiteral("cert-untrusted"));
    QCOMPARE(sns->requests().count(kCertPath + u'?'), 2);
}

void TestListenerNetwork::failedDownloadIsRememberedBriefly()
{
    QVERIFY(startListener());
    const QString junk = u"https://" + kSnsHost + u"/SimpleNotificationService-junk.pem"; // the stand-in answers 404
    for (int i = 0; i < 3; ++i) {
        const HttpResponse r = h->post(h->sign(ListenerHarness::notification(QStringLiteral("junk")), QStringLiteral("2"), junk));
        QCOMPARE(r.status, 503);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("cert-download"));
    }
    // Another spelling of the same URL is the same failure.
    const QString shouted = QStringLiteral("https://SNS.US-EAST-1.AMAZONAWS.COM/SimpleNotificationService-junk.pem");
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(QStringLiteral("junk")), QStringLiteral("2"), shouted)).status, 503);
    QCOMPARE(sns->requests().count(QStringLiteral("/SimpleNotificationService-junk.pem?")), 1);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM certificates")), 0);
    QCOMPARE(h->counts().notifications, 0);
    // A good URL is not held up by the remembered failure.
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(QStringLiteral("good")))).status, 200);
}

void TestListenerNetwork::downloadsAreRateLimited()
{
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.certificateDownloadsPerMinute = 3;
    QVERIFY(startListener(settings));
    QStringList reasons;
    for (int i = 0; i < 6; ++i) {
        const QString junk = u"https://" + kSnsHost + QStringLiteral("/junk-%1.pem").arg(i);
        const HttpResponse r = h->post(h->sign(ListenerHarness::notification(QStringLiteral("junk")), QStringLiteral("2"), junk));
        QCOMPARE(r.status, 503);
        reasons << QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString();
    }
    QCOMPARE(reasons, (QStringList{QStringLiteral("cert-download"), QStringLiteral("cert-download"),
                                   QStringLiteral("cert-download"), QStringLiteral("cert-rate"),
                                   QStringLiteral("cert-rate"), QStringLiteral("cert-rate")}));
    QCOMPARE(sns->requests().filter(QStringLiteral("/junk-")).size(), 3);
    // The genuine certificate waits too (503: SNS retries); nothing was stored.
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(QStringLiteral("good")))).status, 503);
    QCOMPARE(sns->requests().count(kCertPath + u'?'), 0);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM certificates")), 0);
}

QTEST_GUILESS_MAIN(TestListenerNetwork)
#include "tst_listener_network.moc"
