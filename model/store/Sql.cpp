// Statement helpers: prepare, bind, run, with errors translated once (Database::failed).
#include "store/Sql.h"

#include "store/Database.h"
#include "store/Dialect.h"

#include <QSqlError>

namespace Bouncedesk::Model {

namespace {
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariant *values, qsizetype count)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE DDL; statements without parameters run directly.
    if (count == 0) {
        if (!query.exec(sql))
            return Database::failed(db, query.lastError(), QStringLiteral("statement failed"));
        return query;
    }
    if (!query.prepare(sql))
        return Database::failed(db, query.lastError(), QStringLiteral("cannot prepare statement"));
    for (qsizetype i = 0; i < count; ++i)
        query.addBindValue(values[i]);
    if (!query.exec())
        return Database::failed(db, query.lastError(), QStringLiteral("statement failed"));
    return query;
}
} // namespace

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return run(db, sql, values.begin(), qsizetype(values.size()));
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return run(db, sql, values.constData(), values.size());
}

namespace Sql {

QString likeEscaped(const QString &needle)
{
    QString escaped = needle;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (query.next())
        return query.value(0);
    if (query.lastError().isValid())
        return Database::failed(db, query.lastError(), QStringLiteral("cannot read the result"));
    return QVariant();
}

Result<qint64> affected(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                        const std::function<void(const QSqlQuery &)> &row)
{
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    while (query.next())
        row(query);
    if (query.lastError().isValid())
        return Database::failed(db, query.lastError(), QStringLiteral("cannot read the result"));
    return {};
}

Statement::Statement(const QSqlDatabase &db, QString sql)
    : m_db(db), m_sql(std::move(sql)), m_query(db), m_sqlite(Dialect::of(db).isSqlite())
{
    m_query.setForwardOnly(true);
}

QString Statement::insertSql(const QSqlDatabase &db, const QString &sql)
{
    return sql + Dialect::of(db).returningIdForIngest();
}

Result<std::optional<qint64>> Statement::insert(std::initializer_list<QVariant> values)
{
    auto done = run(values);
    if (!done)
        return done.error();
    std::optional<qint64> id;
    if (m_sqlite) {
        if (m_query.numRowsAffected() > 0)
            id = m_query.lastInsertId().toLongLong();
    } else if (m_query.next()) {
        id = m_query.value(0).toLongLong();
    }
    m_query.finish();
    return id;
}

Result<QSqlQuery *> Statement::run(std::initializer_list<QVariant> values)
{
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return Database::failed(m_db, m_query.lastError(), QStringLiteral("cannot prepare statement"));
        m_prepared = true;
    }
    for (const QVariant &v : values)
        m_query.addBindValue(v);
    if (!m_query.exec())
        return Database::failed(m_db, m_query.lastError(), QStringLiteral("cannot store"));
    return &m_query;
}

} // namespace Sql
} // namespace Bouncedesk::Model
