// Opening a database: connection, migration check, identity of the acting user.
#include "store/Store.h"

#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Migrations.h"


namespace Bouncedesk::Model {

Result<QSqlDatabase> Store::open(const DatabaseUrl &url, Mode mode)
{
    auto db = Database::connection(url);
    if (!db)
        return db;
    if (mode == Mode::Migrate) {
        if (auto migrated = Migrations::migrate(*db, url.dialect()); !migrated)
            return migrated.error();
    } else if (auto current = Migrations::requireCurrent(*db); !current) {
        return current.error();
    }
    return db;
}

QString Store::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString Store::databaseUser(const QSqlDatabase &db)
{
    if (!Dialect::of(db).isPostgres())
        return QString();
    auto user = Sql::scalar(db, QStringLiteral("SELECT current_user"));
    return user ? user->toString() : QString();
}

} // namespace Bouncedesk::Model
