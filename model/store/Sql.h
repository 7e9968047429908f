// Sql: the statement helpers every repository uses (prepare, bind, run; reused prepared statements).
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct sqlite3;

namespace Bouncedesk::Model {

// Prepares and runs one statement with positional bindings (any number); the error says what failed.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

namespace Sql {

    // The connection's own sqlite3 handle; null when it is closed or not SQLite.
    sqlite3 *sqliteHandle(const QSqlDatabase &db);

    // A text value as stored: NULL for an empty string.
    inline QVariant textOrNull(const QString &text)
    {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }

    // needle with LIKE's wildcards escaped, for "... LIKE ? ESCAPE '\'".
    QString likeEscaped(const QString &needle);
    // "%needle%", escaped: a part of a value.
    inline QString likeContaining(const QString &needle) { return u'%' + likeEscaped(needle) + u'%'; }

    // The first column of the first row (NULL when there is no row).
    Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // Rows changed by an UPDATE or DELETE.
    Result<qint64> affected(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // Calls row() for every row; a read error part way is reported, not swallowed.
    Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
        const std::function<void(const QSqlQuery &)> &row);

    // Every row turned into a T by fromRow(query): the usual read of a repository.
    template <typename T, typename FromRow>
    Result<QList<T>> rows(const QSqlDatabase &db, const QString &sql, const QVariantList &values, FromRow &&fromRow)
    {
        QList<T> out;
        auto read = forEachRow(db, sql, values, [&out, &fromRow](const QSqlQuery &q) { out.append(fromRow(q)); });
        if (!read)
            return read.error();
        return out;
    }

    // UTF-8 text to bind as TEXT (a QByteArray alone binds as a BLOB): the listener has the raw body in
    // UTF-8 already, and SQLite stores UTF-8, so it is bound without a round trip through UTF-16.
    struct Utf8Text {
        QByteArray bytes;
    };

    // A statement prepared once on one connection and run many times (the ingest path runs thousands a
    // second). Not thread-safe, like the connection it belongs to. On SQLite it runs through the
    // connection's own sqlite3 handle: QtSql's bind path costs more than SQLite's insert itself there
    // (a formatted placeholder name and a hash lookup per value, UTF-16 text converted again by SQLite).
    class Statement final {
    public:
        Statement(const QSqlDatabase &db, QString sql);
        ~Statement();
        Q_DISABLE_COPY_MOVE(Statement)

        // Binds values in order and runs; rows are read with next() and value() until the next run().
        Result<void> run(std::initializer_list<QVariant> values)
        {
            return run(values.begin(), qsizetype(values.size()));
        }
        Result<void> run(const QVariant *values, qsizetype count);
        bool next();
        // The current row's column (NULL is a null QVariant); valid after next() returned true.
        QVariant value(int column) const;
        // Rows changed by the last run() of an INSERT, UPDATE or DELETE.
        qint64 rowsAffected() const { return m_affected; }
        // After next() returned false: whether that was the end of the rows or an error while reading them.
        Result<void> rowsRead() const;
        // Ends reading the rows of the last run().
        void finish();
        // For an INSERT (built with insertSql()): the new row's id, or nothing when ON CONFLICT skipped it.
        Result<std::optional<qint64>> insert(std::initializer_list<QVariant> values);
        // sql with what the dialect needs to hand back the new id (see Dialect::returningIdForIngest).
        static QString insertSql(const QSqlDatabase &db, const QString &sql);

    private:
        struct Native;
        Result<void> runNative(const QVariant *values, qsizetype count);

        QSqlDatabase m_db;
        QString m_sql;
        QSqlQuery m_query;
        std::unique_ptr<Native> m_native; // SQLite
        bool m_prepared = false;
        bool m_sqlite = false;
        qint64 m_affected = 0;
    };

    // One INSERT of many rows: head + "(?, ..., ?), (?, ...)" + tail, run in as few statements as the
    // bind-parameter limit allows (PostgreSQL 65535, SQLite its SQLITE_LIMIT_VARIABLE_NUMBER) and at most
    // kMaxRows rows each. A statement is prepared once per row count and kept: on PostgreSQL each
    // statement is a round trip, so a batch of n rows costs one, not n. Not thread-safe, like Statement.
    class MultiRowInsert final {
    public:
        static constexpr int kMaxRows = 100;

        MultiRowInsert(const QSqlDatabase &db, QString head, int columns, QString tail);
        ~MultiRowInsert();
        Q_DISABLE_COPY_MOVE(MultiRowInsert)

        // values holds columns values per row, rows one after the other. onRow is called for every
        // row the statements return (RETURNING in tail), in no particular order.
        Result<void> run(const QVariantList &values, const std::function<void(const Statement &)> &onRow = {});
        // Rows per statement on this connection.
        int rowsPerStatement() const { return m_rowsPerStatement; }

    private:
        Statement &statement(int rows);

        QSqlDatabase m_db;
        QString m_head;
        QString m_tail;
        int m_columns;
        int m_rowsPerStatement;
        std::vector<std::unique_ptr<Statement>> m_byRows; // [rows - 1]
    };

    // Runs insert, whose tail ends in " RETURNING id, message_ref, email", and gives the new ids in the
    // order of keys (message_ref, email of each row): RETURNING order is not promised. Rows with the
    // same key (an address twice in one event) are alike, so which of their ids each gets does not matter.
    Result<std::vector<qint64>> insertReturningIds(MultiRowInsert &insert, const QVariantList &values,
                                                   const std::vector<std::pair<qint64, QString>> &keys);

} // namespace Sql
} // namespace Bouncedesk::Model

Q_DECLARE_METATYPE(Bouncedesk::Model::Sql::Utf8Text)
