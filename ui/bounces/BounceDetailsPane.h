// BounceDetailsPane: everything stored of the selected bounce, below the Bounces table.
#pragma once

#include "store/DatabaseUrl.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Bouncedesk::Model {
struct AddressNow;
}

namespace Bouncedesk::Ui {

class BounceDetailsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BounceDetailsPane)

public:
    explicit BounceDetailsPane(Model::DatabaseUrl url, QWidget *parent = nullptr);
    ~BounceDetailsPane() override;

    // Reads and shows one bounce (bounces.id) with its address's state now; 0 clears the pane.
    void showBounce(qint64 bounceId, const Model::AddressNow &now);
    qint64 bounceId() const { return m_bounceId; }
    // The button that shows the message as SNS delivered it; the owner connects it.
    QPushButton *rawButton() const { return m_raw; }

private:
    QLineEdit *field(const QString &name, const QString &label);
    void clear(const QString &why);

    Model::DatabaseUrl m_url;
    qint64 m_bounceId = 0;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_when = nullptr;
    QLineEdit *m_type = nullptr;
    QLineEdit *m_action = nullptr;
    QLineEdit *m_status = nullptr;
    QLineEdit *m_reportingMta = nullptr;
    QLineEdit *m_remoteMta = nullptr;
    QLineEdit *m_feedbackId = nullptr;
    QLineEdit *m_sesMessageId = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_sourceArn = nullptr;
    QPlainTextEdit *m_diagnostic = nullptr;
    QPushButton *m_raw = nullptr;
};

} // namespace Bouncedesk::Ui
