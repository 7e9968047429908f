// `ses-suppression pull|push|diff`: the SES account-level suppression list in step with ours.
#include "Cli.h"
#include "aws/AwsClient.h"
#include "aws/SesAccount.h"
#include "policy/SesSuppressionSync.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace Bouncedesk::Cli {

using namespace Model;

int sesSuppressionCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Compare and sync the SES account-level suppression list (SES v2) with Bouncedesk's.") + u'\n'
        + QStringLiteral("  pull   ")
        + Text::tr("suppress here every address SES suppresses (as %1 / %2, added by '%3')")
              .arg(QStringLiteral("manual-bounce"), QStringLiteral("manual-complaint"),
                   QStringLiteral("SES account list (<region>)"))
        + u'\n' + QStringLiteral("  push   ")
        + Text::tr("put every address suppressed here on the SES list (%1 or %2)")
              .arg(QStringLiteral("BOUNCE"), QStringLiteral("COMPLAINT"))
        + u'\n' + QStringLiteral("  diff   ") + Text::tr("list addresses on one list and not the other"));
    addCommonOptions(parser);
    addAwsOptions(parser);
    parser.addOptions({
        { QStringLiteral("dry-run"), Text::tr("push: say what would change on SES, change nothing.") },
        { QStringLiteral("interval"),
            Text::tr("Milliseconds between SES calls (default %1: SES allows about one per second).")
                .arg(Aws::SesAccount::DefaultIntervalMs),
            QStringLiteral("ms"), QString::number(Aws::SesAccount::DefaultIntervalMs) },
    });
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("pull, push or diff"));
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || !QStringList { QStringLiteral("pull"), QStringLiteral("push"), QStringLiteral("diff") }.contains(action))
        return fail(Text::tr("say pull, push or diff (see --help)"), Usage);
    bool ok = false;
    const int interval = parser.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || interval < 0)
        return fail(Text::tr("--interval must be a whole number of milliseconds"), Usage);
    auto account = awsAccount(parser);
    if (!account)
        return fail(account.errorText(), account.error().code == u"usage" ? Usage : Failure);
    auto db = openDatabase(parser);
    if (!db)
        return fail(db.errorText());
    if (action != u"diff") {
        if (auto may = Database::checkMay(*db, Database::WriteAction::AddSuppressions); !may)
            return fail(may.errorText());
    }

    Aws::AwsClient client(*account);
    client.setMinimumInterval(Aws::Service::SesV2, interval);
    Aws::SesAccount ses(&client);
    SesSuppressionSync sync(*db, Actor::current(*db), account->region);
    auto listed = await(ses.listSuppressed());
    if (!listed)
        return fail(listed.errorText());
    auto diff = sync.diff(*listed);
    if (!diff)
        return fail(diff.errorText());

    if (action == u"diff") {
        for (const SesDiff::Ours &o : std::as_const(diff->onlyOurs))
            out(QStringLiteral("only here\t%1\t%2").arg(o.email, o.sesReason));
        for (const Aws::SesSuppressed &s : std::as_const(diff->onlySes))
            out(QStringLiteral("only on SES\t%1\t%2").arg(s.email, s.reason));
        out(Text::tr("%1 only here, %2 only on SES, %3 on both")
                .arg(diff->onlyOurs.size())
                .arg(diff->onlySes.size())
                .arg(diff->onBoth));
        return Ok;
    }
    if (action == u"pull") {
        auto added = sync.pull(diff->onlySes);
        if (!added)
            return fail(added.errorText());
        out(Text::tr("pulled %n addresses from the SES list (%1 on SES, %2 already suppressed here)", nullptr, *added)
                .arg(listed->size())
                .arg(diff->onBoth));
        if (*added < diff->onlySes.size())
            warn(Text::tr("%n SES addresses are not valid addresses here and were left out", nullptr,
                          int(diff->onlySes.size() - *added)));
        return Ok;
    }
    // push: one call per address (SES has no batch put without S3); a failure stops with what was done.
    int pushed = 0;
    for (const SesDiff::Ours &o : std::as_const(diff->onlyOurs)) {
        if (parser.isSet(QStringLiteral("dry-run"))) {
            out(QStringLiteral("would put\t%1\t%2").arg(o.email, o.sesReason));
            continue;
        }
        auto put = await(ses.putSuppressed(o.email, o.sesReason));
        if (!put) {
            fail(put.errorText());
            out(Text::tr("pushed %1 of %2 before the error").arg(pushed).arg(diff->onlyOurs.size()));
            return Failure;
        }
        if (auto audited = sync.recordSesPut(o.email, o.sesReason); !audited)
            warn(Text::tr("%1 is on the SES list, but its audit row failed: %2")
                     .arg(o.email, audited.errorText()));
        ++pushed;
    }
    out(parser.isSet(QStringLiteral("dry-run"))
            ? Text::tr("dry run: %n addresses would be put on the SES list, %1 are there already", nullptr,
                       int(diff->onlyOurs.size()))
                  .arg(diff->onBoth)
            : Text::tr("pushed %n addresses to the SES list, %1 were there already", nullptr, pushed)
                  .arg(diff->onBoth));
    return Ok;
}

} // namespace Bouncedesk::Cli
