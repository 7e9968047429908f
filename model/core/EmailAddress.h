// EmailAddress: the one normaliser for addresses (how they are compared and stored lower-case).
#pragma once

#include "core/Result.h"

#include <QString>

namespace Bouncedesk::Model::EmailAddress {

// Trimmed and lower-cased: how addresses SES reports are keyed (address_state, suppressions).
inline QString fold(const QString &email)
{
    return email.trimmed().toLower();
}

// fold() plus the checks an address typed or imported by a person must pass; Invalid (code "email")
// with a message that says what is wrong with it.
Result<QString> normalise(const QString &email);

} // namespace Bouncedesk::Model::EmailAddress
