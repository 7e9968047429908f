// The complaint review queue.
#include "complaints/ComplaintsView.h"

#include "common/Dialogs.h"
#include "common/ScopeBar.h"
#include "common/TableColumns.h"
#include "policy/ComplaintReview.h"
#include "store/Database.h"
#include "tables/ComplaintTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Bouncedesk::Ui {

using Model::ComplaintTableModel;

ComplaintsView::ComplaintsView(Model::DatabaseUrl url, QWidget *parent) : QWidget(parent), m_url(std::move(url))
{
    setObjectName(QStringLiteral("ComplaintsView"));
    m_model = new ComplaintTableModel(m_url, this);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->addItem(tr("Unreviewed"), QVariant::fromValue(static_cast<int>(ComplaintTableModel::Filter::Unreviewed)));
    m_filter->addItem(tr("Reviewed"), QVariant::fromValue(static_cast<int>(ComplaintTableModel::Filter::Reviewed)));
    m_filter->addItem(tr("All"), QVariant::fromValue(static_cast<int>(ComplaintTableModel::Filter::All)));
    m_filter->setToolTip(tr("Which complaints to show"));
    m_filter->setAccessibleName(tr("Which complaints to show"));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("unreviewedCount"));

    m_markAction = new QAction(tr("&Mark reviewed…"), this);
    m_markAction->setObjectName(QStringLiteral("markReviewedAction"));
    m_markAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_markAction);
    m_copyAction = new QAction(tr("&Copy address"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAddressAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_rawAction = new QAction(tr("Show raw &notification"), this);
    m_rawAction->setObjectName(QStringLiteral("showRawNotificationAction"));
    m_rawAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_rawAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_rawAction);

    m_markButton = new QPushButton(m_markAction->text(), this);
    m_markButton->setObjectName(QStringLiteral("markReviewedButton"));
    m_markButton->setAccessibleName(tr("Mark the selected complaints reviewed"));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("complaintsError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errorLabel->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("complaintsTable"));
    m_table->setAccessibleName(tr("Complaints"));
    m_table->setModel(m_model);
    m_table->addAction(m_copyAction);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Sized to content once the first page is in; the review note, last, takes what is left.
    m_columns = new TableColumns(m_table, Model::Settings::Key::ComplaintsHeader);
    m_columns->setAddressColumns({ComplaintTableModel::Email});
    m_columns->setShrinkFirst({ComplaintTableModel::SubType, ComplaintTableModel::UserAgent,
                               ComplaintTableModel::ReviewedBy});

    auto *top = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_filter);
    top->addWidget(showLabel);
    top->addWidget(m_filter);
    top->addWidget(m_countLabel);
    top->addStretch();
    top->addWidget(m_markButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_scopeBar = new ScopeBar(this);
    layout->addWidget(m_scopeBar);
    connect(m_scopeBar, &ScopeBar::clearRequested, this, [this] { showScope({}); });
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ComplaintsView::refresh);
    connect(m_markAction, &QAction::triggered, this, &ComplaintsView::markSelectedReviewed);
    connect(m_markButton, &QPushButton::clicked, this, &ComplaintsView::markSelectedReviewed);
    connect(m_copyAction, &QAction::triggered, this, &ComplaintsView::copyAddresses);
    connect(m_rawAction, &QAction::triggered, this, &ComplaintsView::showRawNotification);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ComplaintsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComplaintsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComplaintsView::updateActions);

    updatePermissions();
    refresh();
}

ComplaintsView::~ComplaintsView() = default;

void ComplaintsView::showScope(const Model::FeedbackScope &scope)
{
    if (!scope.isEmpty()) { // reviewed ones belong to the spike too
        const QSignalBlocker blocker(m_filter);
        m_filter->setCurrentIndex(m_filter->findData(static_cast<int>(ComplaintTableModel::Filter::All)));
    }
    m_scopeBar->setScope(scope);
    // One reload for both: the filter is set first without reading.
    auto reloaded = scope.isEmpty() ? m_model->setScope(scope) : m_model->setFilterAndScope(ComplaintTableModel::Filter::All, scope);
    if (!reloaded) {
        m_errorLabel->setText(reloaded.errorText());
        m_errorLabel->show();
    }
}

void ComplaintsView::refresh()
{
    const auto filter = static_cast<ComplaintTableModel::Filter>(m_filter->currentData().toInt());
    if (auto reloaded = m_model->setFilter(filter); !reloaded) {
        m_errorLabel->setText(reloaded.errorText());
        m_errorLabel->show();
        m_countLabel->setText(tr("? unreviewed"));
        return;
    }
    auto db = Model::Database::connection(m_url);
    auto count = db ? Model::ComplaintReview(*db, Model::Actor{}).unreviewedCount() : Model::Result<qint64>(db.error());
    if (!count) {
        m_errorLabel->setText(count.errorText());
        m_errorLabel->show();
        m_countLabel->setText(tr("? unreviewed"));
        return;
    }
    m_errorLabel->hide();
    m_columns->fit();
    m_countLabel->setText(tr("%1 unreviewed").arg(QLocale().toString(*count)));
    emit unreviewedCountChanged(*count);
}

QList<int> ComplaintsView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ComplaintsView::updatePermissions()
{
    auto db = Model::Database::connection(m_url);
    auto may = db ? Model::ComplaintReview::checkMayReview(*db) : Model::Result<void>(db.error());
    m_mayReview = may.ok();
    m_permissionText = may ? QString() : may.errorText();
    updateActions();
}

void ComplaintsView::updateActions()
{
    const QList<int> rows = selectedRows();
    bool anyUnreviewed = false;
    for (const int row : rows)
        anyUnreviewed |= !m_model->index(row, 0).data(ComplaintTableModel::ReviewedRole).toBool();
    m_markAction->setEnabled(m_mayReview && anyUnreviewed);
    m_markButton->setEnabled(m_mayReview && anyUnreviewed);
    const QString tip = m_mayReview ? tr("Mark the selected complaints reviewed (Ctrl+M)")
                                    : tr("Not allowed: %1").arg(m_permissionText);
    m_markButton->setToolTip(tip);
    m_markAction->setToolTip(tip);
    m_copyAction->setEnabled(!rows.isEmpty());
    m_rawAction->setEnabled(rows.size() == 1);
}

void ComplaintsView::markSelectedReviewed()
{
    if (!m_mayReview)
        return;
    QList<qint64> ids;
    for (const int row : selectedRows()) {
        const QModelIndex index = m_model->index(row, 0);
        if (!index.data(ComplaintTableModel::ReviewedRole).toBool())
            ids << index.data(ComplaintTableModel::IdRole).toLongLong();
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString note = Dialogs::text(this, tr("Mark reviewed"),
                                       tr("Note for %n complaint(s), optional:", nullptr, static_cast<int>(ids.size())),
                                       &ok);
    if (!ok)
        return;
    auto db = Model::Database::connection(m_url);
    if (!db) {
        Dialogs::error(this, tr("Mark reviewed"), db.errorText());
        return;
    }
    auto outcome = Model::ComplaintReview(*db, Model::Actor::current(*db)).markReviewed(ids, note);
    if (!outcome) {
        Dialogs::error(this, tr("Mark reviewed"),
                       tr("The complaints were not marked reviewed: %1").arg(outcome.errorText()));
        refresh();
        return;
    }
    refresh();
    emit dataChanged();
    if (outcome->alreadyReviewed > 0)
        Dialogs::information(this, tr("Mark reviewed"),
                             tr("%n complaint(s) had already been reviewed by someone else and were left as they were.",
                                nullptr, outcome->alreadyReviewed));
}

void ComplaintsView::copyAddresses()
{
    QStringList addresses;
    for (const int row : selectedRows())
        addresses << m_model->index(row, 0).data(ComplaintTableModel::EmailRole).toString();
    if (!addresses.isEmpty())
        QApplication::clipboard()->setText(addresses.join(u'\n'));
}

void ComplaintsView::showRawNotification()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    emit openNotification(m_model->index(rows.first(), 0).data(ComplaintTableModel::MessageRefRole).toLongLong());
}

void ComplaintsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_markAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addAction(m_rawAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Bouncedesk::Ui
