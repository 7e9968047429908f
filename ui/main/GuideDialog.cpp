// The guide in a QTextBrowser: Markdown rendered by Qt, relative links followed, web links opened outside.
#include "main/GuideDialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

QString GuideDialog::guideDirectory()
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/bouncedesk");
    const QString source = QStringLiteral(BOUNCEDESK_SOURCE_DIR "/docs");
    for (const QString &dir : {installed, source})
        if (QFileInfo::exists(dir + u'/' + QLatin1StringView(FirstPage)))
            return QDir::cleanPath(dir);
    return {};
}

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("GuideDialog"));
    setWindowTitle(tr("Operator's guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("Operator's guide"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true); // https links go to the desktop's browser
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);

    const QString dir = guideDirectory();
    if (dir.isEmpty()) {
        m_browser->setPlainText(tr("The operator's guide is not installed with this copy of Bouncedesk. It is "
                                   "docs/operator-guide.md in the source."));
        return;
    }
    m_browser->setSearchPaths({dir});
    m_browser->setSource(QUrl::fromLocalFile(dir + u'/' + QLatin1StringView(FirstPage)), QTextDocument::MarkdownResource);
}

GuideDialog::~GuideDialog() = default;

} // namespace Bouncedesk::Ui
