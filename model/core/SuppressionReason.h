// SuppressionReason: why an address is suppressed, spelled here and nowhere else.
#pragma once

#include "core/EnumText.h"

#include <QCoreApplication>

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
// The reason for the screen, in the user's language; English shows the stored word itself, which the
// CLI, the CSV export and the API use too. Unknown words (a newer schema) are shown as stored.
inline QString suppressionReasonLabel(QStringView stored)
{
    const auto reason = suppressionReasonFrom(stored);
    if (!reason)
        return stored.toString();
    switch (*reason) {
    //: Suppression reasons as stored (hard-bounce, ...): translate as short labels.
    case SuppressionReason::HardBounce: return QCoreApplication::translate("SuppressionReason", "hard-bounce");
    case SuppressionReason::SoftBounce: return QCoreApplication::translate("SuppressionReason", "soft-bounce");
    case SuppressionReason::Complaint: return QCoreApplication::translate("SuppressionReason", "complaint");
    case SuppressionReason::ManualBounce: return QCoreApplication::translate("SuppressionReason", "manual-bounce");
    case SuppressionReason::ManualComplaint: return QCoreApplication::translate("SuppressionReason", "manual-complaint");
    case SuppressionReason::Manual: return QCoreApplication::translate("SuppressionReason", "manual");
    }
    return stored.toString();
}

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
