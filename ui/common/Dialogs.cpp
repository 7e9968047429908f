// Message boxes and file dialogs, answerable by tests.
#include "common/Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>

#include <deque>
#include <optional>

namespace Bouncedesk::Ui::Dialogs {

namespace {
struct Hooks {
    std::deque<bool> confirms; // answers to the next questions, in order
    std::optional<std::pair<QString, bool>> text;
    std::optional<QString> fileName;
    std::deque<std::pair<QString, bool>> passwords;
    QStringList shown;
    bool testing = false; // never show a modal dialog; unanswered questions are declined
};
Hooks &hooks()
{
    static Hooks h;
    return h;
}
} // namespace

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &proceedLabel)
{
    hooks().shown << title + QStringLiteral(": ") + text;
    if (!hooks().confirms.empty()) {
        const bool answer = hooks().confirms.front();
        hooks().confirms.pop_front();
        return answer;
    }
    if (hooks().testing)
        return false;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *proceed = box.addButton(proceedLabel.isEmpty() ? QMessageBox::tr("OK") : proceedLabel,
                                         QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == proceed;
}

void error(QWidget *parent, const QString &title, const QString &text)
{
    hooks().shown << title + QStringLiteral(": ") + text;
    if (hooks().testing)
        return;
    QMessageBox::warning(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    hooks().shown << title + QStringLiteral(": ") + text;
    if (hooks().testing)
        return;
    QMessageBox::information(parent, title, text);
}

QString text(QWidget *parent, const QString &title, const QString &label, bool *ok, const QString &initial)
{
    if (auto answer = std::exchange(hooks().text, std::nullopt)) {
        *ok = answer->second;
        return answer->first;
    }
    if (hooks().testing) {
        *ok = false;
        return {};
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, ok);
}

QString password(QWidget *parent, const QString &title, const QString &label, bool *ok)
{
    hooks().shown << title + QStringLiteral(": ") + label; // the question, never the answer
    if (!hooks().passwords.empty()) {
        const auto answer = hooks().passwords.front();
        hooks().passwords.pop_front();
        *ok = answer.second;
        return answer.first;
    }
    if (hooks().testing) {
        *ok = false;
        return {};
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), ok);
}

QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (auto answer = std::exchange(hooks().fileName, std::nullopt))
        return *answer;
    if (hooks().testing)
        return {};
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString saveFileName(QWidget *parent, const QString &title, const QString &filter, const QString &suggested)
{
    if (auto answer = std::exchange(hooks().fileName, std::nullopt))
        return *answer;
    if (hooks().testing)
        return {};
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

namespace Testing {
void setNextConfirm(bool answer)
{
    hooks().confirms.push_back(answer);
}
void setNextText(const QString &value, bool ok)
{
    hooks().text = std::pair(value, ok);
}
void setNextFileName(const QString &path)
{
    hooks().fileName = path;
}
void setNextPassword(const QString &password, bool ok)
{
    hooks().passwords.emplace_back(password, ok);
}
QStringList &shownMessages()
{
    return hooks().shown;
}
void enable()
{
    hooks().testing = true;
}
void reset()
{
    hooks() = Hooks{};
    hooks().testing = true;
}
} // namespace Testing

} // namespace Bouncedesk::Ui::Dialogs
