// ScopeBar: the strip above the Bounces and Complaints tables saying what a dashboard drill-down shows,
// with a button back to everything.
#pragma once

#include "store/FeedbackScope.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Bouncedesk::Ui {

class ScopeBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeBar)

public:
    explicit ScopeBar(QWidget *parent = nullptr);
    ~ScopeBar() override;

    // Shown for a non-empty scope, hidden otherwise.
    void setScope(const Model::FeedbackScope &scope);
    static QString describe(const Model::FeedbackScope &scope);

signals:
    void clearRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace Bouncedesk::Ui
