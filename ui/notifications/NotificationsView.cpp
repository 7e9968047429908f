// The Notifications view: lazy table of sns_messages and a pretty-printed raw body.
#include "notifications/NotificationsView.h"

#include "store/Database.h"

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
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

namespace {
// Shows ms-since-epoch columns as local date and time.
class NotificationsModel final : public QSqlQueryModel {
public:
    using QSqlQueryModel::QSqlQueryModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QSqlQueryModel::data(index, role);
        if (role == Qt::DisplayRole && index.column() == 1 && !value.isNull())
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime(),
                                      QLocale::ShortFormat);
        return value;
    }
};

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
    m_search->setPlaceholderText(tr("MessageId or topic…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("notificationsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_model = new NotificationsModel(this);
    m_table->setModel(m_model);

    auto *rawPane = new QWidget(splitter);
    auto *rawLayout = new QVBoxLayout(rawPane);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    m_raw = new QPlainTextEdit(rawPane);
    m_raw->setObjectName(QStringLiteral("rawJson"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Select a message to read it as SNS delivered it."));
    auto *copy = new QPushButton(tr("Copy JSON"), rawPane);
    copy->setObjectName(QStringLiteral("copyJsonButton"));
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
    connect(m_searchDelay, &QTimer::timeout, this, &NotificationsView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NotificationsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showRaw(m_model->data(m_model->index(current.row(), 0)).toLongLong());
            });
    refresh();
}

NotificationsView::~NotificationsView() = default;

void NotificationsView::refresh()
{
    auto db = Model::Database::connection(m_url);
    if (!db) {
        m_status->setText(db.errorText());
        return;
    }
    QString sql = QStringLiteral(
        "SELECT id, received_at AS \"Received\", type AS \"Type\", "
        "CASE content_kind WHEN 'ses' THEN 'SES ' || COALESCE(event_type, '') WHEN 'not-ses' THEN 'Not understood' "
        "WHEN 'ses-subscription' THEN 'SES attached to topic' ELSE 'Subscription' END AS \"Content\", "
        "'verified (SignatureVersion ' || signature_version || ')' AS \"Verification\", "
        "topic_arn AS \"Topic\", message_id AS \"MessageId\", COALESCE(parse_note, subject, '') AS \"Note\" "
        "FROM sns_messages WHERE 1 = 1");
    QVariantList binds;
    const QString kind = m_kind->currentData().toString();
    if (!kind.isEmpty()) {
        sql += kind == u"ses" ? QStringLiteral(" AND content_kind IN ('ses', 'ses-subscription')")
                              : QStringLiteral(" AND content_kind = ?");
        if (kind != u"ses")
            binds << kind;
    }
    const QString search = m_search->text().trimmed();
    if (!search.isEmpty()) {
        sql += QStringLiteral(" AND (message_id = ? OR topic_arn = ?)");
        binds << search << search;
    }
    if (m_pinnedRef > 0) {
        sql += QStringLiteral(" AND id = ?");
        binds << m_pinnedRef;
    }
    sql += QStringLiteral(" ORDER BY received_at DESC, id DESC");
    QSqlQuery query(*db);
    query.prepare(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec()) {
        m_status->setText(Model::Database::describe(query.lastError()));
        return;
    }
    m_model->setQuery(std::move(query));
    m_table->hideColumn(0);
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
    auto q = Model::exec(*db, QStringLiteral("SELECT raw_body FROM sns_messages WHERE id = ?"), {messageRef});
    if (!q) {
        m_raw->setPlainText(q.errorText());
        return;
    }
    QSqlQuery query = std::move(q).value();
    m_raw->setPlainText(query.next() ? prettyBody(query.value(0).toString()) : tr("(message no longer stored)"));
}

} // namespace Bouncedesk::Ui
