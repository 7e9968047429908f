// Reading the SES account suppression list CSV; importing it is SuppressionList's job.
#include "policy/SuppressionCsv.h"

#include "core/EmailAddress.h"

#include <QStringDecoder>
#include <QStringList>

namespace Bouncedesk::Model {

namespace {
constexpr int kMaxReportedBadLines = 20;

QString unquote(QString field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
        field = field.mid(1, field.size() - 2).trimmed();
    return field;
}

bool isHeader(const QStringList &fields)
{
    if (fields.size() != 2)
        return false;
    const QString first = unquote(fields[0]).toLower();
    const QString second = unquote(fields[1]).toLower();
    return (first == u"email" || first == u"emailaddress") && second == u"reason";
}
} // namespace

Result<QList<CsvEntry>> parseSuppressionCsv(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error::invalid(QStringLiteral("the CSV file is not UTF-8 text; nothing was imported"),
                              QStringLiteral("csv"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<CsvEntry> entries;
    QStringList bad;
    int badCount = 0;
    bool seenContent = false;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed(); // also drops the '\r' of CRLF
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(u',');
        const bool first = !seenContent;
        seenContent = true;
        if (first && isHeader(fields))
            continue;
        auto reject = [&](const QString &why) {
            if (++badCount <= kMaxReportedBadLines)
                bad << QStringLiteral("line %1: %2").arg(i + 1).arg(why);
        };
        if (fields.size() != 2) {
            reject(QStringLiteral("expected 'email,BOUNCE' or 'email,COMPLAINT', got '%1'").arg(line.left(80)));
            continue;
        }
        const QString reason = unquote(fields[1]).toUpper();
        auto email = EmailAddress::normalise(unquote(fields[0]));
        if (!email) {
            reject(email.errorText());
            continue;
        }
        if (reason != u"BOUNCE" && reason != u"COMPLAINT") {
            reject(QStringLiteral("the reason must be BOUNCE or COMPLAINT, not '%1'").arg(unquote(fields[1])));
            continue;
        }
        entries.append({*email, reason == u"BOUNCE" ? SuppressionReason::ManualBounce : SuppressionReason::ManualComplaint});
    }
    if (badCount > 0) {
        QString message = QStringLiteral("%1 bad line(s) in the CSV; nothing was imported").arg(badCount);
        for (const QString &b : std::as_const(bad))
            message += u'\n' + b;
        if (badCount > kMaxReportedBadLines)
            message += QStringLiteral("\n... and %1 more").arg(badCount - kMaxReportedBadLines);
        return Error::invalid(message, QStringLiteral("csv"));
    }
    return entries;
}

} // namespace Bouncedesk::Model
