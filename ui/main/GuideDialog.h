// GuideDialog: the operator's guide (docs/*.md, shipped with the program), read inside the console with
// its links between pages working, so it is there offline and matches the installed version.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Bouncedesk::Ui {

class GuideDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    explicit GuideDialog(QWidget *parent = nullptr);
    ~GuideDialog() override;

    // Where the guide is: <prefix>/share/doc/bouncedesk beside an installed binary, else the source
    // tree's docs/ (a build run in place); empty when neither has it.
    static QString guideDirectory();
    static constexpr const char *FirstPage = "operator-guide.md";

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Bouncedesk::Ui
