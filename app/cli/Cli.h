// Shared plumbing for bouncedesk-cli sub-commands: argument parsing, output and exit codes.
#pragma once

#include "core/Result.h"
#include "store/DatabaseUrl.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QStringList>

namespace Bouncedesk::Cli {

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

int dbCommand(const QStringList &args);
int statsCommand(const QStringList &args);
int listenCommand(const QStringList &args);
int suppressionCommand(const QStringList &args);
int simulateCommand(const QStringList &args);
int maintainCommand(const QStringList &args);
int topicsCommand(const QStringList &args);

} // namespace Bouncedesk::Cli
