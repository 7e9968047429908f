// Address validation for addresses people type or import.
#include "core/EmailAddress.h"

#include <QCoreApplication>

namespace Bouncedesk::Model::EmailAddress {

namespace {
constexpr int kMaxAddressLength = 254;
} // namespace

Result<QString> normalise(const QString &raw)
{
    const QString email = fold(raw);
    if (email.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("Core", "the email address is empty"), QStringLiteral("email"));
    auto bad = [&raw](const QString &why) {
        return Error::invalid(
            QCoreApplication::translate("Core", "'%1' is not a valid email address: %2").arg(raw.trimmed(), why),
            QStringLiteral("email"));
    };
    if (email.size() > kMaxAddressLength)
        return bad(QCoreApplication::translate("Core", "longer than %1 characters").arg(kMaxAddressLength));
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return bad(QCoreApplication::translate("Core", "it contains a space or control character"));
        // These never appear in addresses SES sends to and would break the CSV exchange.
        if (c == u',' || c == u';' || c == u'<' || c == u'>' || c == u'"')
            return bad(QCoreApplication::translate("Core", "it contains '%1'").arg(c));
    }
    const int at = email.indexOf(u'@');
    if (at < 0)
        return bad(QCoreApplication::translate("Core", "there is no '@'"));
    if (email.indexOf(u'@', at + 1) >= 0)
        return bad(QCoreApplication::translate("Core", "there is more than one '@'"));
    if (at == 0)
        return bad(QCoreApplication::translate("Core", "nothing before the '@'"));
    if (at == email.size() - 1)
        return bad(QCoreApplication::translate("Core", "no domain after the '@'"));
    return email;
}

} // namespace Bouncedesk::Model::EmailAddress
