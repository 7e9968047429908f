// ComplaintTableModel: the complaint review queue, read page by page (unreviewed first, newest first).
#pragma once

#include "core/Result.h"
#include "tables/PagedTableModel.h"
#include "store/ComplaintRepository.h"
#include "store/DatabaseUrl.h"

#include <QAbstractTableModel>
#include <QList>

namespace Bouncedesk::Model {

class ComplaintTableModel final : public PagedTableModel<ComplaintRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintTableModel)

public:
    enum Column { EventAt, Email, FeedbackType, SubType, UserAgent, ArrivalAt, ReviewedBy, ReviewedAt, ReviewNote,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, MessageRefRole, ReviewedRole, EmailRole };
    enum class Filter { Unreviewed, Reviewed, All };
    static constexpr int kPageSize = 200;

    explicit ComplaintTableModel(DatabaseUrl url, QObject *parent = nullptr);
    ~ComplaintTableModel() override;

    Filter filter() const { return m_filter; }
    // Changes the filter and reloads.
    Result<void> setFilter(Filter filter);
    // A drill-down from the dashboard (empty: none); reloads.
    Result<void> setScope(FeedbackScope scope);
    Result<void> setFilterAndScope(Filter filter, FeedbackScope scope);
    const FeedbackScope &scope() const { return m_scope; }
    // Forgets every row and reads the first page again.
    Result<void> reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Row = ComplaintRow;
    Result<QList<Row>> readPage(int offset, int limit) const override;

    DatabaseUrl m_url;
    Filter m_filter = Filter::Unreviewed;
    FeedbackScope m_scope;
};

} // namespace Bouncedesk::Model
