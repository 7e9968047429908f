// Reading the SES account suppression list CSV; importing it is SuppressionList's job.
#include "policy/SuppressionCsv.h"

#include "core/EmailAddress.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
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


Result<QString> utf8Text(const QByteArray &data, const char *what)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error::invalid(QCoreApplication::translate("Policy", "the %1 file is not UTF-8 text; nothing was imported")
                                  .arg(QCoreApplication::translate("Policy", what)),
                              QStringLiteral("csv"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// Collects bad lines, at most kMaxReportedBadLines of them by number, into one all-or-nothing error.
struct BadLines {
    QStringList shown;
    int count = 0;
    void add(qsizetype index, const QString &why)
    {
        if (++count <= kMaxReportedBadLines)
            shown << QCoreApplication::translate("Policy", "line %1: %2").arg(index + 1).arg(why);
    }
    Error error(const char *what) const
    {
        //: %1 is "CSV", "JSON lines" or "removal list"
        QString message =
            QCoreApplication::translate("Policy", "%n bad line(s) in the %1; nothing was imported", nullptr, count)
                .arg(QCoreApplication::translate("Policy", what));
        for (const QString &b : shown)
            message += u'\n' + b;
        if (count > kMaxReportedBadLines)
            message += u'\n'
                + QCoreApplication::translate("Policy", "... and %n more", nullptr, count - kMaxReportedBadLines);
        return Error::invalid(message, QStringLiteral("csv"));
    }
};

std::optional<SuppressionReason> reasonFromSes(const QString &word)
{
    const QString upper = word.toUpper();
    if (upper == u"BOUNCE")
        return SuppressionReason::ManualBounce;
    if (upper == u"COMPLAINT")
        return SuppressionReason::ManualComplaint;
    return std::nullopt;
}
} // namespace

Result<SesFileFormat> sesFileFormatFrom(const QString &name)
{
    if (name == u"csv")
        return SesFileFormat::Csv;
    if (name == u"json")
        return SesFileFormat::JsonLines;
    if (name == u"removal")
        return SesFileFormat::Removal;
    return Error::invalid(QCoreApplication::translate("Policy", "the format is csv, json or removal, not '%1'")
                              .arg(name), QStringLiteral("usage"));
}

QByteArray sesFileLine(SesFileFormat format, const QString &email, const QString &sesReason)
{
    switch (format) {
    case SesFileFormat::Csv:
        return (email + u',' + sesReason + u'\n').toUtf8();
    case SesFileFormat::JsonLines:
        return QJsonDocument(QJsonObject{{QStringLiteral("emailAddress"), email}, {QStringLiteral("reason"), sesReason}})
                   .toJson(QJsonDocument::Compact)
            + '\n';
    case SesFileFormat::Removal:
        return (email + u'\n').toUtf8();
    }
    return {};
}

Result<QList<CsvEntry>> parseSuppressionJsonLines(const QByteArray &data)
{
    auto text = utf8Text(data, QT_TRANSLATE_NOOP("Policy", "JSON lines"));
    if (!text)
        return text.error();
    QList<CsvEntry> entries;
    BadLines bad;
    const QStringList lines = text->split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        if (!doc.isObject()) {
            bad.add(i, QCoreApplication::translate("Policy", "not a JSON object (%1)").arg(parseError.errorString()));
            continue;
        }
        const QJsonObject o = doc.object();
        auto email = EmailAddress::normalise(o.value(QStringLiteral("emailAddress")).toString());
        const auto reason = reasonFromSes(o.value(QStringLiteral("reason")).toString());
        if (!email)
            bad.add(i, email.errorText());
        else if (!reason)
            bad.add(i, QCoreApplication::translate("Policy", "the reason must be BOUNCE or COMPLAINT, not '%1'")
                           .arg(o.value(QStringLiteral("reason")).toString().left(40)));
        else
            entries.append({*email, *reason});
    }
    if (bad.count > 0)
        return bad.error(QT_TRANSLATE_NOOP("Policy", "JSON lines"));
    return entries;
}

Result<QStringList> parseRemovalList(const QByteArray &data)
{
    auto text = utf8Text(data, QT_TRANSLATE_NOOP("Policy", "removal list"));
    if (!text)
        return text.error();
    QStringList emails;
    BadLines bad;
    const QStringList lines = text->split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'{'))
            line = QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("emailAddress")).toString();
        else
            line = unquote(line.section(u',', 0, 0));
        if (i == 0 && (line.toLower() == u"email" || line.toLower() == u"emailaddress"))
            continue;
        auto email = EmailAddress::normalise(line);
        if (!email)
            bad.add(i, email.errorText());
        else
            emails << *email;
    }
    if (bad.count > 0)
        return bad.error(QT_TRANSLATE_NOOP("Policy", "removal list"));
    return emails;
}

Result<QList<CsvEntry>> parseSuppressionCsv(const QByteArray &data)
{
    auto decoded = utf8Text(data, QT_TRANSLATE_NOOP("Policy", "CSV"));
    if (!decoded)
        return decoded.error();
    const QString text = *decoded;

    QList<CsvEntry> entries;
    BadLines bad;
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
        auto reject = [&](const QString &why) { bad.add(i, why); };
        if (fields.size() != 2) {
            reject(QCoreApplication::translate("Policy", "expected 'email,BOUNCE' or 'email,COMPLAINT', got '%1'")
                       .arg(line.left(80)));
            continue;
        }
        const auto reason = reasonFromSes(unquote(fields[1]));
        auto email = EmailAddress::normalise(unquote(fields[0]));
        if (!email) {
            reject(email.errorText());
            continue;
        }
        if (!reason) {
            reject(QCoreApplication::translate("Policy", "the reason must be BOUNCE or COMPLAINT, not '%1'")
                       .arg(unquote(fields[1])));
            continue;
        }
        entries.append({*email, *reason});
    }
    if (bad.count > 0)
        return bad.error(QT_TRANSLATE_NOOP("Policy", "CSV"));
    return entries;
}

} // namespace Bouncedesk::Model
