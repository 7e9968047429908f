// Transaction: the one transaction type; rolls back unless committed.
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace Bouncedesk::Model {

class Transaction final {
public:
    // Write takes the write lock at the start (BEGIN IMMEDIATE on SQLite), for transactions that read
    // before they write: a concurrent writer then makes us wait at begin() instead of failing halfway
    // with "database is locked" when the read lock cannot be upgraded. PostgreSQL needs no such mode.
    enum class Mode { Deferred, Write };

    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Deferred);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Mode m_mode;
    bool m_sqliteImmediate = false;
    bool m_open = false;
};

} // namespace Bouncedesk::Model
