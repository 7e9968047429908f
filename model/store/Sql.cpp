// Statement helpers: prepare, bind, run, with errors translated once (Database::failed).
#include "store/Sql.h"

#include "store/Database.h"
#include "store/Dialect.h"

#include <QDateTime>
#include <QMultiHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

#include <vector>

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

// The prepared statement on the connection's own sqlite3 handle.
struct Statement::Native {
    sqlite3 *handle = nullptr;
    sqlite3_stmt *stmt = nullptr;
    bool rowPending = false; // run() stepped onto a row that next() has not handed out yet
    bool onRow = false;      // value() reads the current row
    // Text values in UTF-8, bound without a copy (SQLITE_STATIC): they stay here, their capacity reused,
    // until the next run(), so SQLite neither converts nor allocates per value.
    std::vector<QByteArray> text;

    ~Native()
    {
        if (stmt)
            sqlite3_finalize(stmt);
    }
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

namespace {
// As QSQLite reports it: the extended result code as the native code, SQLite's message as the text.
QSqlError sqliteError(sqlite3 *handle, int code, const QString &what)
{
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::ConnectionError,
                     QString::number(code));
}

// text as UTF-8 into scratch (its capacity kept from run to run), bound without a copy.
int bindUtf16(sqlite3_stmt *stmt, int index, QStringView text, QByteArray &scratch)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    scratch.resize(encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(scratch.data(), text);
    return sqlite3_bind_text64(stmt, index, scratch.constData(), sqlite3_uint64(end - scratch.constData()),
                               SQLITE_STATIC, SQLITE_UTF8);
}

// Binds one value the way QSQLite does (a null QString or QByteArray is NULL, ULongLong and other
// types as their text), plus Utf8Text as TEXT. Text lives in scratch until the next run(): rows
// may be read after run(); blobs are copied.
int bindValue(sqlite3_stmt *stmt, int index, const QVariant &value, QByteArray &scratch)
{
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(stmt, index);
    const int type = value.typeId();
    if (type == qMetaTypeId<Utf8Text>()) {
        const QByteArray &bytes = static_cast<const Utf8Text *>(value.constData())->bytes;
        if (bytes.isNull())
            return sqlite3_bind_null(stmt, index);
        scratch = bytes; // shared, not copied: kept alive until the next run()
        return sqlite3_bind_text64(stmt, index, scratch.constData(), sqlite3_uint64(scratch.size()), SQLITE_STATIC,
                                   SQLITE_UTF8);
    }
    switch (type) {
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            return sqlite3_bind_null(stmt, index);
        return bindUtf16(stmt, index, *text, scratch);
    }
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(stmt, index);
        return sqlite3_bind_blob64(stmt, index, bytes->constData(), sqlite3_uint64(bytes->size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::QDateTime: {
        const QDateTime at = value.toDateTime();
        if (at.isNull())
            return sqlite3_bind_null(stmt, index);
        return bindUtf16(stmt, index, at.toString(Qt::ISODateWithMs), scratch);
    }
    default: {
        const QString text = value.toString();
        if (text.isNull())
            return sqlite3_bind_null(stmt, index);
        return bindUtf16(stmt, index, text, scratch);
    }
    }
}
} // namespace

Statement::Statement(const QSqlDatabase &db, QString sql)
    : m_db(db), m_sql(std::move(sql)), m_sqlite(Dialect::of(db).isSqlite())
{
    if (!m_sqlite) {
        m_query = QSqlQuery(db);
        m_query.setForwardOnly(true);
    }
}

Statement::~Statement() = default;

QString Statement::insertSql(const QSqlDatabase &db, const QString &sql)
{
    return sql + Dialect::of(db).returningIdForIngest();
}

Result<std::optional<qint64>> Statement::insert(std::span<const QVariant> values)
{
    auto done = run(values);
    if (!done)
        return done.error();
    std::optional<qint64> id;
    if (m_sqlite) {
        if (m_affected > 0)
            id = sqlite3_last_insert_rowid(m_native->handle);
    } else if (m_query.next()) {
        id = m_query.value(0).toLongLong();
    }
    finish();
    return id;
}

Result<void> Statement::run(std::span<const QVariant> values)
{
    if (m_sqlite)
        return runNative(values);
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return Database::failed(m_db, m_query.lastError(), QStringLiteral("cannot prepare statement"));
        m_prepared = true;
    }
    for (const QVariant &v : values) {
        if (v.typeId() == qMetaTypeId<Utf8Text>())
            m_query.addBindValue(QString::fromUtf8(static_cast<const Utf8Text *>(v.constData())->bytes));
        else
            m_query.addBindValue(v);
    }
    if (!m_query.exec())
        return Database::failed(m_db, m_query.lastError(), QStringLiteral("cannot store"));
    m_affected = m_query.isSelect() ? 0 : m_query.numRowsAffected();
    return {};
}

Result<void> Statement::runNative(std::span<const QVariant> values)
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Error::unavailable(QStringLiteral("cannot store: the database connection is closed"),
                                  QStringLiteral("database-unavailable"));
    if (m_native && m_native->handle != handle)
        m_native.reset(); // the connection was opened again: prepare on the new one
    if (!m_native) {
        auto native = std::make_unique<Native>();
        native->handle = handle;
        const QByteArray sql = m_sql.toUtf8();
        const int rc = sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                          &native->stmt, nullptr);
        if (rc != SQLITE_OK)
            return Database::failed(m_db, sqliteError(handle, sqlite3_extended_errcode(handle), QStringLiteral("Unable to execute statement")),
                                    QStringLiteral("cannot prepare statement"));
        m_native = std::move(native);
    }
    Native &n = *m_native;
    sqlite3_reset(n.stmt);
    n.rowPending = n.onRow = false;
    m_affected = 0;
    if (qsizetype(values.size()) != qsizetype(sqlite3_bind_parameter_count(n.stmt)))
        return Error::internal(QStringLiteral("cannot store: %1 values for %2 parameters")
                                   .arg(values.size())
                                   .arg(sqlite3_bind_parameter_count(n.stmt)));
    if (n.text.size() < values.size())
        n.text.resize(values.size());
    int index = 1;
    for (const QVariant &v : values) {
        if (const int rc = bindValue(n.stmt, index, v, n.text[size_t(index - 1)]); rc != SQLITE_OK) {
            const QSqlError error = sqliteError(handle, sqlite3_extended_errcode(handle), QStringLiteral("Unable to bind parameters"));
            sqlite3_clear_bindings(n.stmt);
            return Database::failed(m_db, error, QStringLiteral("cannot store"));
        }
        ++index;
    }
    const int rc = sqlite3_step(n.stmt);
    if (rc == SQLITE_ROW) {
        n.rowPending = true;
        return {};
    }
    if (rc == SQLITE_DONE) {
        m_affected = sqlite3_stmt_readonly(n.stmt) ? 0 : sqlite3_changes64(handle);
        sqlite3_reset(n.stmt);
        sqlite3_clear_bindings(n.stmt);
        return {};
    }
    const QSqlError error = sqliteError(handle, sqlite3_extended_errcode(handle), QStringLiteral("Unable to fetch row"));
    sqlite3_reset(n.stmt);
    sqlite3_clear_bindings(n.stmt);
    return Database::failed(m_db, error, QStringLiteral("cannot store"));
}

bool Statement::next()
{
    if (!m_sqlite)
        return m_query.next();
    if (!m_native)
        return false;
    Native &n = *m_native;
    if (n.rowPending) {
        n.rowPending = false;
        n.onRow = true;
        return true;
    }
    if (!n.onRow)
        return false;
    n.onRow = sqlite3_step(n.stmt) == SQLITE_ROW;
    return n.onRow;
}

QVariant Statement::value(int column) const
{
    if (!m_sqlite)
        return m_query.value(column);
    if (!m_native || !m_native->onRow)
        return {};
    sqlite3_stmt *stmt = m_native->stmt;
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, column)),
                                   sqlite3_column_bytes(stmt, column)));
    default:
        return QVariant(QString(static_cast<const QChar *>(sqlite3_column_text16(stmt, column)),
                                sqlite3_column_bytes16(stmt, column) / 2));
    }
}

void Statement::finish()
{
    if (!m_sqlite) {
        m_query.finish();
        return;
    }
    if (!m_native)
        return;
    sqlite3_reset(m_native->stmt);
    sqlite3_clear_bindings(m_native->stmt);
    m_native->rowPending = m_native->onRow = false;
}

namespace {
// text as an array element: quoted, with backslash and double quote escaped (PostgreSQL's array syntax).
void appendQuoted(QString &out, QStringView text)
{
    out += u'"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'"' && c != u'\\')
            continue;
        out += text.sliced(from, i - from);
        out += u'\\';
        from = i;
    }
    out += text.sliced(from);
    out += u'"';
}
} // namespace

namespace {
QString insertInto(const char *table, std::span<const Column> columns)
{
    QString sql = QStringLiteral("INSERT INTO ") + QLatin1String(table) + QStringLiteral(" (");
    for (size_t i = 0; i < columns.size(); ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + QLatin1String(columns[i].name);
    return sql + u')';
}
} // namespace

QString insertValuesSql(const char *table, std::span<const Column> columns)
{
    QString sql = insertInto(table, columns) + QStringLiteral(" VALUES (");
    for (size_t i = 0; i < columns.size(); ++i)
        sql += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return sql + u')';
}

QString insertUnnestSql(const char *table, std::span<const Column> columns)
{
    QString sql = insertInto(table, columns) + QStringLiteral(" SELECT * FROM unnest(");
    for (size_t i = 0; i < columns.size(); ++i)
        sql += (i ? QStringLiteral(", ?::") : QStringLiteral("?::")) + QLatin1String(columns[i].pgType) + QStringLiteral("[]");
    return sql + u')';
}

void PgRows::add(std::span<const QVariant> row)
{
    Q_ASSERT(row.size() == m_columns.size());
    for (size_t i = 0; i < m_columns.size() && i < row.size(); ++i) {
        QString &column = m_columns[i];
        column += m_rows == 0 ? u'{' : u',';
        const QVariant &value = row[i];
        const int type = value.typeId();
        if (!value.isValid() || value.isNull()) {
            column += u"NULL";
        } else if (type == qMetaTypeId<Utf8Text>()) {
            const QByteArray &bytes = static_cast<const Utf8Text *>(value.constData())->bytes;
            if (bytes.isNull())
                column += u"NULL";
            else
                appendQuoted(column, QString::fromUtf8(bytes));
        } else if (type == QMetaType::Int || type == QMetaType::UInt || type == QMetaType::LongLong
                   || type == QMetaType::ULongLong) {
            column += QString::number(value.toLongLong());
        } else if (type == QMetaType::Bool) {
            column += value.toBool() ? u'1' : u'0';
        } else {
            const QString text = value.toString();
            if (text.isNull())
                column += u"NULL";
            else
                appendQuoted(column, text);
        }
    }
    ++m_rows;
}

std::vector<QVariant> PgRows::columns() const
{
    std::vector<QVariant> out;
    out.reserve(m_columns.size());
    for (const QString &column : m_columns)
        out.emplace_back(m_rows == 0 ? QStringLiteral("{}") : column + u'}');
    return out;
}

Result<std::vector<qint64>> returnedIds(Statement &s, const std::vector<std::pair<qint64, QString>> &keys)
{
    QMultiHash<QPair<qint64, QString>, qint64> returned;
    returned.reserve(qsizetype(keys.size()));
    while (s.next())
        returned.insert({ s.value(1).toLongLong(), s.value(2).toString() }, s.value(0).toLongLong());
    s.finish();
    std::vector<qint64> ids;
    ids.reserve(keys.size());
    for (const auto &[ref, email] : keys) {
        const auto found = returned.constFind({ ref, email });
        if (found == returned.cend())
            return Error::internal(QStringLiteral("cannot store: an event's new id was not returned"));
        ids.push_back(*found);
        returned.erase(found);
    }
    return ids;
}

} // namespace Sql
} // namespace Bouncedesk::Model
