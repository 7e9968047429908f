// Fuzz target: parseSuppressionCsv, the parsing half of the SES suppression list import.
#include "FuzzCheck.h"

#include "policy/SuppressionCsv.h"

#include <QByteArray>
#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using namespace Bouncedesk::Model;

namespace {

QByteArray asCsv(const QList<CsvEntry> &entries)
{
    QByteArray out = "email,reason\r\n";
    for (const CsvEntry &entry : entries)
        out += entry.email.toUtf8() + (entry.reason == SuppressionReason::ManualBounce ? ",BOUNCE\r\n" : ",COMPLAINT\r\n");
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray csv(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<QList<CsvEntry>> parsed = parseSuppressionCsv(csv);
    if (!parsed) {
        FUZZ_CHECK(parsed.error().kind == Error::Kind::Invalid && parsed.error().code == u"csv", "errors are csv");
        static const QRegularExpression summary(
            QStringLiteral("^([0-9]+ bad line\\(s\\) in the CSV|the CSV file is not UTF-8 text); nothing was imported"));
        FUZZ_CHECK(summary.match(parsed.error().message).hasMatch(), "the error starts with what happened");
        FUZZ_CHECK(parsed.error().message.count(u"\nline ") <= 20, "at most 20 bad lines are listed");
        return 0;
    }

    FUZZ_CHECK(parsed->size() <= csv.count('\n') + 1, "at most one entry per line");
    for (const CsvEntry &entry : *parsed) {
        const QString &email = entry.email;
        FUZZ_CHECK(email == email.toLower(), "addresses are lower-case");
        FUZZ_CHECK(email.count(u'@') == 1, "exactly one @");
        FUZZ_CHECK(!email.startsWith(u'@') && !email.endsWith(u'@'), "something on both sides of the @");
        FUZZ_CHECK(email.size() <= 254, "at most 254 characters");
        for (const QChar c : email) {
            FUZZ_CHECK(!c.isSpace() && c.category() != QChar::Other_Control, "no spaces or control characters");
            FUZZ_CHECK(c != u',' && c != u';' && c != u'<' && c != u'>' && c != u'"', "nothing that breaks the CSV");
        }
        FUZZ_CHECK(entry.reason == SuppressionReason::ManualBounce || entry.reason == SuppressionReason::ManualComplaint,
                   "BOUNCE or COMPLAINT");
    }

    // What export writes for these entries reads back as the same entries.
    const Result<QList<CsvEntry>> again = parseSuppressionCsv(asCsv(*parsed));
    FUZZ_CHECK(again.ok() && again->size() == parsed->size(), "the exported form reads back");
    for (qsizetype i = 0; i < parsed->size(); ++i)
        FUZZ_CHECK(again->at(i).email == parsed->at(i).email && again->at(i).reason == parsed->at(i).reason,
                   "the exported form reads back unchanged");
    return 0;
}
