// MainWindow: the console's frame; it wires per-feature widgets and shows the database summary.
#pragma once

#include "store/DatabaseUrl.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QFormLayout;

namespace Bouncedesk::Ui {

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Model::DatabaseUrl url, QWidget *parent = nullptr);
    ~MainWindow() override;

public slots:
    // Re-reads the counts from the database; a failure is shown in the status bar, not a dialog.
    void refresh();

private:
    Model::DatabaseUrl m_url;
    QLabel *m_databaseLabel = nullptr;
    QFormLayout *m_countsForm = nullptr;
    QHash<QString, QLabel *> m_countLabels;
};

} // namespace Bouncedesk::Ui
