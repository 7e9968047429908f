// Escaping of request-derived text for logs.
#include "core/LogText.h"

namespace Bouncedesk::Model {

QString logSafe(QStringView text, qsizetype maxChars)
{
    const bool cut = maxChars >= 0 && text.size() > maxChars;
    const QStringView shown = cut ? text.first(maxChars) : text;
    QString out;
    out.reserve(shown.size() + 8);
    for (const QChar c : shown) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'\\':
            out += u"\\\\";
            continue;
        case u'\n':
            out += u"\\n";
            continue;
        case u'\r':
            out += u"\\r";
            continue;
        case u'\t':
            out += u"\\t";
            continue;
        default:
            break;
        }
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u{%1}").arg(uint(u), 0, 16);
        else
            out += c;
    }
    if (cut)
        out += u"...";
    return out;
}

QString logSafe(QByteArrayView utf8, qsizetype maxChars)
{
    return logSafe(QString::fromUtf8(utf8), maxChars);
}

} // namespace Bouncedesk::Model
