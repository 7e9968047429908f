// Per-thread connections, dialect settings and error translation for QtSql.
#include "store/Database.h"

#include "store/Dialect.h"
#include "store/WalWriteBuffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <mutex>
#include <optional>

Q_LOGGING_CATEGORY(lcStore, "bouncedesk.store")

namespace Bouncedesk::Model {

namespace {
QString connectionName(const DatabaseUrl &url)
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThread());
    return QStringLiteral("bouncedesk-%1-%2").arg(QString::number(thread, 16), url.toString());
}
} // namespace

Result<QSqlDatabase> Database::connection(const DatabaseUrl &url)
{
    const QString name = connectionName(url);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(name);
    }

    const bool sqlite = Dialect::of(url.dialect()).isSqlite();
    QSqlDatabase db;
    if (sqlite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error::unavailable(QCoreApplication::translate("Store", "the Qt SQLite driver is not installed (libqt6sql6-sqlite)"));
        const QFileInfo file(url.path());
        if (!QDir().mkpath(file.absolutePath()))
            return Error::unavailable(QCoreApplication::translate("Store", "cannot create folder %1").arg(file.absolutePath()));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(url.path());
        // Writers from other threads and processes wait instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        // Each commit's log frames in one write; without it SQLite writes them as before.
        if (auto buffered = WalWriteBuffer::install(); !buffered) {
            static std::once_flag warned;
            std::call_once(warned, [&] { qCWarning(lcStore) << "log writes stay unbuffered:" << buffered.errorText(); });
        }
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Error::unavailable(QCoreApplication::translate("Store", "the Qt PostgreSQL driver is not installed (libqt6sql6-psql)"));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.databaseName());
        if (!url.user().isEmpty())
            db.setUserName(url.user());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        db.setConnectOptions(url.connectOptions());
    }

    if (!db.open()) {
        const Error error = toError(db.lastError(), QCoreApplication::translate("Store", "cannot open %1").arg(url.displayString()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    if (sqlite) {
        // WAL lets readers (the console) run beside the listener's writer; FULL sync keeps a commit
        // durable before SNS is told 200.
        for (const auto *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"}) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma))) {
                const Error error = toError(q.lastError(), QCoreApplication::translate("Store", "cannot configure %1").arg(url.path()));
                q = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return error;
            }
        }
    } else {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    }
    return db;
}

Result<void> Database::ping(const QSqlDatabase &db)
{
    auto query = exec(db, QStringLiteral("SELECT 1"));
    if (!query)
        return query.error();
    return {};
}

void Database::closeConnection(const DatabaseUrl &url)
{
    const QString name = connectionName(url);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString Database::describe(const QSqlError &error)
{
    QString text = error.text().simplified();
    if (text.isEmpty())
        text = QCoreApplication::translate("Store", "unknown database error");
    return text;
}

namespace {
// QSQLite reports SQLite (extended) result codes as numbers (all below 10000); QPSQL reports five-character
// SQLSTATEs, many of them all digits: 42501 (permission denied) must not read as SQLite's 5 (busy).
std::optional<int> sqliteCode(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    bool numeric = false;
    const int code = native.toInt(&numeric);
    return numeric && native.size() < 5 ? std::optional<int>(code) : std::nullopt;
}
} // namespace

bool Database::isTransient(const QSqlError &error)
{
    if (const auto code = sqliteCode(error)) {
        // Primary codes: 5 busy, 6 locked, 10 I/O error, 13 disk full, 14 cannot open.
        const int primary = *code & 0xff;
        return primary == 5 || primary == 6 || primary == 10 || primary == 13 || primary == 14;
    }
    const QString state = error.nativeErrorCode();
    // PostgreSQL: class 08 connection, 57P0x shutdown, 40001/40P01 retry, 53xxx resources.
    if (state.startsWith(u"08") || state.startsWith(u"57P") || state.startsWith(u"53") || state == u"40001"
        || state == u"40P01")
        return true;
    if (error.type() == QSqlError::ConnectionError && state.isEmpty())
        return true; // QPSQL without a SQLSTATE: the connection itself failed
    const QString text = error.text();
    return text.contains(u"server closed the connection") || text.contains(u"no connection to the server")
        || text.contains(u"terminating connection") || text.contains(u"could not connect");
}

Error Database::toError(const QSqlError &error, const QString &context)
{
    const QString message = context + QStringLiteral(": ") + describe(error);
    const QString sqlState = error.nativeErrorCode();
    if (sqlState == u"40P01" || sqlState == u"40001")
        return Error::unavailable(message, QStringLiteral("transaction-conflict"));
    if (isTransient(error))
        return Error::unavailable(message, QStringLiteral("database-unavailable"));
    const auto code = sqliteCode(error);
    const QString state = error.nativeErrorCode();
    if ((code && (*code == 2067 || *code == 1555)) || state == u"23505")
        return Error::conflict(message, QStringLiteral("duplicate"));
    if ((code && (*code & 0xff) == 19) || state.startsWith(u"23"))
        return Error::invalid(message, QStringLiteral("constraint"));
    if (state == u"42501" || (code && (*code & 0xff) == 8))
        return Error::refused(message, QStringLiteral("permission"));
    return Error::internal(message);
}

bool Database::isTransactionConflict(const Error &error)
{
    return error.kind == Error::Kind::Unavailable && error.code == u"transaction-conflict";
}

Error Database::failed(const QSqlDatabase &db, const QSqlError &error, const QString &context)
{
    // A connection that lost its server stays "open" in QtSql; after a deadlock it is still good.
    Error e = toError(error, context);
    if (e.kind == Error::Kind::Unavailable && !isTransactionConflict(e) && Dialect::of(db).isPostgres())
        QSqlDatabase::database(db.connectionName(), false).close();
    return e;
}

namespace {
struct Privilege {
    const char *table;
    const char *privilege;
};

Result<void> checkWriteAccess(const QSqlDatabase &db, std::initializer_list<Privilege> needed, const QString &action)
{
    const auto refused = [&action](const QString &why) {
        return Error::refused(QCoreApplication::translate("Store", "you may not %1: %2").arg(action, why), QStringLiteral("permission"));
    };
    if (Dialect::of(db).isSqlite()) {
        if (db.connectOptions().contains(u"QSQLITE_OPEN_READONLY"))
            return refused(QCoreApplication::translate("Store", "the database is opened read-only"));
        const QFileInfo file(db.databaseName());
        if (file.exists() && !file.isWritable())
            return refused(QCoreApplication::translate("Store", "the database file %1 is read-only for this user").arg(file.absoluteFilePath()));
        return {};
    }
    QString sql = QStringLiteral("SELECT current_user, current_setting('transaction_read_only')");
    QVariantList binds;
    for (const Privilege &p : needed) {
        sql += QStringLiteral(", has_table_privilege(CAST(? AS text), CAST(? AS text))");
        binds << QString::fromLatin1(p.table) << QString::fromLatin1(p.privilege);
    }
    auto checked = exec(db, sql, binds);
    if (!checked)
        return Error{checked.error().kind, QCoreApplication::translate("Store", "cannot check the database privileges: %1").arg(checked.errorText()),
                     checked.error().code};
    QSqlQuery q = std::move(checked).value();
    if (!q.next())
        return Error::internal(QCoreApplication::translate("Store", "cannot check the database privileges"));
    if (q.value(1).toString() == u"on")
        return refused(QCoreApplication::translate("Store", "the database is read-only (a standby or a read-only session)"));
    QStringList missing;
    int column = 2;
    for (const Privilege &p : needed)
        if (!q.value(column++).toBool())
            missing << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(p.table), QString::fromLatin1(p.privilege));
    if (!missing.isEmpty())
        return refused(QCoreApplication::translate("Store", "the database role %1 may not change %2; ask an administrator for write access")
                           .arg(q.value(0).toString(), missing.join(QStringLiteral(", "))));
    return {};
}
} // namespace

Result<void> Database::checkMay(const QSqlDatabase &db, WriteAction action)
{
    switch (action) {
    case WriteAction::ReviewComplaints:
        return checkWriteAccess(db, {{"complaints", "UPDATE"}, {"audit_log", "INSERT"}},
                                QCoreApplication::translate("Store", "mark complaints reviewed"));
    case WriteAction::ResetBounceStatus:
        return checkWriteAccess(db,
                                {{"address_state", "UPDATE"},
                                 {"suppressions", "UPDATE"},
                                 {"address_state_changes", "INSERT"},
                                 {"audit_log", "INSERT"}},
                                QCoreApplication::translate("Store", "reset bounce status"));
    case WriteAction::AddSuppressions:
        return checkWriteAccess(db, {{"suppressions", "INSERT"}, {"audit_log", "INSERT"}},
                                QCoreApplication::translate("Store", "add to the suppression list"));
    case WriteAction::ChangeSuppressions:
        return checkWriteAccess(db, {{"suppressions", "UPDATE"}, {"audit_log", "INSERT"}},
                                QCoreApplication::translate("Store", "change the suppression list"));
    case WriteAction::TrustTopics:
        return checkWriteAccess(db, {{"trusted_topics", "INSERT"}, {"trusted_topics", "DELETE"}, {"audit_log", "INSERT"}},
                                QCoreApplication::translate("Store", "change which topics are trusted"));
    }
    return Error::internal(QCoreApplication::translate("Store", "unknown write action"));
}

} // namespace Bouncedesk::Model
