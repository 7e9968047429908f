// SignatureVerifier: checks an SNS envelope's signature with the certificate its SigningCertURL named.
#pragma once

#include "core/Result.h"
#include "sns/Certificate.h"
#include "sns/Envelope.h"

namespace Bouncedesk::Model::Sns {

// SignatureVersion must be "1" or "2" (code "signature-version"); the signature must match the
// envelope's string to sign (code "signature"). Safe to call from several threads at once.
// The caller is responsible for having checked the SigningCertURL and the certificate.
Result<void> verifySignature(const Envelope &envelope, const Certificate &certificate);

} // namespace Bouncedesk::Model::Sns
