// The listener end to end over loopback HTTP, per backend: genuine messages stored once, with their events.
#include "ListenerHarness.h"
#include "SesMessages.h"
#include "SnsStandIn.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

class TestListener final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everySesTypeIsStored_data();
    void everySesTypeIsStored();
    void multiRecipientBounceStoresEachRecipient();
    void sameMessageIdThreeTimesIsStoredOnce();
    void concurrentRequestsAreAllStored();
    void genuineNonSesMessageIsKept();
    void subjectIsSigned();
    void healthAndMetricsReport();
    void basicAuthIsRequiredWhenSet();
    void suppressionApiNeedsTheToken();
    void secretNearMissesAreRefused();
    void oversizedBodyIsRefusedAndServingContinues();

private:
    std::unique_ptr<ListenerHarness> h;
};

void TestListener::init()
{
    h = std::make_unique<ListenerHarness>();
    QString error;
    QVERIFY2(h->start(&error), qPrintable(error));
}

void TestListener::cleanup()
{
    h.reset();
}

void TestListener::everySesTypeIsStored_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("table");
    const QStringList to{QStringLiteral("rcpt@example.org")};
    for (const QString &version : {QStringLiteral("1"), QStringLiteral("2")}) {
        auto row = [&](const char *name, const QString &message, const char *table) {
            QTest::addRow("SigV%s %s", qPrintable(version), name) << version << message << QString::fromLatin1(table);
        };
        row("classic bounce", Ses::bounce(to, QStringLiteral("Permanent"), QStringLiteral("General")), "bounces");
        row("classic complaint", Ses::complaint(to), "complaints");
        row("classic delivery", Ses::delivery(to), "deliveries");
        row("event bounce", Ses::bounce(to, QStringLiteral("Transient"), QStringLiteral("MailboxFull"), true), "bounces");
        row("event complaint", Ses::complaint(to, QStringLiteral("abuse"), true), "complaints");
        row("event delivery", Ses::delivery(to, true), "deliveries");
        row("send", Ses::event(QStringLiteral("Send"), to), "sends");
        row("delivery delay", Ses::event(QStringLiteral("DeliveryDelay"), to), "delivery_delays");
        for (const char *type : {"Reject", "Open", "Click", "Rendering Failure", "Subscription"})
            row(type, Ses::event(QString::fromLatin1(type), to), "other_events");
    }
}

void TestListener::everySesTypeIsStored()
{
    QFETCH(QString, version);
    QFETCH(QString, message);
    QFETCH(QString, table);
    const HttpResponse r = h->post(h->sign(ListenerHarness::notification(message), version));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(h->counts().notifications, 1);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table), 1);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages WHERE content_kind = 'ses' AND "
                                      "signature_version = ?"),
                       {version}),
             1);
}

void TestListener::multiRecipientBounceStoresEachRecipient()
{
    const QStringList to{QStringLiteral("a@example.org"), QStringLiteral("B@Example.org"), QStringLiteral("c@example.org")};
    const HttpResponse r =
        h->post(h->sign(ListenerHarness::notification(Ses::bounce(to, QStringLiteral("Permanent"), QStringLiteral("NoEmail")))));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(h->counts().bounces, 3);
    QCOMPARE(h->counts().suppressed, 3);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = 'b@example.org' AND "
                                      "reason = 'hard-bounce' AND active = 1")),
             1);
    QCOMPARE(h->scalar(QStringLiteral("SELECT hard_bounces FROM rate_hourly")), 3);
}

void TestListener::sameMessageIdThreeTimesIsStoredOnce()
{
    const QByteArray body = h->sign(ListenerHarness::notification(
        Ses::complaint({QStringLiteral("x@example.org")}), QStringLiteral("7b3c1e62-0000-4000-8000-000000000001")));
    QList<QByteArray> statuses;
    for (int i = 0; i < 3; ++i) {
        const HttpResponse r = h->post(body);
        QCOMPARE(r.status, 200);
        statuses << QJsonDocument::fromJson(r.body).object().value(QStringLiteral("status")).toString().toUtf8();
        // The listener writes this reply by hand: the same bytes QJsonDocument would give.
        const QJsonObject expected{{QStringLiteral("messageId"), QStringLiteral("7b3c1e62-0000-4000-8000-000000000001")},
                                   {QStringLiteral("status"), QString::fromUtf8(statuses.last())}};
        QCOMPARE(r.body, QJsonDocument(expected).toJson());
    }
    QCOMPARE(statuses, (QList<QByteArray>{"stored", "duplicate", "duplicate"}));
    const Model::Counts c = h->counts();
    QCOMPARE(c.notifications, 1);
    QCOMPARE(c.complaints, 1);
    QCOMPARE(c.unreviewedComplaints, 1);
    QCOMPARE(h->listener()->metrics().snapshot().duplicates, 2);
}

void TestListener::concurrentRequestsAreAllStored()
{
    // Many requests in flight at once share commits; each is answered only after its own data is in.
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 200; ++i) {
        QNetworkRequest request(h->endpoint());
        request.setRawHeader("x-amz-sns-message-type", "Notification");
        request.setRawHeader("Content-Type", "text/plain; charset=UTF-8");
        const QString to = QStringLiteral("user%1@example.org").arg(i);
        replies << network.post(request, h->sign(ListenerHarness::notification(Ses::delivery({to}))));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
                             60000);
    for (QNetworkReply *reply : replies)
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(h->counts().deliveries, 200);
    qDeleteAll(replies);
}

void TestListener::genuineNonSesMessageIsKept()
{
    const HttpResponse r = h->post(h->sign(ListenerHarness::notification(QStringLiteral("Hello world"))));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(h->counts().notifications, 1);
    QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages WHERE content_kind = 'not-ses' AND "
                                      "parse_note IS NOT NULL")),
             1);
}

void TestListener::subjectIsSigned()
{
    QJsonObject fields = ListenerHarness::notification(QStringLiteral("Hello"));
    fields.insert(QStringLiteral("Subject"), QStringLiteral("Amazon SES Email Event Notification"));
    QCOMPARE(h->post(h->sign(fields)).status, 200);
    // The same body with the Subject changed after signing is refused.
    QJsonObject other = ListenerHarness::notification(QStringLiteral("Hello"));
    other.insert(QStringLiteral("Subject"), QStringLiteral("Original"));
    QJsonObject tampered = QJsonDocument::fromJson(h->sign(other)).object();
    tampered.insert(QStringLiteral("Subject"), QStringLiteral("Changed"));
    QCOMPARE(h->post(QJsonDocument(tampered).toJson()).status, 403);
    QCOMPARE(h->counts().notifications, 1);
}

void TestListener::healthAndMetricsReport()
{
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(Ses::delivery({QStringLiteral("a@b.example")})))).status, 200);
    QCOMPARE(h->post("{").status, 400);
    const HttpResponse health = httpGet(h->endpoint(QStringLiteral("/healthz")));
    QCOMPARE(health.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(health.body).object();
    QCOMPARE(json.value(QStringLiteral("database")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("deliveries")).toInt(), 1);
    const HttpResponse metrics = httpGet(h->endpoint(QStringLiteral("/metrics")));
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.body.contains("bouncedesk_sns_stored_total 1\n"), metrics.body.constData());
    QVERIFY2(metrics.body.contains("bouncedesk_sns_rejected_total{reason=\"json\"} 1\n"), metrics.body.constData());
    QVERIFY(metrics.body.contains("bouncedesk_sns_verify_seconds_count 1\n"));
}

void TestListener::basicAuthIsRequiredWhenSet()
{
    h = std::make_unique<ListenerHarness>();
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.basicAuthUser = QStringLiteral("sns");
    settings.basicAuthPassword = QStringLiteral("s3cret");
    QString error;
    QVERIFY2(h->start(settings, &error), qPrintable(error));
    const QByteArray body = h->sign(ListenerHarness::notification(QStringLiteral("hi")));
    QCOMPARE(h->post(body).status, 401);
    QCOMPARE(h->post(body, "Notification", {{"Authorization", "Basic " + QByteArray("sns:wrong").toBase64()}}).status, 401);
    QCOMPARE(h->counts().notifications, 0);
    QCOMPARE(h->post(body, "Notification", {{"Authorization", "Basic " + QByteArray("sns:s3cret").toBase64()}}).status, 200);
    QCOMPARE(h->counts().notifications, 1);
}

void TestListener::suppressionApiNeedsTheToken()
{
    QCOMPARE(httpGet(h->endpoint(QStringLiteral("/v1/suppressions/a@b.example"))).status, 404); // no token: off
    h = std::make_unique<ListenerHarness>();
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.suppressionApiToken = QStringLiteral("token-123");
    QString error;
    QVERIFY2(h->start(settings, &error), qPrintable(error));
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(
                 Ses::bounce({QStringLiteral("Gone@Example.org")}, QStringLiteral("Permanent"), QStringLiteral("General")))))
                 .status,
             200);
    const QUrl url = h->endpoint(QStringLiteral("/v1/suppressions/gone@example.ORG"));
    QCOMPARE(httpGet(url).status, 401);
    QCOMPARE(httpGet(url, {{"Authorization", "Bearer wrong-token"}}).status, 401);
    const HttpResponse r = httpGet(url, {{"Authorization", "Bearer token-123"}});
    QCOMPARE(r.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(json.value(QStringLiteral("suppressed")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("hard-bounce"));
    const HttpResponse clean =
        httpGet(h->endpoint(QStringLiteral("/v1/suppressions/fine@example.org")), {{"Authorization", "Bearer token-123"}});
    QCOMPARE(QJsonDocument::fromJson(clean.body).object().value(QStringLiteral("suppressed")).toBool(true), false);
}

void TestListener::secretNearMissesAreRefused()
{
    h = std::make_unique<ListenerHarness>();
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.basicAuthUser = QStringLiteral("sns");
    settings.basicAuthPassword = QStringLiteral("s3cret");
    settings.suppressionApiToken = QStringLiteral("token-123");
    QString error;
    QVERIFY2(h->start(settings, &error), qPrintable(error));
    const QByteArray body = h->sign(ListenerHarness::notification(QStringLiteral("hi")));
    const auto basic = [](const QByteArray &credentials) { return Headers{{"Authorization", "Basic " + credentials.toBase64()}}; };
    for (const QByteArray &wrong : {QByteArray("sns:s3cre"), QByteArray("sns:s3cret!"), QByteArray("sns:"), QByteArray(),
                                    QByteArray("SNS:s3cret"), QByteArray("sns:S3cret"), QByteArray("sns:s3cret\0", 11)})
        QVERIFY2(h->post(body, "Notification", basic(wrong)).status == 401, wrong.constData());
    QCOMPARE(h->counts().notifications, 0);
    QCOMPARE(h->post(body, "Notification", basic("sns:s3cret")).status, 200);

    const QUrl url = h->endpoint(QStringLiteral("/v1/suppressions/a@b.example"));
    for (const QByteArray &wrong : {QByteArray("Bearer token-12"), QByteArray("Bearer token-1234"), QByteArray("Bearer "),
                                    QByteArray("Bearer"), QByteArray("bearer token-123"), QByteArray("token-123")})
        QVERIFY2(httpGet(url, {{"Authorization", wrong}}).status == 401, wrong.constData());
    QCOMPARE(httpGet(url, {{"Authorization", "Bearer token-123"}}).status, 200);
}

void TestListener::oversizedBodyIsRefusedAndServingContinues()
{
    QByteArray huge(8 * 1024 * 1024, 'x');
    const HttpResponse r = h->post(huge);
    QVERIFY2(r.status == 413 || r.status == 0, qPrintable(QString::number(r.status) + r.error)); // 413, or reset mid-upload
    QCOMPARE(h->listener()->metrics().snapshot().rejected.value(QStringLiteral("too-large")), 1);
    QCOMPARE(h->counts().notifications, 0);
    QCOMPARE(h->post(h->sign(ListenerHarness::notification(QStringLiteral("after")))).status, 200);
}

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
