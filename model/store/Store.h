// Store: opens a database for this thread and brings its schema up to date.
#pragma once

#include "core/Result.h"
#include "store/DatabaseUrl.h"

#include <QSqlDatabase>

namespace Bouncedesk::Model {

class Store final {
public:
    enum class Mode { Migrate, RequireCurrent };
    // The calling thread's connection, with migrations applied (Migrate) or checked (RequireCurrent).
    static Result<QSqlDatabase> open(const DatabaseUrl &url, Mode mode = Mode::Migrate);
    // Who is acting, for the audit log: the OS user and, on PostgreSQL, the database role.
    static QString osUser();
    static QString databaseUser(const QSqlDatabase &db);
};

} // namespace Bouncedesk::Model
