// The Bounces view: filter bar, a lazily paged table, the history of an address and resetting its bounce status.
#include "bounces/BouncesView.h"
#include "core/Translations.h"

#include "bounces/AddressHistoryDialog.h"
#include "bounces/BounceDetailsPane.h"
#include "common/Dialogs.h"
#include "common/ScopeBar.h"
#include "common/TableColumns.h"
#include "core/BounceType.h"
#include "policy/AddressActions.h"
#include "store/BounceRepository.h"
#include "store/Database.h"
#include "tables/BounceTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Bouncedesk::Ui {

namespace {
constexpr int kSearchDebounceMs = 250;
constexpr int kMaxIdentities = 500;
// A refresh re-reads at most this many rows to keep the scroll position and selection.
constexpr int kMaxRowsKeptOnRefresh = 5000;
constexpr int kMaxListedInConfirmation = 10;
} // namespace

BouncesView::BouncesView(Model::DatabaseUrl url, QWidget *parent) : QWidget(parent), m_url(std::move(url))
{
    setObjectName(QStringLiteral("bouncesView"));
    m_model = new Model::BounceTableModel(m_url, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildFilterBar());
    m_scopeBar = new ScopeBar(this);
    layout->addWidget(m_scopeBar);
    connect(m_scopeBar, &ScopeBar::clearRequested, this, [this] { showScope({}); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("bouncesSplitter"));
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("bouncesTable"));
    m_table->setAccessibleName(tr("Bounces"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(Model::BounceTableModel::Date, Qt::DescendingOrder);
    m_columns = new TableColumns(m_table, Model::Settings::Key::BouncesHeader); // may restore another sort
    m_columns->setAddressColumns({Model::BounceTableModel::Address});
    m_columns->setShrinkFirst({Model::BounceTableModel::SubType, Model::BounceTableModel::Status,
                               Model::BounceTableModel::Identity}); // all three are in the details pane

    m_details = new BounceDetailsPane(m_url, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    if (!splitter->restoreState(m_settings.get(Model::Settings::Key::BouncesSplitter).toByteArray()))
        splitter->setSizes({560, 200});
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
        m_settings.set(Model::Settings::Key::BouncesSplitter, splitter->saveState());
    });
    layout->addWidget(splitter, 1);

    auto *statusRow = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("bouncesCount"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("bouncesError"));
    m_error->setWordWrap(true);
    m_error->hide();
    statusRow->addWidget(m_count);
    statusRow->addWidget(m_error, 1);
    layout->addLayout(statusRow);

    m_historyAction = new QAction(tr("&History…"), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_historyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_historyAction); // Return on the table, not in the search box
    m_resetAction = new QAction(tr("&Reset bounce status…"), this);
    m_resetAction->setObjectName(QStringLiteral("resetAction"));
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_resetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_resetAction);
    m_copyAction = new QAction(tr("&Copy address"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAddressAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_copyAction);
    m_rawAction = new QAction(tr("Show raw &notification"), this);
    m_rawAction->setObjectName(QStringLiteral("rawNotificationAction"));
    m_rawAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_rawAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_rawAction);
    auto *findAction = new QAction(tr("Find address"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);

    connect(m_historyAction, &QAction::triggered, this, &BouncesView::showHistory);
    connect(m_resetAction, &QAction::triggered, this, &BouncesView::resetSelected);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(selectedAddresses().join(u'\n'));
    });
    connect(m_rawAction, &QAction::triggered, this, [this] {
        if (const qint64 ref = m_model->messageRefAt(m_table->currentIndex().row()); ref > 0)
            emit openNotification(ref);
    });
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_details->rawButton(), &QPushButton::clicked, m_rawAction, &QAction::trigger);
    connect(m_table, &QTableView::doubleClicked, this, &BouncesView::showHistory);
    connect(m_table, &QWidget::customContextMenuRequested, this, &BouncesView::showContextMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &BouncesView::onSortIndicatorChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BouncesView::updateWriteAccess);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BouncesView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_columns->fit();
        showDetails();
        m_count->setText(tr("Counting…"));
        QTimer::singleShot(0, this, &BouncesView::updateCount); // after the first page is painted
    });
    connect(m_model, &Model::BounceTableModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(tr("Cannot read bounces: %1").arg(message));
        m_error->show();
    });

    reloadIdentities();
    // A restored header may carry a sort; an unsortable one falls back to Date.
    if (Model::BounceTableModel::isSortable(header->sortIndicatorSection()))
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    else
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    applyFilter(); // the first query, unless the sort above already ran it
    updateWriteAccess();
}

BouncesView::~BouncesView() = default;

BounceDetailsPane *BouncesView::details() const
{
    return m_details;
}

void BouncesView::showDetails()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->showBounce(0, {});
        return;
    }
    m_details->showBounce(m_model->bounceIdAt(row), m_model->nowAt(row));
}

AddressHistoryDialog *BouncesView::historyDialog() const
{
    return m_history;
}

QHBoxLayout *BouncesView::buildFilterBar()
{
    auto *bar = new QHBoxLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("Hard"), Model::bounceTypeText(Model::BounceType::Permanent));
    m_type->addItem(tr("Soft"), Model::bounceTypeText(Model::BounceType::Transient));
    m_type->addItem(tr("Undetermined"), Model::bounceTypeText(Model::BounceType::Undetermined));
    m_type->setAccessibleName(tr("Bounce type"));
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);

    m_dateEnabled = new QCheckBox(tr("F&rom"), this);
    m_dateEnabled->setAccessibleName(tr("Only bounces from a date"));
    m_dateEnabled->setObjectName(QStringLiteral("dateFilterEnabled"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("From date"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("To date"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Model::Translations::dateFormat());
        edit->setEnabled(false);
    }
    auto *toLabel = new QLabel(tr("to"), this);

    m_identity = new QComboBox(this);
    m_identity->setObjectName(QStringLiteral("identityFilter"));
    m_identity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_identity->setMinimumContentsLength(16);
    m_identity->setAccessibleName(tr("Sending identity"));
    auto *identityLabel = new QLabel(tr("&Identity:"), this);
    identityLabel->setBuddy(m_identity);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Address, its beginning, @domain or domain.com (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search addresses"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);

    bar->addWidget(typeLabel);
    bar->addWidget(m_type);
    bar->addWidget(m_dateEnabled);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(identityLabel);
    bar->addWidget(m_identity);
    bar->addWidget(m_search, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &BouncesView::applyFilter);
    connect(m_identity, &QComboBox::currentIndexChanged, this, &BouncesView::applyFilter);
    connect(m_dateEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_dateEnabled->isChecked())
            applyFilter();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_dateEnabled->isChecked())
            applyFilter();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &BouncesView::applyFilter);
    connect(m_searchDebounce, &QTimer::timeout, this, &BouncesView::applyFilter);
    return bar;
}

void BouncesView::applyFilter()
{
    m_searchDebounce->stop();
    Model::BounceFilter filter;
    filter.type = m_type->currentData().toString();
    if (m_dateEnabled->isChecked()) {
        // Whole local days: from the start of "from" to the end of "to".
        filter.from = m_from->date().startOfDay().toUTC();
        filter.to = m_to->date().addDays(1).startOfDay().toUTC();
    }
    filter.identity = m_identity->currentData().toString();
    filter.search = m_search->text().trimmed();
    m_error->hide();
    m_model->setFilter(std::move(filter));
}

void BouncesView::showScope(const Model::FeedbackScope &scope)
{
    if (!scope.isEmpty()) {
        const QSignalBlocker type(m_type), identity(m_identity), date(m_dateEnabled), search(m_search);
        m_type->setCurrentIndex(0);
        m_identity->setCurrentIndex(0);
        m_dateEnabled->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        m_search->clear();
        applyFilter();
    }
    m_scopeBar->setScope(scope);
    m_model->setScope(scope);
}

void BouncesView::reloadIdentities()
{
    const QString current = m_identity->currentData().toString();
    const QSignalBlocker blocker(m_identity);
    m_identity->clear();
    m_identity->addItem(tr("All identities"), QString());
    auto db = Model::Database::connection(m_url);
    if (!db)
        return;
    auto identities = Model::BounceRepository(*db).identities(kMaxIdentities);
    if (!identities) {
        m_identity->setToolTip(identities.errorText());
        return;
    }
    for (const QString &identity : std::as_const(*identities))
        m_identity->addItem(identity, identity);
    const int index = m_identity->findData(current);
    if (index >= 0) {
        m_identity->setCurrentIndex(index);
    } else if (!current.isEmpty()) {
        m_identity->addItem(current, current); // keep the user's choice even if it has no bounces now
        m_identity->setCurrentIndex(m_identity->count() - 1);
    }
}

void BouncesView::refresh()
{
    QList<qint64> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected << m_model->bounceIdAt(index.row());
    const qint64 current = m_model->bounceIdAt(m_table->currentIndex().row());
    const int loaded = std::min(m_model->rowCount(), kMaxRowsKeptOnRefresh);

    reloadIdentities();
    applyFilter();
    m_model->refresh();
    while (m_model->rowCount() < loaded && m_model->canFetchMore())
        m_model->fetchMore();

    QItemSelection selection;
    for (const qint64 id : std::as_const(selected))
        if (const int row = m_model->rowOfBounce(id); row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, Model::BounceTableModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (const int row = m_model->rowOfBounce(current); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    updateWriteAccess();
}

void BouncesView::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        m_count->setText(tr("? bounces"));
        m_count->setToolTip(m_model->lastError());
        return;
    }
    m_count->setToolTip(QString());
    m_count->setText(total == 1 ? tr("1 bounce") : tr("%1 bounces").arg(QLocale().toString(total)));
}

void BouncesView::updateWriteAccess()
{
    if (m_readOnlyReason.isNull()) { // checked once per view: privileges rarely change during a session
        m_readOnlyReason = QStringLiteral("");
        auto db = Model::Database::connection(m_url);
        if (db) {
            auto why = Model::AddressActions(*db, Model::Actor::current(*db)).whyReadOnly();
            if (why && !why->isEmpty())
                m_readOnlyReason = *why;
        }
    }
    const bool hasSelection = m_table->selectionModel()->hasSelection() || m_table->currentIndex().isValid();
    const bool writable = m_readOnlyReason.isEmpty();
    m_resetAction->setEnabled(writable && hasSelection);
    m_resetAction->setToolTip(writable ? tr("Clear the bounce status and lift a bounce suppression")
                                       : tr("Not possible here: %1").arg(m_readOnlyReason));
    m_historyAction->setEnabled(m_table->currentIndex().isValid());
    m_rawAction->setEnabled(m_model->messageRefAt(m_table->currentIndex().row()) > 0);
    m_copyAction->setEnabled(hasSelection);
    if (m_history)
        m_history->setResetEnabled(writable, m_resetAction->toolTip());
}

void BouncesView::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!Model::BounceTableModel::isSortable(column)) {
        // Sorting an unindexed column would read the whole table: keep the current order.
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        return;
    }
    m_model->sort(column, order);
}

void BouncesView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    else
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    updateWriteAccess();
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_historyAction);
    menu.addAction(m_resetAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addAction(m_rawAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QStringList BouncesView::selectedAddresses() const
{
    QStringList addresses;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString email = m_model->emailAt(index.row()).trimmed().toLower();
        if (!email.isEmpty() && !addresses.contains(email))
            addresses << email;
    }
    return addresses;
}

void BouncesView::showHistory()
{
    const QString email = m_model->emailAt(m_table->currentIndex().row());
    if (email.isEmpty())
        return;
    if (m_history && m_history->email().compare(email, Qt::CaseInsensitive) != 0)
        m_history->close();
    if (!m_history) {
        m_history = new AddressHistoryDialog(m_url, email, this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &AddressHistoryDialog::openNotification, this, &BouncesView::openNotification);
        connect(m_history, &AddressHistoryDialog::resetRequested, this,
                [this](const QString &address) { resetAddresses({address}); });
        updateWriteAccess();
    } else {
        m_history->reload();
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void BouncesView::resetSelected()
{
    resetAddresses(selectedAddresses());
}

void BouncesView::resetAddresses(const QStringList &addresses)
{
    const QString title = tr("Reset bounce status");
    if (addresses.isEmpty())
        return;
    if (!m_readOnlyReason.isEmpty()) {
        Dialogs::error(this, title, tr("The bounce status cannot be reset here: %1.").arg(m_readOnlyReason));
        return;
    }
    auto db = Model::Database::connection(m_url);
    if (!db) {
        Dialogs::error(this, title, tr("Cannot open the database: %1").arg(db.errorText()));
        return;
    }
    Model::AddressActions actions(*db, Model::Actor::current(*db));

    QStringList resettable;
    QStringList plans;
    QStringList skipped;
    for (const QString &address : addresses) {
        auto description = actions.describeReset(address);
        if (description) {
            resettable << address;
            plans << (addresses.size() == 1 ? *description : QString(address + QStringLiteral(": ") + *description));
        } else {
            skipped << description.errorText();
        }
    }
    if (resettable.isEmpty()) {
        Dialogs::error(this, title, tr("Nothing to reset.\n\n%1").arg(skipped.join(u'\n')));
        return;
    }
    QString question = resettable.size() == 1
        ? tr("Reset the bounce status of %1?").arg(resettable.constFirst())
        : tr("Reset the bounce status of %1 addresses?").arg(resettable.size());
    QStringList listed = plans.mid(0, kMaxListedInConfirmation);
    if (plans.size() > kMaxListedInConfirmation)
        listed << tr("… and %1 more").arg(plans.size() - kMaxListedInConfirmation);
    question += QStringLiteral("\n\n") + listed.join(u'\n');
    if (!skipped.isEmpty())
        question += QStringLiteral("\n\n") + tr("Skipped: %1").arg(skipped.join(QStringLiteral("; ")));
    question += QStringLiteral("\n\n") + tr("Past events are kept; the change is recorded in the audit log.");
    if (!Dialogs::confirm(this, title, question, tr("Reset")))
        return;

    QString label = tr("Why is the bounce status reset? (kept in the audit log)");
    QString reason;
    for (;;) {
        bool ok = false;
        reason = Dialogs::text(this, title, label, &ok, m_pendingReason);
        if (!ok)
            return;
        if (!reason.trimmed().isEmpty())
            break;
        label = tr("A reason is required. Why is the bounce status reset?");
    }
    m_pendingReason = reason;

    QStringList failures;
    int done = 0;
    for (const QString &address : std::as_const(resettable)) {
        if (auto reset = actions.resetBounceStatus(address, reason); reset)
            ++done;
        else
            failures << QString(address + QStringLiteral(": ") + reset.errorText());
    }
    if (done > 0) {
        refresh();
        if (m_history)
            m_history->reload();
        emit dataChanged();
    }
    if (!failures.isEmpty()) {
        Dialogs::error(this, title,
                       tr("The bounce status could not be reset:\n%1\n\nYour reason is kept for the next try: "
                          "\"%2\"")
                           .arg(failures.join(u'\n'), reason.trimmed()));
        return;
    }
    m_pendingReason.clear();
}

} // namespace Bouncedesk::Ui
