// `pull`: feedback from an SQS queue subscribed to the SNS topic; runs until SIGINT/SIGTERM or, with
// --once, until the queue has nothing more to give.
#include "Cli.h"
#include "listener/QueuePuller.h"

#include <QCoreApplication>
#include <QTimer>

namespace Bouncedesk::Cli {

using namespace Model;

int pullCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Receive SNS messages from an SQS queue, verify them as `listen` does, store them, and delete "
                       "each from the queue only once it is stored. Messages that fail verification stay in the "
                       "queue (its redrive policy moves them to a dead-letter queue)."));
    addCommonOptions(parser);
    addAwsOptions(parser);
    addTrustOptions(parser);
    const PullerSettings defaults;
    parser.addOptions({
        { QStringLiteral("queue-url"),
            Text::tr("The queue, e.g. https://sqs.eu-west-1.amazonaws.com/123456789012/ses-feedback."),
            QStringLiteral("url") },
        { QStringLiteral("once"), Text::tr("Exit 0 when a receive comes back empty (for cron and tests).") },
        { QStringLiteral("raw-delivery"),
            Text::tr(
                "The queue's SNS subscription uses raw message delivery: bodies are bare SES JSON with no "
                "signature to verify. Stored marked 'unsigned'. Only for a queue that only SNS can write to.") },
        { QStringLiteral("wait"),
            Text::tr("Long-poll wait in seconds, 0-20 (default %1).").arg(defaults.waitSeconds),
            QStringLiteral("seconds"), QString::number(defaults.waitSeconds) },
        { QStringLiteral("visibility-timeout"),
            Text::tr("Seconds a received message stays hidden from other pullers (default: the queue's)."),
            QStringLiteral("seconds") },
    });
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(QStringLiteral("queue-url")))
        return fail(Text::tr("--queue-url is required"), Usage);
    auto url = databaseUrl(parser);
    if (!url)
        return fail(url.errorText());
    auto settings = listenerSettingsWithTrust(parser, false);
    if (!settings)
        return fail(settings.errorText(), Usage);
    auto account = awsAccount(parser);
    if (!account)
        return fail(account.errorText(), account.error().code == u"usage" ? Usage : Failure);

    PullerSettings puller;
    puller.queueUrl = parser.value(QStringLiteral("queue-url"));
    puller.once = parser.isSet(QStringLiteral("once"));
    puller.rawDelivery = parser.isSet(QStringLiteral("raw-delivery"));
    bool ok = false;
    puller.waitSeconds = parser.value(QStringLiteral("wait")).toInt(&ok);
    if (!ok || puller.waitSeconds < 0 || puller.waitSeconds > 20)
        return fail(Text::tr("--wait must be 0 to 20 seconds"), Usage);
    if (parser.isSet(QStringLiteral("visibility-timeout"))) {
        puller.visibilityTimeout = parser.value(QStringLiteral("visibility-timeout")).toInt(&ok);
        if (!ok || puller.visibilityTimeout < 0 || puller.visibilityTimeout > 43200)
            return fail(Text::tr("--visibility-timeout must be 0 to 43200 seconds"), Usage);
    }
    if (puller.rawDelivery)
        warn(Text::tr("--raw-delivery: messages from this queue are stored without any signature check"));

    QueuePuller pulling(*url, *settings, *account, puller);
    if (auto started = pulling.start(); !started)
        return fail(started.errorText());
    out(Text::tr("pulling %1 (region %2, database %3)")
            .arg(puller.queueUrl, account->region, url->displayString()));
    QString failure;
    QObject::connect(&pulling, &QueuePuller::finished, qApp, [&failure](const QString &error) {
        failure = error;
        QCoreApplication::quit();
    });
    const int waitMs = puller.waitSeconds * 1000;
    if (!onTerminationSignal(&pulling, [&pulling, waitMs] {
            out(Text::tr("stopping: storing and deleting the batch in hand"));
            pulling.stop();
            // A receive can be long-polling: nothing is lost by leaving it (unreceived messages stay queued).
            QTimer::singleShot(waitMs + 5000, qApp, &QCoreApplication::quit);
        }))
        return fail(Text::tr("cannot set up signal handling"));
    QCoreApplication::exec();
    const ListenerCounts c = pulling.metrics().snapshot();
    out(Text::tr("received %1, stored %2, duplicates %3, refused %4, deleted %5")
            .arg(c.received)
            .arg(c.stored)
            .arg(c.duplicates)
            .arg(c.rejectedTotal())
            .arg(pulling.deleted()));
    for (auto it = c.rejected.cbegin(); it != c.rejected.cend(); ++it)
        out(Text::tr("  refused (%1): %2, left in the queue").arg(it.key()).arg(it.value()));
    if (!failure.isEmpty())
        return fail(failure);
    return Ok;
}

} // namespace Bouncedesk::Cli
