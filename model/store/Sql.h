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
#include <span>
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
        Result<void> run(std::initializer_list<QVariant> values) { return run(std::span(values.begin(), values.size())); }
        Result<void> run(std::span<const QVariant> values);
        bool next();
        // The current row's column (NULL is a null QVariant); valid after next() returned true.
        QVariant value(int column) const;
        // Rows changed by the last run() of an INSERT, UPDATE or DELETE.
        qint64 rowsAffected() const { return m_affected; }
        // Ends reading the rows of the last run().
        void finish();
        // For an INSERT (built with insertSql()): the new row's id, or nothing when ON CONFLICT skipped it.
        Result<std::optional<qint64>> insert(std::initializer_list<QVariant> values)
        {
            return insert(std::span(values.begin(), values.size()));
        }
        Result<std::optional<qint64>> insert(std::span<const QVariant> values);
        // sql with what the dialect needs to hand back the new id (see Dialect::returningIdForIngest).
        static QString insertSql(const QSqlDatabase &db, const QString &sql);

    private:
        struct Native;
        Result<void> runNative(std::span<const QVariant> values);

        QSqlDatabase m_db;
        QString m_sql;
        QSqlQuery m_query;
        std::unique_ptr<Native> m_native; // SQLite
        bool m_prepared = false;
        bool m_sqlite = false;
        qint64 m_affected = 0;
    };

    // A column a repository writes: its name and its PostgreSQL type (the array unnest reads it from).
    struct Column {
        const char *name;
        const char *pgType;
    };
    // "INSERT INTO table (a, b) VALUES (?, ?)": one row.
    QString insertValuesSql(const char *table, std::span<const Column> columns);
    // "INSERT INTO table (a, b) SELECT * FROM unnest(?::bigint[], ?::text[])": a batch, bound with PgRows.
    QString insertUnnestSql(const char *table, std::span<const Column> columns);

    // A batch of rows as PostgreSQL array literals, one per column, each bound as one text value and
    // unnested by the statement ("INSERT ... SELECT * FROM unnest(?::text[], ?::bigint[])"): a group
    // commit's rows in one round trip instead of one each. Values as the Statement binds them (a null
    // QVariant or null text is NULL; Utf8Text is text).
    class PgRows final {
    public:
        explicit PgRows(size_t columns) : m_columns(columns) { }
        // One row, a value per column in order.
        void add(std::span<const QVariant> row);
        void add(std::initializer_list<QVariant> row) { add(std::span(row.begin(), row.size())); }
        qsizetype size() const { return m_rows; }
        bool isEmpty() const { return m_rows == 0; }
        // The column literals, to bind in order ("{...}").
        std::vector<QVariant> columns() const;

    private:
        std::vector<QString> m_columns;
        qsizetype m_rows = 0;
    };

    // The rows a set-based event insert ("... RETURNING id, message_ref, email") handed back, as ids in the
    // order of keys (message_ref, email): matched by key, not by the order of RETURNING, which SQL does
    // not promise. Rows with the same key are one recipient listed twice, identical, so either id fits.
    Result<std::vector<qint64>> returnedIds(Statement &statement, const std::vector<std::pair<qint64, QString>> &keys);

} // namespace Sql
} // namespace Bouncedesk::Model

Q_DECLARE_METATYPE(Bouncedesk::Model::Sql::Utf8Text)
