// Temporary databases for tests.
#include "TempDatabase.h"

#include "store/Database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Bouncedesk::Test {

Backend backendFromEnvironment()
{
    return qEnvironmentVariable("BOUNCEDESK_TEST_BACKEND") == u"postgresql" ? Backend::Postgres : Backend::Sqlite;
}

QString backendName(Backend backend)
{
    return backend == Backend::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString testData(const QString &relative)
{
    return QStringLiteral(BOUNCEDESK_TEST_DATA "/") + relative;
}

QString postgresServerUrl(QString *why)
{
    const QString file = qEnvironmentVariable("BOUNCEDESK_TEST_PG_URL_FILE");
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        if (why)
            *why = QStringLiteral("no PostgreSQL test server (BOUNCEDESK_TEST_PG_URL_FILE=%1 unreadable); "
                                  "run through ctest so the pg_server_start fixture starts it")
                       .arg(file);
        return QString();
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

namespace {
// Runs one statement on the server's maintenance database through a short-lived connection.
bool adminExec(const QString &serverUrl, const QString &sql, QString *error)
{
    auto url = Model::DatabaseUrl::parse(serverUrl);
    if (!url) {
        *error = url.errorText();
        return false;
    }
    auto db = Model::Database::connection(*url);
    if (!db) {
        *error = db.errorText();
        return false;
    }
    QSqlQuery q(*db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
} // namespace

std::unique_ptr<TempDatabase> TempDatabase::create(Backend backend, QString *error)
{
    std::unique_ptr<TempDatabase> db(new TempDatabase);
    db->m_backend = backend;
    if (backend == Backend::Sqlite) {
        db->m_dir = std::make_unique<QTemporaryDir>();
        if (!db->m_dir->isValid()) {
            *error = QStringLiteral("cannot create a temporary folder");
            return nullptr;
        }
        db->m_url = Model::DatabaseUrl::sqliteFile(db->m_dir->filePath(QStringLiteral("test.db")));
        return db;
    }
    db->m_serverUrl = postgresServerUrl(error);
    if (db->m_serverUrl.isEmpty())
        return nullptr;
    db->m_name = QStringLiteral("bd_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!adminExec(db->m_serverUrl, QStringLiteral("CREATE DATABASE ") + db->m_name, error))
        return nullptr;
    QString url = db->m_serverUrl;
    url.replace(url.lastIndexOf(QStringLiteral("/postgres")), 9, u'/' + db->m_name);
    auto parsed = Model::DatabaseUrl::parse(url);
    if (!parsed) {
        *error = parsed.errorText();
        return nullptr;
    }
    db->m_url = *parsed;
    return db;
}

void TempDatabase::closeConnections() const
{
    Model::Database::closeConnection(m_url);
}

TempDatabase::~TempDatabase()
{
    closeConnections();
    if (m_backend == Backend::Postgres && !m_name.isEmpty()) {
        QString ignored;
        adminExec(m_serverUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &ignored);
    }
}

} // namespace Bouncedesk::Test
