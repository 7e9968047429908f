// Parsing of SES notifications (classic and event publishing) into SesEvent, and SES timestamps.
#include "ses/SesEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTime>

#include <cmath>
#include <utility>

namespace Bouncedesk::Model::Ses {

namespace {

// Real SES messages nest at most about five levels (mail.headers, subscription topic preferences).
constexpr int MaxNesting = 64;
// Notes quote the sender's text; keep them short enough for a log line or a table cell.
constexpr qsizetype MaxQuotedLength = 60;

struct KindInfo {
    EventKind kind;
    QStringView name; // as in eventType / notificationType
    QStringView objectKey; // the event's own object; empty for SubscriptionSucceeded
};

constexpr KindInfo Kinds[] = {
    {EventKind::Bounce, u"Bounce", u"bounce"},
    {EventKind::Complaint, u"Complaint", u"complaint"},
    {EventKind::Delivery, u"Delivery", u"delivery"},
    {EventKind::Send, u"Send", u"send"},
    {EventKind::Reject, u"Reject", u"reject"},
    {EventKind::DeliveryDelay, u"DeliveryDelay", u"deliveryDelay"},
    {EventKind::RenderingFailure, u"Rendering Failure", u"failure"},
    {EventKind::Open, u"Open", u"open"},
    {EventKind::Click, u"Click", u"click"},
    {EventKind::Subscription, u"Subscription", u"subscription"},
    {EventKind::SubscriptionSucceeded, u"AmazonSnsSubscriptionSucceeded", {}},
};

const KindInfo &infoOf(EventKind kind)
{
    for (const KindInfo &info : Kinds) {
        if (info.kind == kind)
            return info;
    }
    return Kinds[0];
}

const KindInfo *findKind(QStringView name)
{
    for (const KindInfo &info : Kinds) {
        if (info.name == name)
            return &info;
    }
    // The documented name has a space; accept the CamelCase spelling other event names use too.
    if (name == u"RenderingFailure")
        return &infoOf(EventKind::RenderingFailure);
    return nullptr;
}

ParseOutcome notSes(QString note)
{
    ParseOutcome outcome;
    outcome.kind = ParseOutcome::Kind::NotSes;
    outcome.note = std::move(note);
    return outcome;
}

QString quoted(const QString &text)
{
    QString shown = text.left(MaxQuotedLength);
    if (text.size() > MaxQuotedLength)
        shown += u"...";
    // Control characters would break a log line.
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

// Counts bracket depth outside strings without building anything: QJsonDocument recurses per level,
// so a hostile message must be refused before it gets there. The JSON parser stops at the first
// syntax error, so it can never see deeper nesting than this scan does.
bool nestingWithin(const QString &text, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (inString) {
            if (escaped)
                escaped = false;
            else if (u == u'\\')
                escaped = true;
            else if (u == u'"')
                inString = false;
            continue;
        }
        switch (u) {
        case u'"':
            inString = true;
            break;
        case u'{':
        case u'[':
            if (++depth > limit)
                return false;
            break;
        case u'}':
        case u']':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return true;
}

// Strings as-is; numbers as their decimal text (some senders quote ids, some do not); else empty.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return QString::number(value.toInteger(static_cast<qint64>(d)));
        return QString::number(d, 'g', 17);
    }
    return {};
}

QString textOf(const QJsonObject &object, QStringView key)
{
    return textOf(object.value(key));
}

// "  jane@example.com " -> "jane@example.com"; "Jane Doe <jane@example.com>" -> "jane@example.com".
QString normalizedAddress(const QString &raw)
{
    QString address = raw.trimmed();
    const qsizetype open = address.lastIndexOf(u'<');
    if (open >= 0) {
        const qsizetype close = address.indexOf(u'>', open + 1);
        if (close > open)
            address = address.mid(open + 1, close - open - 1).trimmed();
    }
    return address;
}

// Elements are either address strings (delivery.recipients, mail.destination) or objects with
// emailAddress (bounced, complained, delayed). Anything without a usable address is skipped.
QList<Recipient> recipientsFrom(const QJsonArray &array)
{
    QList<Recipient> recipients;
    for (const QJsonValue element : array) {
        Recipient recipient;
        if (element.isString()) {
            recipient.email = normalizedAddress(element.toString());
        } else if (element.isObject()) {
            const QJsonObject object = element.toObject();
            const QJsonValue email = object.value(u"emailAddress");
            if (!email.isString())
                continue;
            recipient.email = normalizedAddress(email.toString());
            recipient.action = textOf(object, u"action");
            recipient.status = textOf(object, u"status");
            recipient.diagnosticCode = textOf(object, u"diagnosticCode");
        } else {
            continue;
        }
        if (!recipient.email.isEmpty())
            recipients.append(std::move(recipient));
    }
    return recipients;
}

// processingTimeMillis is a number in current messages and a string in some old ones.
qint64 millisOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 exact = value.toInteger(-1);
        if (exact >= 0)
            return exact;
        const double d = value.toDouble();
        if (std::isfinite(d) && d >= 0 && d < 9.0e18)
            return static_cast<qint64>(d);
        return -1;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok && parsed >= 0 ? parsed : -1;
    }
    return -1;
}

void readMail(const QJsonObject &mail, SesEvent &event)
{
    event.sesMessageId = textOf(mail, u"messageId");
    event.source = textOf(mail, u"source");
    event.sourceArn = textOf(mail, u"sourceArn");
    event.sendingAccountId = textOf(mail, u"sendingAccountId");
    event.mailTimestamp = parseSesTime(textOf(mail, u"timestamp"));
    const QJsonArray destination = mail.value(u"destination").toArray();
    for (const QJsonValue address : destination) {
        if (address.isString() && !address.toString().trimmed().isEmpty())
            event.destination.append(address.toString().trimmed());
    }
    const QJsonValue tags = mail.value(u"tags");
    if (tags.isObject())
        event.tags = tags.toObject();
}

// The recipient list of a Bounce, Complaint, Delivery or DeliveryDelay; without one there is
// nothing to record, so the message is NotSes with a note saying which list was missing.
std::optional<QString> readRecipientList(const QJsonObject &object, QStringView key, const KindInfo &info,
                                         SesEvent &event)
{
    const QJsonValue list = object.value(key);
    if (list.isUndefined() || list.isNull())
        return info.name.toString() + u" without " + key;
    if (!list.isArray())
        return info.name.toString() + u": " + key + u" is not a list";
    event.recipients = recipientsFrom(list.toArray());
    if (event.recipients.isEmpty())
        return info.name.toString() + u" with no usable " + key + u" (no emailAddress)";
    return std::nullopt;
}

void readBounce(const QJsonObject &bounce, SesEvent &event)
{
    event.bounceType = textOf(bounce, u"bounceType");
    event.bounceSubType = textOf(bounce, u"bounceSubType");
    event.feedbackId = textOf(bounce, u"feedbackId");
    event.reportingMta = textOf(bounce, u"reportingMTA");
    event.remoteMtaIp = textOf(bounce, u"remoteMtaIp");
}

void readComplaint(const QJsonObject &complaint, SesEvent &event)
{
    event.feedbackId = textOf(complaint, u"feedbackId");
    event.complaintFeedbackType = textOf(complaint, u"complaintFeedbackType");
    event.complaintSubType = textOf(complaint, u"complaintSubType");
    event.userAgent = textOf(complaint, u"userAgent");
    event.arrivalDate = parseSesTime(textOf(complaint, u"arrivalDate"));
}

void readDelivery(const QJsonObject &delivery, SesEvent &event)
{
    event.processingTimeMillis = millisOf(delivery.value(u"processingTimeMillis"));
    event.smtpResponse = textOf(delivery, u"smtpResponse");
    event.reportingMta = textOf(delivery, u"reportingMTA");
    event.remoteMtaIp = textOf(delivery, u"remoteMtaIp");
}

void readDeliveryDelay(const QJsonObject &delay, SesEvent &event)
{
    event.delayType = textOf(delay, u"delayType");
    event.expirationTime = parseSesTime(textOf(delay, u"expirationTime"));
    event.reportingMta = textOf(delay, u"reportingMTA");
}

} // namespace

QString eventKindName(EventKind kind)
{
    return infoOf(kind).name.toString();
}

QDateTime parseSesTime(const QString &text)
{
    // Date, time with optional seconds and fraction, then Z, an offset, or nothing (taken as UTC).
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    int millis = 0;
    if (match.hasCaptured(7))
        millis = QString(match.captured(7) + u"00").left(3).toInt();
    const QTime time(number(4), number(5), match.hasCaptured(6) ? number(6) : 0, millis);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(date, time, Qt::UTC);
    if (match.hasCaptured(9)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 18 || minutes > 59)
            return {};
        const int offsetSeconds = (hours * 60 + minutes) * 60;
        // Local time = UTC + offset, so UTC = local time - offset.
        result = result.addSecs(match.capturedView(9) == u"+" ? -offsetSeconds : offsetSeconds);
    }
    return result;
}

ParseOutcome parseSesMessage(const QString &message)
{
    if (message.trimmed().isEmpty())
        return notSes(QStringLiteral("empty message"));
    if (!nestingWithin(message, MaxNesting))
        return notSes(QStringLiteral("JSON nested deeper than %1 levels").arg(MaxNesting));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return notSes(QStringLiteral("not JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return notSes(QStringLiteral("JSON is not an object"));
    const QJsonObject root = document.object();

    // Event publishing uses eventType, classic notifications notificationType; eventType wins.
    const QJsonValue eventType = root.value(u"eventType");
    const QJsonValue notificationType = root.value(u"notificationType");
    QString typeName;
    bool eventPublishing = false;
    if (eventType.isString()) {
        typeName = eventType.toString();
        eventPublishing = true;
    } else if (notificationType.isString()) {
        typeName = notificationType.toString();
    } else if (!eventType.isUndefined() || !notificationType.isUndefined()) {
        return notSes(QStringLiteral("notificationType or eventType is not a string"));
    } else {
        return notSes(QStringLiteral("no notificationType or eventType"));
    }
    const KindInfo *info = findKind(typeName);
    if (!info) {
        return notSes(QStringLiteral("unknown %1 %2")
                          .arg(eventPublishing ? QStringLiteral("eventType") : QStringLiteral("notificationType"),
                               quoted(typeName)));
    }

    SesEvent event;
    event.kind = info->kind;
    event.eventPublishing = eventPublishing;
    ParseOutcome outcome;
    outcome.kind = ParseOutcome::Kind::Ses;

    if (info->kind == EventKind::SubscriptionSucceeded) {
        // {"notificationType":"AmazonSnsSubscriptionSucceeded","message":"You have successfully ..."}
        event.detail = root;
        outcome.event = std::move(event);
        return outcome;
    }

    const QJsonValue mail = root.value(u"mail");
    if (!mail.isObject())
        return notSes(info->name.toString() + u" without a mail object");
    readMail(mail.toObject(), event);

    const QJsonValue own = root.value(info->objectKey);
    const bool needsRecipientList = info->kind == EventKind::Bounce || info->kind == EventKind::Complaint
        || info->kind == EventKind::Delivery || info->kind == EventKind::DeliveryDelay;
    if (needsRecipientList && !own.isObject())
        return notSes(info->name.toString() + u" without a " + info->objectKey + u" object");
    // Send carries an empty object and Reject has no timestamp; others may omit theirs: tolerated.
    const QJsonObject object = own.toObject();
    event.detail = object;
    event.eventTimestamp = parseSesTime(textOf(object, u"timestamp"));
    if (!event.eventTimestamp.isValid())
        event.eventTimestamp = event.mailTimestamp;

    std::optional<QString> problem;
    switch (info->kind) {
    case EventKind::Bounce:
        problem = readRecipientList(object, u"bouncedRecipients", *info, event);
        readBounce(object, event);
        break;
    case EventKind::Complaint:
        problem = readRecipientList(object, u"complainedRecipients", *info, event);
        readComplaint(object, event);
        break;
    case EventKind::Delivery:
        problem = readRecipientList(object, u"recipients", *info, event);
        readDelivery(object, event);
        break;
    case EventKind::DeliveryDelay:
        problem = readRecipientList(object, u"delayedRecipients", *info, event);
        readDeliveryDelay(object, event);
        break;
    case EventKind::Send:
    case EventKind::Reject:
    case EventKind::RenderingFailure:
    case EventKind::Open:
    case EventKind::Click:
    case EventKind::Subscription:
    case EventKind::SubscriptionSucceeded:
        // These concern the message as a whole: every destination is a recipient.
        for (const QString &address : std::as_const(event.destination)) {
            Recipient recipient;
            recipient.email = normalizedAddress(address);
            if (!recipient.email.isEmpty())
                event.recipients.append(std::move(recipient));
        }
        break;
    }
    if (problem)
        return notSes(*problem);

    outcome.event = std::move(event);
    return outcome;
}

} // namespace Bouncedesk::Model::Ses
