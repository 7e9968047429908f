// BouncesView: the bounces list with filters, an address's history and "reset bounce status".
#pragma once

#include "store/FeedbackScope.h"

#include "core/Settings.h"
#include "store/DatabaseUrl.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Bouncedesk::Model {
class BounceTableModel;
}

namespace Bouncedesk::Ui {

class ScopeBar;

class AddressHistoryDialog;
class BounceDetailsPane;
class TableColumns;

class BouncesView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BouncesView)

public:
    explicit BouncesView(Model::DatabaseUrl url, QWidget *parent = nullptr);
    ~BouncesView() override;

    Model::BounceTableModel *model() const { return m_model; }
    // The open history dialog, if any (one at a time; a new address replaces it).
    AddressHistoryDialog *historyDialog() const;
    // The selected bounce in full, below the table.
    BounceDetailsPane *details() const;

    // A drill-down from the dashboard: only the bounces (complaints) it names, with a bar saying so and
    // a button back to all; the view's own filters are reset so they do not narrow it further.
    void showScope(const Model::FeedbackScope &scope);

public slots:
    // Re-runs the current query keeping filters and selection where possible.
    void refresh();
    // History of the current row's address.
    void showHistory();
    // Resets the bounce status of the selected rows' addresses, after a confirmation and a reason.
    void resetSelected();

signals:
    // After a reset changed data.
    void dataChanged();
    // "Show raw notification" on a row (sns_messages.id).
    void openNotification(qint64 messageRef);

private:
    QHBoxLayout *buildFilterBar();
    void applyFilter();
    void reloadIdentities();
    void updateCount();
    void updateWriteAccess();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showContextMenu(const QPoint &pos);
    QStringList selectedAddresses() const;
    void resetAddresses(const QStringList &addresses);
    void showDetails();

    Model::DatabaseUrl m_url;
    Model::BounceTableModel *m_model = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_dateEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_identity = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTableView *m_table = nullptr;
    ScopeBar *m_scopeBar = nullptr;
    TableColumns *m_columns = nullptr; // child of m_table
    BounceDetailsPane *m_details = nullptr;
    Model::Settings m_settings;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_rawAction = nullptr;
    QPointer<AddressHistoryDialog> m_history;
    QString m_readOnlyReason;
    QString m_pendingReason; // what the user typed for a reset that failed: offered again
};

} // namespace Bouncedesk::Ui
