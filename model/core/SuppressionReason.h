// SuppressionReason: why an address is suppressed, spelled here and nowhere else.
#pragma once

#include "core/EnumText.h"

namespace Bouncedesk::Model {

enum class SuppressionReason { HardBounce, SoftBounce, Complaint, ManualBounce, ManualComplaint, Manual };

inline constexpr EnumText<SuppressionReason, 6> kSuppressionReasonText{{{
    {SuppressionReason::HardBounce, u"hard-bounce"},
    {SuppressionReason::SoftBounce, u"soft-bounce"},
    {SuppressionReason::Complaint, u"complaint"},
    {SuppressionReason::ManualBounce, u"manual-bounce"},
    {SuppressionReason::ManualComplaint, u"manual-complaint"},
    {SuppressionReason::Manual, u"manual"},
}}};

inline QString suppressionReasonText(SuppressionReason reason) { return kSuppressionReasonText.text(reason); }
inline std::optional<SuppressionReason> suppressionReasonFrom(QStringView text) { return kSuppressionReasonText.parse(text); }

// The ones a person may give by hand (the others are the policy's).
inline bool isManualReason(SuppressionReason r)
{
    return r == SuppressionReason::Manual || r == SuppressionReason::ManualBounce || r == SuppressionReason::ManualComplaint;
}
inline QStringList manualReasonTexts()
{
    return {suppressionReasonText(SuppressionReason::Manual), suppressionReasonText(SuppressionReason::ManualBounce),
            suppressionReasonText(SuppressionReason::ManualComplaint)};
}
// The address does not exist: even transactional mail stops.
inline bool blocksTransactional(SuppressionReason r)
{
    return r == SuppressionReason::HardBounce || r == SuppressionReason::ManualBounce;
}
// What a bounce-status reset lifts.
inline bool isBounceSuppression(SuppressionReason r)
{
    return r == SuppressionReason::HardBounce || r == SuppressionReason::SoftBounce || r == SuppressionReason::ManualBounce;
}
// The SES account list knows two reasons: COMPLAINT for these, BOUNCE for the rest.
inline bool isComplaintSuppression(SuppressionReason r)
{
    return r == SuppressionReason::Complaint || r == SuppressionReason::ManualComplaint;
}

} // namespace Bouncedesk::Model
