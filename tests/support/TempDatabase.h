// TempDatabase: a fresh, empty database for one test, on SQLite or on the PostgreSQL test server.
#pragma once

#include "store/DatabaseUrl.h"

#include <QTemporaryDir>

#include <memory>

namespace Bouncedesk::Test {

enum class Backend { Sqlite, Postgres };

// BOUNCEDESK_TEST_BACKEND: "sqlite" (default) or "postgresql"; set per CTest registration.
Backend backendFromEnvironment();
QString backendName(Backend backend);
// The superuser URL of the running PostgreSQL test server (empty with a reason in *why if none).
QString postgresServerUrl(QString *why = nullptr);
// Path of a file under tests/data.
QString testData(const QString &relative);

class TempDatabase final {
public:
    // Creates an empty database; fails the current test (QFAIL-style message in *error) if it cannot.
    static std::unique_ptr<TempDatabase> create(Backend backend, QString *error);
    static std::unique_ptr<TempDatabase> create(QString *error) { return create(backendFromEnvironment(), error); }
    ~TempDatabase();
    Q_DISABLE_COPY_MOVE(TempDatabase)

    const Model::DatabaseUrl &url() const { return m_url; }
    Backend backend() const { return m_backend; }
    // Closes every connection this thread holds to the database (before dropping or reopening).
    void closeConnections() const;

private:
    TempDatabase() = default;
    Backend m_backend = Backend::Sqlite;
    Model::DatabaseUrl m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_serverUrl;
    QString m_name;
};

} // namespace Bouncedesk::Test
