// Parsing of SNS HTTP(S) delivery envelopes and the AWS string to sign.
#include "sns/Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Bouncedesk::Model::Sns {

namespace {

Error fieldError(const QString &why)
{
    return Error::invalid(QStringLiteral("invalid SNS envelope: %1").arg(why), QStringLiteral("field"));
}

// Deepest nesting of arrays/objects in a JSON text, stopping as soon as it exceeds limit. Counts
// outside strings only; the text need not be valid JSON (the parser judges that afterwards).
bool nestingWithin(const QByteArray &body, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > limit)
                return false;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return true;
}

// True if text has a C0/C1 control character, DEL or a Unicode line/paragraph separator.
bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

// Signed fields other than Message must be single-line: the string to sign joins fields with "\n",
// so a line break in one value could re-split the same signed bytes into other fields (for example
// a Subject folded into the MessageId, which then escapes de-duplication).
std::optional<Error> checkSingleLine(const QString &key, const QString &value)
{
    if (!hasControlCharacter(value))
        return std::nullopt;
    return Error::invalid(QStringLiteral("invalid SNS envelope: the field %1 contains a line break or another control "
                                         "character")
                              .arg(key),
                          QStringLiteral("field-control"));
}

// Reads a required string field; a missing key, null or another JSON type is an error.
Result<QString> requiredString(const QJsonObject &object, const QString &key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return fieldError(QStringLiteral("the field %1 is missing").arg(key));
    if (!it->isString())
        return fieldError(QStringLiteral("the field %1 must be a string").arg(key));
    return it->toString();
}

// Reads an optional string field: absent or null gives nullopt, another type is an error.
Result<std::optional<QString>> optionalString(const QJsonObject &object, const QString &key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd() || it->isNull())
        return std::optional<QString>();
    if (!it->isString())
        return fieldError(QStringLiteral("the field %1 must be a string").arg(key));
    return std::optional<QString>(it->toString());
}

Result<QDateTime> parseTimestamp(const QString &text)
{
    // AWS sends e.g. 2013-10-18T15:45:00.871Z; always UTC ("Z"), milliseconds optional here.
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z$"));
    if (!pattern.match(text).hasMatch())
        return fieldError(QStringLiteral("Timestamp \"%1\" is not an ISO-8601 UTC time").arg(text.left(40)));
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return fieldError(QStringLiteral("Timestamp \"%1\" is not a valid time").arg(text));
    return parsed.toUTC();
}

void append(QByteArray &out, QLatin1StringView name, const QString &value)
{
    out += QByteArrayView(name.data(), name.size());
    out += '\n';
    out += value.toUtf8();
    out += '\n';
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
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(body);
        if (decoder.hasError())
            return Error::invalid(QStringLiteral("the SNS request body is not valid UTF-8"), QStringLiteral("encoding"));
    }
    // QJsonDocument recurses per nesting level; refuse deep input before it sees it.
    if (!nestingWithin(body, MaxJsonDepth))
        return Error::invalid(QStringLiteral("the SNS request body nests JSON deeper than %1 levels").arg(MaxJsonDepth),
                              QStringLiteral("json"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("the SNS request body is not JSON (%1 at offset %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset),
                              QStringLiteral("json"));
    if (!document.isObject())
        return Error::invalid(QStringLiteral("the SNS request body is not a JSON object"), QStringLiteral("json"));
    const QJsonObject object = document.object();

    if (!object.contains(u"Type") && (object.contains(u"notificationType") || object.contains(u"eventType")))
        return Error::invalid(QStringLiteral("received a bare SES notification without an SNS envelope: raw message "
                                             "delivery is enabled on the SNS subscription; turn it off so that "
                                             "messages arrive signed"),
                              QStringLiteral("raw-delivery"));

    Envelope envelope;
    const auto take = [&object](const QString &key, QString &into) -> std::optional<Error> {
        Result<QString> value = requiredString(object, key);
        if (!value)
            return value.error();
        into = std::move(value).value();
        if (key != u"Message")
            return checkSingleLine(key, into);
        return std::nullopt;
    };

    if (auto error = take(QStringLiteral("Type"), envelope.typeName))
        return *error;
    const std::optional<Type> type = typeFromString(envelope.typeName);
    if (!type)
        return Error::invalid(QStringLiteral("unknown SNS message Type \"%1\"").arg(envelope.typeName.left(60)),
                              QStringLiteral("type"));
    envelope.type = *type;

    for (const auto &[key, into] : {std::pair{QStringLiteral("MessageId"), &envelope.messageId},
                                    std::pair{QStringLiteral("TopicArn"), &envelope.topicArn},
                                    std::pair{QStringLiteral("Message"), &envelope.message},
                                    std::pair{QStringLiteral("Timestamp"), &envelope.timestamp},
                                    std::pair{QStringLiteral("SignatureVersion"), &envelope.signatureVersion},
                                    std::pair{QStringLiteral("SigningCertURL"), &envelope.signingCertUrl}}) {
        if (auto error = take(key, *into))
            return *error;
    }
    QString signatureText;
    if (auto error = take(QStringLiteral("Signature"), signatureText))
        return *error;

    if (envelope.type == Type::Notification) {
        Result<std::optional<QString>> subject = optionalString(object, QStringLiteral("Subject"));
        if (!subject)
            return subject.error();
        if (*subject) {
            if (auto error = checkSingleLine(QStringLiteral("Subject"), **subject))
                return *error;
        }
        envelope.subject = *subject;
        Result<std::optional<QString>> unsubscribe = optionalString(object, QStringLiteral("UnsubscribeURL"));
        if (!unsubscribe)
            return unsubscribe.error();
        envelope.unsubscribeUrl = unsubscribe->value_or(QString());
    } else {
        if (auto error = take(QStringLiteral("SubscribeURL"), envelope.subscribeUrl))
            return *error;
        if (auto error = take(QStringLiteral("Token"), envelope.token))
            return *error;
    }

    if (envelope.messageId.isEmpty())
        return fieldError(QStringLiteral("MessageId is empty"));

    Result<QDateTime> when = parseTimestamp(envelope.timestamp);
    if (!when)
        return when.error();
    envelope.timestampUtc = *when;

    const auto decoded = QByteArray::fromBase64Encoding(signatureText.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // toLatin1() maps non-Latin-1 characters to '?', which the strict decoder rejects.
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
    append(out, QLatin1StringView("Message"), message);
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
