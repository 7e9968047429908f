// Fuzz target: Sns::Envelope::parse on a raw POST body, then everything the listener derives from an accepted one.
#include "FuzzCheck.h"

#include "sns/CertUrlPolicy.h"
#include "sns/Envelope.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>
#include <utility>

using namespace Bouncedesk::Model;
using namespace Bouncedesk::Fuzz;

namespace {

// The fields after Message, in AWS's order, as stringToSign() must have written them.
QList<std::pair<QByteArray, QString>> signedFieldsAfterMessage(const Sns::Envelope &e)
{
    using Type = Sns::Envelope::Type;
    QList<std::pair<QByteArray, QString>> fields{{"MessageId", e.messageId}};
    if (e.type == Type::Notification) {
        if (e.subject)
            fields.append({"Subject", *e.subject});
        fields.append({{"Timestamp", e.timestamp}, {"TopicArn", e.topicArn}, {"Type", e.typeName}});
    } else {
        fields.append({{"SubscribeURL", e.subscribeUrl},
                       {"Timestamp", e.timestamp},
                       {"Token", e.token},
                       {"TopicArn", e.topicArn},
                       {"Type", e.typeName}});
    }
    return fields;
}

void checkStringToSign(const Sns::Envelope &e)
{
    const QByteArray signedText = e.stringToSign();
    const QByteArray head = "Message\n" + e.message + '\n';
    FUZZ_CHECK(signedText.startsWith(head), "the string to sign starts with the Message");
    // After the Message, splitting at line breaks must give back exactly the name/value pairs: a value
    // with a line break in it would let the same signed bytes be read as other fields.
    const QList<QByteArray> lines = signedText.mid(head.size()).split('\n');
    const auto fields = signedFieldsAfterMessage(e);
    FUZZ_CHECK(lines.size() == 2 * fields.size() + 1 && lines.last().isEmpty(),
               "no signed field other than Message contains a line break");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        FUZZ_CHECK(lines[2 * i] == fields[i].first, "signed field names in AWS's order");
        FUZZ_CHECK(lines[2 * i + 1] == fields[i].second.toUtf8(), "signed field values as parsed");
        FUZZ_CHECK(!hasControlOrLineBreak(fields[i].second), "no control characters outside Message");
    }
}

// An independent reading of an accepted body: Qt's own JSON parser must see the same object and the
// same value in every field we took, so no field can mean one thing to the signature check and another
// to a reader of the stored body. (Refusing what Qt would accept is allowed: that fails closed.)
void checkSameAsQtJson(const QByteArray &body, const Sns::Envelope &e)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject(), "Qt's JSON parser accepts it too");
    const QJsonObject object = document.object();
    const auto same = [&object](const char *key, const QString &value) {
        return object.value(QLatin1StringView(key)).toString() == value;
    };
    FUZZ_CHECK(same("Type", e.typeName) && same("MessageId", e.messageId) && same("TopicArn", e.topicArn)
                   && same("Timestamp", e.timestamp) && same("SignatureVersion", e.signatureVersion)
                   && same("SigningCertURL", e.signingCertUrl),
               "the signed header fields read as Qt reads them");
    FUZZ_CHECK(object.value(u"Message").toString().toUtf8() == e.message, "the Message reads as Qt reads it");
    if (e.subject)
        FUZZ_CHECK(same("Subject", *e.subject), "the Subject reads as Qt reads it");
    else if (e.type == Sns::Envelope::Type::Notification)
        FUZZ_CHECK(object.value(u"Subject").isUndefined() || object.value(u"Subject").isNull(), "no Subject for Qt either");
    if (e.type != Sns::Envelope::Type::Notification)
        FUZZ_CHECK(same("SubscribeURL", e.subscribeUrl) && same("Token", e.token), "confirmation fields as Qt reads them");
}

void checkAccepted(const QByteArray &body, const Sns::Envelope &e)
{
    checkSameAsQtJson(body, e);
    FUZZ_CHECK(Sns::Envelope::typeFromString(e.typeName) == e.type, "Type text and enum agree");
    FUZZ_CHECK(!e.messageId.isEmpty(), "MessageId is not empty");
    FUZZ_CHECK(e.timestampUtc.isValid() && e.timestampUtc.timeSpec() == Qt::UTC, "Timestamp is a valid UTC time");
    FUZZ_CHECK(!e.signature.isEmpty(), "Signature decoded to some bytes");
    FUZZ_CHECK(!hasControlOrLineBreak(e.signingCertUrl) && !hasControlOrLineBreak(e.signatureVersion),
               "unsigned header fields are single-line too");
    if (e.type == Sns::Envelope::Type::Notification)
        FUZZ_CHECK(e.subscribeUrl.isEmpty() && e.token.isEmpty(), "a Notification has no confirmation fields");
    else
        FUZZ_CHECK(!e.subject.has_value(), "a confirmation has no Subject");

    const Result<Sns::TopicArn> topic = Sns::TopicArn::parse(e.topicArn);
    FUZZ_CHECK(topic.ok() && *topic == e.topic, "the envelope's topic is its TopicArn parsed");
    checkAcceptedTopic(e.topicArn, e.topic);

    checkStringToSign(e);

    const Result<Sns::Envelope> again = Sns::Envelope::parse(body);
    FUZZ_CHECK(again.ok() && again->stringToSign() == e.stringToSign(), "parsing is deterministic");

    const Result<void> certUrl = Sns::checkSigningCertUrl(e.signingCertUrl, e.topic);
    if (certUrl) {
        checkAcceptedCertUrl(e.signingCertUrl, e.topic);
        FUZZ_CHECK(Sns::sameSnsHost(e.signingCertUrl, e.topic), "an accepted SigningCertURL is on the SNS host");
    } else {
        FUZZ_CHECK(certUrl.error().code == u"cert-url", "cert URL errors have code cert-url");
    }

    const Result<QUrl> confirm = Sns::subscribeUrlFor(e);
    if (e.type != Sns::Envelope::Type::SubscriptionConfirmation) {
        FUZZ_CHECK(!confirm && confirm.error().code == u"type", "only a SubscriptionConfirmation is confirmed");
    } else if (confirm) {
        // The URL we would GET is built from the verified topic, never from the envelope's SubscribeURL.
        FUZZ_CHECK(confirm->isValid() && confirm->scheme() == u"https", "confirmation URL is https");
        FUZZ_CHECK(confirm->host() == e.topic.snsHost() && confirm->port() == -1 && confirm->userInfo().isEmpty(),
                   "confirmation URL is on the topic's SNS host");
        const QUrlQuery query(*confirm);
        FUZZ_CHECK(query.queryItemValue(QStringLiteral("Action")) == u"ConfirmSubscription", "confirmation action");
        FUZZ_CHECK(query.queryItemValue(QStringLiteral("TopicArn")) == e.topicArn, "confirmation names the topic");
        FUZZ_CHECK(query.queryItemValue(QStringLiteral("Token")) == e.token, "confirmation carries the token");
    } else {
        FUZZ_CHECK(confirm.error().code == u"field", "a bad token is code field");
    }
    static_cast<void>(Sns::sameSnsHost(e.subscribeUrl, e.topic));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<Sns::Envelope> parsed = Sns::Envelope::parse(body);
    if (!parsed) {
        const Error &error = parsed.error();
        FUZZ_CHECK(error.kind == Error::Kind::Invalid, "a bad body is the sender's error");
        static const QStringList codes{QStringLiteral("encoding"), QStringLiteral("json"),
                                       QStringLiteral("raw-delivery"), QStringLiteral("field"),
                                       QStringLiteral("field-control"), QStringLiteral("type"),
                                       QStringLiteral("signature"), QStringLiteral("topic-arn")};
        FUZZ_CHECK(codes.contains(error.code), "a documented error code");
        FUZZ_CHECK(!error.message.isEmpty(), "an error says what is wrong");
        return 0;
    }
    checkAccepted(body, *parsed);
    return 0;
}
