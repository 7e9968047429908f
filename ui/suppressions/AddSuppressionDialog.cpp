// The "add suppression" dialog.
#include "suppressions/AddSuppressionDialog.h"

#include "core/EmailAddress.h"
#include "core/SuppressionReason.h"
#include "policy/SuppressionList.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

AddSuppressionDialog::AddSuppressionDialog(Apply apply, QWidget *parent) : QDialog(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("AddSuppressionDialog"));
    setWindowTitle(tr("Add suppression"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    using Model::SuppressionReason;
    m_reason->addItem(tr("manual"), Model::suppressionReasonText(SuppressionReason::Manual));
    m_reason->addItem(tr("BOUNCE (the address does not exist)"), Model::suppressionReasonText(SuppressionReason::ManualBounce));
    m_reason->addItem(tr("COMPLAINT (the recipient does not want our mail)"),
                      Model::suppressionReasonText(SuppressionReason::ManualComplaint));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("why, ticket number, …"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_email);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add"));
    m_ok->setObjectName(QStringLiteral("addButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSuppressionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSuppressionDialog::reject);
    connect(m_email, &QLineEdit::textEdited, m_error, &QWidget::hide);
}

AddSuppressionDialog::~AddSuppressionDialog() = default;

QString AddSuppressionDialog::email() const
{
    return m_email->text();
}

void AddSuppressionDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    m_email->setFocus();
}

void AddSuppressionDialog::accept()
{
    // Check the address here first so a typo is explained without a round trip to the database.
    if (auto email = Model::EmailAddress::normalise(m_email->text()); !email) {
        showError(email.errorText());
        return;
    }
    if (auto applied = m_apply(m_email->text(), m_reason->currentData().toString(), m_note->text()); !applied) {
        showError(applied.errorText());
        return;
    }
    QDialog::accept();
}

} // namespace Bouncedesk::Ui
