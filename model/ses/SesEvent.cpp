// Parsing of SES notifications (classic and event publishing) into SesEvent, and SES timestamps.
#include "ses/SesEvent.h"

#include "core/JsonReader.h"
#include "core/Time.h"

#include <QRegularExpression>
#include <QTime>

#include <cmath>
#include <string_view>
#include <utility>

namespace Bouncedesk::Model::Ses {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// Real SES messages nest at most about five levels (mail.headers, subscription topic preferences).
constexpr int MaxNesting = 64;
// Notes quote the sender's text; keep them short enough for a log line or a table cell.
constexpr qsizetype MaxQuotedLength = 60;

struct KindInfo {
    EventKind kind;
    std::string_view name; // as in eventType / notificationType
    std::string_view objectKey; // the event's own object; empty for SubscriptionSucceeded
};

constexpr KindInfo Kinds[] = {
    {EventKind::Bounce, "Bounce", "bounce"},
    {EventKind::Complaint, "Complaint", "complaint"},
    {EventKind::Delivery, "Delivery", "delivery"},
    {EventKind::Send, "Send", "send"},
    {EventKind::Reject, "Reject", "reject"},
    {EventKind::DeliveryDelay, "DeliveryDelay", "deliveryDelay"},
    {EventKind::RenderingFailure, "Rendering Failure", "failure"},
    {EventKind::Open, "Open", "open"},
    {EventKind::Click, "Click", "click"},
    {EventKind::Subscription, "Subscription", "subscription"},
    {EventKind::SubscriptionSucceeded, "AmazonSnsSubscriptionSucceeded", {}},
};

const KindInfo &infoOf(EventKind kind)
{
    for (const KindInfo &info : Kinds) {
        if (info.kind == kind)
            return info;
    }
    return Kinds[0];
}

const KindInfo *findKind(std::string_view name)
{
    for (const KindInfo &info : Kinds) {
        if (info.name == name)
            return &info;
    }
    // The documented name has a space; accept the CamelCase spelling other event names use too.
    if (name == "RenderingFailure")
        return &infoOf(EventKind::RenderingFailure);
    return nullptr;
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
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

// The member key of object, or an invalid element when it is absent.
std::optional<element> member(const object &in, std::string_view key)
{
    element value;
    if (in.at_key(key).get(value))
        return std::nullopt;
    return value;
}

// Strings as-is; numbers as their decimal text (some senders quote ids, some do not); else empty.
QString textOf(const std::optional<element> &value)
{
    if (!value)
        return {};
    switch (value->type()) {
    case simdjson::dom::element_type::STRING:
        return Json::text(value->get_string().value_unsafe());
    case simdjson::dom::element_type::INT64:
        return QString::number(value->get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return QString::number(value->get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE: {
        const double d = value->get_double().value_unsafe();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    default:
        return {};
    }
}

QString textOf(const object &in, std::string_view key)
{
    return textOf(member(in, key));
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
QList<Recipient> recipientsFrom(const array &list)
{
    QList<Recipient> recipients;
    recipients.reserve(qsizetype(list.size()));
    for (const element entry : list) {
        Recipient recipient;
        std::string_view text;
        object fields;
        if (!entry.get_string().get(text)) {
            recipient.email = normalizedAddress(Json::text(text));
        } else if (!entry.get_object().get(fields)) {
            if (fields.at_key("emailAddress").get_string().get(text))
                continue;
            recipient.email = normalizedAddress(Json::text(text));
            recipient.action = textOf(fields, "action");
            recipient.status = textOf(fields, "status");
            recipient.diagnosticCode = textOf(fields, "diagnosticCode");
        } else {
            continue;
        }
        if (!recipient.email.isEmpty())
            recipients.append(std::move(recipient));
    }
    return recipients;
}

// processingTimeMillis is a number in current messages and a string in some old ones.
qint64 millisOf(const std::optional<element> &value)
{
    if (!value)
        return -1;
    switch (value->type()) {
    case simdjson::dom::element_type::INT64: {
        const int64_t exact = value->get_int64().value_unsafe();
        return exact >= 0 ? exact : -1;
    }
    case simdjson::dom::element_type::UINT64: {
        const uint64_t exact = value->get_uint64().value_unsafe();
        return exact < uint64_t(9.0e18) ? qint64(exact) : -1;
    }
    case simdjson::dom::element_type::DOUBLE: {
        const double d = value->get_double().value_unsafe();
        return std::isfinite(d) && d >= 0 && d < 9.0e18 ? qint64(d) : -1;
    }
    case simdjson::dom::element_type::STRING: {
        bool ok = false;
        const qint64 parsed = Json::text(value->get_string().value_unsafe()).trimmed().toLongLong(&ok);
        return ok && parsed >= 0 ? parsed : -1;
    }
    default:
        return -1;
    }
}

QDateTime timeOf(const object &in, std::string_view key)
{
    std::string_view text;
    if (!in.at_key(key).get_string().get(text)) {
        if (const std::optional<QDateTime> at = Time::parseAwsUtc(text))
            return *at;
    }
    return parseSesTime(textOf(in, key));
}

// Compact JSON of an element, as simdjson writes it (keys in the order received).
template <typename Value>
QByteArray compact(const Value &value)
{
    const std::string text = simdjson::minify(value);
    return QByteArray(text.data(), qsizetype(text.size()));
}

void readMail(const object &mail, SesEvent &event)
{
    event.sesMessageId = textOf(mail, "messageId");
    event.source = textOf(mail, "source");
    event.sourceArn = textOf(mail, "sourceArn");
    event.sendingAccountId = textOf(mail, "sendingAccountId");
    event.mailTimestamp = timeOf(mail, "timestamp");
    array destination;
    if (!mail.at_key("destination").get_array().get(destination)) {
        for (const element address : destination) {
            std::string_view text;
            if (address.get_string().get(text))
                continue;
            const QString trimmed = Json::text(text).trimmed();
            if (!trimmed.isEmpty())
                event.destination.append(trimmed);
        }
    }
    object tags;
    if (!mail.at_key("tags").get_object().get(tags)) {
        for (const auto field : tags) {
            MessageTag tag{Json::text(field.key), {}};
            array values;
            if (!field.value.get_array().get(values)) {
                for (const element value : values) {
                    std::string_view text;
                    if (!value.get_string().get(text))
                        tag.values.append(Json::text(text));
                }
            }
            event.tags.append(std::move(tag));
        }
    }
}

// The recipient list of a Bounce, Complaint, Delivery or DeliveryDelay; without one there is
// nothing to record, so the message is NotSes with a note saying which list was missing.
std::optional<QString> readRecipientList(const object &in, std::string_view key, const KindInfo &info, SesEvent &event)
{
    const std::optional<element> list = member(in, key);
    if (!list || list->is_null())
        return latin1(info.name) + u" without " + latin1(key);
    array entries;
    if (list->get_array().get(entries))
        return latin1(info.name) + u": " + latin1(key) + u" is not a list";
    event.recipients = recipientsFrom(entries);
    if (event.recipients.isEmpty())
        return latin1(info.name) + u" with no usable " + latin1(key) + u" (no emailAddress)";
    return std::nullopt;
}

void readBounce(const object &bounce, SesEvent &event)
{
    event.bounceType = textOf(bounce, "bounceType");
    event.bounceSubType = textOf(bounce, "bounceSubType");
    event.feedbackId = textOf(bounce, "feedbackId");
    event.reportingMta = textOf(bounce, "reportingMTA");
    event.remoteMtaIp = textOf(bounce, "remoteMtaIp");
}

void readComplaint(const object &complaint, SesEvent &event)
{
    event.feedbackId = textOf(complaint, "feedbackId");
    event.complaintFeedbackType = textOf(complaint, "complaintFeedbackType");
    event.complaintSubType = textOf(complaint, "complaintSubType");
    event.userAgent = textOf(complaint, "userAgent");
    event.arrivalDate = timeOf(complaint, "arrivalDate");
}

void readDelivery(const object &delivery, SesEvent &event)
{
    event.processingTimeMillis = millisOf(member(delivery, "processingTimeMillis"));
    event.smtpResponse = textOf(delivery, "smtpResponse");
    event.reportingMta = textOf(delivery, "reportingMTA");
    event.remoteMtaIp = textOf(delivery, "remoteMtaIp");
}

void readDeliveryDelay(const object &delay, SesEvent &event)
{
    event.delayType = textOf(delay, "delayType");
    event.expirationTime = timeOf(delay, "expirationTime");
    event.reportingMta = textOf(delay, "reportingMTA");
}

bool isBlank(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f')
            return false;
    }
    return true;
}

} // namespace

QString eventKindName(EventKind kind)
{
    return latin1(infoOf(kind).name);
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
    return parseSesMessage(QByteArrayView(message.toUtf8()));
}

ParseOutcome parseSesMessage(QByteArrayView utf8)
{
    if (isBlank(utf8))
        return notSes(QStringLiteral("empty message"));
    element document;
    if (const auto error = Json::parse(utf8, MaxNesting).get(document)) {
        if (error == simdjson::DEPTH_ERROR || !Json::nestingWithin(utf8, MaxNesting))
            return notSes(QStringLiteral("JSON nested deeper than %1 levels").arg(MaxNesting));
        return notSes(QStringLiteral("not JSON (%1)").arg(Json::errorText(error)));
    }
    object root;
    if (document.get_object().get(root))
        return notSes(QStringLiteral("JSON is not an object"));

    // Event publishing uses eventType, classic notifications notificationType; eventType wins.
    const std::optional<element> eventType = member(root, "eventType");
    const std::optional<element> notificationType = member(root, "notificationType");
    std::string_view typeName;
    bool eventPublishing = false;
    if (eventType && !eventType->get_string().get(typeName)) {
        eventPublishing = true;
    } else if (notificationType && !notificationType->get_string().get(typeName)) {
    } else if (eventType || notificationType) {
        return notSes(QStringLiteral("notificationType or eventType is not a string"));
    } else {
        return notSes(QStringLiteral("no notificationType or eventType"));
    }
    const KindInfo *info = findKind(typeName);
    if (!info) {
        return notSes(QStringLiteral("unknown %1 %2")
                          .arg(eventPublishing ? QStringLiteral("eventType") : QStringLiteral("notificationType"),
                               quoted(Json::text(typeName))));
    }

    SesEvent event;
    event.kind = info->kind;
    event.eventPublishing = eventPublishing;
    ParseOutcome outcome;
    outcome.kind = ParseOutcome::Kind::Ses;

    if (info->kind == EventKind::SubscriptionSucceeded) {
        // {"notificationType":"AmazonSnsSubscriptionSucceeded","message":"You have successfully ..."}
        event.detail = compact(document);
        outcome.event = std::move(event);
        return outcome;
    }

    object mail;
    if (root.at_key("mail").get_object().get(mail))
        return notSes(latin1(info->name) + u" without a mail object");
    readMail(mail, event);

    const bool needsRecipientList = info->kind == EventKind::Bounce || info->kind == EventKind::Complaint
        || info->kind == EventKind::Delivery || info->kind == EventKind::DeliveryDelay;
    // Send carries an empty object and Reject has no timestamp; others may omit theirs: tolerated.
    object own;
    const bool hasOwn = !root.at_key(info->objectKey).get_object().get(own);
    if (needsRecipientList && !hasOwn)
        return notSes(latin1(info->name) + u" without a " + latin1(info->objectKey) + u" object");
    if (hasOwn) {
        event.eventTimestamp = timeOf(own, "timestamp");
        if (!needsRecipientList)
            event.detail = compact(own);
    }
    if (!event.eventTimestamp.isValid())
        event.eventTimestamp = event.mailTimestamp;

    std::optional<QString> problem;
    switch (info->kind) {
    case EventKind::Bounce:
        problem = readRecipientList(own, "bouncedRecipients", *info, event);
        readBounce(own, event);
        break;
    case EventKind::Complaint:
        problem = readRecipientList(own, "complainedRecipients", *info, event);
        readComplaint(own, event);
        break;
    case EventKind::Delivery:
        problem = readRecipientList(own, "recipients", *info, event);
        readDelivery(own, event);
        break;
    case EventKind::DeliveryDelay:
        problem = readRecipientList(own, "delayedRecipients", *info, event);
        readDeliveryDelay(own, event);
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
