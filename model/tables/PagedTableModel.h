// PagedTableModel: the paging every SQL-backed table model shares (first page on reload, the next one
// when the view scrolls to the end), so no table is ever read whole.
#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

namespace Bouncedesk::Model {

template <typename Row>
class PagedTableModel : public QAbstractTableModel {
public:
    // The last error reading the database, empty after a successful read.
    const QString &lastError() const { return m_lastError; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    // Views (and QAbstractItemModelTester) call fetchMore() from their modelReset and rowsInserted
    // slots; fetches nested in a reset or an insertion are ignored (m_busy).
    bool canFetchMore(const QModelIndex &parent = {}) const override { return !parent.isValid() && !m_atEnd && !m_busy; }
    void fetchMore(const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || m_atEnd || m_busy)
            return;
        auto page = readPageAfter(static_cast<int>(m_rows.size()));
        if (!page) {
            failed(page.errorText());
            return;
        }
        if (page->isEmpty())
            return;
        const QScopedValueRollback busy(m_busy, true);
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
        m_rows.append(std::move(page).value());
        endInsertRows();
    }

protected:
    PagedTableModel(int pageSize, QObject *parent) : QAbstractTableModel(parent), m_pageSize(pageSize) { }
    // At most limit rows from offset, in the model's order.
    virtual Result<QList<Row>> readPage(int offset, int limit) const = 0;
    // Called at the start of every reload, before the first page (e.g. to fix a snapshot bound).
    virtual Result<void> startReload() { return {}; }
    // A page could not be read: message is plain words for the status line.
    virtual void pageFailed(const QString &message) { Q_UNUSED(message); }

    // Forgets every row and reads the first page again; on failure the model is empty.
    Result<void> reloadRows()
    {
        Result<void> outcome;
        {
            const QScopedValueRollback busy(m_busy, true);
            beginResetModel();
            m_rows.clear();
            m_atEnd = false;
            m_lastError.clear();
            outcome = startReload();
            if (outcome) {
                auto page = readPageAfter(0);
                if (page)
                    m_rows = std::move(page).value();
                else
                    outcome = page.error();
            }
            if (!outcome) {
                m_atEnd = true; // stop asking; the next reload tries again
                m_lastError = outcome.errorText();
            }
            endResetModel();
        }
        if (!outcome)
            pageFailed(m_lastError);
        return outcome;
    }

    // For reads beside the pages (a count) that fail.
    void setLastError(const QString &message) { m_lastError = message; }

    QList<Row> m_rows;
    bool m_atEnd = true;

private:
    // One row more than a page tells whether another page exists.
    Result<QList<Row>> readPageAfter(int offset)
    {
        auto page = readPage(offset, m_pageSize + 1);
        if (!page)
            return page;
        QList<Row> rows = std::move(page).value();
        m_atEnd = rows.size() <= m_pageSize;
        if (!m_atEnd)
            rows.resize(m_pageSize);
        m_lastError.clear();
        return rows;
    }
    void failed(const QString &message)
    {
        m_lastError = message;
        m_atEnd = true;
        pageFailed(message);
    }

    int m_pageSize;
    bool m_busy = false;
    QString m_lastError;
};

} // namespace Bouncedesk::Model
