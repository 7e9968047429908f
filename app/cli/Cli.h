// Shared plumbing for bouncedesk-cli sub-commands: argument parsing, output and exit codes.
#pragma once

#include "aws/AwsConfig.h"
#include "core/Result.h"
#include "listener/ListenerSettings.h"
#include "store/DatabaseUrl.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QStringList>

#include <functional>

namespace Bouncedesk::Cli {

// The CLI's user-visible texts: Text::tr("...") puts them in the translators' context "Cli".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes shared by all sub-commands (suppression check uses 0/1/2 as documented there).
enum Exit { Ok = 0, Failure = 1, Usage = 2 };

// Prints "bouncedesk-cli: <message>" on stderr as one line.
int fail(const QString &message, int code = Failure);
// Prints "bouncedesk-cli: warning: <message>" on stderr as one line.
void warn(const QString &message);
void out(const QString &text);

// A parser with --help and --database; the command adds its own options.
void addCommonOptions(QCommandLineParser &parser);
// Parses args (args[0] is the command path for messages); prints usage errors itself.
bool parse(QCommandLineParser &parser, const QStringList &args);
Model::Result<Model::DatabaseUrl> databaseUrl(const QCommandLineParser &parser);
// The one preamble of commands that work on an existing database: --database (or the environment or
// the default), opened with a schema that is current (RequireCurrent) or brought up to date (Migrate).
Model::Result<QSqlDatabase> openDatabase(const QCommandLineParser &parser,
                                         Model::Store::Mode mode = Model::Store::Mode::RequireCurrent);

// Shared by `listen` and `pull`: trusted topics, certificate sources, message age and policy numbers
// (http: also the HTTP listener's own numbers, e.g. timeouts and the replay window).
void addTrustOptions(QCommandLineParser &parser);
void addNumberOptions(QCommandLineParser &parser, bool http);
Model::Result<Model::ListenerSettings> listenerSettingsWithTrust(const QCommandLineParser &parser, bool http);
bool splitPair(const QString &text, QChar separator, QString *left, QString *right);

// --profile, --region, --endpoint-url, resolved with the environment and the AWS CLI's files.
void addAwsOptions(QCommandLineParser &parser);
Model::Result<Model::Aws::Account> awsAccount(const QCommandLineParser &parser);

// SIGINT/SIGTERM call stop once, on the event loop (a self-pipe: nothing else is safe in a handler).
bool onTerminationSignal(QObject *context, std::function<void()> stop);

// Runs the event loop until the future is done (for one-shot commands on asynchronous clients).
template <typename T>
T await(QFuture<T> future)
{
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

int dbCommand(const QStringList &args);
int statsCommand(const QStringList &args);
int listenCommand(const QStringList &args);
int suppressionCommand(const QStringList &args);
int simulateCommand(const QStringList &args);
int maintainCommand(const QStringList &args);
int topicsCommand(const QStringList &args);
int pullCommand(const QStringList &args);
int sesSuppressionCommand(const QStringList &args);

} // namespace Bouncedesk::Cli
