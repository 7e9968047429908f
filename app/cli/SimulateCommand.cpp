// `simulate`: fills a database with realistic SES feedback for demos and screenshots, offline.
//
// Mirrors the SES mailbox simulator: success@ is delivered, bounce@ bounces hard, ooto@ is delivered
// (an auto-reply), complaint@ is delivered then complained about, suppressionlist@ bounces with
// ones on the account suppression list. Events go through the same IngestWriter and policy as the listener's,
// marked SignatureVersion "simulated" so they are never mistaken for messages from SNS.
#include "Cli.h"

#include "core/Time.h"
#include "ses/SesEvent.h"
#include "core/BounceType.h"
#include "ingest/IngestWriter.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <cmath>

namespace Bouncedesk::Cli {

using namespace Model;

namespace {
QJsonObject mailObject(const QString &to, const QString &source, const QDateTime &at)
{
    return {{QStringLiteral("timestamp"), Time::isoUtcMs(at)},
            {QStringLiteral("messageId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("source"), source},
            {QStringLiteral("sendingAccountId"), QStringLiteral("123456789012")},
            {QStringLiteral("destination"), QJsonArray{to}}};
}

QString sesJson(const QString &type, const QString &to, const QString &source, const QDateTime &at,
                BounceType bounceType = BounceType::Undetermined, BounceSubType subType = BounceSubType::Undetermined)
{
    QJsonObject o{{QStringLiteral("eventType"), type}, {QStringLiteral("mail"), mailObject(to, source, at)}};
    const QString ts = Time::isoUtcMs(at);
    if (type == u"Send") {
        o.insert(QStringLiteral("send"), QJsonObject{});
    } else if (type == u"Delivery") {
        o.insert(QStringLiteral("delivery"), QJsonObject{{QStringLiteral("timestamp"), ts},
                                                         {QStringLiteral("recipients"), QJsonArray{to}},
                                                         {QStringLiteral("processingTimeMillis"), 420},
                                                         {QStringLiteral("smtpResponse"), QStringLiteral("250 2.0.0 OK")}});
    } else if (type == u"Bounce") {
        const bool hard = bounceType == BounceType::Permanent;
        o.insert(QStringLiteral("bounce"),
                 QJsonObject{{QStringLiteral("bounceType"), bounceTypeText(bounceType)},
                             {QStringLiteral("bounceSubType"), bounceSubTypeText(subType)},
                             {QStringLiteral("timestamp"), ts},
                             {QStringLiteral("feedbackId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("reportingMTA"), QStringLiteral("dsn; a8-12.smtp-out.amazonses.com")},
                             {QStringLiteral("bouncedRecipients"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("emailAddress"), to},
                                  {QStringLiteral("action"), QStringLiteral("failed")},
                                  {QStringLiteral("status"), hard ? QStringLiteral("5.1.1") : QStringLiteral("4.2.2")},
                                  {QStringLiteral("diagnosticCode"),
                                   hard ? QStringLiteral("smtp; 550 5.1.1 user unknown")
                                        : QStringLiteral("smtp; 452 4.2.2 mailbox full")}}}}});
    } else if (type == u"Complaint") {
        o.insert(QStringLiteral("complaint"),
                 QJsonObject{{QStringLiteral("timestamp"), ts},
                             {QStringLiteral("complaintFeedbackType"), QStringLiteral("abuse")},
                             {QStringLiteral("userAgent"), QStringLiteral("Yahoo!-Mail-Feedback/2.0")},
                             {QStringLiteral("arrivalDate"), ts},
                             {QStringLiteral("feedbackId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("complainedRecipients"),
                              QJsonArray{QJsonObject{{QStringLiteral("emailAddress"), to}}}}});
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

int simulateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Store simulated SES feedback (sends, deliveries, bounces, "
                                                    "complaints) spread over past days, for demos."));
    addCommonOptions(parser);
    parser.addOptions({{QStringLiteral("days"), QStringLiteral("Spread over this many days (default 14)."),
                        QStringLiteral("n"), QStringLiteral("14")},
                       {QStringLiteral("sends"), QStringLiteral("Messages sent in all (default 20000)."),
                        QStringLiteral("n"), QStringLiteral("20000")},
                       {QStringLiteral("seed"), QStringLiteral("Random seed, for repeatable data (default 1)."),
                        QStringLiteral("n"), QStringLiteral("1")}});
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto url = databaseUrl(parser);
    if (!url)
        return fail(url.errorText());
    if (auto db = Store::open(*url); !db)
        return fail(db.errorText());
    const int days = qBound(1, parser.value(QStringLiteral("days")).toInt(), 365);
    const int sends = qBound(1, parser.value(QStringLiteral("sends")).toInt(), 5'000'000);
    QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());
    const QStringList sources{QStringLiteral("news@shop.example"), QStringLiteral("receipts@shop.example"),
                              QStringLiteral("alerts@status.example")};
    const QDateTime end = QDateTime::currentDateTimeUtc();

    IngestWriter writer(*url, PolicySettings{});
    QList<QFuture<Result<IngestReply>>> pending;
    int failures = 0;
    auto submit = [&](const QString &message, const QDateTime &at) {
        IngestItem item = IngestItem::fromSesMessage(
            message, QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-simulator"), at,
            QStringLiteral("simulated"), QStringLiteral("simulator"));
        pending << writer.submit(std::move(item));
        if (pending.size() >= 2000) {
            for (auto &f : pending)
                failures += f.result().ok() ? 0 : 1;
            pending.clear();
        }
    };
    for (int i = 0; i < sends; ++i) {
        // Later days carry more volume and, towards the end, a worse list: the chart shows a trend.
        const double position = std::sqrt(random.generateDouble());
        const QDateTime at = end.addMSecs(-qint64((1.0 - position) * days * 86400000.0));
        const QString source = sources[int(random.bounded(quint32(sources.size())))];
        const double roll = random.generateDouble();
        const double badness = 0.5 + position;
        QString to;
        submit(sesJson(QStringLiteral("Send"), QStringLiteral("pending@simulator.example"), source, at), at);
        if (roll < 0.012 * badness) {
            to = QStringLiteral("bounce+%1@simulator.amazonses.com").arg(random.bounded(4000));
            submit(sesJson(QStringLiteral("Bounce"), to, source, at.addSecs(30), BounceType::Permanent,
                           BounceSubType::General),
                   at.addSecs(30));
        } else if (roll < 0.02 * badness) {
            to = QStringLiteral("ooto+%1@simulator.amazonses.com").arg(random.bounded(300));
            submit(sesJson(QStringLiteral("Bounce"), to, source, at.addSecs(60), BounceType::Transient,
                           BounceSubType::MailboxFull),
                   at.addSecs(60));
        } else if (roll < 0.0215 * badness) {
            to = QStringLiteral("suppressionlist+%1@simulator.amazonses.com").arg(random.bounded(500));
            submit(sesJson(QStringLiteral("Bounce"), to, source, at.addSecs(5), BounceType::Permanent,
                           BounceSubType::OnAccountSuppressionList),
                   at.addSecs(5));
        } else {
            to = QStringLiteral("success+%1@simulator.amazonses.com").arg(random.bounded(20000));
            submit(sesJson(QStringLiteral("Delivery"), to, source, at.addSecs(2)), at.addSecs(2));
            if (random.generateDouble() < 0.0009 * badness)
                submit(sesJson(QStringLiteral("Complaint"), to, source,
                               at.addSecs(3600)),
                       at.addSecs(3600));
        }
    }
    for (auto &f : pending)
        failures += f.result().ok() ? 0 : 1;
    if (failures)
        return fail(QStringLiteral("%1 simulated events could not be stored").arg(failures));
    out(QStringLiteral("stored %1 simulated sends and their feedback over %2 day(s) in %3")
            .arg(sends)
            .arg(days)
            .arg(url->displayString()));
    return Ok;
}

} // namespace Bouncedesk::Cli
