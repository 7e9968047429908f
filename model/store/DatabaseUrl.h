// DatabaseUrl: the one way a database is named (sqlite:///path or postgresql://user@host/db).
#pragma once

#include "core/Result.h"

#include <QString>

namespace Bouncedesk::Model {

class DatabaseUrl final {
public:
    enum class Dialect { Sqlite, Postgres };

    // Parses a URL given on the command line, in settings or in BOUNCEDESK_DATABASE.
    static Result<DatabaseUrl> parse(const QString &text);
    // The embedded default: a SQLite file in the user's application data folder.
    static DatabaseUrl defaultUrl();
    // --database if given, else BOUNCEDESK_DATABASE, else the default.
    static Result<DatabaseUrl> resolve(const QString &commandLineValue);
    static DatabaseUrl sqliteFile(const QString &absolutePath);

    Dialect dialect() const { return m_dialect; }
    bool isSqlite() const { return m_dialect == Dialect::Sqlite; }
    const QString &path() const { return m_path; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    const QString &databaseName() const { return m_databaseName; }
    const QString &connectOptions() const { return m_connectOptions; }

    // The URL as text with any password masked: safe to log and to show.
    QString displayString() const;
    // The URL as text including the password (connection names; never written to settings).
    QString toString() const;
    // The same database with another password (empty: none).
    DatabaseUrl withPassword(const QString &password) const;

private:
    Dialect m_dialect = Dialect::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_connectOptions;
};

} // namespace Bouncedesk::Model
