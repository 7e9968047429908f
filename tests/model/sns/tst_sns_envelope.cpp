// SNS envelope parsing: what is refused (and with which reason) and the exact string to sign.
#include "sns/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Bouncedesk::Model;
using namespace Bouncedesk::Model::Sns;

namespace {

const QString topicArn = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-feedback");
const QString certUrl = QStringLiteral("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem");

QJsonObject notification()
{
    return {
        {QStringLiteral("Type"), QStringLiteral("Notification")},
        {QStringLiteral("MessageId"), QStringLiteral("22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324")},
        {QStringLiteral("TopicArn"), topicArn},
        {QStringLiteral("Subject"), QStringLiteral("My First Message")},
        {QStringLiteral("Message"), QStringLiteral("Hello world!")},
        {QStringLiteral("Timestamp"), QStringLiteral("2012-05-02T00:54:06.655Z")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1")},
        {QStringLiteral("Signature"), QStringLiteral("EXAMPLEw6JRN/w==")},
        {QStringLiteral("SigningCertURL"), certUrl},
        {QStringLiteral("UnsubscribeURL"),
         QStringLiteral("https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=x")},
    };
}

QJsonObject confirmation(const QString &type)
{
    return {
        {QStringLiteral("Type"), type},
        {QStringLiteral("MessageId"), QStringLiteral("165545c9-2a5c-472c-8df2-7ff2be2b3b1b")},
        {QStringLiteral("Token"), QStringLiteral("2336412f37")},
        {QStringLiteral("TopicArn"), topicArn},
        {QStringLiteral("Message"), QStringLiteral("You have chosen to subscribe to the topic.")},
        {QStringLiteral("SubscribeURL"),
         QStringLiteral("https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=x&Token=2336412f37")},
        {QStringLiteral("Timestamp"), QStringLiteral("2012-04-26T20:45:04.751Z")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("2")},
        {QStringLiteral("Signature"), QStringLiteral("EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=")},
        {QStringLiteral("SigningCertURL"), certUrl},
    };
}

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

} // namespace

class TstSnsEnvelope : public QObject {
    Q_OBJECT

private slots:
    void parsesNotification();
    void parsesConfirmations();
    void refuses_data();
    void refuses();
    void deepNestingDoesNotCrash();
    void rawDeliveryIsExplained();
    void subjectHandling();
    void unknownKeysTolerated();
    void repeatedSignedKeysRefused();
    void onlyMessageMayHoldLineBreaks();
    void stringToSign_data();
    void stringToSign();
};

void TstSnsEnvelope::parsesNotification()
{
    const Result<Envelope> envelope = Envelope::parse(body(notification()));
    QVERIFY2(envelope.ok(), qPrintable(envelope.errorText()));
    QCOMPARE(envelope->type, Envelope::Type::Notification);
    QCOMPARE(envelope->typeName, QStringLiteral("Notification"));
    QCOMPARE(envelope->messageId, QStringLiteral("22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324"));
    QCOMPARE(envelope->message, QByteArray("Hello world!"));
    QCOMPARE(envelope->subject, std::optional<QString>(QStringLiteral("My First Message")));
    QCOMPARE(envelope->timestamp, QStringLiteral("2012-05-02T00:54:06.655Z"));
    QCOMPARE(envelope->timestampUtc, QDateTime(QDate(2012, 5, 2), QTime(0, 54, 6, 655), Qt::UTC));
    QCOMPARE(envelope->timestampUtc.timeSpec(), Qt::UTC);
    QCOMPARE(envelope->signatureVersion, QStringLiteral("1"));
    QCOMPARE(envelope->signature, QByteArray::fromBase64("EXAMPLEw6JRN/w=="));
    QCOMPARE(envelope->signingCertUrl, certUrl);
    QCOMPARE(envelope->topicArn, topicArn);
    QCOMPARE(envelope->topic.region, QStringLiteral("us-east-1"));
    QCOMPARE(envelope->topic.account, QStringLiteral("123456789012"));
    QCOMPARE(envelope->topic.name, QStringLiteral("ses-feedback"));
    QCOMPARE(envelope->topic.snsHost(), QStringLiteral("sns.us-east-1.amazonaws.com"));
    QVERIFY(envelope->unsubscribeUrl.startsWith(u"https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe"));
}

void TstSnsEnvelope::parsesConfirmations()
{
    for (const auto &[name, type] : {std::pair{QStringLiteral("SubscriptionConfirmation"), Envelope::Type::SubscriptionConfirmation},
                                     std::pair{QStringLiteral("UnsubscribeConfirmation"), Envelope::Type::UnsubscribeConfirmation}}) {
        const Result<Envelope> envelope = Envelope::parse(body(confirmation(name)));
        QVERIFY2(envelope.ok(), qPrintable(envelope.errorText()));
        QCOMPARE(envelope->type, type);
        QCOMPARE(envelope->token, QStringLiteral("2336412f37"));
        QVERIFY(envelope->subscribeUrl.contains(u"Action=ConfirmSubscription"));
        QVERIFY(!envelope->subject.has_value());
    }
}

void TstSnsEnvelope::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("json");
    QTest::newRow("malformed") << QByteArray(R"({"Type": "Notification",)") << QStringLiteral("json");
    QTest::newRow("trailing garbage") << QByteArray(body(notification()) + "}") << QStringLiteral("json");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("json");
    QTest::newRow("string") << QByteArray(R"("Notification")") << QStringLiteral("json");
    QTest::newRow("nested 65") << QByteArray(QByteArray(65, '[') + QByteArray(65, ']')) << QStringLiteral("json");
    QTest::newRow("latin-1 byte") << QByteArray(R"({"Type": "Notific)" "\xe9" R"(tion"})") << QStringLiteral("encoding");
    QTest::newRow("overlong slash") << QByteArray("{\"Message\": \"\xc0\xaf\"}") << QStringLiteral("encoding");
    QTest::newRow("utf-16 surrogate") << QByteArray("{\"Message\": \"\xed\xa0\x80\"}") << QStringLiteral("encoding");
    QTest::newRow("truncated sequence") << QByteArray("{\"Message\": \"\xe2\x82\"}") << QStringLiteral("encoding");

    const QStringList common = {QStringLiteral("Type"), QStringLiteral("MessageId"), QStringLiteral("TopicArn"),
                                QStringLiteral("Message"), QStringLiteral("Timestamp"), QStringLiteral("SignatureVersion"),
                                QStringLiteral("Signature"), QStringLiteral("SigningCertURL")};
    for (const QString &field : common) {
        QTest::addRow("Notification without %s", qPrintable(field)) << body(without(notification(), field)) << QStringLiteral("field");
        QTest::addRow("Notification with null %s", qPrintable(field))
            << body(with(notification(), field, QJsonValue::Null)) << QStringLiteral("field");
    }
    for (const QString &type : {QStringLiteral("SubscriptionConfirmation"), QStringLiteral("UnsubscribeConfirmation")}) {
        for (const QString &field : common + QStringList {QStringLiteral("SubscribeURL"), QStringLiteral("Token")}) {
            QTest::addRow("%s without %s", qPrintable(type), qPrintable(field))
                << body(without(confirmation(type), field)) << QStringLiteral("field");
        }
    }
    QTest::newRow("MessageId number") << body(with(notification(), QStringLiteral("MessageId"), 42)) << QStringLiteral("field");
    QTest::newRow("Message object") << body(with(notification(), QStringLiteral("Message"), QJsonObject {}))
                                    << QStringLiteral("field");
    QTest::newRow("Type array") << body(with(notification(), QStringLiteral("Type"), QJsonArray {QStringLiteral("Notification")}))
                                << QStringLiteral("field");
    QTest::newRow("Subject number") << body(with(notification(), QStringLiteral("Subject"), 1)) << QStringLiteral("field");
    QTest::newRow("Token bool") << body(with(confirmation(QStringLiteral("SubscriptionConfirmation")), QStringLiteral("Token"), true))
                                << QStringLiteral("field");
    QTest::newRow("empty MessageId") << body(with(notification(), QStringLiteral("MessageId"), QString())) << QStringLiteral("field");

    QTest::newRow("Type lower case") << body(with(notification(), QStringLiteral("Type"), QStringLiteral("notification")))
                                     << QStringLiteral("type");
    QTest::newRow("Type misspelt") << body(with(notification(), QStringLiteral("Type"), QStringLiteral("UnSubscribeConfirmation")))
                                   << QStringLiteral("type");
    QTest::newRow("Type unknown") << body(with(notification(), QStringLiteral("Type"), QStringLiteral("Bounce")))
                                  << QStringLiteral("type");

    QTest::newRow("Signature not base64") << body(with(notification(), QStringLiteral("Signature"), QStringLiteral("not base64!")))
                                          << QStringLiteral("signature");
    QTest::newRow("Signature empty") << body(with(notification(), QStringLiteral("Signature"), QString()))
                                     << QStringLiteral("signature");
    QTest::newRow("Signature non-ASCII") << body(with(notification(), QStringLiteral("Signature"), QStringLiteral("AAAA\u00e9AAA")))
                                         << QStringLiteral("signature");

    for (const QString &bad : {QStringLiteral("2012-05-02 00:54:06.655Z"), QStringLiteral("2012-05-02T00:54:06.655"),
                               QStringLiteral("2012-05-02T00:54:06.655+01:00"), QStringLiteral("2012-13-02T00:54:06.655Z"),
                               QStringLiteral("yesterday"), QString()}) {
        QTest::addRow("Timestamp %s", qPrintable(bad)) << body(with(notification(), QStringLiteral("Timestamp"), bad))
                                                       << QStringLiteral("field");
    }
    for (const QString &bad : {QStringLiteral("arn:aws:sns:us-east-1:123456789012"), QStringLiteral("arn:aws:sqs:us-east-1:123456789012:q"),
                               QStringLiteral("arn:aws:sns:us-east-1:12345:t"), QStringLiteral("arn:aws:sns:evil.example/x:123456789012:t"),
                               QStringLiteral("arn:aws:sns:us-east-1:123456789012:t:extra"), QStringLiteral("arn:aws-cn:sns:us-east-1:123456789012:t"),
                               QStringLiteral("arn:aws:sns:cn-north-1:123456789012:t"), QStringLiteral("arn:azure:sns:us-east-1:123456789012:t"),
                               QStringLiteral("arn:aws:sns:us-east-1:123456789012:a b")}) {
        QTest::addRow("TopicArn %s", qPrintable(bad)) << body(with(notification(), QStringLiteral("TopicArn"), bad))
                                                      << QStringLiteral("topic-arn");
    }
    // Every signed field but Message must be one line: otherwise the same signed bytes could be split
    // into other fields.
    const QList<std::pair<const char *, QString>> controls = {
        {"LF", QStringLiteral("\n")},          {"CR", QStringLiteral("\r")},         {"TAB", QStringLiteral("\t")},
        {"NUL", QString(QChar(u'\0'))},        {"DEL", QStringLiteral("\u007f")},    {"NEL", QStringLiteral("\u0085")},
        {"LINE SEPARATOR", QStringLiteral("\u2028")}, {"PARAGRAPH SEPARATOR", QStringLiteral("\u2029")}};
    for (const auto &[name, control] : controls) {
        for (const QString &field : {QStringLiteral("MessageId"), QStringLiteral("Subject"), QStringLiteral("Timestamp"),
                                     QStringLiteral("TopicArn"), QStringLiteral("Type"), QStringLiteral("SigningCertURL")}) {
            const QString value = notification().value(field).toString();
            QTest::addRow("Notification %s with %s", qPrintable(field), name)
                << body(with(notification(), field, QString(value.left(4) + control + value.mid(4)))) << QStringLiteral("field-control");
        }
        for (const QString &field : {QStringLiteral("Token"), QStringLiteral("SubscribeURL")}) {
            const QJsonObject c = confirmation(QStringLiteral("SubscriptionConfirmation"));
            const QString value = c.value(field).toString();
            QTest::addRow("SubscriptionConfirmation %s with %s", qPrintable(field), name)
                << body(with(c, field, QString(value + control))) << QStringLiteral("field-control");
        }
    }
    // The folded-Subject re-split: the same bytes to sign as the original, but a new MessageId.
    QJsonObject folded = without(notification(), QStringLiteral("Subject"));
    folded.insert(QStringLiteral("MessageId"), QString(notification().value(QStringLiteral("MessageId")).toString()
                                                       + QStringLiteral("\nSubject\nMy First Message")));
    QTest::newRow("Subject folded into MessageId") << body(folded) << QStringLiteral("field-control");

    QTest::newRow("SES bounce (raw delivery)") << QByteArray(R"({"notificationType":"Bounce","bounce":{"bounceType":"Permanent"},"mail":{}})")
                                               << QStringLiteral("raw-delivery");
    QTest::newRow("SES event (raw delivery)") << QByteArray(R"({"eventType":"Complaint","complaint":{},"mail":{}})")
                                              << QStringLiteral("raw-delivery");
}

void TstSnsEnvelope::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    const Result<Envelope> envelope = Envelope::parse(input);
    QVERIFY2(!envelope.ok(), "accepted a bad envelope");
    QCOMPARE(envelope.error().kind, Error::Kind::Invalid);
    QCOMPARE(envelope.error().code, code);
    QVERIFY(!envelope.errorText().isEmpty());
}

void TstSnsEnvelope::deepNestingDoesNotCrash()
{
    const QByteArray arrays = QByteArray(10000, '[') + QByteArray(10000, ']');
    Result<Envelope> envelope = Envelope::parse(arrays);
    QVERIFY(!envelope.ok());
    QCOMPARE(envelope.error().code, QStringLiteral("json"));

    QByteArray objects;
    for (int i = 0; i < 10000; ++i)
        objects += R"({"Message":)";
    objects += "1" + QByteArray(10000, '}');
    envelope = Envelope::parse(objects);
    QVERIFY(!envelope.ok());
    QCOMPARE(envelope.error().code, QStringLiteral("json"));

    // Brackets inside a string are text, not nesting: this one is refused for its content only.
    QJsonObject object = notification();
    object.insert(QStringLiteral("Message"), QString(10000, u'['));
    envelope = Envelope::parse(body(object));
    QVERIFY2(envelope.ok(), qPrintable(envelope.errorText()));
    QCOMPARE(envelope->message.size(), 10000);

    // MessageAttributes nests a couple of levels; that is fine.
    object.insert(QStringLiteral("MessageAttributes"),
                  QJsonObject {{QStringLiteral("a"), QJsonObject {{QStringLiteral("Type"), QStringLiteral("String")}}}});
    QVERIFY(Envelope::parse(body(object)).ok());
}

void TstSnsEnvelope::rawDeliveryIsExplained()
{
    const Result<Envelope> envelope = Envelope::parse(R"({"notificationType":"Complaint","complaint":{},"mail":{}})");
    QVERIFY(!envelope.ok());
    QVERIFY2(envelope.errorText().contains(u"raw message delivery"), qPrintable(envelope.errorText()));
    QVERIFY2(envelope.errorText().contains(u"turn it off"), qPrintable(envelope.errorText()));

    // An envelope whose Message is SES JSON is of course not raw delivery.
    QJsonObject object = notification();
    object.insert(QStringLiteral("Message"), QStringLiteral(R"({"notificationType":"Bounce"})"));
    QVERIFY(Envelope::parse(body(object)).ok());
}

void TstSnsEnvelope::subjectHandling()
{
    Result<Envelope> envelope = Envelope::parse(body(notification()));
    QVERIFY(envelope.ok());
    QVERIFY(envelope->stringToSign().contains("\nSubject\nMy First Message\n"));

    envelope = Envelope::parse(body(without(notification(), QStringLiteral("Subject"))));
    QVERIFY(envelope.ok());
    QVERIFY(!envelope->subject.has_value());
    QVERIFY(!envelope->stringToSign().contains("Subject"));

    envelope = Envelope::parse(body(with(notification(), QStringLiteral("Subject"), QJsonValue::Null)));
    QVERIFY(envelope.ok());
    QVERIFY(!envelope->subject.has_value());
    QVERIFY(!envelope->stringToSign().contains("Subject"));

    envelope = Envelope::parse(body(with(notification(), QStringLiteral("Subject"), QString())));
    QVERIFY(envelope.ok());
    QCOMPARE(envelope->subject, std::optional<QString>(QString()));
    QVERIFY(envelope->stringToSign().contains("\nSubject\n\nTimestamp\n"));

    // Subject on a confirmation is not part of what AWS signs.
    envelope = Envelope::parse(body(with(confirmation(QStringLiteral("SubscriptionConfirmation")), QStringLiteral("Subject"),
                                         QStringLiteral("x"))));
    QVERIFY(envelope.ok());
    QVERIFY(!envelope->subject.has_value());
    QVERIFY(!envelope->stringToSign().contains("Subject"));
}

void TstSnsEnvelope::unknownKeysTolerated()
{
    QJsonObject object = notification();
    object.insert(QStringLiteral("MessageAttributes"), QJsonObject {{QStringLiteral("k"), 1}});
    object.insert(QStringLiteral("SomethingNew"), QJsonArray {1, 2});
    const Result<Envelope> envelope = Envelope::parse(body(object));
    QVERIFY2(envelope.ok(), qPrintable(envelope.errorText()));
    QVERIFY(!envelope->stringToSign().contains("SomethingNew"));
}

void TstSnsEnvelope::repeatedSignedKeysRefused()
{
    // A second copy of a field the parser reads: one reader could verify the first and another store
    // the second, so it is refused outright, also when the key is spelt with an escape.
    const QByteArray valid = body(notification());
    QVERIFY(valid.startsWith('{'));
    for (const QByteArray &extra : {QByteArray(R"("TopicArn":"arn:aws:sns:us-east-1:123456789012:other",)"),
                                    QByteArray(R"("Mess\u0061ge":"forged",)"),
                                    QByteArray(R"("Type":"Notification",)")}) {
        const Result<Envelope> envelope = Envelope::parse(QByteArray(valid).insert(1, extra));
        QVERIFY2(!envelope.ok(), extra.constData());
        QCOMPARE(envelope.error().code, QStringLiteral("field"));
        QVERIFY2(envelope.errorText().contains(u"more than once"), qPrintable(envelope.errorText()));
    }
    // Keys it does not read may repeat (JSON allows it; SNS never sends them).
    const Result<Envelope> tolerated = Envelope::parse(QByteArray(valid).insert(1, R"("Extra":1,"Extra":2,)"));
    QVERIFY2(tolerated.ok(), qPrintable(tolerated.errorText()));
}

void TstSnsEnvelope::onlyMessageMayHoldLineBreaks()
{
    Result<Envelope> envelope = Envelope::parse(body(with(notification(), QStringLiteral("Message"),
                                                          QStringLiteral("line 1\r\nline 2\ttabbed\u2028"))));
    QVERIFY2(envelope.ok(), qPrintable(envelope.errorText()));
    QCOMPARE(QString::fromUtf8(envelope->message), QStringLiteral("line 1\r\nline 2\ttabbed\u2028"));

    envelope = Envelope::parse(body(with(notification(), QStringLiteral("Subject"), QStringLiteral("two\nlines"))));
    QVERIFY(!envelope.ok());
    QVERIFY2(envelope.errorText().contains(u"Subject"), qPrintable(envelope.errorText()));
    QVERIFY2(envelope.errorText().contains(u"control character"), qPrintable(envelope.errorText()));
}

void TstSnsEnvelope::stringToSign_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Notification with Subject") << body(notification())
                                               << QByteArray("Message\nHello world!\n"
                                                             "MessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\n"
                                                             "Subject\nMy First Message\n"
                                                             "Timestamp\n2012-05-02T00:54:06.655Z\n"
                                                             "TopicArn\narn:aws:sns:us-east-1:123456789012:ses-feedback\n"
                                                             "Type\nNotification\n");
    QTest::newRow("Notification without Subject") << body(without(notification(), QStringLiteral("Subject")))
                                                  << QByteArray("Message\nHello world!\n"
                                                                "MessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\n"
                                                                "Timestamp\n2012-05-02T00:54:06.655Z\n"
                                                                "TopicArn\narn:aws:sns:us-east-1:123456789012:ses-feedback\n"
                                                                "Type\nNotification\n");
    // Values are signed as decoded from JSON: escapes resolved, UTF-8 bytes.
    QTest::newRow("Notification with escapes")
        << QByteArray(body(without(notification(), QStringLiteral("Message"))).chopped(1)
                      + R"(,"Message":"line1\nl\u00e9ne \"2\"\/ \ud83d\ude00"})")
        << QByteArray("Message\nline1\nl\xc3\xa9ne \"2\"/ \xf0\x9f\x98\x80\n"
                      "MessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\n"
                      "Subject\nMy First Message\n"
                      "Timestamp\n2012-05-02T00:54:06.655Z\n"
                      "TopicArn\narn:aws:sns:us-east-1:123456789012:ses-feedback\n"
                      "Type\nNotification\n");
    QTest::newRow("SubscriptionConfirmation")
        << body(confirmation(QStringLiteral("SubscriptionConfirmation")))
        << QByteArray("Message\nYou have chosen to subscribe to the topic.\n"
                      "MessageId\n165545c9-2a5c-472c-8df2-7ff2be2b3b1b\n"
                      "SubscribeURL\nhttps://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=x&Token=2336412f37\n"
                      "Timestamp\n2012-04-26T20:45:04.751Z\n"
                      "Token\n2336412f37\n"
                      "TopicArn\narn:aws:sns:us-east-1:123456789012:ses-feedback\n"
                      "Type\nSubscriptionConfirmation\n");
    QTest::newRow("UnsubscribeConfirmation")
        << body(confirmation(QStringLiteral("UnsubscribeConfirmation")))
        << QByteArray("Message\nYou have chosen to subscribe to the topic.\n"
                      "MessageId\n165545c9-2a5c-472c-8df2-7ff2be2b3b1b\n"
                      "SubscribeURL\nhttps://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=x&Token=2336412f37\n"
                      "Timestamp\n2012-04-26T20:45:04.751Z\n"
                      "Token\n2336412f37\n"
                      "TopicArn\narn:aws:sns:us-east-1:123456789012:ses-feedback\n"
                      "Type\nUnsubscribeConfirmation\n");
}

void TstSnsEnvelope::stringToSign()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const Result<Envelope> envelope = Envelope::parse(input);
    QVERIFY2(envelope.ok(), qPrintable(envelope.errorText()));
    QCOMPARE(envelope->stringToSign(), expected);
}

QTEST_GUILESS_MAIN(TstSnsEnvelope)
#include "tst_sns_envelope.moc"
