// PasswordLogin: a PostgreSQL login role with a password, allowed to create the schema in a test database.
#pragma once

#include "store/DatabaseUrl.h"

namespace Bouncedesk::Test {

class TempDatabase;

// Creates the role on the test server (roles are server-wide; the server is thrown away after the run)
// and returns its URL on db's database without the password, or an empty URL with *error set.
Model::DatabaseUrl createPasswordLogin(const TempDatabase &db, const QString &password, QString *error);

} // namespace Bouncedesk::Test
