// bouncedesk: the desktop console.
#include "Console.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "main/MainWindow.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>

using namespace Bouncedesk;

namespace {
// --screenshot renders offscreen: the platform must be chosen before QApplication exists.
bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

// Fusion with a dark palette: how the views look on a dark desktop, also where none is (offscreen).
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(130, 130, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(90, 160, 255));
    p.setColor(QPalette::Highlight, QColor(42, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(p);
}
} // namespace

int main(int argc, char *argv[])
{
    if (wantsScreenshot(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Bouncedesk"));
    QApplication::setApplicationName(QStringLiteral("bouncedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bouncedesk"));
    QApplication::setApplicationVersion(QStringLiteral(BOUNCEDESK_VERSION));
    // Names the installed .desktop entry (packaging/), so Wayland compositors find the icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.bouncedesk.Bouncedesk"));
    // Before the first translated string: the language chosen in Settings, else the system's.
    Model::Translations::install(Model::Settings().get(Model::Settings::Key::Language).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(Console::tr("Amazon SES bounce and complaint console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"),
         Console::tr("Database URL (sqlite:///path.db or postgresql://user@host/db); default: settings, "
                     "BOUNCEDESK_DATABASE, then the user's SQLite file."),
         Console::tr("url")},
        {QStringLiteral("no-listener"), Console::tr("Do not run the webhook listener in this console.")},
        {QStringLiteral("screenshot"), Console::tr("Render the main window to a PNG file and exit."),
         Console::tr("file")},
        {QStringLiteral("with-listener"),
         Console::tr("With --screenshot: run the embedded listener too (it is off for screenshots otherwise).")},
        {QStringLiteral("view"), Console::tr("With --screenshot: the view to show (%1).")
                                     .arg(Ui::MainWindow::viewNames().join(QStringLiteral(", "))),
         Console::tr("name"), QStringLiteral("dashboard")},
        {QStringLiteral("size"), Console::tr("With --screenshot: the window size (default 1280x820)."),
         QStringLiteral("WxH"), QStringLiteral("1280x820")},
        {QStringLiteral("dark"), Console::tr("Use the Fusion style with a dark palette.")},
        {QStringLiteral("settings-page"),
         Console::tr("With --screenshot: render the Settings dialog on this page (database, listener, aws, policy, "
                     "language) instead of the window."),
         Console::tr("page")},
    });
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark")))
        useDarkPalette();

    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    // Secrets and the database come first (the keyring answers asynchronously); the window after.
    Console console((screenshot.isEmpty() || parser.isSet(QStringLiteral("with-listener")))
                    && !parser.isSet(QStringLiteral("no-listener")));
    QObject::connect(&console, &Console::failed, &app, [&screenshot](const QString &message) {
        if (screenshot.isEmpty())
            QMessageBox::critical(nullptr, QStringLiteral("Bouncedesk"), message);
        qCritical("bouncedesk: %s", qPrintable(message));
        QApplication::exit(1);
    });
    QObject::connect(&console, &Console::started, &app, [&console, &parser, &screenshot] {
        Ui::MainWindow *window = console.window();
        if (screenshot.isEmpty())
            return window->show();
        const QString view = parser.value(QStringLiteral("view"));
        if (!window->showView(view)) {
            qCritical("bouncedesk: unknown view '%s'", qPrintable(view));
            return QApplication::exit(2);
        }
        const QStringList size = parser.value(QStringLiteral("size")).split(u'x');
        const int width = size.value(0).toInt(), height = size.value(1).toInt();
        if (width <= 0 || height <= 0) {
            qCritical("bouncedesk: --size wants WIDTHxHEIGHT, e.g. 1920x1080");
            return QApplication::exit(2);
        }
        window->resize(width, height);
        window->show();
        window->refresh();
        if (parser.isSet(QStringLiteral("settings-page"))) {
            static const QStringList pages{QStringLiteral("database"), QStringLiteral("listener"), QStringLiteral("aws"),
                                           QStringLiteral("policy"), QStringLiteral("language")};
            const qsizetype page = pages.indexOf(parser.value(QStringLiteral("settings-page")));
            if (page < 0) {
                qCritical("bouncedesk: --settings-page wants one of %s", qPrintable(pages.join(u", ")));
                return QApplication::exit(2);
            }
            auto *dialog = new Ui::SettingsDialog(console.settings(), window);
            dialog->setKeyringProblem(window->keyringProblem());
            dialog->showPage(Ui::SettingsDialog::Page(page));
            dialog->show();
            QTimer::singleShot(700, dialog, [dialog, screenshot] {
                const bool saved = dialog->grab().save(screenshot, "PNG");
                QApplication::exit(saved ? 0 : 1);
            });
            return;
        }
        // Let layouts and charts settle, then grab.
        QTimer::singleShot(700, window, [window, screenshot] {
            const bool saved = window->grab().save(screenshot, "PNG");
            if (!saved)
                qCritical("bouncedesk: cannot write %s", qPrintable(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    });
    console.start(parser.value(QStringLiteral("database")));
    return QApplication::exec();
}
