// `suppression check|add|remove|list|import|export`: the suppression list for scripts and sending applications.
#include "Cli.h"

#include "core/Time.h"
#include "core/EmailAddress.h"
#include "policy/SuppressionList.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

namespace Bouncedesk::Cli {

using namespace Model;

namespace {

// check: 0 send, 1 suppressed, 2 anything else (bad address, database problem, usage).
enum CheckExit { Send = 0, Suppressed = 1, CheckError = 2 };

// The sub-commands' syntax stays as typed; the explanations are translated (a function: tr() needs the
// translators installed first).
QString usageText()
{
    const auto indented = [](const QString &text, int by) {
        QStringList lines = text.split(u'\n');
        for (QString &line : lines)
            line.prepend(QString(by, u' '));
        return lines.join(u'\n');
    };
    return QStringList{
        Text::tr("usage: %1").arg(QStringLiteral("bouncedesk-cli suppression <subcommand> [options] [--database URL]")),
        QString(),
        QStringLiteral("  check EMAIL [--purpose marketing|transactional] [--json]"),
        indented(Text::tr("exit 0: send, 1: suppressed, 2: error"), 23),
        QStringLiteral("  add EMAIL [--reason manual|bounce|complaint] [--note TEXT]"),
        QStringLiteral("  remove EMAIL --reason TEXT"),
        QStringLiteral("  list [--reason R] [--search TEXT] [--limit N] [--json]"),
        QStringLiteral("  import FILE [--format F] [--note TEXT]"),
        //: the lines are indented as they are broken here
        indented(Text::tr("SES bulk file: csv (email,BOUNCE|COMPLAINT), json (one\n"
                          "{\"emailAddress\",\"reason\"} per line) or removal (addresses to lift);\n"
                          "- for stdin"),
                 30),
        QStringLiteral("  export [FILE] [--format F]  ")
            + Text::tr("the active list as SES's bulk import takes it; stdout without FILE"),
    }
        .join(u'\n');
}

QString jsonLine(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// The database and the list on it, for one sub-command.
struct Session {
    QSqlDatabase db;
    std::unique_ptr<SuppressionList> list;
};

Result<Session> openList(const QCommandLineParser &parser)
{
    auto db = openDatabase(parser);
    if (!db)
        return db.error();
    Session session;
    session.db = *db;
    session.list = std::make_unique<SuppressionList>(*db, Actor::current(*db));
    return session;
}

// The sub-command's positional arguments after parsing, or nullopt after printing help/usage.
std::optional<QStringList> parseSub(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    if (!parse(parser, args)) {
        *exitCode = parser.isSet(QStringLiteral("help")) ? Ok : Usage;
        return std::nullopt;
    }
    return parser.positionalArguments();
}

int check(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("May this address be mailed? Exit 0: send, 1: suppressed, "
                                                    "2: error."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("email"), Text::tr("The address to check."));
    parser.addOption({QStringLiteral("purpose"),
                      Text::tr("marketing (default: any suppression blocks) or transactional (only hard "
                                     "and manual bounces block)."),
                      QStringLiteral("purpose"), QStringLiteral("marketing")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print one JSON object.")});
    int code = Ok;
    const auto positional = parseSub(parser, args, &code);
    if (!positional)
        return code == Ok ? int(Send) : int(CheckError);
    if (positional->size() != 1)
        return fail(Text::tr("usage: %1")
                        .arg(QStringLiteral("bouncedesk-cli suppression check EMAIL "
                                            "[--purpose marketing|transactional] [--json]")),
                    CheckError);
    const QString purposeName = parser.value(QStringLiteral("purpose")).toLower();
    if (purposeName != u"marketing" && purposeName != u"transactional")
        return fail(Text::tr("--purpose is marketing or transactional, not '%1'").arg(purposeName), CheckError);
    const Purpose purpose = purposeName == u"transactional" ? Purpose::Transactional : Purpose::Marketing;

    // A bad address is an error before any database is touched.
    auto email = EmailAddress::normalise(positional->constFirst());
    if (!email)
        return fail(email.errorText(), CheckError);
    auto session = openList(parser);
    if (!session)
        return fail(session.errorText(), CheckError);
    auto decision = session->list->check(*email, purpose);
    if (!decision)
        return fail(decision.errorText(), CheckError);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("email"), *email},
                      {QStringLiteral("send"), decision->send},
                      {QStringLiteral("purpose"), purposeName},
                      {QStringLiteral("reason"), decision->reason},
                      {QStringLiteral("address_status"), decision->addressStatus}};
        o.insert(QStringLiteral("suppression"),
                 decision->suppression ? QJsonValue(decision->suppression->toJson()) : QJsonValue());
        out(jsonLine(QJsonDocument(o)));
    } else if (!decision->suppression) {
        out(QStringLiteral("send: %1 is not suppressed").arg(*email));
    } else {
        out(QStringLiteral("%1: %2 (%3)")
                .arg(decision->send ? QStringLiteral("send") : QStringLiteral("suppressed"), *email, decision->reason));
    }
    return decision->send ? Send : Suppressed;
}

int add(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Suppress an address by hand."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("email"), Text::tr("The address to suppress."));
    parser.addOption({QStringLiteral("reason"),
                      Text::tr("manual (default), bounce (the address does not exist: blocks transactional "
                                     "mail too) or complaint."),
                      QStringLiteral("reason"), QStringLiteral("manual")});
    parser.addOption({QStringLiteral("note"), Text::tr("Why, for the audit log and the list."),
                      QStringLiteral("text")});
    int code = Ok;
    const auto positional = parseSub(parser, args, &code);
    if (!positional)
        return code;
    if (positional->size() != 1)
        return fail(Text::tr("usage: %1")
                        .arg(QStringLiteral("bouncedesk-cli suppression add EMAIL [--reason manual|bounce|complaint] "
                                            "[--note TEXT]")),
                    Usage);
    QString reason = parser.value(QStringLiteral("reason")).toLower();
    if (reason == u"bounce" || reason == u"complaint")
        reason = QStringLiteral("manual-") + reason;
    if (!SuppressionList::manualReasons().contains(reason))
        return fail(Text::tr("--reason is manual, bounce or complaint, not '%1'")
                        .arg(parser.value(QStringLiteral("reason"))),
                    Usage);
    auto session = openList(parser);
    if (!session)
        return fail(session.errorText());
    auto added = session->list->add(positional->constFirst(), reason, parser.value(QStringLiteral("note")));
    if (!added)
        return fail(added.errorText());
    out(Text::tr("added: %1 (%2)").arg(added->email, added->reason));
    return Ok;
}

int remove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("End the suppression of an address (kept as history). Its "
                                                    "bounce status is not reset."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("email"), Text::tr("The address to mail again."));
    parser.addOption({QStringLiteral("reason"), Text::tr("Why it may be mailed again (required)."),
                      QStringLiteral("text")});
    int code = Ok;
    const auto positional = parseSub(parser, args, &code);
    if (!positional)
        return code;
    if (positional->size() != 1 || parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(Text::tr("usage: %1 (the reason is required)")
                        .arg(QStringLiteral("bouncedesk-cli suppression remove EMAIL --reason TEXT")),
                    Usage);
    auto session = openList(parser);
    if (!session)
        return fail(session.errorText());
    auto removed = session->list->remove(positional->constFirst(), parser.value(QStringLiteral("reason")));
    if (!removed)
        return fail(removed.errorText());
    out(Text::tr("removed: %1").arg(positional->constFirst().trimmed().toLower()));
    return Ok;
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print the active suppressions, newest first."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("reason"),
                      Text::tr("Only this reason: %1.").arg(SuppressionList::reasons().join(QStringLiteral(", "))),
                      QStringLiteral("reason")});
    parser.addOption({QStringLiteral("search"), Text::tr("Only addresses containing this text."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("limit"), Text::tr("At most this many rows (default: all)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print one JSON array.")});
    int code = Ok;
    const auto positional = parseSub(parser, args, &code);
    if (!positional)
        return code;
    if (!positional->isEmpty())
        return fail(Text::tr("usage: %1")
                        .arg(QStringLiteral("bouncedesk-cli suppression list [--reason R] [--search TEXT] [--json]")),
                    Usage);
    bool numeric = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit < 0)
        return fail(Text::tr("--limit is a number of rows"), Usage);
    auto session = openList(parser);
    if (!session)
        return fail(session.errorText());

    // Page through the list so a large one is not one huge query result.
    constexpr int kPage = 1000;
    QList<Suppression> rows;
    for (;;) {
        const int want = limit > 0 ? qMin(kPage, limit - int(rows.size())) : kPage;
        if (want <= 0)
            break;
        auto page = session->list->list(parser.value(QStringLiteral("reason")), parser.value(QStringLiteral("search")),
                                        want, int(rows.size()));
        if (!page)
            return fail(page.errorText());
        rows << *page;
        if (page->size() < want)
            break;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Suppression &s : std::as_const(rows))
            array.append(s.toJson());
        out(jsonLine(QJsonDocument(array)));
        return Ok;
    }
    QTextStream stream(stdout);
    for (const Suppression &s : std::as_const(rows)) {
        stream << s.email << u'\t' << s.reason << u'\t' << Time::isoUtc(s.addedAt) << u'\t' << s.addedBy;
        if (!s.notes.isEmpty())
            stream << u'\t' << QString(s.notes).replace(u'\n', u' ');
        stream << u'\n';
    }
    stream.flush();
    return Ok;
}

int importCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Import a file in one of SES's bulk suppression-list formats. csv: email,BOUNCE|COMPLAINT per line (a header "
        "is accepted); json: {\"emailAddress\":...,\"reason\":...} per line; removal: one address per line, each "
        "lifted (--note is the reason). Nothing is imported if any line is bad."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("format"), Text::tr("csv (default), json or removal."), QStringLiteral("format"),
                      QStringLiteral("csv")});
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The CSV file, or - for standard input."));
    parser.addOption({QStringLiteral("note"), Text::tr("A note for every imported row and the audit log."),
                      QStringLiteral("text")});
    int code = Ok;
    const auto positional = parseSub(parser, args, &code);
    if (!positional)
        return code;
    if (positional->size() != 1)
        return fail(Text::tr("usage: %1")
                        .arg(QStringLiteral("bouncedesk-cli suppression import FILE [--format csv|json|removal] "
                                            "[--note TEXT]")),
                    Usage);
    const auto format = sesFileFormatFrom(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(format.errorText(), Usage);
    const QString path = positional->constFirst();
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path),
                                                                                  file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    auto session = openList(parser);
    if (!session)
        return fail(session.errorText());
    auto report = session->list->importFile(file, *format, parser.value(QStringLiteral("note")));
    if (!report) {
        // One stderr line per bad line, each prefixed, so they can be grepped and counted.
        const QStringList lines = report.errorText().split(u'\n');
        int result = Failure;
        for (const QString &line : lines)
            result = fail(line);
        return result;
    }
    if (*format == SesFileFormat::Removal)
        out(Text::tr("removed: %1 lifted, %2 skipped (not suppressed)").arg(report->removed).arg(report->skipped));
    else
        out(Text::tr("imported: %1 added, %2 skipped (already suppressed)").arg(report->added).arg(report->skipped));
    return Ok;
}

int exportCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Write the active suppressions in one of SES's bulk formats, no header: csv (email,BOUNCE|COMPLAINT), json "
        "({\"emailAddress\":...,\"reason\":...} per line) or removal (addresses only, for an SES delete job)."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("format"), Text::tr("csv (default), json or removal."), QStringLiteral("format"),
                      QStringLiteral("csv")});
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("Output file (default: standard output)."),
                                 QStringLiteral("[file]"));
    int code = Ok;
    const auto positional = parseSub(parser, args, &code);
    if (!positional)
        return code;
    if (positional->size() > 1)
        return fail(Text::tr("usage: %1")
                        .arg(QStringLiteral("bouncedesk-cli suppression export [FILE] [--format csv|json|removal]")),
                    Usage);
    const auto format = sesFileFormatFrom(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(format.errorText(), Usage);
    auto session = openList(parser);
    if (!session)
        return fail(session.errorText());
    if (positional->isEmpty() || positional->constFirst() == u"-") {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return fail(Text::tr("cannot write to standard output"));
        auto count = session->list->exportFile(stdOut, *format);
        if (!count)
            return fail(count.errorText());
        return Ok;
    }
    // Written to a temporary file and renamed: a failed export never leaves half a file behind.
    QSaveFile file(positional->constFirst());
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    auto count = session->list->exportFile(file, *format);
    if (!count)
        return fail(count.errorText());
    if (!file.commit())
        return fail(Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    out(Text::tr("exported: %n suppression(s) to %1", nullptr, int(*count)).arg(file.fileName()));
    return Ok;
}

} // namespace

int suppressionCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help") {
        out(usageText());
        return sub.isEmpty() ? Usage : Ok;
    }
    QStringList rest = args;
    rest.removeAt(1);
    rest[0] = rest[0] + u' ' + sub;
    if (sub == u"check")
        return check(rest);
    if (sub == u"add")
        return add(rest);
    if (sub == u"remove")
        return remove(rest);
    if (sub == u"list")
        return list(rest);
    if (sub == u"import")
        return importCsv(rest);
    if (sub == u"export")
        return exportCsv(rest);
    fail(Text::tr("unknown suppression subcommand '%1'").arg(sub), Usage);
    out(usageText());
    return Usage;
}

} // namespace Bouncedesk::Cli
