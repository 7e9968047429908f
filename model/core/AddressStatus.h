// AddressStatus: the bounce status of an address (address_state.status), spelled here and nowhere else.
#pragma once

#include "core/EnumText.h"

namespace Bouncedesk::Model {

// New only appears as the old status of an address's first change.
enum class AddressStatus { New, Clean, Soft, Hard, Complained };

inline constexpr EnumText<AddressStatus, 5> kAddressStatusText{{{
    {AddressStatus::New, u"new"},
    {AddressStatus::Clean, u"clean"},
    {AddressStatus::Soft, u"soft"},
    {AddressStatus::Hard, u"hard"},
    {AddressStatus::Complained, u"complained"},
}}};

inline QString addressStatusText(AddressStatus s) { return kAddressStatusText.text(s); }
inline AddressStatus addressStatusFrom(QStringView text) { return kAddressStatusText.parse(text).value_or(AddressStatus::Clean); }

} // namespace Bouncedesk::Model
