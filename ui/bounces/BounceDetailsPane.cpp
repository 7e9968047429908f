// The selected bounce in full: the SMTP diagnostic, the MTAs, the feedback id and who sent the message.
#include "bounces/BounceDetailsPane.h"

#include "core/Time.h"
#include "store/BounceRepository.h"
#include "store/Database.h"
#include "tables/BounceTableModel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

namespace {
// Read-only line edits rather than labels: long ids and ARNs scroll instead of widening the window,
// and each can be reached with Tab, selected and copied.
QLineEdit *valueField(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setReadOnly(true);
    edit->setFrame(false);
    edit->setFocusPolicy(Qt::TabFocus);
    QPalette p = edit->palette();
    p.setColor(QPalette::Base, Qt::transparent);
    edit->setPalette(p);
    return edit;
}

void setValue(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    edit->setCursorPosition(0);
    edit->setToolTip(text);
}
} // namespace

BounceDetailsPane::BounceDetailsPane(Model::DatabaseUrl url, QWidget *parent) : QWidget(parent), m_url(std::move(url))
{
    setObjectName(QStringLiteral("bounceDetails"));
    setAccessibleName(tr("Bounce details"));
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setVerticalSpacing(2);
    }
    auto add = [this](QFormLayout *form, const QString &name, const QString &label) {
        QLineEdit *edit = field(name, label);
        form->addRow(label + u':', edit);
        return edit;
    };
    m_address = add(left, QStringLiteral("detailAddress"), tr("Address"));
    m_state = add(left, QStringLiteral("detailState"), tr("State now"));
    m_when = add(left, QStringLiteral("detailWhen"), tr("Bounced"));
    m_type = add(left, QStringLiteral("detailType"), tr("Type"));
    m_action = add(left, QStringLiteral("detailAction"), tr("Action"));
    m_status = add(left, QStringLiteral("detailStatus"), tr("Status"));
    m_reportingMta = add(right, QStringLiteral("detailReportingMta"), tr("Reporting MTA"));
    m_remoteMta = add(right, QStringLiteral("detailRemoteMta"), tr("Remote MTA"));
    m_feedbackId = add(right, QStringLiteral("detailFeedbackId"), tr("Feedback id"));
    m_sesMessageId = add(right, QStringLiteral("detailSesMessageId"), tr("SES message id"));
    m_source = add(right, QStringLiteral("detailSource"), tr("Sent from"));
    m_sourceArn = add(right, QStringLiteral("detailSourceArn"), tr("Identity ARN"));

    m_diagnostic = new QPlainTextEdit(this);
    m_diagnostic->setObjectName(QStringLiteral("detailDiagnostic"));
    m_diagnostic->setAccessibleName(tr("Diagnostic code"));
    m_diagnostic->setReadOnly(true);
    m_diagnostic->setTabChangesFocus(true);
    m_diagnostic->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diagnostic->setMaximumHeight(m_diagnostic->fontMetrics().lineSpacing() * 4 + 12);
    m_diagnostic->setPlaceholderText(tr("No diagnostic code"));
    auto *diagnosticLabel = new QLabel(tr("Diagnostic c&ode:"), this);
    diagnosticLabel->setBuddy(m_diagnostic);

    m_raw = new QPushButton(tr("Show raw &JSON"), this);
    m_raw->setObjectName(QStringLiteral("showRawJsonButton"));
    m_raw->setAccessibleName(tr("Show raw JSON of the notification"));
    m_raw->setToolTip(tr("The notification as SNS delivered it, in the Notifications tab (Ctrl+J)"));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(diagnosticLabel, 0, Qt::AlignTop);
    bottom->addWidget(m_diagnostic, 1);
    bottom->addWidget(m_raw, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(columns);
    layout->addLayout(bottom);
    clear(tr("Select a bounce to see everything SES reported about it."));
}

BounceDetailsPane::~BounceDetailsPane() = default;

QLineEdit *BounceDetailsPane::field(const QString &name, const QString &label)
{
    QLineEdit *edit = valueField(this);
    edit->setObjectName(name);
    edit->setAccessibleName(label);
    return edit;
}

void BounceDetailsPane::clear(const QString &why)
{
    m_bounceId = 0;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        setValue(edit, QString());
    m_address->setPlaceholderText(why);
    m_diagnostic->clear();
    m_raw->setEnabled(false);
}

void BounceDetailsPane::showBounce(qint64 bounceId, const Model::AddressNow &now)
{
    if (bounceId <= 0) {
        clear(tr("Select a bounce to see everything SES reported about it."));
        return;
    }
    auto db = Model::Database::connection(m_url);
    auto read = db ? Model::BounceRepository(*db).details(bounceId) : Model::Result<Model::BounceDetails>(db.error());
    if (!read) {
        clear(read.errorText());
        return;
    }
    const Model::BounceDetails &d = *read;
    m_bounceId = d.id;
    setValue(m_address, d.email);
    setValue(m_state, Model::BounceTableModel::stateText(now, true));
    QString when = Model::Time::localDisplay(d.eventAt);
    if (d.mailAt.isValid())
        when += tr(" (sent %1)").arg(Model::Time::localDisplay(d.mailAt.toMSecsSinceEpoch()));
    setValue(m_when, when);
    QString type = d.subType.isEmpty() ? d.type : tr("%1 / %2").arg(d.type, d.subType);
    if (!d.countsForRate)
        type += tr(" (on the SES account suppression list: not counted in the bounce rate)");
    setValue(m_type, type);
    setValue(m_action, d.action);
    setValue(m_status, d.status);
    setValue(m_reportingMta, d.reportingMta);
    setValue(m_remoteMta, d.remoteMtaIp);
    setValue(m_feedbackId, d.feedbackId);
    setValue(m_sesMessageId, d.sesMessageId);
    setValue(m_source, d.source);
    setValue(m_sourceArn, d.sourceArn);
    m_diagnostic->setPlainText(d.diagnosticCode);
    m_raw->setEnabled(d.messageRef > 0);
}

} // namespace Bouncedesk::Ui
