// A per-process settings folder for GUI tests.
#include "UserSettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Bouncedesk::Test {

void isolateUserSettings()
{
    static QTemporaryDir dir; // removed at exit
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
}

} // namespace Bouncedesk::Test
