// bouncedesk-cli: the headless tool (listen, pull, db, stats, suppression, ses-suppression, maintain, simulate, topics).
#include "Cli.h"

#include <QCoreApplication>

using namespace Bouncedesk::Cli;

namespace {
int usage()
{
    out(QStringLiteral("usage: bouncedesk-cli <command> [options]\n\n"
                       "commands:\n"
                       "  listen               receive SNS messages on POST /sns (see listen --help)\n"
                       "  db migrate|version   create or upgrade the schema, or print its version\n"
                       "  stats [--json]       counts of messages, events and suppressions\n"
                       "  simulate [--days N] [--sends N]\n"
                       "                       store simulated SES feedback (SES mailbox simulator) for demos\n"
                       "  simulate --target URL [--count N] [--rate R] [--mix ...]\n"
                       "                       post signed test traffic to a listener run with --trust-simulator\n"
                       "  suppression check|add|remove|list|import|export\n"
                       "                       the suppression list (see suppression --help)\n"
                       "  maintain [--dry-run] [--report [--period 7d]] [--json]\n"
                       "                       recover quiet soft bounces, remove old records; health report\n"
                       "  topics list|trust|untrust\n"
                       "                       the SNS topics whose notifications are accepted\n"
                       "  pull --queue-url URL [--once]\n"
                       "                       receive SNS messages from an SQS queue (see pull --help)\n"
                       "  ses-suppression pull|push|diff\n"
                       "                       keep the SES account suppression list in step with ours\n\n"
                       "Every command takes --database URL (sqlite:///path.db or postgresql://user@host/db)\n"
                       "and --help."));
    return Usage;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Bouncedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("bouncedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOUNCEDESK_VERSION));

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
    fail(QStringLiteral("unknown command '%1'").arg(command), Usage);
    return usage();
}
