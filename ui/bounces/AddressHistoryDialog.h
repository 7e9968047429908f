// AddressHistoryDialog: everything known about one address, newest first, with its current status.
#pragma once

#include "store/DatabaseUrl.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Bouncedesk::Ui {

class AddressHistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressHistoryDialog)

public:
    AddressHistoryDialog(Model::DatabaseUrl url, QString email, QWidget *parent = nullptr);
    ~AddressHistoryDialog() override;

    const QString &email() const { return m_email; }
    // Whether "Reset bounce status…" is offered (the owner disables it for read-only databases).
    void setResetEnabled(bool enabled, const QString &whyNot = {});

public slots:
    // Reads the history again (after a reset, or new events).
    void reload();

signals:
    void openNotification(qint64 messageRef);
    void resetRequested(const QString &email);

private:
    void updateButtons();

    Model::DatabaseUrl m_url;
    QString m_email;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_rawButton = nullptr;
    QPushButton *m_resetButton = nullptr;
};

} // namespace Bouncedesk::Ui
