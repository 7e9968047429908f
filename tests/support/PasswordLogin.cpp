// A password-protected PostgreSQL login for tests of how the console finds its password.
#include "PasswordLogin.h"

#include "TempDatabase.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QUuid>

namespace Bouncedesk::Test {

Model::DatabaseUrl createPasswordLogin(const TempDatabase &db, const QString &password, QString *error)
{
    const QString role = QStringLiteral("bd_pw_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto owner = Model::Database::connection(db.url());
    if (!owner) {
        *error = owner.errorText();
        return {};
    }
    const Model::DatabaseUrl &u = db.url();
    for (const QString &sql : { QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password),
             QStringLiteral("GRANT ALL ON DATABASE \"%1\" TO %2").arg(u.databaseName(), role),
             QStringLiteral("GRANT ALL ON SCHEMA public TO %1").arg(role) }) {
        if (auto done = Model::exec(*owner, sql); !done) {
            *error = done.errorText();
            return {};
        }
    }
    auto url = Model::DatabaseUrl::parse(
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(role, u.host()).arg(u.port()).arg(u.databaseName()));
    if (!url) {
        *error = url.errorText();
        return {};
    }
    return *url;
}

} // namespace Bouncedesk::Test
