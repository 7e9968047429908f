// NotificationsView: every SNS message stored, with its kind and the raw JSON as received.
#pragma once

#include "store/DatabaseUrl.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace Bouncedesk::Ui {

class NotificationsModel;
class TableColumns;

class NotificationsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsView)

public:
    explicit NotificationsView(Model::DatabaseUrl url, QWidget *parent = nullptr);
    ~NotificationsView() override;

public slots:
    void refresh();
    // Shows one stored message (from another view's "Show raw notification").
    void showMessage(qint64 messageRef);

private:
    void showRaw(qint64 messageRef);
    qint64 selectedRef() const;

    Model::DatabaseUrl m_url;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    TableColumns *m_columns = nullptr; // child of m_table
    NotificationsModel *m_model = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_searchDelay = nullptr;
    qint64 m_pinnedRef = 0;
};

} // namespace Bouncedesk::Ui
