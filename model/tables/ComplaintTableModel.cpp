// The complaint review queue as a lazily fetched table model.
#include "tables/ComplaintTableModel.h"

#include "store/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Bouncedesk::Model {

namespace {
QString localTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString utcTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

ComplaintTableModel::ComplaintTableModel(DatabaseUrl url, QObject *parent)
    : PagedTableModel(kPageSize, parent), m_url(std::move(url))
{
}

ComplaintTableModel::~ComplaintTableModel() = default;

QString ComplaintTableModel::pageSql(Filter filter)
{
    QString where;
    if (filter == Filter::Unreviewed)
        where = QStringLiteral(" WHERE reviewed = 0");
    else if (filter == Filter::Reviewed)
        where = QStringLiteral(" WHERE reviewed = 1");
    return QStringLiteral("SELECT id, message_ref, email, feedback_type, complaint_subtype, user_agent, event_at, "
                          "arrival_at, reviewed, reviewed_by, reviewed_at, review_note FROM complaints")
        + where + QStringLiteral(" ORDER BY reviewed, event_at DESC, id DESC LIMIT ? OFFSET ?");
}

Result<QList<ComplaintTableModel::Row>> ComplaintTableModel::readPage(int offset) const
{
    auto db = Database::connection(m_url);
    if (!db)
        return db.error();
    auto query = exec(*db, pageSql(m_filter), {kPageSize, offset});
    if (!query)
        return Error{query.error().kind, QStringLiteral("cannot read the complaints: ") + query.errorText(),
                     query.error().code};
    QSqlQuery q = std::move(query).value();
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.messageRef = q.value(1).toLongLong();
        r.email = q.value(2).toString();
        r.feedbackType = q.value(3).toString();
        r.subType = q.value(4).toString();
        r.userAgent = q.value(5).toString();
        r.eventAt = q.value(6).toLongLong();
        r.arrivalAt = q.value(7).toLongLong();
        r.reviewed = q.value(8).toInt() != 0;
        r.reviewedBy = q.value(9).toString();
        r.reviewedAt = q.value(10).toLongLong();
        r.reviewNote = q.value(11).toString();
        rows << r;
    }
    if (q.lastError().isValid())
        return Database::toError(q.lastError(), QStringLiteral("cannot read the complaints"));
    return rows;
}

Result<void> ComplaintTableModel::setFilter(Filter filter)
{
    m_filter = filter;
    return reload();
}

Result<void> ComplaintTableModel::reload()
{
    return reloadRows();
}

int ComplaintTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case MessageRefRole:
        return r.messageRef;
    case ReviewedRole:
        return r.reviewed;
    case EmailRole:
        return r.email;
    case Qt::DisplayRole:
        switch (index.column()) {
        case EventAt: return localTime(r.eventAt);
        case Email: return r.email;
        case FeedbackType: return r.feedbackType;
        case SubType: return r.subType;
        case UserAgent: return r.userAgent;
        case ArrivalAt: return localTime(r.arrivalAt);
        case ReviewedBy: return r.reviewedBy;
        case ReviewedAt: return localTime(r.reviewedAt);
        case ReviewNote: return r.reviewNote;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EventAt: return utcTime(r.eventAt);
        case ArrivalAt: return utcTime(r.arrivalAt);
        case ReviewedAt: return utcTime(r.reviewedAt);
        case UserAgent: return r.userAgent;
        case ReviewNote: return r.reviewNote;
        default: return {};
        }
    default:
        return {};
    }
}

QVariant ComplaintTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EventAt: return tr("Date");
    case Email: return tr("Address");
    case FeedbackType: return tr("Feedback type");
    case SubType: return tr("Sub-type");
    case UserAgent: return tr("User agent");
    case ArrivalAt: return tr("Arrival date");
    case ReviewedBy: return tr("Reviewed by");
    case ReviewedAt: return tr("Reviewed at");
    case ReviewNote: return tr("Review note");
    default: return {};
    }
}

} // namespace Bouncedesk::Model
