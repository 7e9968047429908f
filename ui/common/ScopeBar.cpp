// What a drill-down shows, in words: the time span, the dashboard's filters and the facet value.
#include "common/ScopeBar.h"
#include "core/Translations.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Bouncedesk::Ui {

ScopeBar::ScopeBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("scopeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("scopeText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear = new QPushButton(tr("Show &all"), this);
    m_clear->setObjectName(QStringLiteral("clearScopeButton"));
    m_clear->setAccessibleName(tr("Show all, not only the dashboard's selection"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear);
    connect(m_clear, &QPushButton::clicked, this, &ScopeBar::clearRequested);
    hide();
}

ScopeBar::~ScopeBar() = default;

QString ScopeBar::describe(const Model::FeedbackScope &scope)
{
    const auto when = [](const QDateTime &t) { return Model::Translations::dateTime(t); };
    QStringList parts;
    if (scope.from.isValid() || scope.to.isValid())
        parts << tr("%1 to %2").arg(scope.from.isValid() ? when(scope.from) : tr("the start"),
            scope.to.isValid() ? when(scope.to) : tr("now"));
    if (!scope.identity.isEmpty())
        parts << tr("identity %1").arg(scope.identity);
    if (!scope.topicArn.isEmpty())
        parts << tr("topic %1").arg(scope.topicArn);
    if (scope.facet) {
        switch (*scope.facet) {
        case Model::Facet::Domain:
            parts << tr("recipient domain %1").arg(scope.value);
            break;
        case Model::Facet::Identity:
            parts << tr("identity %1").arg(scope.value);
            break;
        case Model::Facet::ConfigurationSet:
            parts << tr("configuration set %1").arg(scope.value);
            break;
        case Model::Facet::Tag:
            parts << tr("tag %1").arg(scope.value);
            break;
        }
    }
    return tr("From the dashboard: %1").arg(parts.join(QStringLiteral(" · ")));
}

void ScopeBar::setScope(const Model::FeedbackScope &scope)
{
    setVisible(!scope.isEmpty());
    m_text->setText(scope.isEmpty() ? QString() : describe(scope));
}

} // namespace Bouncedesk::Ui
