// Dialogs: message boxes and file dialogs behind one seam, so GUI tests can answer them.
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace Bouncedesk::Ui::Dialogs {

// Asks a yes/no question (Yes = proceed). Returns true to proceed.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &proceedLabel = {});
// Reports a failure in plain words (the model's error text).
void error(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
// Asks for a line of text (e.g. a note or a reason); ok=false when cancelled.
QString text(QWidget *parent, const QString &title, const QString &label, bool *ok, const QString &initial = {});
// Asks for a password or token (never echoed, never recorded); ok=false when cancelled.
QString password(QWidget *parent, const QString &title, const QString &label, bool *ok);
QString openFileName(QWidget *parent, const QString &title, const QString &filter);
QString saveFileName(QWidget *parent, const QString &title, const QString &filter, const QString &suggested = {});

// Test hooks: the next call of each kind returns this answer instead of showing a dialog.
// Messages that would have been shown are recorded for tests to read.
namespace Testing {
// Turns test mode on: no modal dialog is ever shown; unanswered questions are declined.
void enable();
void setNextConfirm(bool answer); // queued: each call answers one more question
void setNextText(const QString &text, bool ok = true);
void setNextFileName(const QString &path);
void setNextPassword(const QString &password, bool ok = true); // queued like confirms
QStringList &shownMessages();
void reset(); // clears answers and messages, stays in test mode
} // namespace Testing

} // namespace Bouncedesk::Ui::Dialogs
