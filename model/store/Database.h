// Database: per-thread QtSql connections to one database URL, with the settings each dialect needs.
#pragma once

#include "core/Result.h"
#include "store/DatabaseUrl.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QSqlDatabase>

#include <initializer_list>

namespace Bouncedesk::Model {

class Database final {
public:
    // The calling thread's connection to url, opened on first use (QtSql connections are per thread).
    static Result<QSqlDatabase> connection(const DatabaseUrl &url);
    // Closes and forgets the calling thread's connection to url (call before a worker thread ends).
    static void closeConnection(const DatabaseUrl &url);

    // One round trip that touches no table (SELECT 1): whether the server answers, for /healthz.
    static Result<void> ping(const QSqlDatabase &db);

    // One line describing a QtSql error, without newlines, for logs, stderr and dialogs.
    static QString describe(const QSqlError &error);
    // Errors that mean "try again later" (server gone, database locked) rather than bad data.
    static bool isTransient(const QSqlError &error);
    static Error toError(const QSqlError &error, const QString &context);
    // A deadlock (40P01) or serialization failure (40001): an Unavailable error whose transaction the
    // server rolled back; running the transaction again is likely to succeed and the connection is fine.
    static bool isTransactionConflict(const Error &error);
    // toError(), and a PostgreSQL connection that lost its server is closed so that the next
    // connection() on this thread reconnects instead of failing forever.
    static Error failed(const QSqlDatabase &db, const QSqlError &error, const QString &context);

    // The changes people make by hand, each needing write access to its own tables.
    enum class WriteAction { ReviewComplaints, ResetBounceStatus, AddSuppressions, ChangeSuppressions, TrustTopics };
    // Whether this connection may make that change: a read-only SQLite file, a read-only PostgreSQL
    // session or a role without the grants gives Error::refused (code "permission") saying which, so
    // the UI can disable the action up front instead of offering it and failing.
    static Result<void> checkMay(const QSqlDatabase &db, WriteAction action);
};

} // namespace Bouncedesk::Model
