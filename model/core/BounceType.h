// BounceType: SES's bounce types and sub-types, spelled here and nowhere else.
#pragma once

#include "core/EnumText.h"

namespace Bouncedesk::Model {

// SES bounceType. Permanent is a hard bounce (suppress at once), Transient a soft one (suppress by streak).
enum class BounceType { Undetermined, Permanent, Transient };

inline constexpr EnumText<BounceType, 3> kBounceTypeText{{{
    {BounceType::Undetermined, u"Undetermined"},
    {BounceType::Permanent, u"Permanent"},
    {BounceType::Transient, u"Transient"},
}}};

inline QString bounceTypeText(BounceType type) { return kBounceTypeText.text(type); }
// Anything SES may add later counts as Undetermined: never suppressed, never counted as hard or soft.
inline BounceType bounceTypeFrom(QStringView text) { return kBounceTypeText.parse(text).value_or(BounceType::Undetermined); }

// SES bounceSubType. Unknown sub-types are tolerated (kept as text, Other here).
enum class BounceSubType {
    Other,
    Undetermined,
    General,
    NoEmail,
    Suppressed,
    OnAccountSuppressionList, // the address is on the SES account suppression list: not counted in the rate
    MailboxFull,
    MessageTooLarge,
    ContentRejected,
    AttachmentRejected,
};

inline constexpr EnumText<BounceSubType, 9> kBounceSubTypeText{{{
    {BounceSubType::Undetermined, u"Undetermined"},
    {BounceSubType::General, u"General"},
    {BounceSubType::NoEmail, u"NoEmail"},
    {BounceSubType::Suppressed, u"Suppressed"},
    {BounceSubType::OnAccountSuppressionList, u"OnAccountSuppressionList"},
    {BounceSubType::MailboxFull, u"MailboxFull"},
    {BounceSubType::MessageTooLarge, u"MessageTooLarge"},
    {BounceSubType::ContentRejected, u"ContentRejected"},
    {BounceSubType::AttachmentRejected, u"AttachmentRejected"},
}}};

inline QString bounceSubTypeText(BounceSubType type) { return kBounceSubTypeText.text(type); }
inline BounceSubType bounceSubTypeFrom(QStringView text) { return kBounceSubTypeText.parse(text).value_or(BounceSubType::Other); }

} // namespace Bouncedesk::Model
