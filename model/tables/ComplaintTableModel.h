// ComplaintTableModel: the complaint review queue, read page by page (unreviewed first, newest first).
#pragma once

#include "core/Result.h"
#include "store/DatabaseUrl.h"

#include <QAbstractTableModel>
#include <QList>

namespace Bouncedesk::Model {

class ComplaintTableModel final : public QAbstractTableModel {
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
    // Forgets every row and reads the first page again.
    Result<void> reload();
    // The error of the last read ("" when it worked); fetchMore() cannot return one.
    const QString &lastError() const { return m_lastError; }

    // The statement behind a page: WHERE by filter, ORDER BY reviewed, event_at DESC (index complaints_queue).
    static QString pageSql(Filter filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row {
        qint64 id = 0;
        qint64 messageRef = 0;
        QString email;
        QString feedbackType;
        QString subType;
        QString userAgent;
        qint64 eventAt = 0;
        qint64 arrivalAt = 0; // 0: unknown
        bool reviewed = false;
        QString reviewedBy;
        qint64 reviewedAt = 0;
        QString reviewNote;
    };
    Result<QList<Row>> readPage(int offset) const;

    DatabaseUrl m_url;
    Filter m_filter = Filter::Unreviewed;
    QList<Row> m_rows;
    bool m_atEnd = true;
    QString m_lastError;
};

} // namespace Bouncedesk::Model
