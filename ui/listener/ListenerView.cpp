// The Listener tab.
#include "listener/ListenerView.h"

#include "common/Dialogs.h"
#include "listener/ListenerService.h"
#include "store/Database.h"
#include "store/SubscriptionRepository.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

namespace {
enum SubscriptionRole { MessageIdRole = Qt::UserRole + 1, StateRole };

QString stateLabel(Model::SubscriptionState state)
{
    switch (state) {
    case Model::SubscriptionState::Pending:
        return ListenerView::tr("Pending: waiting for confirmation");
    case Model::SubscriptionState::Confirming:
        return ListenerView::tr("Confirming");
    case Model::SubscriptionState::Confirmed:
        return ListenerView::tr("Confirmed");
    case Model::SubscriptionState::Failed:
        return ListenerView::tr("Confirmation failed");
    case Model::SubscriptionState::Unsubscribed:
        return ListenerView::tr("Unsubscribed");
    }
    return {};
}
} // namespace

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
    m_subscriptionModel = new QStandardItemModel(0, 3, this);
    m_subscriptionModel->setHorizontalHeaderLabels({tr("Topic"), tr("State"), tr("Last error")});
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
        const bool confirmable = current.isValid()
            && Model::mayConfirm(Model::SubscriptionState(m_subscriptionModel->index(current.row(), 0).data(StateRole).toInt()));
        m_confirm->setEnabled(m_service && m_service->isRunning() && confirmable);
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
    auto rows = Model::SubscriptionRepository(*db).list(500);
    if (rows) {
        m_subscriptionModel->setRowCount(0);
        for (const Model::SubscriptionRow &row : std::as_const(*rows)) {
            auto *topic = new QStandardItem(row.topicArn);
            topic->setData(row.messageId, MessageIdRole);
            topic->setData(int(row.state), StateRole);
            auto *state = new QStandardItem(stateLabel(row.state));
            auto *error = new QStandardItem(row.lastError);
            error->setToolTip(row.lastError);
            for (QStandardItem *item : {topic, state, error})
                item->setEditable(false);
            m_subscriptionModel->appendRow({topic, state, error});
        }
    }
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
    const QModelIndex first = m_subscriptionModel->index(current.row(), 0);
    const QString messageId = first.data(MessageIdRole).toString();
    const QString topic = first.data().toString();
    if (!Dialogs::confirm(this, tr("Confirm subscription"),
                          tr("Confirm the SNS subscription to %1? Bouncedesk will then receive its messages.").arg(topic),
                          tr("Confirm")))
        return;
    m_service->confirmSubscription(messageId);
}

} // namespace Bouncedesk::Ui
