// Parsing of SNS HTTP(S) delivery envelopes and the AWS string to sign.
#include "sns/Envelope.h"

#include "core/JsonReader.h"
#include "core/Time.h"

#include <algorithm>
#include <iterator>

namespace Bouncedesk::Model::Sns {

namespace {

Error fieldError(const QString &why)
{
    return Error::invalid(QStringLiteral("invalid SNS envelope: %1").arg(why), QStringLiteral("field"));
}

// The keys the parser looks at; any other key is ignored.
enum Key { TypeKey, MessageIdKey, TopicArnKey, MessageKey, TimestampKey, SignatureVersionKey, SigningCertUrlKey,
           SignatureKey, SubjectKey, UnsubscribeUrlKey, SubscribeUrlKey, TokenKey, NotificationTypeKey, EventTypeKey,
           KeyCount };

constexpr std::string_view KeyNames[KeyCount] = {"Type", "MessageId", "TopicArn", "Message", "Timestamp",
    "SignatureVersion", "SigningCertURL", "Signature", "Subject", "UnsubscribeURL", "SubscribeURL", "Token",
    "notificationType", "eventType"};

QString nameOf(Key key)
{
    return Json::text(KeyNames[key]);
}

// The top-level fields of the body, each found once. A signed field given twice is refused: a reader
// that took the other copy would act on bytes that were not the ones verified.
struct Fields {
    simdjson::dom::element value[KeyCount];
    bool present[KeyCount] = {};

    std::optional<Error> read(simdjson::dom::object object)
    {
        for (const auto field : object) {
            const auto *found = std::find(std::begin(KeyNames), std::end(KeyNames), field.key);
            if (found == std::end(KeyNames))
                continue;
            const auto key = Key(found - std::begin(KeyNames));
            if (present[key] && key != NotificationTypeKey && key != EventTypeKey)
                return fieldError(QStringLiteral("the field %1 appears more than once").arg(nameOf(key)));
            present[key] = true;
            value[key] = field.value;
        }
        return std::nullopt;
    }

    // A required string: a missing key, null or another JSON type is an error.
    Result<std::string_view> required(Key key) const
    {
        if (!present[key])
            return fieldError(QStringLiteral("the field %1 is missing").arg(nameOf(key)));
        std::string_view text;
        if (value[key].get_string().get(text))
            return fieldError(QStringLiteral("the field %1 must be a string").arg(nameOf(key)));
        return text;
    }

    // An optional string: absent or null gives nullopt, another type is an error.
    Result<std::optional<std::string_view>> optional(Key key) const
    {
        if (!present[key] || value[key].is_null())
            return std::optional<std::string_view>();
        std::string_view text;
        if (value[key].get_string().get(text))
            return fieldError(QStringLiteral("the field %1 must be a string").arg(nameOf(key)));
        return std::optional<std::string_view>(text);
    }
};

// Signed fields other than Message must be single-line: the string to sign joins fields with "\n",
// so a line break in one value could re-split the same signed bytes into other fields (for example
// a Subject folded into the MessageId, which then escapes de-duplication).
std::optional<Error> checkSingleLine(Key key, std::string_view value)
{
    if (!Json::hasControlCharacter(value))
        return std::nullopt;
    return Error::invalid(QStringLiteral("invalid SNS envelope: the field %1 contains a line break or another control "
                                         "character")
                              .arg(nameOf(key)),
                          QStringLiteral("field-control"));
}

Result<QDateTime> parseTimestamp(std::string_view text)
{
    if (const std::optional<QDateTime> at = Time::parseAwsUtc(text))
        return *at;
    return fieldError(QStringLiteral("Timestamp \"%1\" is not an ISO-8601 UTC time").arg(Json::text(text.substr(0, 40))));
}

void append(QByteArray &out, QLatin1StringView name, QByteArrayView value)
{
    out += QByteArrayView(name.data(), name.size());
    out += '\n';
    out += value;
    out += '\n';
}

void append(QByteArray &out, QLatin1StringView name, const QString &value)
{
    append(out, name, QByteArrayView(value.toUtf8()));
}

} // namespace

QString Envelope::typeToString(Type type)
{
    switch (type) {
    case Type::Notification:
        return QStringLiteral("Notification");
    case Type::SubscriptionConfirmation:
        return QStringLiteral("SubscriptionConfirmation");
    case Type::UnsubscribeConfirmation:
        return QStringLiteral("UnsubscribeConfirmation");
    }
    return {};
}

std::optional<Envelope::Type> Envelope::typeFromString(const QString &name)
{
    // Exact, case-sensitive: a misspelt type must never fall through to another one.
    for (const Type type : {Type::Notification, Type::SubscriptionConfirmation, Type::UnsubscribeConfirmation}) {
        if (name == typeToString(type))
            return type;
    }
    return std::nullopt;
}

Result<Envelope> Envelope::parse(const QByteArray &body)
{
    simdjson::dom::element root;
    if (const auto error = Json::parse(body, MaxJsonDepth).get(root)) {
        if (error == simdjson::UTF8_ERROR)
            return Error::invalid(QStringLiteral("the SNS request body is not valid UTF-8"), QStringLiteral("encoding"));
        if (error == simdjson::DEPTH_ERROR || !Json::nestingWithin(body, MaxJsonDepth))
            return Error::invalid(
                QStringLiteral("the SNS request body nests JSON deeper than %1 levels").arg(MaxJsonDepth),
                QStringLiteral("json"));
        return Error::invalid(QStringLiteral("the SNS request body is not JSON (%1)").arg(Json::errorText(error)),
                              QStringLiteral("json"));
    }
    simdjson::dom::object object;
    if (root.get_object().get(object))
        return Error::invalid(QStringLiteral("the SNS request body is not a JSON object"), QStringLiteral("json"));
    Fields fields;
    if (auto error = fields.read(object))
        return *error;

    if (!fields.present[TypeKey] && (fields.present[NotificationTypeKey] || fields.present[EventTypeKey]))
        return Error::invalid(QStringLiteral("received a bare SES notification without an SNS envelope: raw message "
                                             "delivery is enabled on the SNS subscription; turn it off so that "
                                             "messages arrive signed"),
                              QStringLiteral("raw-delivery"));

    const auto take = [&fields](Key key) -> Result<std::string_view> {
        Result<std::string_view> value = fields.required(key);
        if (!value)
            return value;
        if (key != MessageKey) {
            if (auto error = checkSingleLine(key, *value))
                return *error;
        }
        return value;
    };

    Envelope envelope;
    Result<std::string_view> typeName = take(TypeKey);
    if (!typeName)
        return typeName.error();
    envelope.typeName = Json::text(*typeName);
    const std::optional<Type> type = typeFromString(envelope.typeName);
    if (!type)
        return Error::invalid(QStringLiteral("unknown SNS message Type \"%1\"").arg(envelope.typeName.left(60)),
                              QStringLiteral("type"));
    envelope.type = *type;

    std::string_view text[KeyCount];
    for (const Key key : {MessageIdKey, TopicArnKey, MessageKey, TimestampKey, SignatureVersionKey, SigningCertUrlKey,
                          SignatureKey}) {
        Result<std::string_view> value = take(key);
        if (!value)
            return value.error();
        text[key] = *value;
    }
    envelope.messageId = Json::text(text[MessageIdKey]);
    envelope.topicArn = Json::text(text[TopicArnKey]);
    envelope.message = Json::bytes(text[MessageKey]).toByteArray();
    envelope.timestamp = Json::text(text[TimestampKey]);
    envelope.signatureVersion = Json::text(text[SignatureVersionKey]);
    envelope.signingCertUrl = Json::text(text[SigningCertUrlKey]);

    if (envelope.type == Type::Notification) {
        Result<std::optional<std::string_view>> subject = fields.optional(SubjectKey);
        if (!subject)
            return subject.error();
        if (*subject) {
            if (auto error = checkSingleLine(SubjectKey, **subject))
                return *error;
            envelope.subject = Json::text(**subject);
        }
        Result<std::optional<std::string_view>> unsubscribe = fields.optional(UnsubscribeUrlKey);
        if (!unsubscribe)
            return unsubscribe.error();
        if (*unsubscribe)
            envelope.unsubscribeUrl = Json::text(**unsubscribe);
    } else {
        for (const auto &[key, into] :
             {std::pair{SubscribeUrlKey, &envelope.subscribeUrl}, std::pair{TokenKey, &envelope.token}}) {
            Result<std::string_view> value = take(key);
            if (!value)
                return value.error();
            *into = Json::text(*value);
        }
    }

    if (envelope.messageId.isEmpty())
        return fieldError(QStringLiteral("MessageId is empty"));

    Result<QDateTime> when = parseTimestamp(text[TimestampKey]);
    if (!when)
        return when.error();
    envelope.timestampUtc = *when;

    // The strict decoder refuses anything outside the base64 alphabet, non-ASCII bytes included.
    const auto decoded = QByteArray::fromBase64Encoding(Json::bytes(text[SignatureKey]).toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error::invalid(QStringLiteral("the SNS Signature is not valid base64"), QStringLiteral("signature"));
    envelope.signature = decoded.decoded;

    Result<TopicArn> topic = TopicArn::parse(envelope.topicArn);
    if (!topic)
        return topic.error();
    envelope.topic = std::move(topic).value();
    return envelope;
}

QByteArray Envelope::stringToSign() const
{
    // https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html
    QByteArray out;
    out.reserve(message.size() + 512);
    append(out, QLatin1StringView("Message"), QByteArrayView(message));
    append(out, QLatin1StringView("MessageId"), messageId);
    if (type == Type::Notification) {
        if (subject)
            append(out, QLatin1StringView("Subject"), *subject);
        append(out, QLatin1StringView("Timestamp"), timestamp);
        append(out, QLatin1StringView("TopicArn"), topicArn);
        append(out, QLatin1StringView("Type"), typeName);
    } else {
        append(out, QLatin1StringView("SubscribeURL"), subscribeUrl);
        append(out, QLatin1StringView("Timestamp"), timestamp);
        append(out, QLatin1StringView("Token"), token);
        append(out, QLatin1StringView("TopicArn"), topicArn);
        append(out, QLatin1StringView("Type"), typeName);
    }
    return out;
}

} // namespace Bouncedesk::Model::Sns
