// ConsoleStart: starts a console (no embedded listener) on the user's settings, as main() does, and waits.
#pragma once

#include "Console.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Bouncedesk::Test {

// The console's own settings file (Model::Settings()), in the test's folder (isolateUserSettings).
inline std::unique_ptr<QSettings> userFile()
{
    return std::make_unique<QSettings>(QStringLiteral("Bouncedesk"), QStringLiteral("bouncedesk"));
}

// The file's bytes as on disk, to show no secret reached it.
inline QByteArray userSettingsBytes()
{
    QFile file(userFile()->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// True once the console reports started; false with the reason in failure when it failed or hung 30 s.
inline bool startConsole(std::unique_ptr<Console> &console, QString *failure)
{
    console = std::make_unique<Console>(false);
    QSignalSpy started(console.get(), &Console::started);
    QSignalSpy failed(console.get(), &Console::failed);
    console->start(QString());
    if (!QTest::qWaitFor([&] { return started.count() + failed.count() > 0; }, 30000)) {
        *failure = QStringLiteral("the console neither started nor failed in 30 s");
        return false;
    }
    if (!failed.isEmpty())
        *failure = failed.first().first().toString();
    return !started.isEmpty();
}

} // namespace Bouncedesk::Test
