// Tests of SES notification parsing: AWS-documented samples and real messages, field by field.
#include "SesSamples.h"
#include "TestSesParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Bouncedesk::Model::Ses;
using namespace SesSamples;

namespace {
// The event's own object as it is stored (compact JSON), read back.
QJsonObject detailOf(const SesEvent &event)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(event.detail, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("detail is not a JSON object: %s", event.detail.constData());
    return document.object();
}

QStringList tagValues(const SesEvent &event, const QString &name)
{
    for (const MessageTag &tag : event.tags) {
        if (tag.name == name)
            return tag.values;
    }
    return {};
}
} // namespace

void TestSesParser::initTestCase()
{
    // Guards the loops below against silently testing nothing.
    QCOMPARE(sampleNames().size(), 19);
    for (const QString &name : sampleNames())
        QVERIFY2(!sampleObject(name).isEmpty(), qPrintable(name));
}

void TestSesParser::eventKindNames()
{
    const QList<std::pair<EventKind, QString>> expected = {
        {EventKind::Bounce, QStringLiteral("Bounce")},
        {EventKind::Complaint, QStringLiteral("Complaint")},
        {EventKind::Delivery, QStringLiteral("Delivery")},
        {EventKind::Send, QStringLiteral("Send")},
        {EventKind::Reject, QStringLiteral("Reject")},
        {EventKind::DeliveryDelay, QStringLiteral("DeliveryDelay")},
        {EventKind::RenderingFailure, QStringLiteral("Rendering Failure")},
        {EventKind::Open, QStringLiteral("Open")},
        {EventKind::Click, QStringLiteral("Click")},
        {EventKind::Subscription, QStringLiteral("Subscription")},
        {EventKind::SubscriptionSucceeded, QStringLiteral("AmazonSnsSubscriptionSucceeded")},
    };
    for (const auto &[kind, name] : expected)
        QCOMPARE(eventKindName(kind), name);
}

void TestSesParser::sesTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime invalid;
    QTest::newRow("millis Z") << QStringLiteral("2016-01-27T14:59:38.237Z") << utc(2016, 1, 27, 14, 59, 38, 237);
    QTest::newRow("no millis") << QStringLiteral("2016-01-27T14:59:38Z") << utc(2016, 1, 27, 14, 59, 38);
    QTest::newRow("one digit") << QStringLiteral("2016-01-27T14:59:38.2Z") << utc(2016, 1, 27, 14, 59, 38, 200);
    QTest::newRow("micros") << QStringLiteral("2016-01-27T14:59:38.123456Z") << utc(2016, 1, 27, 14, 59, 38, 123);
    QTest::newRow("no seconds") << QStringLiteral("2016-01-27T14:59Z") << utc(2016, 1, 27, 14, 59, 0);
    QTest::newRow("negative offset")
        << QStringLiteral("2012-05-25T14:59:38.623-07:00") << utc(2012, 5, 25, 21, 59, 38, 623);
    QTest::newRow("offset no colon") << QStringLiteral("2020-06-01T23:30:00+0200") << utc(2020, 6, 1, 21, 30, 0);
    QTest::newRow("offset across year")
        << QStringLiteral("2016-01-01T01:00:00+02:00") << utc(2015, 12, 31, 23, 0, 0);
    QTest::newRow("no zone is UTC") << QStringLiteral("2016-01-27T14:59:38") << utc(2016, 1, 27, 14, 59, 38);
    QTest::newRow("space, lower z") << QStringLiteral("2016-01-27 14:59:38z") << utc(2016, 1, 27, 14, 59, 38);
    QTest::newRow("padded") << QStringLiteral(" 2016-01-27T14:59:38.237Z\n") << utc(2016, 1, 27, 14, 59, 38, 237);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59Z") << utc(2024, 2, 29, 23, 59, 59);
    QTest::newRow("Feb 30") << QStringLiteral("2016-02-30T00:00:00Z") << invalid;
    QTest::newRow("hour 24") << QStringLiteral("2016-01-27T24:00:00Z") << invalid;
    QTest::newRow("offset 25h") << QStringLiteral("2016-01-27T10:00:00+25:00") << invalid;
    QTest::newRow("date only") << QStringLiteral("2016-01-27") << invalid;
    QTest::newRow("trailing text") << QStringLiteral("2016-01-27T14:59:38Z tomorrow") << invalid;
    QTest::newRow("empty") << QString() << invalid;
    QTest::newRow("words") << QStringLiteral("yesterday") << invalid;
    QTest::newRow("RFC 2822") << QStringLiteral("Wed, 27 Jan 2016 14:05:45 +0000") << invalid;
}

void TestSesParser::sesTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseSesTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestSesParser::classicBouncePermanentGeneral()
{
    PARSE_SES(event, sample(QStringLiteral("classic-bounce-permanent-general")));
    QCOMPARE(event.kind, EventKind::Bounce);
    QVERIFY(!event.eventPublishing);
    QCOMPARE(event.sesMessageId, QStringLiteral("00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000"));
    QCOMPARE(event.source, QStringLiteral("\"John Doe\" <john@example.com>"));
    QCOMPARE(event.sourceArn, QStringLiteral("arn:aws:ses:us-east-1:888888888888:identity/example.com"));
    QCOMPARE(event.sendingAccountId, QStringLiteral("123456789012"));
    QCOMPARE(event.mailTimestamp, utc(2016, 1, 27, 14, 59, 38, 237));
    QCOMPARE(event.destination,
             QStringList({QStringLiteral("jane@example.com"), QStringLiteral("mary@example.com"),
                          QStringLiteral("richard@example.com")}));
    QVERIFY(event.tags.isEmpty());
    QCOMPARE(event.eventTimestamp, utc(2016, 1, 27, 14, 59, 38, 237));
    QCOMPARE(event.bounceType, QStringLiteral("Permanent"));
    QCOMPARE(event.bounceSubType, QStringLiteral("General"));
    QCOMPARE(event.feedbackId, QStringLiteral("00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa068a-000000"));
    QCOMPARE(event.reportingMta, QStringLiteral("dns; email.example.com"));
    QCOMPARE(event.remoteMtaIp, QStringLiteral("127.0.2.0"));
    // Only the bounced recipients, not every destination.
    QCOMPARE(event.recipients.size(), 2);
    QCOMPARE(event.recipients.at(0).email, QStringLiteral("jane@example.com"));
    QCOMPARE(event.recipients.at(0).action, QStringLiteral("failed"));
    QCOMPARE(event.recipients.at(0).status, QStringLiteral("5.1.1"));
    QCOMPARE(event.recipients.at(0).diagnosticCode, QStringLiteral("smtp; 550 5.1.1 <jane@example.com>... User"));
    QCOMPARE(event.recipients.at(1).email, QStringLiteral("richard@example.com"));
    QCOMPARE(event.recipients.at(1).diagnosticCode,
             QStringLiteral("smtp; 550 5.1.1 <richard@example.com>... User unknown"));
    QVERIFY(event.detail.isEmpty()); // a bounce is kept in its typed fields
    QVERIFY(event.complaintFeedbackType.isEmpty());
    QCOMPARE(event.processingTimeMillis, -1);
}

void TestSesParser::classicBounceSubTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("bounceType");
    QTest::addColumn<QString>("bounceSubType");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("diagnosticPrefix");
    QTest::newRow("transient mailbox full")
        << QStringLiteral("classic-bounce-transient-mailboxfull") << QStringLiteral("Transient")
        << QStringLiteral("MailboxFull") << QStringLiteral("ooto@simulator.amazonses.com") << QStringLiteral("4.2.2")
        << QStringLiteral("smtp; 552 4.2.2 Mailbox full");
    QTest::newRow("account suppression list")
        << QStringLiteral("classic-bounce-permanent-suppressionlist") << QStringLiteral("Permanent")
        << QStringLiteral("OnAccountSuppressionList") << QStringLiteral("suppressionlist@simulator.amazonses.com")
        << QStringLiteral("5.1.1") << QStringLiteral("Amazon SES did not send the message");
    QTest::newRow("undetermined") << QStringLiteral("classic-bounce-undetermined") << QStringLiteral("Undetermined")
                                  << QStringLiteral("Undetermined") << QStringLiteral("someone@example.org")
                                  << QString() << QString();
    QTest::newRow("unknown sub-type kept")
        << QStringLiteral("classic-bounce-unknown-subtype") << QStringLiteral("Permanent")
        << QStringLiteral("QuantumEntangled") << QStringLiteral("pat@example.net") << QStringLiteral("5.7.1")
        << QStringLiteral("smtp; 550 5.7.1");
}

void TestSesParser::classicBounceSubTypes()
{
    QFETCH(QString, name);
    QFETCH(QString, bounceType);
    QFETCH(QString, bounceSubType);
    QFETCH(QString, email);
    QFETCH(QString, status);
    QFETCH(QString, diagnosticPrefix);
    PARSE_SES(event, sample(name));
    QCOMPARE(event.kind, EventKind::Bounce);
    QCOMPARE(event.bounceType, bounceType);
    QCOMPARE(event.bounceSubType, bounceSubType);
    QVERIFY(!event.recipients.isEmpty());
    QCOMPARE(event.recipients.first().email, email);
    QCOMPARE(event.recipients.first().status, status);
    QVERIFY2(event.recipients.first().diagnosticCode.startsWith(diagnosticPrefix),
             qPrintable(event.recipients.first().diagnosticCode));
    QVERIFY(event.eventTimestamp.isValid());
    QVERIFY(event.eventTimestamp != event.mailTimestamp); // the bounce's own time, not the send time
}

void TestSesParser::unknownFieldsAndDisplayNames()
{
    PARSE_SES(event, sample(QStringLiteral("classic-bounce-unknown-subtype")));
    // "Pat Example <pat@example.net>" and "  lee@example.net\t" in bouncedRecipients.
    QCOMPARE(emailsOf(event), QStringList({QStringLiteral("pat@example.net"), QStringLiteral("lee@example.net")}));
    QCOMPARE(event.recipients.at(1).diagnosticCode, QString());
    QCOMPARE(event.eventTimestamp, utc(2024, 2, 29, 23, 59, 59));
    QCOMPARE(event.bounceSubType, QStringLiteral("QuantumEntangled")); // unknown sub-type and fields tolerated
}

void TestSesParser::classicComplaintAbuse()
{
    PARSE_SES(event, sample(QStringLiteral("classic-complaint-abuse")));
    QCOMPARE(event.kind, EventKind::Complaint);
    QVERIFY(!event.eventPublishing);
    QCOMPARE(emailsOf(event), QStringList(QStringLiteral("richard@example.com")));
    QCOMPARE(event.destination.size(), 3);
    QCOMPARE(event.complaintFeedbackType, QStringLiteral("abuse"));
    QCOMPARE(event.complaintSubType, QString()); // JSON null
    QCOMPARE(event.userAgent, QStringLiteral("AnyCompany Feedback Loop (V0.01)"));
    QCOMPARE(event.arrivalDate, utc(2016, 1, 27, 14, 59, 38, 237));
    QCOMPARE(event.eventTimestamp, utc(2016, 1, 27, 14, 59, 38, 237));
    QCOMPARE(event.feedbackId, QStringLiteral("000001378603177f-18c07c78-fa81-4a58-9dd1-fedc3cb8f49a-000000"));
    QVERIFY(event.bounceType.isEmpty());
}

void TestSesParser::complaintOnSuppressionList()
{
    PARSE_SES(event, sample(QStringLiteral("classic-complaint-suppressionlist")));
    QCOMPARE(event.kind, EventKind::Complaint);
    QCOMPARE(event.complaintSubType, QStringLiteral("OnAccountSuppressionList"));
    QCOMPARE(event.complaintFeedbackType, QString()); // absent
    QCOMPARE(event.userAgent, QString());
    QVERIFY(event.arrivalDate.isNull());
    QCOMPARE(emailsOf(event), QStringList(QStringLiteral("recipient@example.com")));
    QCOMPARE(event.eventTimestamp, utc(2021, 11, 3, 12, 0, 0));
}

void TestSesParser::classicDelivery()
{
    PARSE_SES(event, sample(QStringLiteral("classic-delivery")));
    QCOMPARE(event.kind, EventKind::Delivery);
    QVERIFY(!event.eventPublishing);
    QCOMPARE(emailsOf(event),
             QStringList({QStringLiteral("jane@example.com"), QStringLiteral("success@simulator.amazonses.com")}));
    QCOMPARE(event.processingTimeMillis, 546);
    QCOMPARE(event.smtpResponse, QStringLiteral("250 ok:  Message 64111812 accepted"));
    QCOMPARE(event.reportingMta, QStringLiteral("a8-70.smtp-out.amazonses.com"));
    QCOMPARE(event.remoteMtaIp, QStringLiteral("127.0.2.0"));
    QCOMPARE(event.sesMessageId, QStringLiteral("0000014644fe5ef6-9a483358-9170-4cb4-a269-f5dcdf415321-000000"));
}

void TestSesParser::eventPublishingSamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kindName");
    QTest::addColumn<QDateTime>("eventTimestamp");
    QTest::addColumn<QDateTime>("mailTimestamp");
    QTest::newRow("Send") << QStringLiteral("event-send") << QStringLiteral("Send")
                          << utc(2017, 8, 5, 0, 40, 2, 12) << utc(2017, 8, 5, 0, 40, 2, 12);
    QTest::newRow("Reject") << QStringLiteral("event-reject") << QStringLiteral("Reject")
                            << utc(2017, 8, 5, 0, 40, 2, 12) << utc(2017, 8, 5, 0, 40, 2, 12);
    QTest::newRow("Bounce") << QStringLiteral("event-bounce") << QStringLiteral("Bounce")
                            << utc(2017, 8, 5, 0, 41, 2, 669) << utc(2017, 8, 5, 0, 40, 2, 12);
    QTest::newRow("Complaint") << QStringLiteral("event-complaint") << QStringLiteral("Complaint")
                               << utc(2017, 8, 5, 0, 41, 2, 669) << utc(2017, 8, 5, 0, 40, 2, 12);
    QTest::newRow("Delivery") << QStringLiteral("event-delivery") << QStringLiteral("Delivery")
                              << utc(2016, 10, 19, 23, 21, 4, 133) << utc(2016, 10, 19, 23, 20, 52, 240);
    QTest::newRow("DeliveryDelay") << QStringLiteral("event-deliverydelay") << QStringLiteral("DeliveryDelay")
                                   << utc(2020, 6, 16, 0, 25, 40, 95) << utc(2020, 6, 16, 0, 15, 40, 641);
    QTest::newRow("Rendering Failure") << QStringLiteral("event-renderingfailure")
                                       << QStringLiteral("Rendering Failure") << utc(2018, 1, 22, 18, 43, 6, 197)
                                       << utc(2018, 1, 22, 18, 43, 6, 197);
    QTest::newRow("Open") << QStringLiteral("event-open") << QStringLiteral("Open")
                          << utc(2017, 8, 9, 22, 0, 19, 652) << utc(2017, 8, 9, 21, 59, 49, 927);
    QTest::newRow("Click") << QStringLiteral("event-click") << QStringLiteral("Click")
                           << utc(2017, 8, 9, 23, 51, 25, 570) << utc(2017, 8, 9, 23, 50, 5, 795);
    QTest::newRow("Subscription") << QStringLiteral("event-subscription") << QStringLiteral("Subscription")
                                  << utc(2022, 1, 12, 1, 0, 17, 910) << utc(2022, 1, 12, 1, 0, 14, 340);
}

void TestSesParser::eventPublishingSamples()
{
    QFETCH(QString, name);
    QFETCH(QString, kindName);
    QFETCH(QDateTime, eventTimestamp);
    QFETCH(QDateTime, mailTimestamp);
    PARSE_SES(event, sample(name));
    QCOMPARE(eventKindName(event.kind), kindName);
    QVERIFY(event.eventPublishing);
    QCOMPARE(event.eventTimestamp, eventTimestamp);
    QCOMPARE(event.mailTimestamp, mailTimestamp);
    QCOMPARE(emailsOf(event), QStringList(QStringLiteral("recipient@example.com")));
    QCOMPARE(event.destination, QStringList(QStringLiteral("recipient@example.com")));
    QCOMPARE(event.source, QStringLiteral("Sender Name <sender@example.com>"));
    QCOMPARE(event.sendingAccountId, QStringLiteral("123456789012"));
    QVERIFY(!event.sesMessageId.isEmpty());
    QCOMPARE(tagValues(event, QStringLiteral("ses:configuration-set")), QStringList(QStringLiteral("ConfigSet")));
    QCOMPARE(tagValues(event, QStringLiteral("myCustomTag2")), QStringList(QStringLiteral("myCustomTagValue2")));
}

void TestSesParser::eventBounceAndComplaint()
{
    PARSE_SES(bounce, sample(QStringLiteral("event-bounce")));
    QCOMPARE(bounce.bounceType, QStringLiteral("Permanent"));
    QCOMPARE(bounce.bounceSubType, QStringLiteral("General"));
    QCOMPARE(bounce.reportingMta, QStringLiteral("dsn; mta.example.com"));
    QCOMPARE(bounce.recipients.first().diagnosticCode, QStringLiteral("smtp; 550 5.1.1 user unknown"));
    QCOMPARE(bounce.feedbackId, QStringLiteral("01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000000"));

    PARSE_SES(complaint, sample(QStringLiteral("event-complaint")));
    QCOMPARE(complaint.complaintFeedbackType, QStringLiteral("abuse"));
    QCOMPARE(complaint.complaintSubType, QString()); // absent
    QVERIFY(complaint.userAgent.startsWith(u"Mozilla/5.0"));
    QCOMPARE(complaint.arrivalDate, utc(2017, 8, 5, 0, 41, 2, 669));

    PARSE_SES(delivery, sample(QStringLiteral("event-delivery")));
    QCOMPARE(delivery.processingTimeMillis, 11893);
    QCOMPARE(delivery.smtpResponse, QStringLiteral("250 2.6.0 Message received"));
    QCOMPARE(delivery.reportingMta, QStringLiteral("mta.example.com"));
}

void TestSesParser::eventDeliveryDelay()
{
    PARSE_SES(event, sample(QStringLiteral("event-deliverydelay")));
    QCOMPARE(event.kind, EventKind::DeliveryDelay);
    QCOMPARE(event.delayType, QStringLiteral("TransientCommunicationFailure"));
    QCOMPARE(event.expirationTime, utc(2020, 6, 16, 0, 25, 40, 914));
    QCOMPARE(event.recipients.size(), 1);
    QCOMPARE(event.recipients.first().status, QStringLiteral("4.4.1"));
    QCOMPARE(event.recipients.first().diagnosticCode,
             QStringLiteral("smtp; 421 4.4.1 Unable to connect to remote host"));
}

void TestSesParser::eventDetailsKeptAsIs()
{
    PARSE_SES(reject, sample(QStringLiteral("event-reject")));
    QCOMPARE(detailOf(reject), QJsonObject({{QStringLiteral("reason"), QStringLiteral("Bad content")}}));

    PARSE_SES(failure, sample(QStringLiteral("event-renderingfailure")));
    QCOMPARE(failure.kind, EventKind::RenderingFailure);
    QCOMPARE(detailOf(failure).value(u"templateName").toString(), QStringLiteral("MyTemplate"));
    QCOMPARE(detailOf(failure).value(u"errorMessage").toString(),
             QStringLiteral("Attribute 'attributeName' is not present in the rendering data."));

    PARSE_SES(open, sample(QStringLiteral("event-open")));
    QCOMPARE(detailOf(open).value(u"ipAddress").toString(), QStringLiteral("192.0.2.1"));
    QVERIFY(detailOf(open).value(u"userAgent").toString().contains(u"iPhone"));

    PARSE_SES(click, sample(QStringLiteral("event-click")));
    QCOMPARE(detailOf(click).value(u"link").toString(),
             QStringLiteral("http://docs.aws.amazon.com/ses/latest/DeveloperGuide/send-email-smtp.html"));
    QCOMPARE(detailOf(click).value(u"linkTags").toObject().value(u"samplekey1").toArray(),
             QJsonArray({QStringLiteral("samplevalue1")}));

    PARSE_SES(subscription, sample(QStringLiteral("event-subscription")));
    QCOMPARE(detailOf(subscription).value(u"contactList").toString(), QStringLiteral("ContactListName"));
    QCOMPARE(detailOf(subscription).value(u"newTopicPreferences").toObject().value(u"unsubscribeAll"), QJsonValue(true));

    PARSE_SES(send, sample(QStringLiteral("event-send")));
    QCOMPARE(send.kind, EventKind::Send);
    QVERIFY(detailOf(send).isEmpty()); // Send carries an empty object

    // The CamelCase spelling some senders use for Rendering Failure.
    PARSE_SES(camel, changed(QStringLiteral("event-renderingfailure"), [](QJsonObject &root) {
                  root.insert(QStringLiteral("eventType"), QStringLiteral("RenderingFailure"));
              }));
    QCOMPARE(camel.kind, EventKind::RenderingFailure);
}

void TestSesParser::subscriptionSucceeded()
{
    PARSE_SES(event, sample(QStringLiteral("subscription-succeeded")));
    QCOMPARE(event.kind, EventKind::SubscriptionSucceeded);
    QVERIFY(!event.eventPublishing);
    QVERIFY(event.recipients.isEmpty());
    QVERIFY(event.sesMessageId.isEmpty());
    QVERIFY(detailOf(event).value(u"message").toString().startsWith(u"You have successfully subscribed"));
}

void TestSesParser::eventTypeWinsOverNotificationType()
{
    PARSE_SES(both, changed(QStringLiteral("classic-delivery"), [](QJsonObject &root) {
                  root.insert(QStringLiteral("eventType"), QStringLiteral("Send"));
              }));
    QCOMPARE(both.kind, EventKind::Send);
    QVERIFY(both.eventPublishing);

    // An eventType that is not a string is ignored in favour of a usable notificationType.
    PARSE_SES(classic, changed(QStringLiteral("classic-delivery"), [](QJsonObject &root) {
                  root.insert(QStringLiteral("eventType"), QJsonValue::Null);
              }));
    QCOMPARE(classic.kind, EventKind::Delivery);
    QVERIFY(!classic.eventPublishing);
}

void TestSesParser::eventTimestampFallsBackToMail()
{
    PARSE_SES(absent, changed(QStringLiteral("classic-bounce-transient-mailboxfull"), [](QJsonObject &root) {
                  setInner(root, QStringLiteral("bounce"), QStringLiteral("timestamp"), QJsonValue::Undefined);
              }));
    QCOMPARE(absent.eventTimestamp, utc(2021, 9, 20, 10, 14, 59, 101));
    QCOMPARE(absent.eventTimestamp, absent.mailTimestamp);

    PARSE_SES(garbled, changed(QStringLiteral("event-open"), [](QJsonObject &root) {
                  setInner(root, QStringLiteral("open"), QStringLiteral("timestamp"), QStringLiteral("soon"));
              }));
    QCOMPARE(garbled.eventTimestamp, utc(2017, 8, 9, 21, 59, 49, 927));
}

void TestSesParser::processingTimeForms_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("number") << QJsonValue(546) << qint64(546);
    QTest::newRow("string (django-bouncy sample)") << QJsonValue(QStringLiteral("546")) << qint64(546);
    QTest::newRow("large") << QJsonValue(qint64(86'400'000'123)) << qint64(86'400'000'123);
    QTest::newRow("fraction") << QJsonValue(12.7) << qint64(12);
    QTest::newRow("negative") << QJsonValue(-5) << qint64(-1);
    QTest::newRow("word") << QJsonValue(QStringLiteral("fast")) << qint64(-1);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(-1);
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << qint64(-1);
}

void TestSesParser::processingTimeForms()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    PARSE_SES(event, changed(QStringLiteral("classic-delivery"), [&value](QJsonObject &root) {
                  setInner(root, QStringLiteral("delivery"), QStringLiteral("processingTimeMillis"), value);
              }));
    QCOMPARE(event.processingTimeMillis, expected);
}

void TestSesParser::recipientsWithoutAddressAreSkipped()
{
    const QJsonArray bounced = {
        QJsonObject({{QStringLiteral("status"), QStringLiteral("5.1.1")}}),
        QJsonObject({{QStringLiteral("emailAddress"), 5}}),
        QJsonObject({{QStringLiteral("emailAddress"), QJsonValue::Null}}),
        QJsonObject({{QStringLiteral("emailAddress"), QStringLiteral("   ")}}),
        42,
        QJsonValue::Null,
        QJsonObject({{QStringLiteral("emailAddress"), QStringLiteral(" ok@example.com ")},
                     {QStringLiteral("status"), QStringLiteral("5.0.0")}}),
    };
    PARSE_SES(bounce, changed(QStringLiteral("classic-bounce-permanent-general"), [&bounced](QJsonObject &root) {
                  setInner(root, QStringLiteral("bounce"), QStringLiteral("bouncedRecipients"), bounced);
              }));
    QCOMPARE(emailsOf(bounce), QStringList(QStringLiteral("ok@example.com")));
    QCOMPARE(bounce.recipients.first().status, QStringLiteral("5.0.0"));

    const QJsonArray delivered = {QJsonValue::Null, 7, QStringLiteral("Jane <jane@example.com>"), QJsonArray()};
    PARSE_SES(delivery, changed(QStringLiteral("classic-delivery"), [&delivered](QJsonObject &root) {
                  setInner(root, QStringLiteral("delivery"), QStringLiteral("recipients"), delivered);
              }));
    QCOMPARE(emailsOf(delivery), QStringList(QStringLiteral("jane@example.com")));

    // Whole-message events take their recipients from mail.destination, with the same rules.
    PARSE_SES(send, changed(QStringLiteral("event-send"), [](QJsonObject &root) {
                  setInner(root, QStringLiteral("mail"), QStringLiteral("destination"),
                           QJsonArray({QStringLiteral("a@example.com"), 3, QStringLiteral(""),
                                       QStringLiteral("B <b@example.com>")}));
              }));
    QCOMPARE(emailsOf(send), QStringList({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
}

void TestSesParser::realDjangoBouncyMessages_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("kindName");
    QTest::addColumn<QStringList>("emails");
    QTest::newRow("bounce") << QStringLiteral("django-bouncy-bounce_notification") << QStringLiteral("Bounce")
                            << QStringList(QStringLiteral("username@example.com"));
    QTest::newRow("complaint") << QStringLiteral("django-bouncy-complaint_notification")
                               << QStringLiteral("Complaint") << QStringList(QStringLiteral("recipient1@example.com"));
    QTest::newRow("delivery") << QStringLiteral("django-bouncy-delivery_notification") << QStringLiteral("Delivery")
                              << QStringList(QStringLiteral("success@simulator.amazonses.com"));
}

void TestSesParser::realDjangoBouncyMessages()
{
    QFETCH(QString, directory);
    QFETCH(QString, kindName);
    QFETCH(QStringList, emails);
    const QString message = envelopeMessage(directory);
    QVERIFY(!message.isEmpty());
    PARSE_SES(event, message);
    QCOMPARE(eventKindName(event.kind), kindName);
    QVERIFY(!event.eventPublishing);
    QCOMPARE(emailsOf(event), emails);
    QVERIFY(!event.sesMessageId.isEmpty());
    QVERIFY(event.mailTimestamp.isValid());

    if (event.kind == EventKind::Bounce) {
        QCOMPARE(event.bounceType, QStringLiteral("Permanent"));
        QCOMPARE(event.bounceSubType, QStringLiteral("General"));
        QCOMPARE(event.reportingMta, QStringLiteral("dns; email.example.com"));
        QCOMPARE(event.recipients.first().status, QStringLiteral("5.1.1"));
        QCOMPARE(event.recipients.first().action, QStringLiteral("failed"));
        QCOMPARE(event.eventTimestamp, utc(2012, 6, 19, 1, 7, 52));
    } else if (event.kind == EventKind::Complaint) {
        QCOMPARE(event.destination.size(), 4);
        QCOMPARE(event.complaintFeedbackType, QStringLiteral("abuse"));
        QCOMPARE(event.userAgent, QStringLiteral("Comcast Feedback Loop (V0.01)"));
        // Offsets are converted: -05:00 and -07:00 in the message.
        QCOMPARE(event.arrivalDate, utc(2009, 12, 3, 9, 24, 21));
        QCOMPARE(event.eventTimestamp, utc(2012, 5, 25, 21, 59, 38, 623));
    } else {
        QCOMPARE(event.processingTimeMillis, 546); // sent as the string "546"
        QCOMPARE(event.smtpResponse, QStringLiteral("250 ok:  Message 64111812 accepted"));
        QCOMPARE(event.sourceArn, QStringLiteral("arn:aws:ses:us-west-2:888888888888:identity/example.com"));
        QCOMPARE(event.sendingAccountId, QStringLiteral("123456789012"));
        QCOMPARE(event.eventTimestamp, utc(2014, 5, 28, 22, 41, 1, 184));
    }

    // The subscription confirmation's Message is prose, not SES.
    const ParseOutcome prose = parseSesMessage(envelopeMessage(QStringLiteral("django-bouncy-subscriptionconfirmation")));
    QVERIFY(prose.kind == ParseOutcome::Kind::NotSes);
}


QTEST_GUILESS_MAIN(TestSesParser)
