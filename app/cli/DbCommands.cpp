// `db migrate` and `stats`: bring a schema up to date, print counts.
#include "Cli.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Stats.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace Bouncedesk::Cli {

using namespace Model;

int dbCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Database maintenance. Sub-commands: migrate, version."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("migrate | version"));
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional[0] != u"migrate" && positional[0] != u"version"))
        return fail(QStringLiteral("usage: bouncedesk-cli db migrate|version [--database URL]"), Usage);

    auto url = databaseUrl(parser);
    if (!url)
        return fail(url.errorText());
    auto db = Database::connection(*url);
    if (!db)
        return fail(db.errorText());
    if (positional[0] == u"version") {
        auto version = Migrations::currentVersion(*db);
        if (!version)
            return fail(version.errorText());
        out(QStringLiteral("schema version %1 (this build knows %2)").arg(*version).arg(Migrations::latestVersion()));
        return Ok;
    }
    auto applied = Migrations::migrate(*db, url->dialect());
    if (!applied)
        return fail(applied.errorText());
    out(QStringLiteral("%1: schema at version %2 (%3 migration(s) applied)")
            .arg(url->displayString())
            .arg(Migrations::latestVersion())
            .arg(*applied));
    return Ok;
}

int statsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print counts of what the database holds."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto url = databaseUrl(parser);
    if (!url)
        return fail(url.errorText());
    auto db = Store::open(*url, Store::Mode::RequireCurrent);
    if (!db)
        return fail(db.errorText());
    auto counts = Stats::counts(*db);
    if (!counts)
        return fail(counts.errorText());
    if (parser.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(counts->toJson()).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    const QJsonObject json = counts->toJson();
    for (auto it = json.begin(); it != json.end(); ++it)
        out(QStringLiteral("%1 %2").arg(it.key() + u':', -24).arg(it.value().toInteger()));
    return Ok;
}

} // namespace Bouncedesk::Cli
