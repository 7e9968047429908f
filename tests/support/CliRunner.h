// CliRunner: runs this build's bouncedesk-cli (BOUNCEDESK_CLI) and collects what it printed.
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace Bouncedesk::Test {

struct CliRun {
    int exitCode = -1; // -2 if it crashed
    QString out;
    QString err; // "timed out" after a minute
};

CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace Bouncedesk::Test
