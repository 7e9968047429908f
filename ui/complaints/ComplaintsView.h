// ComplaintsView: the complaint review queue; people mark complaints reviewed with an optional note.
#pragma once

#include "store/FeedbackScope.h"

#include "store/DatabaseUrl.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Bouncedesk::Model {
class ComplaintTableModel;
}

namespace Bouncedesk::Ui {

class ScopeBar;

class TableColumns;

class ComplaintsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintsView)

public:
    explicit ComplaintsView(Model::DatabaseUrl url, QWidget *parent = nullptr);
    ~ComplaintsView() override;

    // A drill-down from the dashboard: only the bounces (complaints) it names, with a bar saying so and
    // a button back to all; the view's own filters are reset so they do not narrow it further.
    void showScope(const Model::FeedbackScope &scope);

public slots:
    // Re-reads the queue and the unreviewed count; a read failure is shown inline, not as a dialog.
    void refresh();

signals:
    void unreviewedCountChanged(qint64 count);
    // Complaints were changed here (other views' counts may be stale).
    void dataChanged();
    // The user asked for the SNS message a complaint came from (sns_messages.id).
    void openNotification(qint64 messageRef);

private:
    void markSelectedReviewed();
    void copyAddresses();
    void showRawNotification();
    void updateActions();
    void updatePermissions();
    void showContextMenu(const QPoint &pos);
    QList<int> selectedRows() const;

    Model::DatabaseUrl m_url;
    Model::ComplaintTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ScopeBar *m_scopeBar = nullptr;
    TableColumns *m_columns = nullptr; // child of m_table
    QComboBox *m_filter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_markButton = nullptr;
    QAction *m_markAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_rawAction = nullptr;
    bool m_mayReview = false;
    QString m_permissionText;
};

} // namespace Bouncedesk::Ui
