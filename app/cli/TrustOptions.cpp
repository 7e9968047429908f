// The options `listen` and `pull` share: which topics to trust, how certificates are found, policy.
#include "Cli.h"

#include <functional>
#include <vector>

namespace Bouncedesk::Cli {

using namespace Model;

namespace {
    // The numeric options: their defaults are ListenerSettings' own, so help and behaviour cannot drift.
    struct NumberOption {
        bool http; // only for the HTTP listener (else also for `pull`)
        const char *name;
        const char *help; // translated where shown (context Cli)
        const char *valueName;
        qint64 minimum;
        std::function<qint64(const ListenerSettings &)> get;
        std::function<void(ListenerSettings &, qint64)> set;
    };

    const std::vector<NumberOption> &numberOptions()
    {
        using S = ListenerSettings;
        static const std::vector<NumberOption> options {
            { true, "max-body", QT_TRANSLATE_NOOP("Cli", "Largest request body in bytes"), "bytes", 1024,
                [](const S &s) { return s.maxBodyBytes; }, [](S &s, qint64 v) { s.maxBodyBytes = v; } },
            { true, "max-connections",
                QT_TRANSLATE_NOOP("Cli", "Most connections open at once; more are closed at once"),
                "n", 1,
                [](const S &s) { return qint64(s.maxConnections); },
                [](S &s, qint64 v) { s.maxConnections = int(v); } },
            { true, "idle-timeout",
                QT_TRANSLATE_NOOP("Cli", "Close keep-alive connections idle this many seconds"),
                "seconds", 1,
                [](const S &s) { return qint64(s.idleTimeoutSeconds); },
                [](S &s, qint64 v) { s.idleTimeoutSeconds = int(v); } },
            { true, "head-timeout",
                QT_TRANSLATE_NOOP("Cli",
                    "Close connections whose request head has not arrived within this many seconds"),
                "seconds", 1, [](const S &s) { return qint64(s.headTimeoutSeconds); },
                [](S &s, qint64 v) { s.headTimeoutSeconds = int(v); } },
            { true, "body-timeout",
                QT_TRANSLATE_NOOP("Cli", "Close connections whose request body stalls this many seconds"),
                "seconds", 1,
                [](const S &s) { return qint64(s.bodyTimeoutSeconds); },
                [](S &s, qint64 v) { s.bodyTimeoutSeconds = int(v); } },
            { false, "max-age",
                QT_TRANSLATE_NOOP("Cli", "Refuse messages older than this many seconds (0: off)"),
                "seconds", 0,
                [](const S &s) { return qint64(s.maxMessageAgeSeconds); },
                [](S &s, qint64 v) { s.maxMessageAgeSeconds = int(v); } },
            { true, "replay-window",
                QT_TRANSLATE_NOOP("Cli",
                    "Refuse messages older than this many seconds plus the clock skew: SNS retries for at most an "
                    "hour (0: off, e.g. to replay recorded messages)"),
                "seconds", 0, [](const S &s) { return qint64(s.replayWindowSeconds); },
                [](S &s, qint64 v) { s.replayWindowSeconds = int(v); } },
            { false, "clock-skew",
                QT_TRANSLATE_NOOP("Cli",
                    "Allowance for clock differences with SNS, both ways; messages dated further ahead are refused"),
                "seconds", 0, [](const S &s) { return qint64(s.clockSkewSeconds); },
                [](S &s, qint64 v) { s.clockSkewSeconds = int(v); } },
            { false, "soft-bounce-threshold",
                QT_TRANSLATE_NOOP("Cli", "Consecutive soft bounces that suppress"),
                "n", 1,
                [](const S &s) { return qint64(s.policy.softBounceThreshold); },
                [](S &s, qint64 v) { s.policy.softBounceThreshold = int(v); } },
            { false, "soft-bounce-window", QT_TRANSLATE_NOOP("Cli", "Days a soft-bounce streak lasts"), "days", 1,
                [](const S &s) { return qint64(s.policy.softBounceWindowDays); },
                [](S &s, qint64 v) { s.policy.softBounceWindowDays = int(v); } },
        };
        return options;
    }
} // namespace

bool splitPair(const QString &text, QChar separator, QString *left, QString *right)
{
    const int at = text.indexOf(separator);
    if (at <= 0 || at == text.size() - 1)
        return false;
    *left = text.left(at);
    *right = text.mid(at + 1);
    return true;
}

void addNumberOptions(QCommandLineParser &parser, bool http)
{
    const ListenerSettings defaults;
    for (const NumberOption &o : numberOptions()) {
        if (o.http != http)
            continue;
        const QString value = QString::number(o.get(defaults));
        parser.addOption({ QLatin1String(o.name), Text::tr("%1 (default %2).").arg(Text::tr(o.help), value),
            QLatin1String(o.valueName), value });
    }
}

void addTrustOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("topic"),
            Text::tr("Trust this TopicArn (repeatable), besides the topics trusted in the database "
                           "(bouncedesk-cli topics). Notifications from any other topic are refused."),
            QStringLiteral("arn") },
        { QStringLiteral("no-auto-confirm"), Text::tr("Keep subscription confirmations pending for an admin.") },
        { QStringLiteral("sns-cert"), Text::tr("Use a local PEM file for a SigningCertURL (repeatable)."),
            QStringLiteral("url=file") },
        { QStringLiteral("ca-file"), Text::tr("Also trust this CA for SNS downloads (repeatable)."),
            QStringLiteral("file") },
        { QStringLiteral("no-system-ca"), Text::tr("Trust only --ca-file CAs for SNS downloads.") },
        { QStringLiteral("sns-endpoint"),
            Text::tr("Reach an SNS host at another address, e.g. for a proxy (repeatable); TLS still checks the "
                           "SNS name."),
            QStringLiteral("host=addr:port") },
        { QStringLiteral("require-cert-chain"),
            Text::tr("Refuse downloaded signing certificates whose issuer chain is not in the trust store.") },
    });
    addNumberOptions(parser, false);
}

Result<ListenerSettings> listenerSettingsWithTrust(const QCommandLineParser &parser, bool http)
{
    const auto usage = [](const QString &message) { return Error::invalid(message, QStringLiteral("usage")); };
    ListenerSettings settings;
    for (const NumberOption &o : numberOptions()) {
        if (o.http && !http)
            continue;
        bool ok = false;
        const qint64 value = parser.value(QLatin1String(o.name)).toLongLong(&ok);
        if (!ok || value < o.minimum)
            return usage(
                Text::tr("--%1 must be a whole number of at least %2").arg(QLatin1String(o.name)).arg(o.minimum));
        o.set(settings, value);
    }
    settings.topicAllowlist = parser.values(QStringLiteral("topic"));
    settings.autoConfirm = !parser.isSet(QStringLiteral("no-auto-confirm"));
    for (const QString &pin : parser.values(QStringLiteral("sns-cert"))) {
        const int at = pin.lastIndexOf(u'=');
        if (at <= 0)
            return usage(Text::tr("--sns-cert wants url=file, got '%1'").arg(pin));
        settings.pinnedCertificates.insert(pin.left(at), pin.mid(at + 1));
    }
    settings.extraCaFiles = parser.values(QStringLiteral("ca-file"));
    settings.useSystemTrustStore = !parser.isSet(QStringLiteral("no-system-ca"));
    settings.requireCertificateChain = parser.isSet(QStringLiteral("require-cert-chain"));
    for (const QString &endpoint : parser.values(QStringLiteral("sns-endpoint"))) {
        QString host, target;
        if (!splitPair(endpoint, u'=', &host, &target) || !target.contains(u':'))
            return usage(Text::tr("--sns-endpoint wants host=addr:port, got '%1'").arg(endpoint));
        settings.snsEndpointOverrides.insert(host.toLower(), target);
    }
    return settings;
}

} // namespace Bouncedesk::Cli
