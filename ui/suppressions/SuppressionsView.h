// SuppressionsView: the active suppression list; add, remove, annotate, import from and export to SES CSV.
#pragma once

#include "aws/AwsConfig.h"
#include "core/Result.h"
#include "store/DatabaseUrl.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Bouncedesk::Model {
class SuppressionTableModel;
namespace Aws {
class AwsClient;
}
} // namespace Bouncedesk::Model

namespace Bouncedesk::Ui {

class TableColumns;

class SuppressionsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionsView)

public:
    explicit SuppressionsView(Model::DatabaseUrl url, QWidget *parent = nullptr);
    ~SuppressionsView() override;

    // Where the AWS account comes from (the console's settings); without one the SES column stays unknown.
    void setAwsAccount(Model::Aws::AccountSource source);

public slots:
    // Reads the SES account-level suppression list (all pages) for the "On SES" column.
    void checkSes();
    // Re-reads the list with the current search and reason filter; failures are shown inline.
    void refresh();

signals:
    // The suppression list was changed here.
    void dataChanged();

private:
    void addSuppression();
    void removeSelected();
    void editNotes();
    void importCsv();
    void exportCsv();
    void updateActions();
    void updatePermissions();
    QStringList selectedEmails() const;
    void changed();
    // After a removal here: offers to remove those of emails that SES has too, and does it (audited).
    void offerSesRemoval(const QStringList &emails, const QString &why);
    Model::Aws::AwsClient *awsClient(QString *error);

    Model::DatabaseUrl m_url;
    Model::SuppressionTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    TableColumns *m_columns = nullptr; // child of m_table
    QLineEdit *m_search = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_notesButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPushButton *m_sesButton = nullptr;
    QLabel *m_sesStatus = nullptr;
    Model::Aws::AccountSource m_accountSource;
    QPointer<Model::Aws::AwsClient> m_aws; // made from the account source when first needed
    QString m_mayNotInsert; // why adding and importing are not allowed; empty when they are
    QString m_mayNotUpdate; // why removing and editing notes are not allowed; empty when they are
};

} // namespace Bouncedesk::Ui
