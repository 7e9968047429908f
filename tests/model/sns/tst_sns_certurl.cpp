// Which SigningCertURLs are trusted for a topic, and the subscription confirmation URL we build.
#include "sns/CertUrlPolicy.h"
#include "sns/Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Bouncedesk::Model;
using namespace Bouncedesk::Model::Sns;

namespace {
const QString useast1 = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-feedback");
const QString uswest2 = QStringLiteral("arn:aws:sns:us-west-2:123456789012:ses-feedback");
const QString china = QStringLiteral("arn:aws-cn:sns:cn-north-1:123456789012:ses-feedback");
const QString gov = QStringLiteral("arn:aws-us-gov:sns:us-gov-west-1:123456789012:ses-feedback");

TopicArn topic(const QString &arn)
{
    Result<TopicArn> parsed = TopicArn::parse(arn);
    return parsed.ok() ? *parsed : TopicArn {};
}
} // namespace

class TstSnsCertUrl : public QObject {
    Q_OBJECT

private slots:
    void topicHosts();
    void signingCertUrl_data();
    void signingCertUrl();
    void aUrlAcceptedOnceIsStillCheckedAgainstEachTopic();
    void subscribeUrlUsesTopicHost();
    void subscribeUrlOnlyForSubscriptionConfirmation();
    void sameHost_data();
    void sameHost();
};

void TstSnsCertUrl::topicHosts()
{
    QCOMPARE(topic(useast1).snsHost(), QStringLiteral("sns.us-east-1.amazonaws.com"));
    QCOMPARE(topic(china).snsHost(), QStringLiteral("sns.cn-north-1.amazonaws.com.cn"));
    QCOMPARE(topic(gov).snsHost(), QStringLiteral("sns.us-gov-west-1.amazonaws.com"));
    QCOMPARE(topic(gov).partition, QStringLiteral("aws-us-gov"));
    QCOMPARE(topic(useast1).toString(), useast1);
    QCOMPARE(TopicArn::parse(QStringLiteral("arn:aws:sns:us-east-1:123456789012:orders.fifo"))->name, QStringLiteral("orders.fifo"));
    const Result<TopicArn> bad = TopicArn::parse(QStringLiteral("arn:aws:sns:us-east-1:123456789012:"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("topic-arn"));
}

void TstSnsCertUrl::signingCertUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("arn");
    QTest::addColumn<bool>("accepted");

    const QString good = QStringLiteral("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-e372f8ca30337fdb084e8ac449342c77.pem");
    QTest::newRow("genuine") << good << useast1 << true;
    QTest::newRow("uppercase host") << QStringLiteral("https://SNS.US-EAST-1.AMAZONAWS.COM/SimpleNotificationService-1.pem") << useast1 << true;
    QTest::newRow("uppercase scheme") << QStringLiteral("HTTPS://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem") << useast1 << true;
    QTest::newRow("sub-folder") << QStringLiteral("https://sns.us-east-1.amazonaws.com/certs/x.pem") << useast1 << true;
    QTest::newRow("us-west-2") << QStringLiteral("https://sns.us-west-2.amazonaws.com/SimpleNotificationService-b9.pem") << uswest2 << true;
    QTest::newRow("aws-cn for aws-cn topic") << QStringLiteral("https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-1.pem") << china << true;
    QTest::newRow("GovCloud") << QStringLiteral("https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-1.pem") << gov << true;

    QTest::newRow("http") << QStringLiteral("http://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem") << useast1 << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem") << useast1 << false;
    QTest::newRow("no scheme") << QStringLiteral("//sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem") << useast1 << false;
    QTest::newRow("other host") << QStringLiteral("https://evil.example/SimpleNotificationService-1.pem") << useast1 << false;
    QTest::newRow("suffix attack") << QStringLiteral("https://sns.us-east-1.amazonaws.com.evil.example/a.pem") << useast1 << false;
    QTest::newRow("S3-style host") << QStringLiteral("https://sns.s3-us-east-1.amazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("S3 bucket host") << QStringLiteral("https://sns.us-east-1.amazonaws.com.s3.amazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("prefix attack") << QStringLiteral("https://evilsns.us-east-1.amazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("global sns host") << QStringLiteral("https://sns.amazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("user info to evil host") << QStringLiteral("https://sns.us-east-1.amazonaws.com@evil.example/x.pem") << useast1 << false;
    QTest::newRow("fragment hides host") << QStringLiteral("https://evil.example#@sns.us-east-1.amazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("query hides host") << QStringLiteral("https://evil.example?@sns.us-east-1.amazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("user:pass") << QStringLiteral("https://user:pass@sns.us-east-1.amazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("port 443") << QStringLiteral("https://sns.us-east-1.amazonaws.com:443/a.pem") << useast1 << false;
    QTest::newRow("port 8443") << QStringLiteral("https://sns.us-east-1.amazonaws.com:8443/a.pem") << useast1 << false;
    QTest::newRow("empty port") << QStringLiteral("https://sns.us-east-1.amazonaws.com:/a.pem") << useast1 << false;
    QTest::newRow("not .pem") << QStringLiteral("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.crt") << useast1 << false;
    QTest::newRow(".pem in query only") << QStringLiteral("https://sns.us-east-1.amazonaws.com/x?a.pem") << useast1 << false;
    QTest::newRow(".pem in fragment only") << QStringLiteral("https://sns.us-east-1.amazonaws.com/x#a.pem") << useast1 << false;
    QTest::newRow("query after .pem") << QStringLiteral("https://sns.us-east-1.amazonaws.com/a.pem?x=1") << useast1 << false;
    QTest::newRow("bare .pem") << QStringLiteral("https://sns.us-east-1.amazonaws.com/.pem") << useast1 << false;
    QTest::newRow("no path") << QStringLiteral("https://sns.us-east-1.amazonaws.com") << useast1 << false;
    QTest::newRow("path traversal") << QStringLiteral("https://sns.us-east-1.amazonaws.com/x/../a.pem") << useast1 << false;
    QTest::newRow("encoded traversal") << QStringLiteral("https://sns.us-east-1.amazonaws.com/x/%2e%2e/a.pem") << useast1 << false;
    QTest::newRow("double slash") << QStringLiteral("https://sns.us-east-1.amazonaws.com//a.pem") << useast1 << false;
    QTest::newRow("other region") << QStringLiteral("https://sns.us-west-2.amazonaws.com/SimpleNotificationService-1.pem") << useast1 << false;
    QTest::newRow("trailing dot") << QStringLiteral("https://sns.us-east-1.amazonaws.com./a.pem") << useast1 << false;
    QTest::newRow("aws-cn host for aws topic") << QStringLiteral("https://sns.us-east-1.amazonaws.com.cn/a.pem") << useast1 << false;
    QTest::newRow("aws host for aws-cn topic") << QStringLiteral("https://sns.cn-north-1.amazonaws.com/a.pem") << china << false;
    QTest::newRow("percent-encoded host") << QStringLiteral("https://sns.us-east-1.amazonaws%2ecom/a.pem") << useast1 << false;
    QTest::newRow("percent-encoded dot in host") << QStringLiteral("https://sns%2Eus-east-1.amazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("backslash") << QStringLiteral("https://evil.example\\@sns.us-east-1.amazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("backslash path") << QStringLiteral("https://sns.us-east-1.amazonaws.com\\a.pem") << useast1 << false;
    QTest::newRow("space") << QStringLiteral("https://sns.us-east-1.amazonaws.com /a.pem") << useast1 << false;
    QTest::newRow("tab in host") << QStringLiteral("https://sns.us-east-1.amazon\taws.com/a.pem") << useast1 << false;
    QTest::newRow("unicode look-alike") << QStringLiteral("https://sns.us-east-1.amazonaws.c\u043Em/a.pem") << useast1 << false;
    QTest::newRow("fullwidth dot") << QStringLiteral("https://sns.us-east-1\uFF0Eamazonaws.com/a.pem") << useast1 << false;
    QTest::newRow("IP address") << QStringLiteral("https://52.94.236.248/a.pem") << useast1 << false;
    QTest::newRow("empty") << QString() << useast1 << false;
}

void TstSnsCertUrl::signingCertUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, arn);
    QFETCH(bool, accepted);
    const Result<TopicArn> parsed = TopicArn::parse(arn);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    const Result<void> result = checkSigningCertUrl(url, *parsed);
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        QCOMPARE(result.error().code, QStringLiteral("cert-url"));
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
    }
}

void TstSnsCertUrl::aUrlAcceptedOnceIsStillCheckedAgainstEachTopic()
{
    // The check remembers the last good URL per thread: that must not carry it over to another host.
    const QString url = QStringLiteral("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem");
    QVERIFY(checkSigningCertUrl(url, topic(useast1)).ok());
    QVERIFY(checkSigningCertUrl(url, topic(useast1)).ok());
    const Result<void> elsewhere = checkSigningCertUrl(url, topic(uswest2));
    QVERIFY(!elsewhere.ok());
    QCOMPARE(elsewhere.error().code, QStringLiteral("cert-url"));
    QVERIFY(!checkSigningCertUrl(url, topic(china)).ok());
    QVERIFY(checkSigningCertUrl(url, topic(useast1)).ok());
    // A refused URL is not remembered as good.
    const QString bad = QStringLiteral("https://sns.us-east-1.amazonaws.com/../a.pem");
    QVERIFY(!checkSigningCertUrl(bad, topic(useast1)).ok());
    QVERIFY(!checkSigningCertUrl(bad, topic(useast1)).ok());
}

void TstSnsCertUrl::subscribeUrlUsesTopicHost()
{
    // The envelope's SubscribeURL points elsewhere (SSRF bait); the URL we build must not.
    const QJsonObject object {
        {QStringLiteral("Type"), QStringLiteral("SubscriptionConfirmation")},
        {QStringLiteral("MessageId"), QStringLiteral("165545c9-2a5c-472c-8df2-7ff2be2b3b1b")},
        {QStringLiteral("Token"), QStringLiteral("2336412f37fb687f5d51e6e2")},
        {QStringLiteral("TopicArn"), uswest2},
        {QStringLiteral("Message"), QStringLiteral("You have chosen to subscribe.")},
        {QStringLiteral("SubscribeURL"), QStringLiteral("http://169.254.169.254/latest/meta-data/")},
        {QStringLiteral("Timestamp"), QStringLiteral("2012-04-26T20:45:04.751Z")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1")},
        {QStringLiteral("Signature"), QStringLiteral("AAAA")},
        {QStringLiteral("SigningCertURL"), QStringLiteral("https://sns.us-west-2.amazonaws.com/a.pem")},
    };
    const Result<Envelope> envelope = Envelope::parse(QJsonDocument(object).toJson());
    QVERIFY2(envelope.ok(), qPrintable(envelope.errorText()));
    QVERIFY(!sameSnsHost(envelope->subscribeUrl, envelope->topic));

    const Result<QUrl> url = subscribeUrlFor(*envelope);
    QVERIFY2(url.ok(), qPrintable(url.errorText()));
    QCOMPARE(url->scheme(), QStringLiteral("https"));
    QCOMPARE(url->host(), QStringLiteral("sns.us-west-2.amazonaws.com"));
    QCOMPARE(url->port(), -1);
    QCOMPARE(url->path(), QStringLiteral("/"));
    const QUrlQuery query(*url);
    QCOMPARE(query.queryItemValue(QStringLiteral("Action")), QStringLiteral("ConfirmSubscription"));
    QCOMPARE(query.queryItemValue(QStringLiteral("TopicArn")), uswest2);
    QCOMPARE(query.queryItemValue(QStringLiteral("Token")), QStringLiteral("2336412f37fb687f5d51e6e2"));
    QCOMPARE(url->toString(), QStringLiteral("https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=%1"
                                             "&Token=2336412f37fb687f5d51e6e2").arg(uswest2));
    QVERIFY(sameSnsHost(*url, envelope->topic));
}

void TstSnsCertUrl::subscribeUrlOnlyForSubscriptionConfirmation()
{
    QJsonObject object {
        {QStringLiteral("Type"), QStringLiteral("UnsubscribeConfirmation")},
        {QStringLiteral("MessageId"), QStringLiteral("1")},
        {QStringLiteral("Token"), QStringLiteral("abc")},
        {QStringLiteral("TopicArn"), useast1},
        {QStringLiteral("Message"), QStringLiteral("m")},
        {QStringLiteral("SubscribeURL"), QStringLiteral("https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription")},
        {QStringLiteral("Timestamp"), QStringLiteral("2012-04-26T20:45:04.751Z")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1")},
        {QStringLiteral("Signature"), QStringLiteral("AAAA")},
        {QStringLiteral("SigningCertURL"), QStringLiteral("https://sns.us-east-1.amazonaws.com/a.pem")},
    };
    // Following the SubscribeURL of an UnsubscribeConfirmation would re-subscribe.
    Result<Envelope> envelope = Envelope::parse(QJsonDocument(object).toJson());
    QVERIFY(envelope.ok());
    Result<QUrl> url = subscribeUrlFor(*envelope);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, QStringLiteral("type"));

    object.insert(QStringLiteral("Type"), QStringLiteral("SubscriptionConfirmation"));
    object.insert(QStringLiteral("Token"), QStringLiteral("abc&Action=Unsubscribe"));
    envelope = Envelope::parse(QJsonDocument(object).toJson());
    QVERIFY(envelope.ok());
    url = subscribeUrlFor(*envelope);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, QStringLiteral("field"));
}

void TstSnsCertUrl::sameHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("same");
    QTest::newRow("genuine") << QStringLiteral("https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=x") << true;
    QTest::newRow("uppercase") << QStringLiteral("https://SNS.us-east-1.amazonaws.com/?Action=ConfirmSubscription") << true;
    QTest::newRow("http") << QStringLiteral("http://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription") << false;
    QTest::newRow("other region") << QStringLiteral("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription") << false;
    QTest::newRow("user info") << QStringLiteral("https://sns.us-east-1.amazonaws.com@evil.example/") << false;
    QTest::newRow("metadata") << QStringLiteral("http://169.254.169.254/latest/meta-data/") << false;
    QTest::newRow("port") << QStringLiteral("https://sns.us-east-1.amazonaws.com:8443/") << false;
}

void TstSnsCertUrl::sameHost()
{
    QFETCH(QString, url);
    QFETCH(bool, same);
    QCOMPARE(sameSnsHost(url, topic(useast1)), same);
}

QTEST_GUILESS_MAIN(TstSnsCertUrl)
#include "tst_sns_certurl.moc"
