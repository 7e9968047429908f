// The history of one address: events, state changes and suppressions in one list, newest first.
#include "bounces/AddressHistoryDialog.h"
#include "core/Translations.h"

#include "core/Time.h"
#include "policy/AddressActions.h"
#include "policy/SuppressionList.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

namespace {
constexpr int kMessageRefRole = Qt::UserRole + 1;
}

AddressHistoryDialog::AddressHistoryDialog(Model::DatabaseUrl url, QString email, QWidget *parent)
    : QDialog(parent), m_url(std::move(url)), m_email(std::move(email))
{
    setObjectName(QStringLiteral("addressHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(m_email));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rawButton = buttons->addButton(tr("Show raw notification"), QDialogButtonBox::ActionRole);
    m_rawButton->setObjectName(QStringLiteral("showRawButton"));
    m_resetButton = buttons->addButton(tr("Reset bounce status…"), QDialogButtonBox::ActionRole);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rawButton, &QPushButton::clicked, this, [this] {
        if (const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0))
            if (const qint64 ref = item->data(kMessageRefRole).toLongLong(); ref > 0)
                emit openNotification(ref);
    });
    connect(m_resetButton, &QPushButton::clicked, this, [this] { emit resetRequested(m_email); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &AddressHistoryDialog::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (const QTableWidgetItem *item = m_table->item(row, 0))
            if (const qint64 ref = item->data(kMessageRefRole).toLongLong(); ref > 0)
                emit openNotification(ref);
    });

    resize(820, 480);
    reload();
}

AddressHistoryDialog::~AddressHistoryDialog() = default;

void AddressHistoryDialog::setResetEnabled(bool enabled, const QString &whyNot)
{
    m_resetButton->setEnabled(enabled);
    m_resetButton->setToolTip(enabled ? QString() : whyNot);
}

void AddressHistoryDialog::reload()
{
    m_table->setRowCount(0);
    auto db = Model::Database::connection(m_url);
    if (!db) {
        m_summary->setText(tr("Cannot open the database: %1").arg(db.errorText()));
        updateButtons();
        return;
    }
    const Model::Actor actor = Model::Actor::current(*db);
    QString status;
    if (auto decision = Model::SuppressionList(*db, actor).check(m_email, Model::Purpose::Marketing)) {
        status = tr("Status: %1. %2.").arg(decision->addressStatus,
                                          decision->suppression ? tr("Suppressed: %1").arg(decision->reason)
                                                                : tr("Not suppressed"));
    }
    auto history = Model::AddressActions(*db, actor).history(m_email);
    if (!history) {
        m_summary->setText(QString(m_email + QStringLiteral("\n") + tr("Cannot read the history: %1").arg(history.errorText())));
        updateButtons();
        return;
    }
    m_summary->setText(QString(m_email + QStringLiteral(" — ") + status + QStringLiteral(" ")
                               + tr("%n entries", nullptr, int(history->size()))));
    m_table->setRowCount(int(history->size()));
    int row = 0;
    for (const Model::HistoryEntry &e : *history) {
        auto *when = new QTableWidgetItem(Model::Translations::dateTime(e.at, true));
        when->setToolTip(Model::Time::isoUtcMs(e.at));
        when->setData(kMessageRefRole, e.messageRef);
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(e.kind));
        auto *summary = new QTableWidgetItem(e.summary);
        summary->setToolTip(e.summary);
        m_table->setItem(row, 2, summary);
        ++row;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

void AddressHistoryDialog::updateButtons()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    m_rawButton->setEnabled(item && item->data(kMessageRefRole).toLongLong() > 0);
}

} // namespace Bouncedesk::Ui
