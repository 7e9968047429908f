// Dialect: the one object that knows what differs between SQLite and PostgreSQL.
#pragma once

#include "store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

namespace Bouncedesk::Model {

class Dialect final {
public:
    static Dialect of(const QSqlDatabase &db);
    static Dialect of(DatabaseUrl::Dialect dialect) { return Dialect(dialect == DatabaseUrl::Dialect::Sqlite); }

    bool isSqlite() const { return m_sqlite; }
    bool isPostgres() const { return !m_sqlite; }

    // The domain part of an address column, lower-case (SQLite has no split_part).
    QString emailDomain(const QString &column) const;
    // Appended to an INSERT to read the new id. SQLite buffers RETURNING rows in an ephemeral table
    // (measurably slow at thousands of rows a second), so there the id comes from lastInsertId().
    QString returningIdForIngest() const;
    // Appended to a SELECT whose row the transaction will write back: PostgreSQL locks it so that two
    // writers (two listeners on one database) cannot both read the old value; SQLite has one writer.
    QString forUpdate() const { return m_sqlite ? QString() : QStringLiteral(" FOR UPDATE"); }
    // A schema statement with the dialect's id column put in for {ID} and emailDomain() of the email
    // column for {EMAIL_DOMAIN}.
    QString schema(QString statement) const;
    // A statement that serialises concurrent migrators inside their transaction; empty when none is needed.
    QString migrationLock() const;

private:
    explicit Dialect(bool sqlite) : m_sqlite(sqlite) { }
    bool m_sqlite;
};

} // namespace Bouncedesk::Model
