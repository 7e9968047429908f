// The notifications list: rows from MessageRepository, words for people from tr().
#include "notifications/NotificationsModel.h"

#include "core/Time.h"
#include "store/Database.h"

#include <QDateTime>
#include <QLocale>

namespace Bouncedesk::Ui {

namespace {
QString contentLabel(const Model::MessageSummary &m)
{
    switch (m.content) {
    case Model::MessageContent::Ses:
        return NotificationsModel::tr("SES %1").arg(m.eventType);
    case Model::MessageContent::NotSes:
        return NotificationsModel::tr("Not understood");
    case Model::MessageContent::SesSubscription:
        return NotificationsModel::tr("SES attached to topic");
    case Model::MessageContent::Subscription:
        break;
    }
    return NotificationsModel::tr("Subscription");
}
} // namespace

NotificationsModel::NotificationsModel(Model::DatabaseUrl url, QObject *parent)
    : PagedTableModel(kPageSize, parent), m_url(std::move(url))
{
}

Model::Result<void> NotificationsModel::setFilter(Model::MessageFilter filter)
{
    m_filter = std::move(filter);
    return reloadRows();
}

qint64 NotificationsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

Model::Result<QList<Model::MessageSummary>> NotificationsModel::readPage(int offset, int limit) const
{
    auto db = Model::Database::connection(m_url);
    if (!db)
        return db.error();
    return Model::MessageRepository(*db).list(m_filter, limit, offset);
}

int NotificationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Model::MessageSummary &m = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Received)
        return Model::Time::isoUtcMs(m.receivedAt);
    if (role == Qt::ToolTipRole && (index.column() == Topic || index.column() == Note))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return m.id;
    case Received:
        return Model::Time::localDisplay(m.receivedAt);
    case Type:
        return m.type;
    case Content:
        return contentLabel(m);
    case Verification:
        if (m.signatureVersion == u"simulated") // bouncedesk-cli simulate: stored without SNS
            return tr("simulated, not from SNS");
        if (m.signatureVersion == u"unsigned") // bouncedesk-cli pull --raw-delivery: bare SES JSON from a queue
            return tr("unsigned (raw delivery from an SQS queue)");
        return tr("verified (SignatureVersion %1)").arg(m.signatureVersion);
    case Topic:
        return m.topicArn;
    case MessageId:
        return m.messageId;
    case Note: // a subject may hold line breaks: one line in the table, whole in the tool tip
        if (!m.foreignSendingAccount.isEmpty())
            return QString(tr("Sent by SES account %1, not the topic's account").arg(m.foreignSendingAccount)
                           + (m.note.isEmpty() ? QString() : QStringLiteral("; ") + m.note.simplified()));
        return m.note.simplified();
    default:
        return {};
    }
}

QVariant NotificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Id");
    case Received: return tr("Received");
    case Type: return tr("Type");
    case Content: return tr("Content");
    case Verification: return tr("Verification");
    case Topic: return tr("Topic");
    case MessageId: return tr("MessageId");
    case Note: return tr("Note");
    default: return {};
    }
}

} // namespace Bouncedesk::Ui
