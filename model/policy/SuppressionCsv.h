// SuppressionCsv: the SES account suppression list CSV read into addresses and reasons, without storing anything.
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

} // namespace Bouncedesk::Model
