// SES event JSON for simulated outcomes, and the weighted mix of outcomes test traffic draws from.
#include "ses/SimulatedFeedback.h"

#include "core/BounceType.h"
#include "core/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace Bouncedesk::Model::Ses {

namespace {
    QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    QJsonObject mailObject(const SimulatedMail &mail)
    {
        const QString domain = mail.source.mid(mail.source.indexOf(u'@') + 1);
        QJsonObject tags {{QStringLiteral("ses:source-ip"), QJsonArray {QStringLiteral("192.0.2.10")}},
            {QStringLiteral("ses:from-domain"), QJsonArray {domain}},
            {QStringLiteral("ses:caller-identity"), QJsonArray {QStringLiteral("bouncedesk-simulator")}}};
        if (!mail.configurationSet.isEmpty())
            tags.insert(QStringLiteral("ses:configuration-set"), QJsonArray {mail.configurationSet});
        if (!mail.campaign.isEmpty())
            tags.insert(QStringLiteral("campaign"), QJsonArray {mail.campaign});
        return {{QStringLiteral("timestamp"), Time::isoUtcMs(mail.at.addSecs(-2))},
            {QStringLiteral("messageId"), newId()}, {QStringLiteral("source"), mail.source},
            {QStringLiteral("sourceArn"), QString(QStringLiteral("arn:aws:ses:us-east-1:000000000000:identity/") + domain)},
            {QStringLiteral("sendingAccountId"), QStringLiteral("000000000000")},
            {QStringLiteral("destination"), QJsonArray {mail.to}}, {QStringLiteral("tags"), tags}};
    }

    QJsonObject bounce(const SimulatedMail &mail, BounceType type, BounceSubType subType)
    {
        const bool hard = type == BounceType::Permanent;
        const bool listed = subType == BounceSubType::OnAccountSuppressionList;
        QJsonObject recipient {{QStringLiteral("emailAddress"), mail.to}, {QStringLiteral("action"), QStringLiteral("failed")},
            {QStringLiteral("status"), hard ? QStringLiteral("5.1.1") : QStringLiteral("4.2.2")},
            {QStringLiteral("diagnosticCode"),
                listed ? QStringLiteral("Amazon SES did not send the message to this address because it is on the "
                                        "suppression list for your account.")
                : hard ? QStringLiteral("smtp; 550 5.1.1 user unknown")
                       : QStringLiteral("smtp; 452 4.2.2 mailbox full")}};
        QJsonObject out {{QStringLiteral("bounceType"), bounceTypeText(type)},
            {QStringLiteral("bounceSubType"), bounceSubTypeText(subType)},
            {QStringLiteral("timestamp"), Time::isoUtcMs(mail.at)}, {QStringLiteral("feedbackId"), newId()},
            {QStringLiteral("bouncedRecipients"), QJsonArray {recipient}}};
        if (!listed) {
            out.insert(QStringLiteral("reportingMTA"), QStringLiteral("dsn; a8-12.smtp-out.amazonses.com"));
            out.insert(QStringLiteral("remoteMtaIp"), QStringLiteral("203.0.113.25"));
        }
        return out;
    }
} // namespace

QString simulatorAddress(SimulatedOutcome outcome, quint32 n)
{
    static constexpr std::pair<SimulatedOutcome, const char *> local[] = {
        {SimulatedOutcome::Send, "success"}, {SimulatedOutcome::Delivery, "success"},
        {SimulatedOutcome::HardBounce, "bounce"}, {SimulatedOutcome::SoftBounce, "ooto"},
        {SimulatedOutcome::Complaint, "complaint"}, {SimulatedOutcome::Suppressed, "suppressionlist"}};
    for (const auto &[o, name] : local)
        if (o == outcome)
            return QStringLiteral("%1+%2@simulator.amazonses.com").arg(QLatin1StringView(name)).arg(n);
    return {};
}

QString simulatedEvent(SimulatedOutcome outcome, const SimulatedMail &mail)
{
    QJsonObject o {{QStringLiteral("mail"), mailObject(mail)}};
    const QString at = Time::isoUtcMs(mail.at);
    switch (outcome) {
    case SimulatedOutcome::Send:
        o.insert(QStringLiteral("eventType"), QStringLiteral("Send"));
        o.insert(QStringLiteral("send"), QJsonObject {});
        break;
    case SimulatedOutcome::Delivery:
        o.insert(QStringLiteral("eventType"), QStringLiteral("Delivery"));
        o.insert(QStringLiteral("delivery"),
            QJsonObject {{QStringLiteral("timestamp"), at}, {QStringLiteral("recipients"), QJsonArray {mail.to}},
                {QStringLiteral("processingTimeMillis"), 420},
                {QStringLiteral("reportingMTA"), QStringLiteral("a8-12.smtp-out.amazonses.com")},
                {QStringLiteral("smtpResponse"), QStringLiteral("250 2.0.0 OK")}});
        break;
    case SimulatedOutcome::HardBounce:
        o.insert(QStringLiteral("eventType"), QStringLiteral("Bounce"));
        o.insert(QStringLiteral("bounce"), bounce(mail, BounceType::Permanent, BounceSubType::General));
        break;
    case SimulatedOutcome::SoftBounce:
        o.insert(QStringLiteral("eventType"), QStringLiteral("Bounce"));
        o.insert(QStringLiteral("bounce"), bounce(mail, BounceType::Transient, BounceSubType::MailboxFull));
        break;
    case SimulatedOutcome::Suppressed:
        o.insert(QStringLiteral("eventType"), QStringLiteral("Bounce"));
        o.insert(QStringLiteral("bounce"), bounce(mail, BounceType::Permanent, BounceSubType::OnAccountSuppressionList));
        break;
    case SimulatedOutcome::Complaint:
        o.insert(QStringLiteral("eventType"), QStringLiteral("Complaint"));
        o.insert(QStringLiteral("complaint"),
            QJsonObject {{QStringLiteral("timestamp"), at}, {QStringLiteral("complaintFeedbackType"), QStringLiteral("abuse")},
                {QStringLiteral("userAgent"), QStringLiteral("Yahoo!-Mail-Feedback/2.0")},
                {QStringLiteral("arrivalDate"), at}, {QStringLiteral("feedbackId"), newId()},
                {QStringLiteral("complainedRecipients"), QJsonArray {QJsonObject {{QStringLiteral("emailAddress"), mail.to}}}}});
        break;
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<TrafficMix> TrafficMix::parse(const QString &text)
{
    TrafficMix mix;
    int total = 0;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.section(u'=', 0, 0).trimmed();
        bool number = false;
        const int weight = part.section(u'=', 1).trimmed().toInt(&number);
        const auto outcome = kSimulatedOutcomeText.parse(name);
        if (!outcome || !part.contains(u'=') || !number || weight < 0)
            return Error::invalid(
                QCoreApplication::translate("Ses", "bad mix part '%1': write NAME=WEIGHT with NAME one of %2")
                    .arg(part.trimmed(), kSimulatedOutcomeText.all().join(u", ")));
        mix.weights.append({*outcome, weight});
        total += weight;
    }
    if (total <= 0)
        return Error::invalid(QCoreApplication::translate("Ses", "the mix needs at least one weight above 0"));
    return mix;
}

TrafficMix TrafficMix::standard()
{
    return {{{SimulatedOutcome::Send, 50}, {SimulatedOutcome::Delivery, 40}, {SimulatedOutcome::HardBounce, 3},
        {SimulatedOutcome::SoftBounce, 3}, {SimulatedOutcome::Complaint, 2}, {SimulatedOutcome::Suppressed, 2}}};
}

QString TrafficMix::toString() const
{
    QStringList parts;
    for (const auto &[outcome, weight] : weights)
        parts << kSimulatedOutcomeText.text(outcome) + u'=' + QString::number(weight);
    return parts.join(u',');
}

SimulatedOutcome TrafficMix::pick(QRandomGenerator &random) const
{
    int total = 0;
    for (const auto &entry : weights)
        total += entry.second;
    int roll = int(random.bounded(quint32(qMax(1, total))));
    for (const auto &[outcome, weight] : weights) {
        if (roll < weight)
            return outcome;
        roll -= weight;
    }
    return weights.isEmpty() ? SimulatedOutcome::Send : weights.constLast().first;
}

} // namespace Bouncedesk::Model::Ses
