// bouncedesk: the desktop console.
#include "main/MainWindow.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Bouncedesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Bouncedesk"));
    QApplication::setApplicationName(QStringLiteral("bouncedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bouncedesk"));
    QApplication::setApplicationVersion(QStringLiteral(BOUNCEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Amazon SES bounce and complaint console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database URL (sqlite:///path.db or postgresql://...)"),
                      QStringLiteral("url")});
    parser.process(app);

    auto url = Model::DatabaseUrl::resolve(parser.value(QStringLiteral("database")));
    if (!url) {
        qCritical("%s", qPrintable(url.errorText()));
        return 1;
    }
    // The console creates or upgrades its database on start; errors are shown, then we quit.
    if (auto db = Model::Store::open(*url); !db) {
        QMessageBox::critical(nullptr, QStringLiteral("Bouncedesk"), db.errorText());
        return 1;
    }
    Ui::MainWindow window(*url);
    window.show();
    return QApplication::exec();
}
