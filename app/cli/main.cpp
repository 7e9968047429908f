// bouncedesk-cli: the headless tool (listen, pull, db, stats, suppression, ses-suppression, maintain, simulate, topics).
#include "Cli.h"
#include "core/Translations.h"

#include <QCoreApplication>

using namespace Bouncedesk::Cli;

namespace {
// "  syntax               what it does": the syntax stays as typed, the description is translated.
QString commandLine(const QString &syntax, const QString &description)
{
    constexpr int column = 21;
    if (syntax.size() < column)
        return QStringLiteral("  ") + syntax.leftJustified(column) + description;
    return QStringLiteral("  ") + syntax + u'\n' + QString(column + 2, u' ') + description;
}

int usage()
{
    const QStringList lines{
        Text::tr("usage: %1").arg(QStringLiteral("bouncedesk-cli <command> [options]")),
        QString(),
        Text::tr("commands:"),
        commandLine(QStringLiteral("listen"), Text::tr("receive SNS messages on POST /sns (see listen --help)")),
        commandLine(QStringLiteral("db migrate|version"),
                    Text::tr("create or upgrade the schema, or print its version")),
        commandLine(QStringLiteral("stats [--json]"), Text::tr("counts of messages, events and suppressions")),
        commandLine(QStringLiteral("simulate [--days N] [--sends N]"),
                    Text::tr("store simulated SES feedback (SES mailbox simulator) for demos")),
        commandLine(QStringLiteral("simulate --target URL [--count N] [--rate R] [--mix ...]"),
                    Text::tr("post signed test traffic to a listener run with --trust-simulator")),
        commandLine(QStringLiteral("suppression check|add|remove|list|import|export"),
                    Text::tr("the suppression list (see suppression --help)")),
        commandLine(QStringLiteral("maintain [--dry-run] [--report [--period 7d]] [--json]"),
                    Text::tr("recover quiet soft bounces, remove old records; health report")),
        commandLine(QStringLiteral("topics list|trust|untrust"),
                    Text::tr("the SNS topics whose notifications are accepted")),
        commandLine(QStringLiteral("pull --queue-url URL [--once]"),
                    Text::tr("receive SNS messages from an SQS queue (see pull --help)")),
        commandLine(QStringLiteral("ses-suppression pull|push|diff"),
                    Text::tr("keep the SES account suppression list in step with ours")),
        QString(),
        Text::tr("Every command takes --database URL (%1 or %2)\nand --help.")
            .arg(QStringLiteral("sqlite:///path.db"), QStringLiteral("postgresql://user@host/db")),
    };
    out(lines.join(u'\n'));
    return Usage;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Bouncedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("bouncedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOUNCEDESK_VERSION));
    // Before the first translated text: the system's language (LANG, LC_ALL, LANGUAGE). JSON, tab-separated
    // rows and `suppression check`'s verdict stay English whatever it is: scripts read them.
    Bouncedesk::Model::Translations::install();

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usage();
    const QString command = args.takeAt(1);
    args[0] = args[0] + u' ' + command;
    if (command == u"db")
        return dbCommand(args);
    if (command == u"stats")
        return statsCommand(args);
    if (command == u"listen")
        return listenCommand(args);
    if (command == u"suppression")
        return suppressionCommand(args);
    if (command == u"simulate")
        return simulateCommand(args);
    if (command == u"maintain")
        return maintainCommand(args);
    if (command == u"topics")
        return topicsCommand(args);
    if (command == u"pull")
        return pullCommand(args);
    if (command == u"ses-suppression")
        return sesSuppressionCommand(args);
    if (command == u"--help" || command == u"-h" || command == u"help")
        return usage(), Ok;
    if (command == u"--version") {
        out(QStringLiteral("bouncedesk-cli " BOUNCEDESK_VERSION));
        return Ok;
    }
    fail(Text::tr("unknown command '%1'").arg(command), Usage);
    return usage();
}
