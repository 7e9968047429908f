// PolicySettings: the thresholds and periods of the suppression policy and maintenance.
#pragma once

namespace Bouncedesk::Model {

struct PolicySettings {
    int softBounceThreshold = 3;     // consecutive transient bounces that suppress an address
    int softBounceWindowDays = 30;   // a streak older than this starts again at one
    int softRecoveryDays = 30;       // soft status recovers after this many quiet days
    int transientRetentionDays = 7;  // transient bounce records kept this long
    int staleRetentionDays = 90;     // other records kept this long
};

} // namespace Bouncedesk::Model
