// The bounces list: LIMIT/OFFSET pages over an id snapshot, filters and order on indexed columns.
#include "tables/BounceTableModel.h"

#include "core/Time.h"
#include "store/BounceRepository.h"
#include "store/Database.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>

Q_LOGGING_CATEGORY(lcTables, "bouncedesk.tables")

namespace Bouncedesk::Model {

BounceTableModel::BounceTableModel(DatabaseUrl url, QObject *parent) : QAbstractTableModel(parent), m_url(std::move(url)) { }

BounceTableModel::~BounceTableModel() = default;

int BounceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

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
            return QDateTime::fromMSecsSinceEpoch(r.eventAt, Qt::UTC).toString(Qt::ISODateWithMs);
        if (index.column() == DiagnosticCode && !r.diagnostic.isEmpty())
            return r.diagnostic;
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

BounceQuery BounceTableModel::query() const
{
    BounceQuery q;
    q.type = m_filter.type;
    q.from = m_filter.from;
    q.to = m_filter.to;
    q.identity = m_filter.identity;
    q.search = m_filter.search;
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

void BounceTableModel::fail(const QString &message)
{
    m_lastError = message;
    m_atEnd = true;
    qCWarning(lcTables) << "bounces:" << message;
    emit loadFailed(message);
}

void BounceTableModel::refresh()
{
    // Views (and QAbstractItemModelTester) call fetchMore() from their modelReset and rowsInserted
    // slots; nested fetches are ignored (m_busy) and the first page is loaded below, after the reset.
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_total.reset();
    m_maxId.reset();
    m_atEnd = false;
    m_lastError.clear();
    auto db = Database::connection(m_url);
    if (!db) {
        endResetModel();
        fail(db.errorText());
        return;
    }
    auto max = BounceRepository(*db).maxId();
    if (!max) {
        endResetModel();
        fail(max.errorText());
        return;
    }
    m_maxId = *max;
    m_atEnd = *m_maxId == 0;
    endResetModel();
    m_busy = false;
    fetchMore();
}

bool BounceTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void BounceTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    auto db = Database::connection(m_url);
    if (!db) {
        fail(db.errorText());
        return;
    }
    // One row more than a page tells whether another page exists.
    auto rows = BounceRepository(*db).page(query(), m_pageSize + 1, qint64(m_rows.size()));
    if (!rows) {
        fail(rows.errorText());
        return;
    }
    QList<BounceListRow> page = std::move(rows).value();
    const bool more = page.size() > m_pageSize;
    if (more)
        page.resize(m_pageSize);
    m_atEnd = !more;
    m_lastError.clear();
    if (page.isEmpty())
        return;
    const QScopedValueRollback busy(m_busy, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
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

void BounceTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

qint64 BounceTableModel::totalCount()
{
    if (m_total)
        return *m_total;
    if (!m_maxId)
        return -1;
    if (m_atEnd && m_lastError.isEmpty()) {
        m_total = m_rows.size();
        return *m_total;
    }
    auto db = Database::connection(m_url);
    if (!db) {
        m_lastError = db.errorText();
        return -1;
    }
    auto total = BounceRepository(*db).count(query());
    if (!total) {
        m_lastError = total.errorText();
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

int BounceTableModel::rowOfBounce(qint64 bounceId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == bounceId)
            return i;
    return -1;
}

} // namespace Bouncedesk::Model
