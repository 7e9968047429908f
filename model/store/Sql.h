// Sql: the statement helpers every repository uses (prepare, bind, run; reused prepared statements).
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <initializer_list>
#include <optional>

namespace Bouncedesk::Model {

// Prepares and runs one statement with positional bindings (any number); the error says what failed.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

namespace Sql {

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

    // A statement prepared once on one connection and run many times (the ingest path runs thousands a
    // second). Not thread-safe, like the connection it belongs to.
    class Statement final {
    public:
        Statement(const QSqlDatabase &db, QString sql);
        Q_DISABLE_COPY_MOVE(Statement)

        // Binds values in order and runs; the query stays valid until the next run().
        Result<QSqlQuery *> run(std::initializer_list<QVariant> values);
        // For an INSERT (built with insertSql()): the new row's id, or nothing when ON CONFLICT skipped it.
        Result<std::optional<qint64>> insert(std::initializer_list<QVariant> values);
        // sql with what the dialect needs to hand back the new id (see Dialect::returningIdForIngest).
        static QString insertSql(const QSqlDatabase &db, const QString &sql);

    private:
        QSqlDatabase m_db;
        QString m_sql;
        QSqlQuery m_query;
        bool m_prepared = false;
        bool m_sqlite = false;
    };

} // namespace Sql
} // namespace Bouncedesk::Model
