// The active suppression list as a lazily fetched table model over SuppressionList::list().
#include "tables/SuppressionTableModel.h"

#include "core/SuppressionReason.h"
#include "core/Time.h"
#include "store/Database.h"
#include "store/SuppressionRepository.h"

namespace Bouncedesk::Model {

SuppressionTableModel::SuppressionTableModel(DatabaseUrl url, QObject *parent)
    : PagedTableModel(kPageSize, parent), m_url(std::move(url))
{
}

SuppressionTableModel::~SuppressionTableModel() = default;

Result<QList<Suppression>> SuppressionTableModel::readPage(int offset, int limit) const
{
    auto db = Database::connection(m_url);
    if (!db)
        return db.error();
    // list() only reads; the actor is not used.
    SuppressionList list(*db, Actor{});
    return list.list(m_reason, m_search, limit, offset);
}

Result<qint64> SuppressionTableModel::count() const
{
    auto db = Database::connection(m_url);
    if (!db)
        return db.error();
    return SuppressionRepository(*db).count(m_reason, m_search);
}

Result<void> SuppressionTableModel::setFilter(const QString &reason, const QString &search)
{
    m_reason = reason;
    m_search = search;
    return reload();
}

Result<void> SuppressionTableModel::reload()
{
    auto total = count();
    m_total = total ? *total : 0;
    auto rows = reloadRows();
    if (!total)
        return total.error();
    return rows;
}

Result<void> SuppressionTableModel::checkMay(const QSqlDatabase &db, Change change)
{
    return Database::checkMay(db, change == Change::Add ? Database::WriteAction::AddSuppressions
                                                        : Database::WriteAction::ChangeSuppressions);
}

int SuppressionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SuppressionTableModel::setSesList(std::optional<QSet<QString>> emails)
{
    m_ses = std::move(emails);
    if (rowCount() > 0)
        emit dataChanged(index(0, OnSes), index(rowCount() - 1, OnSes));
}

QVariant SuppressionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suppression &s = m_rows.at(index.row());
    switch (role) {
    case EmailRole:
        return s.email;
    case NotesRole:
        return s.notes;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Email: return s.email;
        case Reason: return suppressionReasonLabel(s.reason);
        case OnSes:
            if (!m_ses)
                return QStringLiteral("–");
            return m_ses->contains(s.email) ? tr("yes") : tr("no");
        case Source:
            if (s.sourceTable.isEmpty())
                return tr("by hand");
            return QStringLiteral("%1 #%2").arg(s.sourceTable).arg(s.sourceEventId);
        case AddedBy: return s.addedBy;
        case AddedAt: return Time::localDisplay(Time::msOrZero(s.addedAt));
        case Notes: return s.notes;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == AddedAt)
            return Time::isoUtc(s.addedAt);
        if (index.column() == Notes)
            return s.notes;
        if (index.column() == OnSes)
            return m_ses ? tr("On the SES account-level suppression list: SES itself will not send to it")
                         : tr("Not known: connect to AWS (Settings → AWS) and press Check SES list");
        return {};
    default:
        return {};
    }
}

QVariant SuppressionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email: return tr("Address");
    case Reason: return tr("Reason");
    case OnSes: return tr("On SES");
    case Source: return tr("Source");
    case AddedBy: return tr("Added by");
    case AddedAt: return tr("Added at");
    case Notes: return tr("Notes");
    default: return {};
    }
}

} // namespace Bouncedesk::Model
