// The Listener tab: state, counters, trusted topics and subscription requests.
#include "listener/ListenerView.h"

#include "core/Time.h"

#include "common/Dialogs.h"
#include "listener/ListenerService.h"
#include "listener/QueuePullerService.h"
#include "policy/TopicTrust.h"
#include "sns/TopicArn.h"
#include "store/Database.h"
#include "store/SubscriptionRepository.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

namespace {
enum Role { ArnRole = Qt::UserRole + 1, MessageIdRole, StateRole, StoredRole };

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

QTableView *makeTable(const QString &name, QStandardItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    return table;
}

// A listener's reason code in words, with the code (what the logs and metrics say) after them.
QString rejectionText(const QString &code)
{
    QString words;
    if (code == u"topic")
        words = ListenerView::tr("Topic not trusted");
    else if (code.startsWith(u"signature"))
        words = ListenerView::tr("Signature does not verify");
    else if (code.startsWith(u"cert"))
        words = ListenerView::tr("Signing certificate refused");
    else if (code == u"stale")
        words = ListenerView::tr("Older than the replay window");
    else if (code == u"future")
        words = ListenerView::tr("Dated in the future");
    else if (code == u"auth")
        words = ListenerView::tr("Missing or wrong basic auth");
    else if (code == u"too-large")
        words = ListenerView::tr("Body over the size limit");
    else if (code == u"head-too-large")
        words = ListenerView::tr("Request head over 16 KiB");
    else if (code == u"length-required")
        words = ListenerView::tr("No Content-Length");
    return words.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(words, code);
}

constexpr int kRecentRejections = 50;

QStandardItem *item(const QString &text)
{
    auto *i = new QStandardItem(text);
    i->setToolTip(text);
    return i;
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
    m_copyUrl = new QPushButton(tr("Co&py SNS endpoint URL"), status);
    m_copyUrl->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyUrl->setAccessibleName(tr("Copy SNS endpoint URL"));
    m_copyUrl->setToolTip(tr("The URL to subscribe to the topic in SNS (protocol HTTP or HTTPS)"));
    m_copyUrl->setEnabled(false);
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        if (m_service && m_service->isRunning())
            QGuiApplication::clipboard()->setText(m_service->address());
    });
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_copyUrl, 0, Qt::AlignTop);
    form->addRow(tr("State:"), stateRow);
    form->addRow(tr("Counts:"), m_counters);
    // Refused requests are never stored: this list is what this console saw, newest first, from the
    // listener's counters read every second (the time is when the count went up).
    m_rejected = new QTableWidget(0, 3, status);
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setAccessibleName(tr("Recent rejections"));
    m_rejected->setToolTip(tr("Requests refused since this console started (they are never stored)"));
    m_rejected->setHorizontalHeaderLabels({tr("When"), tr("Requests"), tr("Rejected because")});
    m_rejected->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rejected->verticalHeader()->setDefaultSectionSize(m_rejected->fontMetrics().height() + 8);
    m_rejected->setWordWrap(false);
    m_rejected->setTextElideMode(Qt::ElideMiddle);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setMaximumHeight(m_rejected->horizontalHeader()->sizeHint().height()
                                 + 4 * m_rejected->verticalHeader()->defaultSectionSize() + 4);
    form->addRow(tr("Recent rejections:"), m_rejected);
    layout->addWidget(status);

    auto *queue = new QGroupBox(tr("SQS queue"), this);
    queue->setToolTip(tr("For a computer SNS cannot reach: SNS delivers to an SQS queue, and this console pulls from "
                         "it. Each message is verified like a POST and deleted from the queue once stored."));
    auto *queueForm = new QFormLayout(queue);
    m_queueState = new QLabel(queue);
    m_queueState->setObjectName(QStringLiteral("queueState"));
    m_queueState->setWordWrap(true);
    m_queueState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queueCounters = new QLabel(queue);
    m_queueCounters->setObjectName(QStringLiteral("queueCounters"));
    m_queueCounters->setWordWrap(true);
    queueForm->addRow(tr("State:"), m_queueState);
    queueForm->addRow(tr("Counts:"), m_queueCounters);
    layout->addWidget(queue);

    m_trustWarning = new QLabel(this);
    m_trustWarning->setObjectName(QStringLiteral("trustWarning"));
    m_trustWarning->setWordWrap(true);
    m_trustWarning->setText(tr("<b>No topic is trusted.</b> Every notification is refused (HTTP 403) and subscription "
                               "requests stay pending. Trust your SES feedback topic below once its subscription "
                               "request arrives, or add it under Settings → Listener."));
    m_trustWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; "
                                                 "border: 1px solid #e0c060; border-radius: 3px; }"));
    m_trustWarning->hide();
    layout->addWidget(m_trustWarning);

    auto *trusted = new QGroupBox(tr("Trusted topics"), this);
    trusted->setToolTip(tr("Only notifications from these SNS topics are accepted. A valid signature proves that "
                           "SNS sent a message, not that the topic is yours."));
    auto *trustedLayout = new QVBoxLayout(trusted);
    m_trustedModel = new QStandardItemModel(0, 5, this);
    m_trustedModel->setHorizontalHeaderLabels({tr("Topic"), tr("Account"), tr("Region"), tr("Trusted by"), tr("Note")});
    m_trusted = makeTable(QStringLiteral("trustedTopicsTable"), m_trustedModel, trusted);
    m_trusted->setAccessibleName(tr("Trusted topics"));
    m_removeTrust = new QPushButton(tr("Re&move trust…"), trusted);
    m_removeTrust->setObjectName(QStringLiteral("removeTrustButton"));
    m_removeTrust->setAccessibleName(tr("Remove trust"));
    connect(m_removeTrust, &QPushButton::clicked, this, &ListenerView::removeTrustSelected);
    trustedLayout->addWidget(m_trusted);
    trustedLayout->addWidget(m_removeTrust, 0, Qt::AlignRight);
    layout->addWidget(trusted, 1);

    auto *subs = new QGroupBox(tr("SNS subscription requests"), this);
    auto *subsLayout = new QVBoxLayout(subs);
    m_subscriptionModel = new QStandardItemModel(0, 6, this);
    m_subscriptionModel->setHorizontalHeaderLabels(
        {tr("Topic"), tr("Account"), tr("Region"), tr("Last change"), tr("State"), tr("Last error")});
    m_subscriptions = makeTable(QStringLiteral("subscriptionsTable"), m_subscriptionModel, subs);
    m_subscriptions->setAccessibleName(tr("SNS subscription requests"));
    m_confirm = new QPushButton(tr("Tr&ust and confirm"), subs);
    m_confirm->setObjectName(QStringLiteral("trustAndConfirmButton"));
    m_confirm->setAccessibleName(tr("Trust and confirm"));
    connect(m_confirm, &QPushButton::clicked, this, &ListenerView::trustAndConfirmSelected);
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
    connect(m_subscriptions->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListenerView::updateButtons);
    connect(m_trusted->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListenerView::updateButtons);
    refresh();
}

ListenerView::~ListenerView() = default;

void ListenerView::setConfiguredTopics(const QStringList &topics)
{
    m_configured = topics;
    refresh();
}

void ListenerView::refresh()
{
    refreshCounters();
    refreshTrust();
    auto db = Model::Database::connection(m_url);
    if (!db)
        return;
    auto rows = Model::SubscriptionRepository(*db).list(500);
    if (rows) {
        m_subscriptionModel->setRowCount(0);
        for (const Model::SubscriptionRow &row : std::as_const(*rows)) {
            const auto arn = Model::Sns::TopicArn::parse(row.topicArn);
            auto *topic = item(row.topicArn);
            topic->setData(row.messageId, MessageIdRole);
            topic->setData(int(row.state), StateRole);
            m_subscriptionModel->appendRow(
                {topic, item(arn ? arn->account : QString()), item(arn ? arn->region : QString()),
                 item(Model::Time::localDisplay(row.updatedAt)),
                 item(stateLabel(row.state)), item(row.lastError)});
        }
        m_subscriptions->resizeColumnsToContents();
    }
    updateButtons();
}

void ListenerView::refreshTrust()
{
    auto db = Model::Database::connection(m_url);
    if (!db)
        return;
    m_trustedModel->setRowCount(0);
    m_trustedArns.clear();
    for (const QString &configured : std::as_const(m_configured)) {
        const auto arn = Model::Sns::TopicArn::parse(configured);
        auto *topic = item(configured);
        topic->setData(configured, ArnRole);
        topic->setData(false, StoredRole);
        m_trustedModel->appendRow({topic, item(arn ? arn->account : QString()), item(arn ? arn->region : QString()),
                                   item(tr("settings")), item(tr("Configured in Settings or with --topic"))});
        m_trustedArns << configured;
    }
    auto stored = Model::TopicTrust(*db, Model::Actor{}).list();
    if (stored) {
        for (const Model::TrustedTopic &t : std::as_const(*stored)) {
            auto *topic = item(t.topicArn);
            topic->setData(t.topicArn, ArnRole);
            topic->setData(true, StoredRole);
            m_trustedModel->appendRow({topic, item(t.accountId), item(t.region), item(t.trustedBy), item(t.note)});
            m_trustedArns << t.topicArn;
        }
    }
    m_trusted->resizeColumnsToContents();
    m_trustWarning->setVisible(stored && m_trustedArns.isEmpty());
    if (m_mayNotTrust.isNull()) { // once per view, as the other views do: privileges rarely change
        auto may = Model::TopicTrust::checkMay(*db);
        m_mayNotTrust = may ? QStringLiteral("") : may.errorText();
    }
}

void ListenerView::updateButtons()
{
    const QModelIndex sub = m_subscriptions->currentIndex();
    const QModelIndex first = sub.isValid() ? m_subscriptionModel->index(sub.row(), 0) : QModelIndex();
    const bool confirmable = first.isValid() && Model::mayConfirm(Model::SubscriptionState(first.data(StateRole).toInt()));
    const bool trusted = first.isValid() && m_trustedArns.contains(first.data().toString());
    m_confirm->setText(trusted ? tr("Confi&rm") : tr("Tr&ust and confirm"));
    m_confirm->setAccessibleName(trusted ? tr("Confirm") : tr("Trust and confirm"));
    m_confirm->setEnabled(confirmable && m_mayNotTrust.isEmpty());
    m_confirm->setToolTip(!m_mayNotTrust.isEmpty()
                              ? tr("Not possible here: %1").arg(m_mayNotTrust)
                              : tr("Trusts the topic and confirms its subscription. The confirmation goes to the SNS "
                                   "host of the topic, never to a URL taken from the message."));
    const QModelIndex top = m_trusted->currentIndex();
    const bool removable = top.isValid() && m_trustedModel->index(top.row(), 0).data(StoredRole).toBool();
    m_removeTrust->setEnabled(removable && m_mayNotTrust.isEmpty());
}

void ListenerView::trustAndConfirmSelected()
{
    const QModelIndex current = m_subscriptions->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex first = m_subscriptionModel->index(current.row(), 0);
    const QString messageId = first.data(MessageIdRole).toString();
    const QString topic = first.data().toString();
    const bool trusted = m_trustedArns.contains(topic);
    if (!trusted) {
        const auto arn = Model::Sns::TopicArn::parse(topic);
        const QString who = arn ? tr("account %1, region %2").arg(arn->account, arn->region) : tr("unknown account");
        if (!Dialogs::confirm(this, tr("Trust topic"),
                              tr("Trust %1 (%2)?\n\nBouncedesk will then accept its notifications: bounces and "
                                 "complaints from it suppress addresses. Trust only your own SES feedback topics.")
                                  .arg(topic, who),
                              tr("Trust and confirm")))
            return;
        auto db = Model::Database::connection(m_url);
        if (!db) {
            Dialogs::error(this, tr("Trust topic"), db.errorText());
            return;
        }
        // The note is stored with the topic, so it stays English like every stored word.
        const QString note = QStringLiteral("trusted in the console");
        if (auto done = Model::TopicTrust(*db, Model::Actor::current(*db)).trust(topic, note);
            !done && done.error().code != u"already-trusted") {
            Dialogs::error(this, tr("Trust topic"), done.errorText());
            return;
        }
    }
    if (m_service && m_service->isRunning())
        m_service->confirmSubscription(messageId);
    else
        Dialogs::information(this, tr("Trust topic"),
                             tr("The topic is trusted. The listener writing to this database confirms the "
                                "subscription within a few seconds (when it confirms automatically)."));
    refresh();
}

void ListenerView::removeTrustSelected()
{
    const QModelIndex current = m_trusted->currentIndex();
    if (!current.isValid())
        return;
    const QString arn = m_trustedModel->index(current.row(), 0).data(ArnRole).toString();
    bool ok = false;
    const QString why = Dialogs::text(this, tr("Remove trust"),
                                      tr("Notifications from %1 will be refused. Why?").arg(arn), &ok);
    if (!ok)
        return;
    auto db = Model::Database::connection(m_url);
    if (!db) {
        Dialogs::error(this, tr("Remove trust"), db.errorText());
        return;
    }
    if (auto done = Model::TopicTrust(*db, Model::Actor::current(*db)).untrust(arn, why); !done)
        Dialogs::error(this, tr("Remove trust"), done.errorText());
    refresh();
}

void ListenerView::setQueueService(Model::QueuePullerService *queue)
{
    m_queue = queue;
    if (m_queue)
        connect(m_queue, &Model::QueuePullerService::stateChanged, this, &ListenerView::refreshQueue);
    refreshQueue();
}

void ListenerView::refreshQueue()
{
    if (!m_queue || (m_queue->queueUrl().isEmpty() && !m_queue->isRunning())) {
        m_queueState->setText(tr("Not pulling from a queue. Behind NAT or without a public HTTPS address, subscribe an "
                                 "SQS queue to the SNS topic and enter its URL under Settings → AWS (see "
                                 "docs/aws-setup.md)."));
        m_queueCounters->clear();
        return;
    }
    const QString error = m_queue->lastError();
    if (m_queue->isRunning())
        m_queueState->setText(tr("Pulling %1").arg(m_queue->queueUrl()));
    else
        m_queueState->setText(tr("Stopped: %1").arg(error.isEmpty() ? tr("not started") : error));
    const Model::ListenerCounts c = m_queue->counts();
    QString text = tr("%1 received, %2 stored, %3 duplicates, %4 refused (left in the queue), %5 deleted")
                       .arg(c.received)
                       .arg(c.stored)
                       .arg(c.duplicates)
                       .arg(c.rejectedTotal())
                       .arg(m_queue->deleted());
    if (m_queue->isRunning() && !error.isEmpty())
        text += u'\n' + tr("Last error: %1").arg(error.left(300));
    m_queueCounters->setText(text);
}

void ListenerView::refreshCounters()
{
    refreshQueue();
    if (!m_service) {
        m_state->setText(tr("Not running in this console (a headless listener may write to this database)."));
        return;
    }
    m_copyUrl->setEnabled(m_service->isRunning());
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
        text += u'\n' + tr("Last message stored %1").arg(Model::Translations::dateTime(c.lastMessageAt));
    if (!c.lastError.isEmpty())
        text += u'\n' + tr("Last error: %1").arg(c.lastError.left(300));
    m_counters->setText(text);
    noteRejections(c);
}

void ListenerView::noteRejections(const Model::ListenerCounts &counts)
{
    const QDateTime now = QDateTime::currentDateTime();
    QStringList reasons = counts.rejected.keys();
    reasons.sort();
    QStringList increased;
    for (const QString &reason : std::as_const(reasons))
        if (counts.rejected.value(reason) > m_rejectedSeen.value(reason))
            increased << reason;
    // The last error belongs to the rejection only when one reason went up in this second.
    const QString detail = increased.size() == 1 ? counts.lastError.left(300) : QString();
    for (const QString &reason : std::as_const(increased)) {
        const qint64 added = counts.rejected.value(reason) - m_rejectedSeen.value(reason);
        m_rejected->insertRow(0);
        auto *when = new QTableWidgetItem(QLocale().toString(now.time(), QLocale::LongFormat));
        when->setToolTip(QLocale().toString(now, QLocale::LongFormat));
        m_rejected->setItem(0, 0, when);
        auto *n = new QTableWidgetItem(QLocale().toString(added));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(0, 1, n);
        auto *why = new QTableWidgetItem(rejectionText(reason));
        why->setToolTip(detail.isEmpty() ? why->text() : detail);
        m_rejected->setItem(0, 2, why);
    }
    while (m_rejected->rowCount() > kRecentRejections)
        m_rejected->removeRow(m_rejected->rowCount() - 1);
    m_rejectedSeen = counts.rejected;
}

} // namespace Bouncedesk::Ui
