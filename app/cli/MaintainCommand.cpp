// `maintain [--dry-run] [--report]`: periodic clean-up and the health report, for timers and admins.
#include "Cli.h"

#include "policy/HealthReport.h"
#include "policy/Maintenance.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace Bouncedesk::Cli {

using namespace Model;

namespace {
// "7d", "36h", "2w" (a bare number is days) as milliseconds.
std::optional<qint64> parsePeriod(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*([hdw]?)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 n = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toLower();
    constexpr qint64 hour = 60LL * 60 * 1000;
    const qint64 ms = n * (unit == u"h" ? hour : unit == u"w" ? 7 * 24 * hour : 24 * hour);
    if (ms <= 0)
        return std::nullopt;
    return ms;
}

std::optional<QDateTime> parseNow(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime && !text.contains(u'+') && !text.endsWith(u'Z'))
        at.setTimeSpec(Qt::UTC); // no offset given: UTC, as everything else here
    return at.toUTC();
}

std::optional<int> parseDays(const QCommandLineParser &parser, const QString &name, int fallback, QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int days = parser.value(name).toInt(&ok);
    if (!ok || days < 1) {
        *error = Text::tr("--%1 takes a whole number of days of at least 1, not '%2'")
                     .arg(name, parser.value(name));
        return std::nullopt;
    }
    return days;
}
} // namespace

int maintainCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Periodic maintenance: soft-bounced addresses that stayed quiet recover (their soft-bounce "
                       "suppressions are lifted), old transient bounces and stale records are removed. Hard, "
                       "complaint and manual suppressions, the audit log, rate rollups and complaints awaiting "
                       "review are never removed. --report prints the health report instead."));
    addCommonOptions(parser);
    const PolicySettings defaults;
    parser.addOptions({
        {QStringLiteral("dry-run"), Text::tr("Say what maintenance would do; change nothing.")},
        {QStringLiteral("report"), Text::tr("Print the health report for the last --period instead.")},
        {QStringLiteral("json"), Text::tr("Print one JSON object.")},
        {QStringLiteral("period"), Text::tr("Report period: Nd, Nh or Nw (default 7d)."), QStringLiteral("period"),
         QStringLiteral("7d")},
        {QStringLiteral("now"), Text::tr("The current time as ISO 8601 (UTC if no offset), for reproducible runs."),
         QStringLiteral("iso8601")},
        {QStringLiteral("soft-recovery-days"),
         Text::tr("Quiet days after which a soft address recovers (default %1).").arg(defaults.softRecoveryDays),
         QStringLiteral("days")},
        {QStringLiteral("transient-retention-days"),
         Text::tr("Days transient bounces are kept (default %1).").arg(defaults.transientRetentionDays),
         QStringLiteral("days")},
        {QStringLiteral("stale-retention-days"),
         Text::tr("Days other records are kept (default %1).").arg(defaults.staleRetentionDays),
         QStringLiteral("days")},
    });
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("maintain takes no arguments, only options (see --help)"), Usage);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool report = parser.isSet(QStringLiteral("report"));
    if (report && parser.isSet(QStringLiteral("dry-run")))
        return fail(Text::tr("--report and --dry-run do not go together: the report changes nothing"), Usage);

    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        const auto given = parseNow(parser.value(QStringLiteral("now")));
        if (!given)
            return fail(Text::tr("--now is an ISO 8601 time such as 2026-03-01T12:00:00Z, not '%1'")
                            .arg(parser.value(QStringLiteral("now"))),
                        Usage);
        now = *given;
    }
    const auto period = parsePeriod(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(Text::tr("--period is a length such as 7d, 24h or 2w, not '%1'")
                        .arg(parser.value(QStringLiteral("period"))),
                    Usage);

    PolicySettings settings;
    QString error;
    const auto soft = parseDays(parser, QStringLiteral("soft-recovery-days"), settings.softRecoveryDays, &error);
    const auto transient =
        parseDays(parser, QStringLiteral("transient-retention-days"), settings.transientRetentionDays, &error);
    const auto stale = parseDays(parser, QStringLiteral("stale-retention-days"), settings.staleRetentionDays, &error);
    if (!soft || !transient || !stale)
        return fail(error, Usage);
    settings.softRecoveryDays = *soft;
    settings.transientRetentionDays = *transient;
    settings.staleRetentionDays = *stale;

    auto db = openDatabase(parser);
    if (!db)
        return fail(db.errorText());

    if (report) {
        auto health = buildHealthReport(*db, now.addMSecs(-*period), now);
        if (!health)
            return fail(health.errorText());
        out(json ? QString::fromUtf8(QJsonDocument(health->toJson()).toJson(QJsonDocument::Compact)) : health->toText());
        return Ok;
    }

    Maintenance maintenance(*db, settings, Actor::current(*db), now);
    auto plan = maintenance.run(parser.isSet(QStringLiteral("dry-run")));
    if (!plan)
        return fail(plan.errorText());
    out(json ? QString::fromUtf8(QJsonDocument(plan->toJson()).toJson(QJsonDocument::Compact)) : plan->toText());
    return Ok;
}

} // namespace Bouncedesk::Cli
