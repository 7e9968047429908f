// Migrations: the versioned schema, applied in one transaction; a newer database is refused.
#pragma once

#include "core/Result.h"
#include "store/DatabaseUrl.h"

#include <QSqlDatabase>

namespace Bouncedesk::Model {

class Migrations final {
public:
    // The newest schema version this build knows.
    static int latestVersion();
    // The version a database is at (0 for an empty database).
    static Result<int> currentVersion(const QSqlDatabase &db);
    // Applies every missing migration in one transaction; returns the number applied.
    // A database at a newer version than this build knows is refused and left untouched.
    // upTo: stop after this version (tests of a migration's back-fill); 0: the latest.
    static Result<int> migrate(const QSqlDatabase &db, DatabaseUrl::Dialect dialect, int upTo = 0);
    // Fails unless the database is exactly at latestVersion() (for read-only consoles).
    static Result<void> requireCurrent(const QSqlDatabase &db);
};

} // namespace Bouncedesk::Model
