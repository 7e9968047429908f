// Verification of SNS envelope signatures.
#include "sns/SignatureVerifier.h"

namespace Bouncedesk::Model::Sns {

Result<void> verifySignature(const Envelope &envelope, const Certificate &certificate)
{
    if (envelope.signatureVersion != u"1" && envelope.signatureVersion != u"2")
        return Error::invalid(QStringLiteral("unsupported SNS SignatureVersion \"%1\" (expected 1 or 2)")
                                  .arg(envelope.signatureVersion.left(20)),
                              QStringLiteral("signature-version"));
    return certificate.verify(envelope.stringToSign(), envelope.signature, envelope.signatureVersion);
}

} // namespace Bouncedesk::Model::Sns
