// The bounces list: LIMIT/OFFSET pages over an id snapshot, filters and order on indexed columns.
#include "tables/BounceTableModel.h"

#include "store/Database.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcTables, "bouncedesk.tables")

namespace Bouncedesk::Model {

namespace {
const QString kColumns = QStringLiteral("id, message_ref, event_at, email, bounce_type, bounce_subtype, status, "
                                        "diagnostic_code, source");

// A whole address is looked up by equality and anything else as a prefix, both on the index on
// lower(email); only "@domain" searches scan (no index can serve a suffix).
bool isWholeAddress(const QString &text)
{
    const int at = text.indexOf(u'@');
    return at > 0 && text.indexOf(u'.', at) > at + 1 && !text.endsWith(u'.') && !text.contains(u' ');
}

QString likeEscaped(const QString &needle)
{
    QString escaped = needle;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

// The smallest string greater than every string starting with prefix: the range [prefix, upper)
// is what an index can seek, LIKE then keeps exactly the prefix matches.
QString prefixUpperBound(QString prefix)
{
    prefix[prefix.size() - 1] = QChar(char16_t(prefix.back().unicode() + 1));
    return prefix;
}
} // namespace

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
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QDateTime::fromMSecsSinceEpoch(r.eventAt, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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

QString BounceTableModel::whereClause(QList<QVariant> *values) const
{
    QStringList parts;
    if (m_maxId) {
        parts << QStringLiteral("id <= ?");
        *values << *m_maxId;
    }
    if (!m_filter.type.isEmpty()) {
        parts << QStringLiteral("bounce_type = ?");
        *values << m_filter.type;
    }
    if (m_filter.from.isValid()) {
        parts << QStringLiteral("event_at >= ?");
        *values << m_filter.from.toMSecsSinceEpoch();
    }
    if (m_filter.to.isValid()) {
        parts << QStringLiteral("event_at < ?");
        *values << m_filter.to.toMSecsSinceEpoch();
    }
    if (!m_filter.identity.isEmpty()) {
        parts << QStringLiteral("source = ?");
        *values << m_filter.identity;
    }
    const QString needle = m_filter.search.trimmed().toLower();
    if (!needle.isEmpty()) {
        if (isWholeAddress(needle)) {
            parts << QStringLiteral("lower(email) = ?");
            *values << needle;
        } else if (needle.startsWith(u'@')) {
            parts << QStringLiteral("lower(email) LIKE ? ESCAPE '\\'");
            *values << QString(u'%' + likeEscaped(needle));
        } else {
            parts << QStringLiteral("lower(email) >= ? AND lower(email) < ? AND lower(email) LIKE ? ESCAPE '\\'");
            *values << needle << prefixUpperBound(needle) << QString(likeEscaped(needle) + u'%');
        }
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QString BounceTableModel::orderClause() const
{
    const QString dir = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Each order matches an index (id breaks ties, so OFFSET pages are stable).
    switch (m_sortColumn) {
    case Address:
        return QStringLiteral(" ORDER BY lower(email) %1, id %1").arg(dir);
    case Type:
        return QStringLiteral(" ORDER BY bounce_type %1, event_at %1, id %1").arg(dir);
    case Identity:
        return QStringLiteral(" ORDER BY source %1, event_at %1, id %1").arg(dir);
    case Date:
    default:
        return QStringLiteral(" ORDER BY event_at %1, id %1").arg(dir);
    }
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
    auto max = exec(*db, QStringLiteral("SELECT MAX(id) FROM bounces"));
    if (!max) {
        endResetModel();
        fail(max.errorText());
        return;
    }
    QSqlQuery q = std::move(max).value();
    m_maxId = q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : 0;
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
    QList<QVariant> values;
    // One row more than a page tells whether another page exists.
    const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM bounces") + whereClause(&values)
        + orderClause() + QStringLiteral(" LIMIT ? OFFSET ?");
    values << m_pageSize + 1 << qint64(m_rows.size());
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        fail(Database::toError(q.lastError(), tr("cannot prepare the bounces query")).message);
        return;
    }
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(Database::toError(q.lastError(), tr("cannot read bounces")).message);
        return;
    }
    QList<Row> page;
    page.reserve(m_pageSize);
    bool more = false;
    while (q.next()) {
        if (page.size() == m_pageSize) {
            more = true;
            break;
        }
        Row r;
        r.id = q.value(0).toLongLong();
        r.messageRef = q.value(1).toLongLong();
        r.eventAt = q.value(2).toLongLong();
        r.email = q.value(3).toString();
        r.type = q.value(4).toString();
        r.subType = q.value(5).toString();
        r.status = q.value(6).toString();
        r.diagnostic = q.value(7).toString();
        r.identity = q.value(8).toString();
        page << r;
    }
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
    QList<QVariant> values;
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM bounces") + whereClause(&values))) {
        m_lastError = Database::toError(q.lastError(), tr("cannot count bounces")).message;
        return -1;
    }
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_lastError = Database::toError(q.lastError(), tr("cannot count bounces")).message;
        return -1;
    }
    m_total = q.value(0).toLongLong();
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
