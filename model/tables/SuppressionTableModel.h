// SuppressionTableModel: the active suppressions, filtered and searched in SQL, read page by page.
#pragma once

#include "core/Result.h"
#include "tables/PagedTableModel.h"
#include "policy/SuppressionList.h"
#include "store/DatabaseUrl.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

namespace Bouncedesk::Model {

class SuppressionTableModel final : public PagedTableModel<Suppression> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionTableModel)

public:
    enum Column { Email, Reason, OnSes, Source, AddedBy, AddedAt, Notes, ColumnCount };
    enum Role { EmailRole = Qt::UserRole + 1, NotesRole };
    static constexpr int kPageSize = 500;

    explicit SuppressionTableModel(DatabaseUrl url, QObject *parent = nullptr);
    ~SuppressionTableModel() override;

    // reason: one of SuppressionList::reasons() or empty for all; search: part of the address.
    Result<void> setFilter(const QString &reason, const QString &search);
    const QString &reasonFilter() const { return m_reason; }
    const QString &search() const { return m_search; }
    // Forgets every row, reads the first page and the number of matching rows again.
    Result<void> reload();
    // Active suppressions matching the filter, counted at the last reload().
    qint64 totalCount() const { return m_total; }

    // What this connection may do to the suppression list (Add: add and import; Change: remove and
    // edit notes). The error says why not, in plain words.
    enum class Change { Add, Update };
    static Result<void> checkMay(const QSqlDatabase &db, Change change);

    // The addresses on the SES account-level list as last read (lower-case), or none when not known
    // (not connected to AWS): the "On SES" column says yes / no / unknown.
    void setSesList(std::optional<QSet<QString>> emails);
    bool isOnSes(const QString &email) const { return m_ses && m_ses->contains(email); }
    bool sesKnown() const { return m_ses.has_value(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Result<QList<Suppression>> readPage(int offset, int limit) const override;
    Result<qint64> count() const;

    DatabaseUrl m_url;
    QString m_reason;
    QString m_search;
    qint64 m_total = 0;
    std::optional<QSet<QString>> m_ses;
};

} // namespace Bouncedesk::Model
