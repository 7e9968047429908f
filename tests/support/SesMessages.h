// SES notification bodies for listener tests, built like SES builds them.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Bouncedesk::Test::Ses {

inline QJsonObject mail(const QStringList &to, const QString &source = QStringLiteral("news@shop.example"))
{
    return {{QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("messageId"), QStringLiteral("0100018c-ses-message-id")},
            {QStringLiteral("source"), source},
            {QStringLiteral("sourceArn"), QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/shop.example")},
            {QStringLiteral("sendingAccountId"), QStringLiteral("123456789012")},
            {QStringLiteral("destination"), QJsonArray::fromStringList(to)}};
}

inline QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QString bounce(const QStringList &to, const QString &type, const QString &subType, bool eventPublishing = false,
                      const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    QJsonArray recipients;
    for (const QString &r : to)
        recipients.append(QJsonObject{{QStringLiteral("emailAddress"), r},
                                      {QStringLiteral("action"), QStringLiteral("failed")},
                                      {QStringLiteral("status"), QStringLiteral("5.1.1")},
                                      {QStringLiteral("diagnosticCode"), QStringLiteral("smtp; 550 5.1.1 user unknown")}});
    QJsonObject m = mail(to);
    m.insert(QStringLiteral("timestamp"), at.toString(Qt::ISODateWithMs));
    return text({{eventPublishing ? QStringLiteral("eventType") : QStringLiteral("notificationType"), QStringLiteral("Bounce")},
                 {QStringLiteral("bounce"),
                  QJsonObject{{QStringLiteral("bounceType"), type},
                              {QStringLiteral("bounceSubType"), subType},
                              {QStringLiteral("bouncedRecipients"), recipients},
                              {QStringLiteral("timestamp"), at.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("feedbackId"), QStringLiteral("feedback-1")},
                              {QStringLiteral("reportingMTA"), QStringLiteral("dsn; a1-2.smtp-out.amazonses.com")}}},
                 {QStringLiteral("mail"), m}});
}

inline QString complaint(const QStringList &to, const QString &feedbackType = QStringLiteral("abuse"),
                         bool eventPublishing = false)
{
    QJsonArray recipients;
    for (const QString &r : to)
        recipients.append(QJsonObject{{QStringLiteral("emailAddress"), r}});
    QJsonObject c{{QStringLiteral("complainedRecipients"), recipients},
                  {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("feedbackId"), QStringLiteral("complaint-feedback-1")},
                  {QStringLiteral("userAgent"), QStringLiteral("Yahoo!-Mail-Feedback/2.0")},
                  {QStringLiteral("arrivalDate"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!feedbackType.isEmpty())
        c.insert(QStringLiteral("complaintFeedbackType"), feedbackType);
    return text({{eventPublishing ? QStringLiteral("eventType") : QStringLiteral("notificationType"),
                  QStringLiteral("Complaint")},
                 {QStringLiteral("complaint"), c},
                 {QStringLiteral("mail"), mail(to)}});
}

inline QString delivery(const QStringList &to, bool eventPublishing = false,
                        const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    return text({{eventPublishing ? QStringLiteral("eventType") : QStringLiteral("notificationType"),
                  QStringLiteral("Delivery")},
                 {QStringLiteral("delivery"),
                  QJsonObject{{QStringLiteral("timestamp"), at.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("processingTimeMillis"), 546},
                              {QStringLiteral("recipients"), QJsonArray::fromStringList(to)},
                              {QStringLiteral("smtpResponse"), QStringLiteral("250 ok")},
                              {QStringLiteral("reportingMTA"), QStringLiteral("a8-70.smtp-out.amazonses.com")}}},
                 {QStringLiteral("mail"), mail(to)}});
}

// Event publishing types whose object is simple: Send, Reject, Open, Click, Rendering Failure,
// Subscription, DeliveryDelay.
inline QString event(const QString &eventType, const QStringList &to)
{
    QJsonObject o{{QStringLiteral("eventType"), eventType}, {QStringLiteral("mail"), mail(to)}};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (eventType == u"Send")
        o.insert(QStringLiteral("send"), QJsonObject{});
    else if (eventType == u"Reject")
        o.insert(QStringLiteral("reject"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("Bad content")}});
    else if (eventType == u"Open")
        o.insert(QStringLiteral("open"), QJsonObject{{QStringLiteral("timestamp"), now},
                                                     {QStringLiteral("userAgent"), QStringLiteral("Mozilla/5.0")},
                                                     {QStringLiteral("ipAddress"), QStringLiteral("192.0.2.1")}});
    else if (eventType == u"Click")
        o.insert(QStringLiteral("click"), QJsonObject{{QStringLiteral("timestamp"), now},
                                                      {QStringLiteral("link"), QStringLiteral("https://shop.example/")}});
    else if (eventType == u"Rendering Failure")
        o.insert(QStringLiteral("failure"), QJsonObject{{QStringLiteral("templateName"), QStringLiteral("welcome")},
                                                        {QStringLiteral("errorMessage"), QStringLiteral("missing name")}});
    else if (eventType == u"Subscription")
        o.insert(QStringLiteral("subscription"), QJsonObject{{QStringLiteral("contactList"), QStringLiteral("news")},
                                                             {QStringLiteral("timestamp"), now}});
    else if (eventType == u"DeliveryDelay") {
        QJsonArray delayed;
        for (const QString &r : to)
            delayed.append(QJsonObject{{QStringLiteral("emailAddress"), r},
                                       {QStringLiteral("status"), QStringLiteral("4.4.1")},
                                       {QStringLiteral("diagnosticCode"), QStringLiteral("smtp; 421 try later")}});
        o.insert(QStringLiteral("deliveryDelay"),
                 QJsonObject{{QStringLiteral("timestamp"), now},
                             {QStringLiteral("delayType"), QStringLiteral("MailboxFull")},
                             {QStringLiteral("expirationTime"), now},
                             {QStringLiteral("delayedRecipients"), delayed}});
    }
    return text(o);
}

// The same message as if sent by source and happening at `at`: rewrites mail.source, mail.timestamp and
// the event's own timestamp (bounce, complaint, delivery), so tests can place events in given hours.
inline QString sentAt(const QString &message, const QString &source, const QDateTime &at)
{
    QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString time = at.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject m = o.value(QStringLiteral("mail")).toObject();
    m.insert(QStringLiteral("source"), source);
    m.insert(QStringLiteral("timestamp"), time);
    o.insert(QStringLiteral("mail"), m);
    for (const QString &key : {QStringLiteral("bounce"), QStringLiteral("complaint"), QStringLiteral("delivery")}) {
        if (!o.contains(key))
            continue;
        QJsonObject inner = o.value(key).toObject();
        inner.insert(QStringLiteral("timestamp"), time);
        o.insert(key, inner);
    }
    return text(o);
}

} // namespace Bouncedesk::Test::Ses
