// Shared plumbing for bouncedesk-cli sub-commands.
#include "Cli.h"

#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Bouncedesk::Cli {

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

bool onTerminationSignal(QObject *context, std::function<void()> stop)
{
    if (g_signalPipe[0] < 0 && ::pipe(g_signalPipe) != 0)
        return false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, stop = std::move(stop)] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        stop();
    });
    return true;
}

int fail(const QString &message, int code)
{
    QTextStream err(stderr);
    err << "bouncedesk-cli: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return code;
}

void warn(const QString &message)
{
    QTextStream err(stderr);
    err << "bouncedesk-cli: " << Text::tr("warning: %1").arg(QString(message).replace(u'\n', u' ')) << Qt::endl;
}

void out(const QString &text)
{
    QTextStream stream(stdout);
    stream << text << Qt::endl;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
                      Text::tr("Database URL: %1 or %2 (default: %3, else the user's SQLite file).")
                          .arg(QStringLiteral("sqlite:///path.db"), QStringLiteral("postgresql://user@host[:port]/db"),
                               QStringLiteral("BOUNCEDESK_DATABASE")),
                      QStringLiteral("url")});
}

bool parse(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        fail(parser.errorText(), Usage);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return false;
    }
    return true;
}

Model::Result<Model::DatabaseUrl> databaseUrl(const QCommandLineParser &parser)
{
    return Model::DatabaseUrl::resolve(parser.value(QStringLiteral("database")));
}

Model::Result<QSqlDatabase> openDatabase(const QCommandLineParser &parser, Model::Store::Mode mode)
{
    auto url = databaseUrl(parser);
    if (!url)
        return url.error();
    return Model::Store::open(*url, mode);
}

} // namespace Bouncedesk::Cli
