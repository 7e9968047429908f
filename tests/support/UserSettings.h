// UserSettings: the user's settings file (Model::Settings() without a file) in a folder of the test's own.
#pragma once

namespace Bouncedesk::Test {

// Points the user's settings at a fresh temporary folder for the rest of the process, so that what
// views remember (column widths, splitters) neither leaks between tests nor touches the real
// ~/.config. Call in initTestCase(), before any view is created.
void isolateUserSettings();

} // namespace Bouncedesk::Test
