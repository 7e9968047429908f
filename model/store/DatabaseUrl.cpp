// Parsing and printing of database URLs.
#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace Bouncedesk::Model {

namespace {
Error malformed(const QString &text, const QString &why)
{
    // Never echo a password back: mask the URL before putting it in a message.
    QUrl url(text);
    if (url.isValid() && !url.password().isEmpty())
        url.setPassword(QStringLiteral("****"));
    const QString shown = url.isValid() ? url.toString() : QStringLiteral("(unparsable)");
    return Error::invalid(QCoreApplication::translate("Store", "invalid database URL %1: %2").arg(shown, why));
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("empty database URL; expected sqlite:///path/to/file.db or "
                                             "postgresql://user@host[:port]/dbname"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return malformed(trimmed, url.errorString());

    DatabaseUrl result;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"sqlite") {
        if (!url.host().isEmpty())
            return malformed(trimmed, QCoreApplication::translate("Store", "a sqlite URL has no host; use sqlite:///absolute/path.db"));
        const QString path = url.path();
        if (path.isEmpty() || !QDir::isAbsolutePath(path))
            return malformed(trimmed, QCoreApplication::translate("Store", "the SQLite path must be absolute (sqlite:///absolute/path.db)"));
        result.m_dialect = Dialect::Sqlite;
        result.m_path = QDir::cleanPath(path);
        return result;
    }
    if (scheme == u"postgresql" || scheme == u"postgres") {
        result.m_dialect = Dialect::Postgres;
        result.m_host = url.host();
        if (result.m_host.isEmpty())
            return malformed(trimmed, QCoreApplication::translate("Store", "a host is required (postgresql://user@host/dbname)"));
        result.m_port = url.port(5432);
        if (result.m_port <= 0 || result.m_port > 65535)
            return malformed(trimmed, QCoreApplication::translate("Store", "port out of range"));
        result.m_user = url.userName();
        result.m_password = url.password();
        QString name = url.path();
        if (name.startsWith(u'/'))
            name.remove(0, 1);
        if (name.isEmpty() || name.contains(u'/'))
            return malformed(trimmed, QCoreApplication::translate("Store", "a database name is required (postgresql://user@host/dbname)"));
        result.m_databaseName = name;
        QStringList options;
        bool hasTimeout = false;
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key != u"sslmode" && key != u"connect_timeout" && key != u"application_name")
                return malformed(trimmed, QCoreApplication::translate("Store", "unsupported option '%1'").arg(key));
            hasTimeout = hasTimeout || key == u"connect_timeout";
            options << key + u'=' + value;
        }
        // An unreachable server must fail within seconds, never hang a command or the console.
        if (!hasTimeout)
            options << QStringLiteral("connect_timeout=5");
        result.m_connectOptions = options.join(u';');
        return result;
    }
    return malformed(trimmed, QCoreApplication::translate("Store", "unknown scheme '%1'; use sqlite or postgresql").arg(url.scheme()));
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &absolutePath)
{
    DatabaseUrl url;
    url.m_dialect = Dialect::Sqlite;
    url.m_path = QDir::cleanPath(absolutePath);
    return url;
}

DatabaseUrl DatabaseUrl::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqliteFile(dir + QStringLiteral("/bouncedesk.db"));
}

Result<DatabaseUrl> DatabaseUrl::resolve(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return parse(commandLineValue);
    const QString fromEnvironment = qEnvironmentVariable("BOUNCEDESK_DATABASE");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment);
    return defaultUrl();
}

QString DatabaseUrl::toString() const
{
    if (isSqlite())
        return QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(m_path, "/"));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPassword(m_password);
    url.setPath(u'/' + m_databaseName);
    return url.toString();
}

DatabaseUrl DatabaseUrl::withPassword(const QString &password) const
{
    DatabaseUrl url = *this;
    url.m_password = password;
    return url;
}

QString DatabaseUrl::displayString() const
{
    if (isSqlite() || m_password.isEmpty())
        return toString();
    DatabaseUrl masked = *this;
    masked.m_password = QStringLiteral("****");
    return masked.toString();
}

} // namespace Bouncedesk::Model
