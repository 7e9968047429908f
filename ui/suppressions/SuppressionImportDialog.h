// SuppressionImportDialog: previews an SES suppression CSV line by line, then imports it off the GUI thread.
#pragma once

#include "store/DatabaseUrl.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace Bouncedesk::Ui {

class SuppressionImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionImportDialog)

public:
    static constexpr int kPreviewLines = 50;

    // Reads and checks the whole file at once; the preview shows its first lines and every bad one
    // after them (up to a limit).
    SuppressionImportDialog(Model::DatabaseUrl url, const QString &path, QWidget *parent = nullptr);
    ~SuppressionImportDialog() override;

    int validCount() const { return m_valid; }
    int invalidCount() const { return m_invalid; }
    bool isImporting() const { return m_importing; }

public slots:
    // Starts the import; the dialog closes once it succeeded.
    void accept() override;
    // Ignored while importing: the import is one transaction that cannot be cancelled half-way.
    void reject() override;

signals:
    void imported(int added, int skipped);

private:
    void preview(const QByteArray &content);
    void addPreviewRow(int line, const QString &email, const QString &reason, const QString &check, bool bad);

    Model::DatabaseUrl m_url;
    QString m_path;
    int m_valid = 0;
    int m_invalid = 0;
    bool m_importing = false;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_import = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Bouncedesk::Ui
