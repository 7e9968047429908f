// FeedbackFacet: what a bounce or complaint can be broken down by (feedback_facets), spelled here only.
#pragma once

#include "core/EnumText.h"

namespace Bouncedesk::Model {

// Recipient domain, sending identity (mail.source), configuration set (ses:configuration-set) and the
// sender's own message tags (mail.tags other than SES's "ses:" ones), as name=value.
enum class Facet { Domain, Identity, ConfigurationSet, Tag };

inline constexpr EnumText<Facet, 4> kFacetText {{{
    {Facet::Domain, u"domain"},
    {Facet::Identity, u"identity"},
    {Facet::ConfigurationSet, u"configuration-set"},
    {Facet::Tag, u"tag"},
}}};

// How the event counts: hard (a Permanent bounce in SES's rate), soft (Transient), other (undetermined,
// or to an address on the account suppression list: in neither rate), complaint.
enum class FacetKind { Hard, Soft, Other, Complaint };

inline constexpr EnumText<FacetKind, 4> kFacetKindText {{{
    {FacetKind::Hard, u"hard"},
    {FacetKind::Soft, u"soft"},
    {FacetKind::Other, u"other"},
    {FacetKind::Complaint, u"complaint"},
}}};

inline QString facetText(Facet f) { return kFacetText.text(f); }
inline QString facetKindText(FacetKind k) { return kFacetKindText.text(k); }

} // namespace Bouncedesk::Model
