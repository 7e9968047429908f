// The bounces list: LIMIT/OFFSET pages over an id snapshot, filters and order on indexed columns.
#include "tables/BounceTableModel.h"

#include "core/Time.h"
#include "store/BounceRepository.h"
#include "store/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTables, "bouncedesk.tables")

namespace Bouncedesk::Model {

BounceTableModel::BounceTableModel(DatabaseUrl url, QObject *parent)
    : PagedTableModel(200, parent), m_url(std::move(url))
{
}

BounceTableModel::~BounceTableModel() = default;

int BounceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BounceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BounceListRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return Time::localDisplay(r.eventAt);
        case Address:
            return r.email;
        case State:
            return stateText(r.now);
        case Type:
            return r.type;
        case SubType:
            return r.subType;
        case Status:
            return r.status;
        case DiagnosticCode:
            return r.diagnostic;
        case Identity:
            return r.identity;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Date)
            return Time::isoUtcMs(r.eventAt);
        if (index.column() == DiagnosticCode && !r.diagnostic.isEmpty())
            return r.diagnostic;
        if (index.column() == Address)
            return r.email;
        if (index.column() == State)
            return r.now.suppressed
                ? tr("%1: mail to this address is stopped until the suppression is removed").arg(stateText(r.now, true))
                : tr("The address's state now, not when this bounce arrived");
        return {};
    case BounceIdRole:
        return r.id;
    case MessageRefRole:
        return r.messageRef;
    case EmailRole:
        return r.email;
    default:
        return {};
    }
}

QVariant BounceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Address:
        return tr("Address");
    case State:
        return tr("State now");
    case Type:
        return tr("Type");
    case SubType:
        return tr("Sub-type");
    case Status:
        return tr("Status");
    case DiagnosticCode:
        return tr("Diagnostic code");
    case Identity:
        return tr("Identity");
    default:
        return {};
    }
}

bool BounceTableModel::isSortable(int column)
{
    return column == Date || column == Address || column == Type || column == Identity;
}

QString BounceTableModel::stateText(const AddressNow &now, bool withTime)
{
    if (now.suppressed) {
        QString why;
        switch (*now.suppressed) {
        case SuppressionReason::HardBounce:
            why = tr("hard bounce");
            break;
        case SuppressionReason::SoftBounce:
            why = tr("soft bounces");
            break;
        case SuppressionReason::Complaint:
            why = tr("complaint");
            break;
        case SuppressionReason::ManualBounce:
            why = tr("bounce, by hand");
            break;
        case SuppressionReason::ManualComplaint:
            why = tr("complaint, by hand");
            break;
        case SuppressionReason::Manual:
            why = tr("by hand");
            break;
        }
        if (now.suppressedAt <= 0)
            return tr("Suppressed (%1)").arg(why);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(now.suppressedAt, Qt::UTC);
        const QString since = withTime ? Translations::dateTime(at) : Translations::date(at.toLocalTime().date());
        return tr("Suppressed since %1 (%2)").arg(since, why);
    }
    switch (now.status) {
    case AddressStatus::Hard:
        return tr("Hard bounced, not suppressed");
    case AddressStatus::Soft:
        return tr("%n soft in a row", nullptr, now.consecutiveSoft);
    case AddressStatus::Complained:
        return tr("Complained, not suppressed");
    case AddressStatus::New:
    case AddressStatus::Clean:
        break;
    }
    return tr("OK");
}

BounceQuery BounceTableModel::query() const
{
    BounceQuery q;
    q.type = m_filter.type;
    q.from = m_filter.from;
    q.to = m_filter.to;
    q.identity = m_filter.identity;
    q.search = m_filter.search;
    q.scope = m_scope;
    q.maxId = m_maxId;
    switch (m_sortColumn) {
    case Address:
        q.order = BounceQuery::Order::Address;
        break;
    case Type:
        q.order = BounceQuery::Order::Type;
        break;
    case Identity:
        q.order = BounceQuery::Order::Identity;
        break;
    default:
        q.order = BounceQuery::Order::Date;
        break;
    }
    q.ascending = m_sortOrder == Qt::AscendingOrder;
    return q;
}

void BounceTableModel::pageFailed(const QString &message)
{
    qCWarning(lcTables) << "bounces:" << message;
    emit loadFailed(message);
}

void BounceTableModel::refresh()
{
    m_total.reset();
    (void)reloadRows(); // a failure is reported through loadFailed() and lastError()
}

Result<void> BounceTableModel::startReload()
{
    m_maxId.reset();
    auto db = Database::connection(m_url);
    if (!db)
        return db.error();
    auto max = BounceRepository(*db).maxId();
    if (!max)
        return max.error();
    m_maxId = *max;
    return {};
}

Result<QList<BounceListRow>> BounceTableModel::readPage(int offset, int limit) const
{
    if (m_maxId == 0)
        return QList<BounceListRow>(); // an empty table: nothing to read
    auto db = Database::connection(m_url);
    if (!db)
        return db.error();
    return BounceRepository(*db).page(query(), limit, offset);
}

void BounceTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void BounceTableModel::setDatabase(DatabaseUrl url)
{
    m_url = std::move(url);
    refresh();
}

void BounceTableModel::setFilter(BounceFilter filter)
{
    if (filter == m_filter && m_maxId)
        return;
    m_filter = std::move(filter);
    refresh();
}

void BounceTableModel::setScope(FeedbackScope scope)
{
    if (scope == m_scope && m_maxId)
        return;
    m_scope = std::move(scope);
    refresh();
}

qint64 BounceTableModel::totalCount()
{
    if (m_total)
        return *m_total;
    if (!m_maxId)
        return -1;
    if (m_atEnd && lastError().isEmpty()) {
        m_total = m_rows.size();
        return *m_total;
    }
    auto db = Database::connection(m_url);
    if (!db) {
        setLastError(db.errorText());
        return -1;
    }
    auto total = BounceRepository(*db).count(query());
    if (!total) {
        setLastError(total.errorText());
        return -1;
    }
    m_total = *total;
    return *m_total;
}

QString BounceTableModel::emailAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).email : QString();
}

qint64 BounceTableModel::messageRefAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).messageRef : 0;
}

qint64 BounceTableModel::bounceIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

AddressNow BounceTableModel::nowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).now : AddressNow();
}

int BounceTableModel::rowOfBounce(qint64 bounceId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == bounceId)
            return i;
    return -1;
}

} // namespace Bouncedesk::Model
