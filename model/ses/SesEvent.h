// SesEvent: one SES notification (the Message inside an SNS envelope) as a typed, per-recipient event.
#pragma once

#include "core/BounceType.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bouncedesk::Model::Ses {

enum class EventKind {
    Bounce,
    Complaint,
    Delivery,
    Send,
    Reject,
    DeliveryDelay,
    RenderingFailure,
    Open,
    Click,
    Subscription,
    SubscriptionSucceeded, // AmazonSnsSubscriptionSucceeded, sent once when SES is attached to a topic
};

// The name SES uses on the wire: "Bounce", ..., "Rendering Failure", "AmazonSnsSubscriptionSucceeded".
QString eventKindName(EventKind kind);

struct Recipient {
    QString email; // trimmed; "Name <addr>" reduced to addr
    QString action;
    QString status;
    QString diagnosticCode;
};

// One of the sender's own mail.tags (event publishing): a name and its values.
struct MessageTag {
    QString name;
    QStringList values;
    friend bool operator==(const MessageTag &, const MessageTag &) = default;
};

struct SesEvent {
    EventKind kind = EventKind::Bounce;
    bool eventPublishing = false; // eventType (configuration set) rather than notificationType (classic)

    // The mail object.
    QString sesMessageId;
    QString source;
    QString sourceArn;
    QString sendingAccountId;
    QDateTime mailTimestamp; // UTC
    QStringList destination;
    QList<MessageTag> tags; // mail.tags when present (event publishing); string values only

    // The event object's own timestamp (bounce.timestamp, open.timestamp, ...), else mail.timestamp. UTC.
    QDateTime eventTimestamp;
    // bouncedRecipients / complainedRecipients / delivery.recipients / delayedRecipients; for Send, Reject,
    // Open, Click, Rendering Failure and Subscription: mail.destination. Empty for SubscriptionSucceeded.
    QList<Recipient> recipients;

    // Bounce (feedbackId also for Complaint; reportingMta also for Delivery and DeliveryDelay,
    // remoteMtaIp also for Delivery).
    QString bounceType;    // as SES sent it; bounceKind() for decisions
    QString bounceSubType; // as SES sent it, unknown sub-types included
    QString feedbackId;
    QString reportingMta;
    QString remoteMtaIp;

    // Complaint
    QString complaintFeedbackType; // empty when absent
    QString complaintSubType; // empty when null or absent
    QString userAgent;
    QDateTime arrivalDate; // UTC

    // Delivery
    qint64 processingTimeMillis = -1;
    QString smtpResponse;

    // DeliveryDelay
    QString delayType;
    QDateTime expirationTime; // UTC

    BounceType bounceKind() const { return bounceTypeFrom(bounceType); }
    bool onAccountSuppressionList() const
    {
        return bounceSubTypeFrom(bounceSubType) == BounceSubType::OnAccountSuppressionList;
    }

    // For the kinds without typed fields here (Send, Reject, Rendering Failure, Open, Click,
    // Subscription) the event's own object as compact JSON, kept as it is stored; for
    // SubscriptionSucceeded the whole notification. Empty for Bounce, Complaint, Delivery and DeliveryDelay.
    QByteArray detail;
};

struct ParseOutcome {
    enum class Kind { Ses, NotSes };
    Kind kind = Kind::NotSes;
    std::optional<SesEvent> event; // set when kind == Ses
    QString note; // why it is NotSes, human readable; empty for Ses
};

// Never throws and accepts any text. Unknown fields and unknown bounce or complaint sub-types are
// tolerated; a Bounce, Complaint, Delivery or DeliveryDelay without any usable recipient is NotSes.
// Nesting deeper than 64 levels is refused. Strict RFC 8259 JSON in UTF-8, read by simdjson.
ParseOutcome parseSesMessage(QByteArrayView utf8);
ParseOutcome parseSesMessage(const QString &message);

// SES timestamps: ISO 8601, usually with milliseconds and Z ("2016-01-27T14:59:38.237Z"), sometimes
// with an offset or without milliseconds. Returned in UTC; anything unparsable gives a null QDateTime.
QDateTime parseSesTime(const QString &text);

} // namespace Bouncedesk::Model::Ses
