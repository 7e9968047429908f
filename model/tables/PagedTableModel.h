// PagedTableModel: the paging the SQL-backed table models share (first page on reload, the next one
// when the view scrolls to the end), so no table is ever read whole.
#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace Bouncedesk::Model {

template <typename Row>
class PagedTableModel : public QAbstractTableModel {
public:
    const QString &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_atEnd; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_atEnd)
            return;
        auto page = readPage(static_cast<int>(m_rows.size()));
        if (!page) {
            m_lastError = page.errorText();
            m_atEnd = true; // stop asking; the next reload tries again
            return;
        }
        m_atEnd = page->size() < m_pageSize;
        if (page->isEmpty())
            return;
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
        m_rows.append(std::move(page).value());
        endInsertRows();
    }

protected:
    PagedTableModel(int pageSize, QObject *parent) : QAbstractTableModel(parent), m_pageSize(pageSize) { }
    // Rows [offset, offset + page size) in the model's order.
    virtual Result<QList<Row>> readPage(int offset) const = 0;

    // Forgets every row and reads the first page again; on failure the model is empty.
    Result<void> reloadRows()
    {
        auto page = readPage(0);
        beginResetModel();
        m_rows.clear();
        m_atEnd = true;
        if (page) {
            m_rows = std::move(page).value();
            m_atEnd = m_rows.size() < m_pageSize;
            m_lastError.clear();
        } else {
            m_lastError = page.errorText();
        }
        endResetModel();
        if (!page)
            return page.error();
        return {};
    }

    int m_pageSize;
    QList<Row> m_rows;
    bool m_atEnd = true;
    QString m_lastError;
};

} // namespace Bouncedesk::Model
