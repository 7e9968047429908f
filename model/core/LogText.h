// LogText: text taken from a request made safe to write into a log line.
#pragma once

#include <QString>
#include <QStringView>

namespace Bouncedesk::Model {

// Escapes what could forge or break log lines: backslash, C0/C1 control characters, DEL and the
// Unicode line/paragraph separators become \\, \n, \r, \t or \u{hex}. Longer text is cut to
// maxChars characters (before escaping) and marked with "...". Use it on anything derived from a
// request (MessageId, TopicArn, paths, header values, error texts that quote them).
QString logSafe(QStringView text, qsizetype maxChars = 300);
QString logSafe(QByteArrayView utf8, qsizetype maxChars = 300);

} // namespace Bouncedesk::Model
