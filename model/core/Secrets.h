// Secrets: comparing passwords and tokens from requests in time that does not depend on what matched.
#pragma once

#include <QByteArrayView>

namespace Bouncedesk::Model {

// True if given equals expected. Both sides are hashed (SHA-256) and the digests compared with
// CRYPTO_memcmp, so the time taken depends neither on the length of either side nor on how many
// bytes agree. An empty expected secret matches only an empty given one; callers that treat an
// empty configured secret as "off" must check that first.
bool secretsEqual(QByteArrayView given, QByteArrayView expected);

} // namespace Bouncedesk::Model
