// SuppressionCsv: SES's bulk suppression-list files (CSV, newline-delimited JSON, removal lists) read
// into addresses and reasons and written back, without storing anything.
#pragma once

#include "core/Result.h"
#include "core/SuppressionReason.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Bouncedesk::Model {

struct CsvEntry {
    QString email; // normalised (EmailAddress::normalise)
    SuppressionReason reason = SuppressionReason::ManualBounce; // ManualBounce or ManualComplaint
};

// `email,BOUNCE|COMPLAINT` per line, optional header (`email,reason` or `EmailAddress,Reason`), blank
// lines ignored, CRLF and a UTF-8 BOM accepted, fields may be double-quoted. All or nothing: any bad
// line gives Error::invalid (code "csv") listing the bad lines by number. Repeated addresses are kept.
Result<QList<CsvEntry>> parseSuppressionCsv(const QByteArray &data);

// The files SES's bulk import and delete jobs take:
//   Csv        recipient@example.com,BOUNCE        (no header; one is still accepted on import)
//   JsonLines  {"emailAddress":"recipient@example.com","reason":"BOUNCE"}
//   Removal    recipient@example.com                 (the addresses to take off the list)
enum class SesFileFormat { Csv, JsonLines, Removal };
// "csv", "json" or "removal"; Invalid (code "usage") otherwise.
Result<SesFileFormat> sesFileFormatFrom(const QString &name);
// One object per line, fields emailAddress and reason (BOUNCE or COMPLAINT); all or nothing, bad lines
// by number, as parseSuppressionCsv.
Result<QList<CsvEntry>> parseSuppressionJsonLines(const QByteArray &data);
// One address per line (a trailing ",REASON" or a JSON object with emailAddress is accepted, so a
// list file can be used as a removal file); all or nothing.
Result<QStringList> parseRemovalList(const QByteArray &data);
// One line of a file in that format, with its newline. sesReason: BOUNCE or COMPLAINT.
QByteArray sesFileLine(SesFileFormat format, const QString &email, const QString &sesReason);

} // namespace Bouncedesk::Model
