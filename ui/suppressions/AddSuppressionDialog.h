// AddSuppressionDialog: one address to suppress by hand; errors are shown in the dialog, which stays open.
#pragma once

#include "core/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Bouncedesk::Ui {

class AddSuppressionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSuppressionDialog)

public:
    // apply(email, reason, note) stores the suppression; reason is manual, manual-bounce or manual-complaint.
    using Apply = std::function<Model::Result<void>(const QString &, const QString &, const QString &)>;
    AddSuppressionDialog(Apply apply, QWidget *parent = nullptr);
    ~AddSuppressionDialog() override;

    QString email() const;

public slots:
    void accept() override;

private:
    void showError(const QString &text);

    Apply m_apply;
    QLineEdit *m_email = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Bouncedesk::Ui
