// Transactions with a write mode; errors go through Database::failed like every statement's.
#include "store/Transaction.h"

#include "store/Database.h"
#include "store/Dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Bouncedesk::Model {

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db)), m_mode(mode), m_sqliteImmediate(mode == Mode::Write && Dialect::of(m_db).isSqlite())
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    if (m_sqliteImmediate) {
        // QtSql's transaction() only issues a deferred BEGIN; IMMEDIATE must be sent as a statement.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Database::failed(m_db, q.lastError(), QCoreApplication::translate("Store", "cannot lock the database for writing"));
    } else if (!m_db.transaction()) {
        return Database::failed(m_db, m_db.lastError(), QCoreApplication::translate("Store", "cannot begin transaction"));
    }
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return Error::internal(QCoreApplication::translate("Store", "commit without an open transaction"));
    if (m_sqliteImmediate) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("COMMIT"))) {
            m_open = false;
            return {};
        }
        const Error error = Database::failed(m_db, q.lastError(), QCoreApplication::translate("Store", "cannot commit"));
        rollback();
        return error;
    }
    if (!m_db.commit()) {
        const Error error = Database::failed(m_db, m_db.lastError(), QCoreApplication::translate("Store", "cannot commit"));
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_sqliteImmediate)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.rollback();
}

} // namespace Bouncedesk::Model
