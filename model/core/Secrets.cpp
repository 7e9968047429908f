// Constant-time secret comparison over SHA-256 digests.
#include "core/Secrets.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <array>

namespace Bouncedesk::Model {

namespace {
std::array<unsigned char, SHA256_DIGEST_LENGTH> digest(QByteArrayView data)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> out{};
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), out.data());
    return out;
}
} // namespace

bool secretsEqual(QByteArrayView given, QByteArrayView expected)
{
    // Equal-length digests: a length check or an early exit would tell an attacker how close they are.
    const auto a = digest(given);
    const auto b = digest(expected);
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace Bouncedesk::Model
