// Only the operator's topics feed the listener: configured or trusted in the database, confirmed only then.
#include "DbProbe.h"
#include "ListenerHarness.h"
#include "SesMessages.h"
#include "SnsStandIn.h"
#include "policy/TopicTrust.h"
#include "store/Database.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

namespace {
const QString kSnsHost = QStringLiteral("sns.us-east-1.amazonaws.com");
const QString kCertPath = QStringLiteral("/SimpleNotificationService-0123456789abcdef.pem");
} // namespace

class TestListenerTrust final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void untrustedTopicIsRefusedAndNothingStored();
    void withoutTrustedTopicsSubscriptionsStayPending();
    void topicTrustedInTheDatabaseIsAccepted();
    void trustingATopicConfirmsItsPendingRequest();
    void removedTrustRefusesAgain();
    void trustNeedsAValidTopicArn();
    void foreignSendingAccountIsRecorded();

private:
    Model::ListenerSettings untrusting() const;
    bool startListener(Model::ListenerSettings settings);
    QString subscriptionState() const;
    QString reasonOf(const HttpResponse &r) const;
    Model::TopicTrust trust() const;
    // Posts a fresh notification until it is answered with status (trust changes take a moment).
    bool postUntil(int status, const QString &message);
    std::unique_ptr<ListenerHarness> h;
    std::unique_ptr<SnsStandIn> sns;
};

void TestListenerTrust::init()
{
    h = std::make_unique<ListenerHarness>();
    sns = std::make_unique<SnsStandIn>(h->ca(), kSnsHost);
    QVERIFY(sns->port() != 0);
    sns->setReply(kCertPath, {200, h->leaf().certPem, {}});
}

void TestListenerTrust::cleanup()
{
    h.reset();
    sns.reset();
}

Model::ListenerSettings TestListenerTrust::untrusting() const
{
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.topicAllowlist.clear();
    settings.trustRefreshMs = 200;
    return settings;
}

bool TestListenerTrust::startListener(Model::ListenerSettings settings)
{
    settings.snsEndpointOverrides.insert(kSnsHost, sns->endpoint());
    QString error;
    if (!h->start(settings, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString TestListenerTrust::subscriptionState() const
{
    auto db = Model::Database::connection(h->url());
    return db ? Test::text(*db, QStringLiteral("SELECT state FROM subscriptions")) : QString();
}

QString TestListenerTrust::reasonOf(const HttpResponse &r) const
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString();
}

Model::TopicTrust TestListenerTrust::trust() const
{
    auto db = Model::Database::connection(h->url());
    return Model::TopicTrust(*db, Model::Actor{QStringLiteral("alice"), {}});
}

bool TestListenerTrust::postUntil(int status, const QString &message)
{
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (h->post(h->sign(ListenerHarness::notification(message))).status == status)
            return true;
        QTest::qWait(50);
    }
    return false;
}

void TestListenerTrust::untrustedTopicIsRefusedAndNothingStored()
{
    QVERIFY(startListener(untrusting()));
    const HttpResponse r = h->post(h->sign(ListenerHarness::notification(
        Test::Ses::bounce({QStringLiteral("victim@example.org")}, QStringLiteral("Permanent"), QStringLiteral("General")))));
    QCOMPARE(r.status, 403);
    QCOMPARE(reasonOf(r), QStringLiteral("topic"));
    QVERIFY2(QString::fromUtf8(r.body).contains(u"not trusted"), r.body.constData());
    QCOMPARE(h->counts().notifications, 0);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
    QCOMPARE(h->listener()->metrics().snapshot().rejected.value(QStringLiteral("topic")), 1);
}

void TestListenerTrust::withoutTrustedTopicsSubscriptionsStayPending()
{
    Model::ListenerSettings settings = untrusting();
    settings.autoConfirm = true;
    QVERIFY(startListener(settings));
    const QJsonObject fields = ListenerHarness::confirmation(QStringLiteral("SubscriptionConfirmation"));
    QCOMPARE(h->post(h->sign(fields), "SubscriptionConfirmation").status, 200);
    QCOMPARE(subscriptionState(), QStringLiteral("pending"));
    QTest::qWait(1000); // several trust sweeps
    QCOMPARE(subscriptionState(), QStringLiteral("pending"));
    QVERIFY2(!sns->requests().join(u' ').contains(u"ConfirmSubscription"), qPrintable(sns->requests().join(u' ')));
}

void TestListenerTrust::topicTrustedInTheDatabaseIsAccepted()
{
    QVERIFY(startListener(untrusting()));
    auto trusted = trust().trust(ListenerHarness::topicArn, QStringLiteral("our SES feedback topic"));
    QVERIFY2(trusted, qPrintable(trusted.errorText()));
    QCOMPARE(trusted->accountId, QStringLiteral("123456789012"));
    QCOMPARE(trusted->region, QStringLiteral("us-east-1"));
    // Within a moment: a miss reads the database again (at most every 250 ms) before refusing.
    QVERIFY(postUntil(200, QStringLiteral("hello")));
    QCOMPARE(h->counts().notifications, 1);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'topic.trust' AND target = ? "
                                      "AND os_user = 'alice'"),
                       {ListenerHarness::topicArn}),
             1);
    QCOMPARE(trust().trust(ListenerHarness::topicArn, {}).error().code, QStringLiteral("already-trusted"));
}

void TestListenerTrust::trustingATopicConfirmsItsPendingRequest()
{
    QVERIFY(startListener(untrusting()));
    const QJsonObject fields = ListenerHarness::confirmation(QStringLiteral("SubscriptionConfirmation"));
    QCOMPARE(h->post(h->sign(fields), "SubscriptionConfirmation").status, 200);
    QCOMPARE(subscriptionState(), QStringLiteral("pending"));
    QVERIFY(trust().trust(ListenerHarness::topicArn, {}).ok());
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionState(), QStringLiteral("confirmed"), 10000);
    const QString expected = QStringLiteral("/?Action=ConfirmSubscription&TopicArn=%1&Token=%2")
                                 .arg(ListenerHarness::topicArn, fields.value(QStringLiteral("Token")).toString());
    QCOMPARE(sns->requests().count(expected), 1);
}

void TestListenerTrust::removedTrustRefusesAgain()
{
    QVERIFY(startListener(untrusting()));
    QVERIFY(trust().trust(ListenerHarness::topicArn, {}).ok());
    QVERIFY(postUntil(200, QStringLiteral("one")));
    QCOMPARE(trust().untrust(ListenerHarness::topicArn, {}).error().code, QStringLiteral("reason"));
    QVERIFY(trust().untrust(ListenerHarness::topicArn, QStringLiteral("topic retired")).ok());
    QCOMPARE(trust().untrust(ListenerHarness::topicArn, QStringLiteral("again")).error().code, QStringLiteral("not-trusted"));
    // Within the listener's refresh period (200 ms here, 5 s by default), then for good.
    QVERIFY(postUntil(403, QStringLiteral("two")));
    const qint64 stored = h->counts().notifications;
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(QStringLiteral("three")))).status, 403);
    QCOMPARE(h->counts().notifications, stored);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'topic.untrust' AND note = ?"),
                       {QStringLiteral("topic retired")}),
             1);
}

void TestListenerTrust::trustNeedsAValidTopicArn()
{
    QVERIFY(startListener(untrusting()));
    for (const QString &bad : {QStringLiteral(""), QStringLiteral("arn:aws:s3:::bucket"),
                               QStringLiteral("arn:aws:sns:us-east-1:123:short-account")}) {
        auto refused = trust().trust(bad, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("topic-arn"));
    }
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM trusted_topics")), 0);
}

void TestListenerTrust::foreignSendingAccountIsRecorded()
{
    QVERIFY(startListener(ListenerHarness::defaultSettings()));
    QString ses = Test::Ses::delivery({QStringLiteral("ok@example.org")});
    ses.replace(QStringLiteral("\"sendingAccountId\":\"123456789012\""), QStringLiteral("\"sendingAccountId\":\"999988887777\""));
    QVERIFY(ses.contains(u"999988887777"));
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(ses))).status, 200);
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(Test::Ses::delivery({QStringLiteral("b@example.org")})))).status,
             200);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages WHERE foreign_sending_account = '999988887777'")), 1);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages WHERE foreign_sending_account IS NULL")), 1);
    QCOMPARE(h->counts().deliveries, 2); // recorded, not refused
}

QTEST_GUILESS_MAIN(TestListenerTrust)
#include "tst_listener_trust.moc"
