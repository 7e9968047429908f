// Envelope: the JSON body SNS POSTs to an HTTP(S) subscriber, parsed and checked, and its string to sign.
#pragma once

#include "core/Result.h"
#include "sns/TopicArn.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Bouncedesk::Model::Sns {

struct Envelope {
    enum class Type { Notification, SubscriptionConfirmation, UnsubscribeConfirmation };

    // Deepest JSON nesting a body may have; SNS envelopes are flat (MessageAttributes adds two levels).
    static constexpr int MaxJsonDepth = 64;

    Type type = Type::Notification;
    QString typeName; // as in the JSON
    QString messageId;
    QString topicArn; // raw text, as signed
    QByteArray message; // UTF-8, as signed (the SES notification for a Notification)
    QString timestamp; // raw text, as signed
    QString signatureVersion;
    QString signingCertUrl;
    // Notification only; present when the key is present and not null (an empty string counts).
    std::optional<QString> subject;
    QString subscribeUrl; // confirmations only
    QString token; // confirmations only
    QString unsubscribeUrl; // Notification; optional and not signed
    QByteArray signature; // base64-decoded
    QDateTime timestampUtc; // parsed from timestamp
    TopicArn topic; // parsed from topicArn

    // Parses the raw POST body. Every failure is Error::invalid with one of the codes "encoding",
    // "json", "raw-delivery", "field", "field-control" (a line break or other control character in
    // a field other than Message), "type", "signature" or "topic-arn". Unknown keys are ignored; a key
    // the parser reads that appears twice is "field". Strict RFC 8259 JSON, read by simdjson.
    static Result<Envelope> parse(const QByteArray &body);

    // The exact bytes SNS signed: "Name\nValue\n" for each signed field in AWS's order.
    QByteArray stringToSign() const;

    static QString typeToString(Type type);
    static std::optional<Type> typeFromString(const QString &name);
};

} // namespace Bouncedesk::Model::Sns
