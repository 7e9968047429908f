// SubscriptionState: where an SNS subscription request stands (subscriptions.state), spelled here only.
#pragma once

#include "core/EnumText.h"

namespace Bouncedesk::Model {

enum class SubscriptionState { Pending, Confirming, Confirmed, Failed, Unsubscribed };

inline constexpr EnumText<SubscriptionState, 5> kSubscriptionStateText{{{
    {SubscriptionState::Pending, u"pending"},
    {SubscriptionState::Confirming, u"confirming"},
    {SubscriptionState::Confirmed, u"confirmed"},
    {SubscriptionState::Failed, u"failed"},
    {SubscriptionState::Unsubscribed, u"unsubscribed"},
}}};

inline QString subscriptionStateText(SubscriptionState s) { return kSubscriptionStateText.text(s); }
inline std::optional<SubscriptionState> subscriptionStateFrom(QStringView text) { return kSubscriptionStateText.parse(text); }
// A person may (re)confirm these from the console.
inline bool mayConfirm(SubscriptionState s) { return s == SubscriptionState::Pending || s == SubscriptionState::Failed; }

} // namespace Bouncedesk::Model
