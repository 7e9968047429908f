// The console's main window.
#include "main/MainWindow.h"

#include "store/Stats.h"
#include "store/Store.h"

#include <QAction>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

MainWindow::MainWindow(Model::DatabaseUrl url, QWidget *parent) : QMainWindow(parent), m_url(std::move(url))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Bouncedesk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_databaseLabel = new QLabel(central);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_databaseLabel);
    m_countsForm = new QFormLayout;
    const std::pair<const char *, QString> rows[] = {
        {"notifications", tr("SNS messages")},  {"bounces", tr("Bounces")},     {"complaints", tr("Complaints")},
        {"unreviewed_complaints", tr("Unreviewed complaints")}, {"deliveries", tr("Deliveries")},
        {"sends", tr("Sends")},                  {"suppressed", tr("Suppressed addresses")},
    };
    for (const auto &[key, title] : rows) {
        auto *value = new QLabel(QStringLiteral("-"), central);
        value->setObjectName(QStringLiteral("count_") + QString::fromLatin1(key));
        m_countLabels.insert(QString::fromLatin1(key), value);
        m_countsForm->addRow(title, value);
    }
    layout->addLayout(m_countsForm);
    layout->addStretch();
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *refreshAction = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    auto *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    resize(900, 600);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    m_databaseLabel->setText(tr("Database: %1").arg(m_url.displayString()));
    auto db = Model::Store::open(m_url, Model::Store::Mode::RequireCurrent);
    if (!db) {
        statusBar()->showMessage(db.errorText());
        return;
    }
    auto counts = Model::Stats::counts(*db);
    if (!counts) {
        statusBar()->showMessage(counts.errorText());
        return;
    }
    const QJsonObject json = counts->toJson();
    for (auto it = m_countLabels.cbegin(); it != m_countLabels.cend(); ++it)
        it.value()->setText(QLocale().toString(json.value(it.key()).toInteger()));
    statusBar()->showMessage(tr("Up to date"));
}

} // namespace Bouncedesk::Ui
