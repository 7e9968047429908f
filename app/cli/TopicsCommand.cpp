// `topics`: which SNS topics the listener accepts notifications from (trusted_topics), for headless installs.
#include "Cli.h"

#include "policy/TopicTrust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Bouncedesk::Cli {

using namespace Model;

int topicsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("List, trust or stop trusting SNS topics. Notifications are accepted only from trusted topics "
                       "(and those given to listen with --topic); every listener and console on the database agrees.\n"
                       "  topics list [--json]\n  topics trust ARN [--note TEXT]\n  topics untrust ARN --reason TEXT"));
    addCommonOptions(parser);
    parser.addOptions({{QStringLiteral("json"), Text::tr("Print the list as JSON.")},
                       {QStringLiteral("note"), Text::tr("Why the topic is trusted (kept in the audit log)."),
                        QStringLiteral("text")},
                       {QStringLiteral("reason"), Text::tr("Why trust is removed (required for untrust)."),
                        QStringLiteral("text")}});
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("list, trust or untrust"));
    parser.addPositionalArgument(QStringLiteral("arn"), Text::tr("The topic ARN (trust, untrust)"));
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"list" && action != u"trust" && action != u"untrust")
        return fail(Text::tr("topics wants list, trust ARN or untrust ARN"), Usage);
    if (action != u"list" && positional.size() != 2)
        return fail(Text::tr("topics %1 wants exactly one topic ARN").arg(action), Usage);

    auto db = openDatabase(parser);
    if (!db)
        return fail(db.errorText());
    TopicTrust trust(*db, Actor::current(*db));
    if (action == u"trust") {
        auto done = trust.trust(positional[1], parser.value(QStringLiteral("note")));
        if (!done)
            return fail(done.errorText());
        out(Text::tr("trusted %1 (account %2, region %3)").arg(done->topicArn, done->accountId, done->region));
        return Ok;
    }
    if (action == u"untrust") {
        if (auto done = trust.untrust(positional[1], parser.value(QStringLiteral("reason"))); !done)
            return fail(done.errorText(), done.error().code == u"reason" ? Usage : Failure);
        out(Text::tr("no longer trusted: %1").arg(positional[1]));
        return Ok;
    }
    auto topics = trust.list();
    if (!topics)
        return fail(topics.errorText());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const TrustedTopic &t : std::as_const(*topics))
            rows.append(QJsonObject{{QStringLiteral("topic_arn"), t.topicArn},
                                    {QStringLiteral("account_id"), t.accountId},
                                    {QStringLiteral("region"), t.region},
                                    {QStringLiteral("trusted_by"), t.trustedBy},
                                    {QStringLiteral("note"), t.note}});
        out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    if (topics->isEmpty())
        out(Text::tr("no trusted topic in the database: every notification is refused unless listen has --topic"));
    for (const TrustedTopic &t : std::as_const(*topics))
        out(QStringLiteral("%1\ttrusted by %2\t%3").arg(t.topicArn, t.trustedBy, t.note));
    return Ok;
}

} // namespace Bouncedesk::Cli
