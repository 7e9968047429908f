// The Notifications view: lazy table of sns_messages and a pretty-printed raw body.
#include "notifications/NotificationsView.h"

#include "common/TableColumns.h"
#include "notifications/NotificationsModel.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QJsonObject>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

namespace {
QString prettyBody(const QString &raw)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &error);
    if (doc.isNull())
        return raw;
    QString out = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    // The SES notification inside Message is JSON in a string: show it expanded as well.
    const QString message = doc.object().value(QStringLiteral("Message")).toString();
    const QJsonDocument inner = QJsonDocument::fromJson(message.toUtf8());
    if (!inner.isNull())
        out += QStringLiteral("\n--- Message (decoded) ---\n") + QString::fromUtf8(inner.toJson(QJsonDocument::Indented));
    return out;
}
} // namespace

NotificationsView::NotificationsView(Model::DatabaseUrl url, QWidget *parent) : QWidget(parent), m_url(std::move(url))
{
    setObjectName(QStringLiteral("NotificationsView"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All messages"), QString());
    m_kind->addItem(tr("SES events"), QStringLiteral("ses"));
    m_kind->addItem(tr("Genuine but not understood"), QStringLiteral("not-ses"));
    m_kind->addItem(tr("Subscriptions"), QStringLiteral("subscription"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("notificationSearch"));
    m_search->setPlaceholderText(tr("MessageId or topic (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search by MessageId or topic"));
    m_kind->setAccessibleName(tr("Which messages to show"));
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_kind);
    filters->addWidget(showLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("notificationsTable"));
    m_table->setAccessibleName(tr("Notifications"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_model = new NotificationsModel(m_url, this);
    m_table->setModel(m_model);
    m_table->hideColumn(NotificationsModel::Id);
    // One line per message; long ARNs and ids keep both ends visible; the note, last, takes the rest.
    m_columns = new TableColumns(m_table, Model::Settings::Key::NotificationsHeader);
    m_columns->setShrinkFirst({NotificationsModel::Type, NotificationsModel::Verification});

    auto *rawPane = new QWidget(splitter);
    auto *rawLayout = new QVBoxLayout(rawPane);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    m_raw = new QPlainTextEdit(rawPane);
    m_raw->setObjectName(QStringLiteral("rawJson"));
    m_raw->setAccessibleName(tr("Raw JSON of the selected message"));
    m_raw->setTabChangesFocus(true);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Select a message to read it as SNS delivered it."));
    auto *copy = new QPushButton(tr("Cop&y JSON"), rawPane);
    copy->setObjectName(QStringLiteral("copyJsonButton"));
    copy->setAccessibleName(tr("Copy the JSON"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_raw->toPlainText()); });
    rawLayout->addWidget(m_raw);
    rawLayout->addWidget(copy, 0, Qt::AlignRight);
    splitter->addWidget(m_table);
    splitter->addWidget(rawPane);
    layout->addWidget(splitter, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("notificationsStatus"));
    layout->addWidget(m_status);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    auto *findAction = new QAction(tr("Search"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &NotificationsView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NotificationsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showRaw(m_model->idAt(current.row()));
            });
    refresh();
}

NotificationsView::~NotificationsView() = default;

void NotificationsView::refresh()
{
    Model::MessageFilter filter;
    const QString kind = m_kind->currentData().toString();
    if (kind == u"ses")
        filter.show = Model::MessageFilter::Show::SesEvents;
    else if (kind == u"not-ses")
        filter.show = Model::MessageFilter::Show::NotSes;
    else if (kind == u"subscription")
        filter.show = Model::MessageFilter::Show::Subscriptions;
    filter.search = m_search->text().trimmed();
    filter.onlyId = m_pinnedRef;
    if (auto loaded = m_model->setFilter(std::move(filter)); !loaded) {
        m_status->setText(loaded.errorText());
        return;
    }
    m_columns->fit(); // once: later reloads keep what the user adjusted
    m_status->setText(m_pinnedRef > 0 ? tr("Showing one message; clear the search to see all.")
                                      : tr("Newest first. Rejected requests are never stored; the Listener tab counts them."));
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
}

void NotificationsView::showMessage(qint64 messageRef)
{
    m_pinnedRef = messageRef;
    m_kind->setCurrentIndex(0);
    refresh();
    m_pinnedRef = 0;
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showRaw(messageRef);
}

void NotificationsView::showRaw(qint64 messageRef)
{
    auto db = Model::Database::connection(m_url);
    if (!db)
        return;
    auto body = Model::MessageRepository(*db).rawBody(messageRef);
    if (!body) {
        m_raw->setPlainText(body.errorText());
        return;
    }
    m_raw->setPlainText(body->has_value() ? prettyBody(**body) : tr("(message no longer stored)"));
}

} // namespace Bouncedesk::Ui
