// `db migrate` and `stats`: bring a schema up to date, print counts.
#include "Cli.h"

#include "core/Time.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Stats.h"
#include "store/Store.h"
#include "tables/RateSeries.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Bouncedesk::Cli {

using namespace Model;

int dbCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Database maintenance. Sub-commands: migrate, version."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("migrate | version"));
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional[0] != u"migrate" && positional[0] != u"version"))
        return fail(Text::tr("usage: %1")
                        .arg(QStringLiteral("bouncedesk-cli db migrate|version [--database URL]")), Usage);

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
        out(Text::tr("schema version %1 (this build knows %2)").arg(*version).arg(Migrations::latestVersion()));
        return Ok;
    }
    auto applied = Migrations::migrate(*db, url->dialect());
    if (!applied)
        return fail(applied.errorText());
    out(Text::tr("%1: schema at version %2 (%n migration(s) applied)", nullptr, *applied)
            .arg(url->displayString())
            .arg(Migrations::latestVersion()));
    return Ok;
}

namespace {
// "90m", "24h", "7d", "2w", "3600s" -> milliseconds; -1 when not understood.
qint64 parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,9})\\s*([smhdw])\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    qint64 unitMs = 1000;
    switch (m.captured(2).at(0).unicode()) {
    case u'm':
        unitMs = 60 * 1000;
        break;
    case u'h':
        unitMs = 3600 * 1000;
        break;
    case u'd':
        unitMs = 86400 * 1000;
        break;
    case u'w':
        unitMs = 7 * 86400 * 1000;
        break;
    default:
        break;
    }
    return n * unitMs;
}

QJsonValue rateJson(double rate)
{
    return std::isnan(rate) ? QJsonValue(QJsonValue::Null) : QJsonValue(rate);
}

// "2.50% (3 hard of 120)", or "2.50% (3 of 120)" when only hard bounces count.
QString rateText(double rate, qint64 part, qint64 whole, bool hard)
{
    if (std::isnan(rate))
        return Text::tr("n/a (no mail in the range)");
    const QString percent = QLocale().toString(rate * 100, 'f', 2);
    return (hard ? Text::tr("%1% (%L2 hard of %L3)") : Text::tr("%1% (%L2 of %L3)")).arg(percent).arg(part).arg(whole);
}

// The labels of the counts in the text output (the JSON keys stay as they are).
QString countLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        //: stats text output: the counts' labels keep the JSON key's words in English
        {QStringLiteral("notifications"), QT_TRANSLATE_NOOP("Cli", "notifications")},
        {QStringLiteral("bounces"), QT_TRANSLATE_NOOP("Cli", "bounces")},
        {QStringLiteral("complaints"), QT_TRANSLATE_NOOP("Cli", "complaints")},
        {QStringLiteral("deliveries"), QT_TRANSLATE_NOOP("Cli", "deliveries")},
        {QStringLiteral("sends"), QT_TRANSLATE_NOOP("Cli", "sends")},
        {QStringLiteral("delivery_delays"), QT_TRANSLATE_NOOP("Cli", "delivery_delays")},
        {QStringLiteral("suppressed"), QT_TRANSLATE_NOOP("Cli", "suppressed")},
        {QStringLiteral("unreviewed_complaints"), QT_TRANSLATE_NOOP("Cli", "unreviewed_complaints")},
    };
    const char *label = labels.value(key);
    return label ? Text::tr(label) : key;
}
} // namespace

int statsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Print counts of what the database holds, and the bounce and complaint rates.\n"
                 "Counts are of stored events, all time. Rates come from the hourly counters: bounces "
                 "exclude OnAccountSuppressionList; the denominator is sends when Send events exist "
                 "in the range, else deliveries + bounces. AWS computes its own figure over a "
                 "representative volume, counting only hard bounces to non-verified domains, so the "
                 "two can differ."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), Text::tr("Print one JSON object.")});
    parser.addOption({QStringLiteral("since"),
                      Text::tr("Rates over the hours starting in the last DURATION (90m, 24h, 7d, 3600s); "
                               "default all time."),
                      QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("identity"), Text::tr("Rates for one sending identity (mail source)."),
                      QStringLiteral("SOURCE")});
    parser.addOption({QStringLiteral("topic"), Text::tr("Rates for one SNS topic."), QStringLiteral("ARN")});
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;

    RateFilter filter;
    filter.identity = parser.value(QStringLiteral("identity"));
    filter.topicArn = parser.value(QStringLiteral("topic"));
    if (parser.isSet(QStringLiteral("since"))) {
        const qint64 ms = parseDuration(parser.value(QStringLiteral("since")));
        if (ms <= 0)
            return fail(Text::tr("--since wants a duration like 90m, 24h, 7d or 3600s, not \"%1\"")
                            .arg(parser.value(QStringLiteral("since"))),
                        Usage);
        // Whole seconds, so the printed "since" is exactly the start used.
        const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
        filter.from = QDateTime::fromMSecsSinceEpoch(now - ms, Qt::UTC);
    }

    auto db = openDatabase(parser);
    if (!db)
        return fail(db.errorText());
    auto counts = Stats::counts(*db);
    if (!counts)
        return fail(counts.errorText());
    auto rates = RateSeries::totals(*db, filter);
    if (!rates)
        return fail(rates.errorText());

    QJsonObject json = counts->toJson();
    if (parser.isSet(QStringLiteral("json"))) {
        json.insert(QStringLiteral("since"),
                    filter.from.isValid() ? QJsonValue(Time::isoUtc(filter.from)) : QJsonValue());
        json.insert(QStringLiteral("basis"), RateSeries::basisName(rates->basis));
        json.insert(QStringLiteral("rate_sends"), rates->sends);
        json.insert(QStringLiteral("rate_deliveries"), rates->deliveries);
        json.insert(QStringLiteral("rate_bounces"), rates->bounces);
        json.insert(QStringLiteral("rate_hard_bounces"), rates->hardBounces);
        json.insert(QStringLiteral("rate_soft_bounces"), rates->softBounces);
        json.insert(QStringLiteral("rate_suppressed_list_bounces"), rates->suppressedListBounces);
        json.insert(QStringLiteral("rate_complaints"), rates->complaints);
        json.insert(QStringLiteral("rate_denominator"), rates->denominator);
        json.insert(QStringLiteral("bounce_rate"), rateJson(rates->bounceRate));
        json.insert(QStringLiteral("complaint_rate"), rateJson(rates->complaintRate));
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    for (auto it = json.begin(); it != json.end(); ++it)
        out(QStringLiteral("%1 %2")
                .arg(countLabel(it.key()) + u':', -24)
                .arg(QLocale().toString(it.value().toInteger())));
    const auto line = [](const QString &key, const QString &value) {
        out(QStringLiteral("%1 %2").arg(key + u':', -24).arg(value));
    };
    line(Text::tr("rates since"), filter.from.isValid() ? Time::isoUtc(filter.from) : Text::tr("all time"));
    line(Text::tr("rate basis"), rates->basis == RateBasis::Sends
                                     ? Text::tr("sends (%L1)").arg(rates->denominator)
                                     : Text::tr("deliveries + bounces (%L1)").arg(rates->denominator));
    line(Text::tr("bounce rate"), rateText(rates->bounceRate, rates->hardBounces, rates->denominator, true));
    line(Text::tr("beside it"), Text::tr("%L1 soft, not in the rate (SES counts hard bounces only)")
                                    .arg(rates->softBounces));
    line(Text::tr("complaint rate"), rateText(rates->complaintRate, rates->complaints, rates->denominator, false));
    return Ok;
}

} // namespace Bouncedesk::Cli
