// Bad input at the listener: each case refused with the right status and reason, nothing stored, still serving.
#include "ListenerHarness.h"
#include "SesMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

namespace {
const QString kOtherTopic = QStringLiteral("arn:aws:sns:us-east-1:123456789012:someone-elses-topic");

QByteArray withField(const QByteArray &body, const QString &key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString fieldOf(const QByteArray &body, const QString &key)
{
    return QJsonDocument::fromJson(body).object().value(key).toString();
}

// A genuinely signed message re-sent with its Subject folded into the MessageId: the same bytes to
// sign, a different MessageId.
QByteArray foldSubjectIntoMessageId(const QByteArray &signedBody)
{
    const QString folded = fieldOf(signedBody, QStringLiteral("MessageId")) + QStringLiteral("\nSubject\n")
                           + fieldOf(signedBody, QStringLiteral("Subject"));
    return withField(withField(signedBody, QStringLiteral("MessageId"), folded), QStringLiteral("Subject"),
                     QJsonValue(QJsonValue::Undefined));
}

QString reasonOf(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString();
}
} // namespace

class TestListenerRejects final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();
    void oldMessagesRefusedWhenMaxAgeSet();
    void foldedSubjectIsNotANewMessage();
    void replayWindowIsOnByDefault();
    void replayWindowCanBeTurnedOff();
    void requestTextIsEscapedInLogs();

private:
    QByteArray genuine() const
    {
        return h->sign(ListenerHarness::notification(Ses::delivery({QStringLiteral("rcpt@example.org")})));
    }
    QByteArray signedFor(const QString &certUrl) const
    {
        return h->sign(ListenerHarness::notification(QStringLiteral("hello")), QStringLiteral("2"), certUrl);
    }
    std::unique_ptr<ListenerHarness> h;
    qint64 m_genuineStored = 0;
};

void TestListenerRejects::initTestCase()
{
    h = std::make_unique<ListenerHarness>();
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.topicAllowlist << ListenerHarness::topicArn;
    QString error;
    QVERIFY2(h->start(settings, &error), qPrintable(error));
}

void TestListenerRejects::cleanupTestCase()
{
    h.reset();
}

void TestListenerRejects::refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("typeHeader");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    const QByteArray good = genuine();
    const QByteArray n = "Notification";
    auto row = [&](const char *name, const QByteArray &body, int status, const char *reason, const QByteArray &type = "Notification") {
        QTest::newRow(name) << body << type << status << QString::fromLatin1(reason);
    };

    // Signatures.
    const QByteArray other = genuine();
    row("signature of another message", withField(good, QStringLiteral("Signature"), fieldOf(other, QStringLiteral("Signature"))), 403, "signature");
    const QByteArray sig = QByteArray::fromBase64(fieldOf(good, QStringLiteral("Signature")).toLatin1());
    row("truncated signature", withField(good, QStringLiteral("Signature"), QString::fromLatin1(sig.left(sig.size() / 2).toBase64())), 403, "signature");
    QByteArray flipped = sig;
    flipped[10] = char(flipped[10] ^ 0x01);
    row("one bit of the signature", withField(good, QStringLiteral("Signature"), QString::fromLatin1(flipped.toBase64())), 403, "signature");
    const TestCa::Leaf stranger = h->ca().issue();
    row("signed by another key", h->sign(ListenerHarness::notification(QStringLiteral("x")), QStringLiteral("2"), {}, stranger.keyPem), 403, "signature");
    row("SigV1 signature labelled 2", withField(h->sign(ListenerHarness::notification(QStringLiteral("x")), QStringLiteral("1")), QStringLiteral("SignatureVersion"), QStringLiteral("2")), 403, "signature");
    row("SigV2 signature labelled 1", withField(h->sign(ListenerHarness::notification(QStringLiteral("x")), QStringLiteral("2")), QStringLiteral("SignatureVersion"), QStringLiteral("1")), 403, "signature");
    row("unknown SignatureVersion", withField(good, QStringLiteral("SignatureVersion"), QStringLiteral("3")), 403, "signature-version");
    row("signature not base64", withField(good, QStringLiteral("Signature"), QStringLiteral("!!!not base64!!!")), 403, "signature");
    row("empty signature", withField(good, QStringLiteral("Signature"), QString()), 403, "signature");

    // Certificate URLs (each message properly signed; the URL itself is the problem).
    row("cert over http", signedFor(QStringLiteral("http://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem")), 403, "cert-url");
    row("cert on another host", signedFor(QStringLiteral("https://evil.example/SimpleNotificationService-1.pem")), 403, "cert-url");
    row("cert on look-alike host", signedFor(QStringLiteral("https://sns.us-east-1.amazonaws.com.evil.example/cert.pem")), 403, "cert-url");
    row("cert on S3-style host", signedFor(QStringLiteral("https://sns.s3-us-east-1.amazonaws.com/cert.pem")), 403, "cert-url");
    row("cert on bucket host", signedFor(QStringLiteral("https://bucket.s3.amazonaws.com/sns.us-east-1.amazonaws.com/cert.pem")), 403, "cert-url");
    row("cert with user info", signedFor(QStringLiteral("https://sns.us-east-1.amazonaws.com@evil.example/cert.pem")), 403, "cert-url");
    row("cert with user and password", signedFor(QStringLiteral("https://user:pass@sns.us-east-1.amazonaws.com/cert.pem")), 403, "cert-url");
    row("cert with port 443", signedFor(QStringLiteral("https://sns.us-east-1.amazonaws.com:443/cert.pem")), 403, "cert-url");
    row("cert with port 8443", signedFor(QStringLiteral("https://sns.us-east-1.amazonaws.com:8443/cert.pem")), 403, "cert-url");
    row("cert path not pem", signedFor(QStringLiteral("https://sns.us-east-1.amazonaws.com/cert.txt")), 403, "cert-url");
    row("cert pem only in query", signedFor(QStringLiteral("https://sns.us-east-1.amazonaws.com/cert?x=.pem")), 403, "cert-url");
    row("cert in another region", signedFor(QStringLiteral("https://sns.us-west-2.amazonaws.com/SimpleNotificationService-1.pem")), 403, "cert-url");
    row("cert on china host for aws topic", signedFor(QStringLiteral("https://sns.us-east-1.amazonaws.com.cn/cert.pem")), 403, "cert-url");
    row("cert host with trailing dot", signedFor(QStringLiteral("https://sns.us-east-1.amazonaws.com./cert.pem")), 403, "cert-url");
    row("cert host percent-encoded", signedFor(QStringLiteral("https://sns.us-east-1.amazonaws%2Ecom/cert.pem")), 403, "cert-url");

    // Topic allowlist, checked on the signed TopicArn.
    // Fields re-split inside the signed bytes (identical string to sign, new MessageId).
    QJsonObject withSubject = ListenerHarness::notification(Ses::delivery({QStringLiteral("rcpt@example.org")}));
    withSubject.insert(QStringLiteral("Subject"), QStringLiteral("Amazon SES Email Event Notification"));
    row("Subject folded into MessageId", foldSubjectIntoMessageId(h->sign(withSubject)), 400, "field-control");
    row("line break in MessageId", withField(good, QStringLiteral("MessageId"), QString(fieldOf(good, QStringLiteral("MessageId")) + u'\n')), 400, "field-control");

    // Replays: genuinely signed, but outside the replay window (one hour plus five minutes' skew).
    QJsonObject stale = ListenerHarness::notification(QStringLiteral("stale"));
    stale.insert(QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().addSecs(-2 * 3600).toString(Qt::ISODateWithMs));
    row("signed two hours ago", h->sign(stale), 400, "stale");
    QJsonObject ahead = ListenerHarness::notification(QStringLiteral("future"));
    ahead.insert(QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().addSecs(15 * 60).toString(Qt::ISODateWithMs));
    row("dated fifteen minutes ahead", h->sign(ahead), 400, "future");

    QJsonObject foreign = ListenerHarness::notification(QStringLiteral("x"));
    foreign.insert(QStringLiteral("TopicArn"), kOtherTopic);
    row("topic outside the allowlist", h->sign(foreign), 403, "topic");

    // Fields changed after signing.
    row("Message changed", withField(good, QStringLiteral("Message"), QStringLiteral("{\"changed\":true}")), 403, "signature");
    row("MessageId changed", withField(good, QStringLiteral("MessageId"), QStringLiteral("11111111-2222-3333-4444-555555555555")), 403, "signature");
    row("Timestamp changed", withField(good, QStringLiteral("Timestamp"), QStringLiteral("2026-01-01T00:00:00.000Z")), 403, "signature");
    row("Subject added", withField(good, QStringLiteral("Subject"), QStringLiteral("added")), 403, "signature");

    // Not JSON, or not the right JSON.
    row("empty body", QByteArray(), 400, "json");
    row("malformed JSON", "{\"Type\": \"Notification\",", 400, "json");
    row("JSON array", "[1, 2, 3]", 400, "json");
    row("JSON string", "\"Notification\"", 400, "json");
    row("JSON nested 10000 deep", QByteArray(10000, '[') + QByteArray(10000, ']'), 400, "json");
    row("objects nested 10000 deep", QByteArray().append(QByteArray("{\"a\":").repeated(10000)).append("1").append(QByteArray(10000, '}')), 400, "json");
    QByteArray badUtf8 = good;
    badUtf8.replace("rcpt@", "rc\xff\xfe@");
    row("invalid UTF-8", badUtf8, 400, "encoding");
    row("raw message delivery", Ses::delivery({QStringLiteral("a@b.example")}).toUtf8(), 400, "raw-delivery");

    // Missing and mistyped fields.
    for (const char *key : {"Type", "MessageId", "TopicArn", "Message", "Timestamp", "Signature", "SignatureVersion", "SigningCertURL"}) {
        QTest::addRow("missing %s", key) << withField(good, QString::fromLatin1(key), QJsonValue(QJsonValue::Undefined)) << n << 400
                                         << QString::fromLatin1(key == QByteArrayView("Type") ? "field" : "field");
    }
    row("MessageId is a number", withField(good, QStringLiteral("MessageId"), 12345), 400, "field");
    row("Message is an object", withField(good, QStringLiteral("Message"), QJsonObject{{QStringLiteral("a"), 1}}), 400, "field");
    row("Timestamp is a number", withField(good, QStringLiteral("Timestamp"), 1700000000), 400, "field");
    row("Signature is an array", withField(good, QStringLiteral("Signature"), QJsonArray{1, 2}), 400, "field");
    row("Timestamp not a date", withField(good, QStringLiteral("Timestamp"), QStringLiteral("yesterday")), 400, "field");
    row("TopicArn not an ARN", withField(good, QStringLiteral("TopicArn"), QStringLiteral("not-an-arn")), 400, "topic-arn");
    row("unknown Type", withField(good, QStringLiteral("Type"), QStringLiteral("Notice")), 400, "type", "Notice");

    // Header and body must agree.
    row("header says SubscriptionConfirmation", good, 400, "type-mismatch", "SubscriptionConfirmation");
    row("header missing", good, 400, "type-mismatch", QByteArray());
}

void TestListenerRejects::refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, typeHeader);
    QFETCH(int, status);
    QFETCH(QString, reason);

    const qint64 before = h->listener()->metrics().snapshot().rejected.value(reason);
    const HttpResponse r = typeHeader.isEmpty() ? httpPost(h->endpoint(), body) : h->post(body, typeHeader);
    QVERIFY2(r.status == status, qPrintable(QStringLiteral("got %1: %2").arg(r.status).arg(QString::fromUtf8(r.body))));
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(h->listener()->metrics().snapshot().rejected.value(reason), before + 1);
    // Nothing from the bad request was stored...
    QCOMPARE(h->counts().notifications, m_genuineStored);
    // ...and the listener goes on serving genuine messages.
    QCOMPARE(h->post(genuine()).status, 200);
    ++m_genuineStored;
    QCOMPARE(h->counts().notifications, m_genuineStored);
    QCOMPARE(h->counts().deliveries, m_genuineStored);
}

void TestListenerRejects::oldMessagesRefusedWhenMaxAgeSet()
{
    ListenerHarness aged;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.maxMessageAgeSeconds = 3600;
    QString error;
    QVERIFY2(aged.start(settings, &error), qPrintable(error));
    QJsonObject old = ListenerHarness::notification(QStringLiteral("old"));
    old.insert(QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODateWithMs));
    const HttpResponse r = aged.post(aged.sign(old));
    QCOMPARE(r.status, 400);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString(), QStringLiteral("too-old"));
    QCOMPARE(aged.counts().notifications, 0);
    QCOMPARE(aged.post(aged.sign(ListenerHarness::notification(QStringLiteral("fresh")))).status, 200);
}

void TestListenerRejects::foldedSubjectIsNotANewMessage()
{
    ListenerHarness fresh;
    QString error;
    QVERIFY2(fresh.start(&error), qPrintable(error));
    QJsonObject fields = ListenerHarness::notification(Ses::complaint({QStringLiteral("x@example.org")}));
    fields.insert(QStringLiteral("Subject"), QStringLiteral("Amazon SES Email Event Notification"));
    const QByteArray original = fresh.sign(fields);
    const QByteArray folded = foldSubjectIntoMessageId(original);
    // The attack's premise: the signed bytes are identical, so the signature alone would let it through.
    QCOMPARE(snsStringToSign(QJsonDocument::fromJson(folded).object()),
             snsStringToSign(QJsonDocument::fromJson(original).object()));
    QVERIFY(fieldOf(folded, QStringLiteral("MessageId")) != fieldOf(original, QStringLiteral("MessageId")));

    HttpResponse r = fresh.post(original);
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
    r = fresh.post(folded);
    QCOMPARE(r.status, 400);
    QCOMPARE(reasonOf(r), QStringLiteral("field-control"));
    QVERIFY2(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString().contains(u"MessageId"),
             r.body.constData());
    QCOMPARE(fresh.counts().notifications, 1);
    QCOMPARE(fresh.counts().complaints, 1);
    // The genuine message is still recognised as the one already stored.
    r = fresh.post(original);
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
}

void TestListenerRejects::replayWindowIsOnByDefault()
{
    ListenerHarness timed;
    QString error;
    QVERIFY2(timed.start(&error), qPrintable(error)); // default settings
    const QDateTime now = QDateTime::currentDateTimeUtc();
    timed.listener()->setClock([now] { return now; });
    const auto dated = [&timed](const QDateTime &when) {
        QJsonObject fields = ListenerHarness::notification(QStringLiteral("dated %1").arg(when.toString(Qt::ISODateWithMs)));
        fields.insert(QStringLiteral("Timestamp"), when.toString(Qt::ISODateWithMs));
        return timed.post(timed.sign(fields));
    };
    // SNS retries for at most an hour; five minutes' skew either way.
    QCOMPARE(dated(now.addSecs(-(3600 + 300 - 5))).status, 200);
    HttpResponse r = dated(now.addSecs(-(3600 + 300 + 5)));
    QCOMPARE(r.status, 400);
    QCOMPARE(reasonOf(r), QStringLiteral("stale"));
    QCOMPARE(dated(now.addSecs(295)).status, 200);
    r = dated(now.addSecs(305));
    QCOMPARE(r.status, 400);
    QCOMPARE(reasonOf(r), QStringLiteral("future"));
    r = dated(now.addDays(-3));
    QCOMPARE(reasonOf(r), QStringLiteral("stale"));

    QCOMPARE(timed.counts().notifications, 2);
    const Model::ListenerCounts c = timed.listener()->metrics().snapshot();
    QCOMPARE(c.rejected.value(QStringLiteral("stale")), 2);
    QCOMPARE(c.rejected.value(QStringLiteral("future")), 1);
    const HttpResponse metrics = httpGet(timed.endpoint(QStringLiteral("/metrics")));
    QVERIFY2(metrics.body.contains("bouncedesk_sns_rejected_total{reason=\"stale\"} 2\n"), metrics.body.constData());
    QVERIFY2(metrics.body.contains("bouncedesk_sns_rejected_total{reason=\"future\"} 1\n"), metrics.body.constData());
}

void TestListenerRejects::replayWindowCanBeTurnedOff()
{
    ListenerHarness untimed;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.replayWindowSeconds = 0;
    QString error;
    QVERIFY2(untimed.start(settings, &error), qPrintable(error));
    for (const int days : {-3, 2}) {
        QJsonObject fields = ListenerHarness::notification(QStringLiteral("%1 days").arg(days));
        fields.insert(QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODateWithMs));
        const HttpResponse r = untimed.post(untimed.sign(fields));
        QVERIFY2(r.status == 200, r.body.constData());
    }
    QCOMPARE(untimed.counts().notifications, 2);
}

namespace {
QStringList g_logged;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (QByteArrayView(context.category).startsWith("bouncedesk."))
        g_logged << message;
    g_previous(type, context, message);
}
} // namespace

void TestListenerRejects::requestTextIsEscapedInLogs()
{
    g_logged.clear();
    g_previous = qInstallMessageHandler(collect);
    // A header value with an escape sequence (it would recolour or rewrite a terminal's log view).
    const HttpResponse r = h->post(genuine(), "Notification\x1b[2K\x1b[1Gall fine");
    qInstallMessageHandler(g_previous);
    QCOMPARE(r.status, 400);
    QCOMPARE(reasonOf(r), QStringLiteral("type-mismatch"));
    const QString joined = g_logged.join(u'|');
    QVERIFY2(joined.contains(u"Notification\\u{1b}[2K"), qPrintable(joined));
    for (const QString &line : std::as_const(g_logged)) {
        for (const QChar c : line)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(QString(line).toHtmlEscaped()));
    }
}

QTEST_GUILESS_MAIN(TestListenerRejects)
#include "tst_listener_rejects.moc"
