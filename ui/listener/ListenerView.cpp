// The Listener tab.
#include "listener/ListenerView.h"

#include "common/Dialogs.h"
#include "listener/ListenerService.h"
#include "store/Database.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

ListenerView::ListenerView(Model::DatabaseUrl url, Model::ListenerService *service, QWidget *parent)
    : QWidget(parent), m_url(std::move(url)), m_service(service)
{
    setObjectName(QStringLiteral("ListenerView"));
    auto *layout = new QVBoxLayout(this);
    auto *status = new QGroupBox(tr("Webhook listener"), this);
    auto *form = new QFormLayout(status);
    m_state = new QLabel(status);
    m_state->setObjectName(QStringLiteral("listenerState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setWordWrap(true);
    m_counters = new QLabel(status);
    m_counters->setObjectName(QStringLiteral("listenerCounters"));
    m_counters->setWordWrap(true);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Counts:"), m_counters);
    m_rejected = new QTableWidget(0, 2, status);
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setHorizontalHeaderLabels({tr("Rejected because"), tr("Requests")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setMaximumHeight(140);
    form->addRow(tr("Rejections:"), m_rejected);
    layout->addWidget(status);

    auto *subs = new QGroupBox(tr("SNS subscriptions"), this);
    auto *subsLayout = new QVBoxLayout(subs);
    m_subscriptions = new QTableView(subs);
    m_subscriptions->setObjectName(QStringLiteral("subscriptionsTable"));
    m_subscriptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subscriptions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_subscriptions->verticalHeader()->hide();
    m_subscriptions->horizontalHeader()->setStretchLastSection(true);
    m_subscriptionModel = new QSqlQueryModel(this);
    m_subscriptions->setModel(m_subscriptionModel);
    m_confirm = new QPushButton(tr("Confirm subscription"), subs);
    m_confirm->setObjectName(QStringLiteral("confirmSubscriptionButton"));
    m_confirm->setToolTip(tr("Confirms a pending subscription with SNS. The confirmation goes to the SNS host of "
                             "the topic, never to a URL taken from the message."));
    connect(m_confirm, &QPushButton::clicked, this, &ListenerView::confirmSelected);
    subsLayout->addWidget(m_subscriptions);
    subsLayout->addWidget(m_confirm, 0, Qt::AlignRight);
    layout->addWidget(subs, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ListenerView::refreshCounters);
    m_timer->start();
    if (m_service) {
        connect(m_service, &Model::ListenerService::stateChanged, this, &ListenerView::refresh);
        connect(m_service, &Model::ListenerService::subscriptionChanged, this, &ListenerView::refresh);
    }
    connect(m_subscriptions->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndex current = m_subscriptions->currentIndex();
        const QString state = current.isValid() ? m_subscriptionModel->index(current.row(), 2).data().toString() : QString();
        m_confirm->setEnabled(m_service && m_service->isRunning() && (state == u"pending" || state == u"failed"));
    });
    refresh();
}

ListenerView::~ListenerView() = default;

void ListenerView::refresh()
{
    refreshCounters();
    auto db = Model::Database::connection(m_url);
    if (!db)
        return;
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("SELECT message_id AS \"MessageId\", topic_arn AS \"Topic\", state AS \"State\", "
                                 "COALESCE(last_error, '') AS \"Last error\" FROM subscriptions "
                                 "ORDER BY updated_at DESC LIMIT 500"));
    if (query.exec())
        m_subscriptionModel->setQuery(std::move(query));
    m_subscriptions->hideColumn(0);
    m_confirm->setEnabled(false);
}

void ListenerView::refreshCounters()
{
    if (!m_service) {
        m_state->setText(tr("Not running in this console (a headless listener may write to this database)."));
        return;
    }
    if (!m_service->isRunning()) {
        m_state->setText(m_service->lastStartError().isEmpty()
                             ? tr("Stopped.")
                             : tr("Not running: %1").arg(m_service->lastStartError()));
    } else {
        m_state->setText(tr("Listening on %1").arg(m_service->address()));
    }
    const Model::ListenerCounts c = m_service->counts();
    QString text = tr("%1 received, %2 stored, %3 duplicates, %4 rejected, %5 answered 503")
                       .arg(c.received)
                       .arg(c.stored)
                       .arg(c.duplicates)
                       .arg(c.rejectedTotal())
                       .arg(c.unavailable);
    if (c.lastMessageAt.isValid())
        text += u'\n' + tr("Last message stored %1").arg(QLocale().toString(c.lastMessageAt.toLocalTime(), QLocale::ShortFormat));
    if (!c.lastError.isEmpty())
        text += u'\n' + tr("Last error: %1").arg(c.lastError.left(300));
    m_counters->setText(text);
    m_rejected->setRowCount(int(c.rejected.size()));
    int row = 0;
    for (auto it = c.rejected.cbegin(); it != c.rejected.cend(); ++it, ++row) {
        m_rejected->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_rejected->setItem(row, 1, new QTableWidgetItem(QString::number(it.value())));
    }
}

void ListenerView::confirmSelected()
{
    const QModelIndex current = m_subscriptions->currentIndex();
    if (!current.isValid() || !m_service)
        return;
    const QString messageId = m_subscriptionModel->index(current.row(), 0).data().toString();
    const QString topic = m_subscriptionModel->index(current.row(), 1).data().toString();
    if (!Dialogs::confirm(this, tr("Confirm subscription"),
                          tr("Confirm the SNS subscription to %1? Bouncedesk will then receive its messages.").arg(topic),
                          tr("Confirm")))
        return;
    m_service->confirmSubscription(messageId);
}

} // namespace Bouncedesk::Ui
