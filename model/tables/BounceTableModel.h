// BounceTableModel: the bounces table, read page by page with filters and sort done in SQL on indexed columns.
#pragma once

#include "store/FeedbackScope.h"

#include "core/Result.h"
#include "store/BounceRepository.h"
#include "store/DatabaseUrl.h"
#include "tables/PagedTableModel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Bouncedesk::Model {

struct BounceFilter {
    QString type; // "" all | Permanent | Transient | Undetermined
    QDateTime from, to; // event time; from inclusive, to exclusive; invalid = open
    QString identity; // the sending identity (bounces.source), exact; "" all
    // Part of the address, case-insensitive; a full address (with '@' and a dot after it) is
    // compared whole, which uses the lower(email) index.
    QString search;

    bool operator==(const BounceFilter &) const = default;
};

class BounceTableModel final : public PagedTableModel<BounceListRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BounceTableModel)

public:
    // State is the address's state now, not at the time of the bounce. The free text (Diagnostic
    // code) comes last, so that it takes the width the other columns leave.
    enum Column { Date, Address, State, Type, SubType, Status, Identity, DiagnosticCode, ColumnCount };
    enum Role { BounceIdRole = Qt::UserRole + 1, MessageRefRole, EmailRole };

    explicit BounceTableModel(DatabaseUrl url, QObject *parent = nullptr);
    ~BounceTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Columns without an index (State, Sub-type, Status, Diagnostic code) are not sortable: sorting them would
    // read the whole table. sort() ignores them; isSortable() tells the view.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setDatabase(DatabaseUrl url);
    const DatabaseUrl &databaseUrl() const { return m_url; }
    void setFilter(BounceFilter filter);
    const BounceFilter &filter() const { return m_filter; }
    // A drill-down from the dashboard, besides the filter (empty: none).
    void setScope(FeedbackScope scope);
    const FeedbackScope &scope() const { return m_scope; }

    // Rows of the current filter (COUNT with the same WHERE), run on first call after a refresh and
    // cached; -1 if the count failed (lastError()).
    qint64 totalCount();

    // The State column's words: "Suppressed since 2026-11-30 (hard bounce)", "2 soft in a row", "OK";
    // withTime adds the time of day of the suppression (tool tips, the details pane).
    static QString stateText(const AddressNow &now, bool withTime = false);

    QString emailAt(int row) const;
    qint64 messageRefAt(int row) const;
    qint64 bounceIdAt(int row) const;
    AddressNow nowAt(int row) const; // the address's state as read with the row
    int rowOfBounce(qint64 bounceId) const; // -1 when not loaded

public slots:
    // Re-reads from the first page, seeing new rows; keeps filter and sort.
    void refresh();

signals:
    // A page could not be read; the text is plain words for the status line.
    void loadFailed(const QString &message);

private:
    BounceQuery query() const; // filter, sort and snapshot as the repository takes them
    Result<QList<BounceListRow>> readPage(int offset, int limit) const override;
    Result<void> startReload() override;
    void pageFailed(const QString &message) override;

    DatabaseUrl m_url;
    BounceFilter m_filter;
    FeedbackScope m_scope;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    // Rows inserted after a refresh stay out until the next one, so pages read by OFFSET neither
    // repeat nor skip rows while the listener writes.
    std::optional<qint64> m_maxId;
    std::optional<qint64> m_total;
};

} // namespace Bouncedesk::Model
