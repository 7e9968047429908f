// The complaint review queue as a lazily fetched table model.
#include "tables/ComplaintTableModel.h"

#include "core/Time.h"
#include "store/Database.h"

namespace Bouncedesk::Model {

namespace {
QString localTime(qint64 ms)
{
    return Time::localDisplay(ms);
}

QString utcTime(qint64 ms)
{
    return Time::utcTooltip(ms);
}
} // namespace

ComplaintTableModel::ComplaintTableModel(DatabaseUrl url, QObject *parent)
    : PagedTableModel(kPageSize, parent), m_url(std::move(url))
{
}

ComplaintTableModel::~ComplaintTableModel() = default;

Result<QList<ComplaintTableModel::Row>> ComplaintTableModel::readPage(int offset, int limit) const
{
    auto db = Database::connection(m_url);
    if (!db)
        return db.error();
    const auto filter = m_filter == Filter::Unreviewed ? ComplaintRepository::Filter::Unreviewed
        : m_filter == Filter::Reviewed                 ? ComplaintRepository::Filter::Reviewed
                                                       : ComplaintRepository::Filter::All;
    return ComplaintRepository(*db).page(filter, limit, offset, m_scope);
}

Result<void> ComplaintTableModel::setFilterAndScope(Filter filter, FeedbackScope scope)
{
    m_filter = filter;
    m_scope = std::move(scope);
    return reload();
}

Result<void> ComplaintTableModel::setScope(FeedbackScope scope)
{
    m_scope = std::move(scope);
    return reload();
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
