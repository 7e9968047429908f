// RateAlarm: says once when a bounce or complaint rate climbs to the warning level, not on every refresh.
#pragma once

#include <QString>

#include <optional>

namespace Bouncedesk::Model {

// Fires once per upward crossing of the warning level (warningFraction * review limit) for each rate,
// and re-arms when that rate falls back below. A NaN rate (no mail) leaves the state as it is.
// A new instance is armed: the first rate already above the warning level fires.
class RateAlarm final {
public:
    explicit RateAlarm(double warningFraction);

    // The message to show when this update crosses a warning level upward, else nothing.
    std::optional<QString> update(double bounceRate, double complaintRate);

    void setWarningFraction(double warningFraction);
    double warningFraction() const { return m_fraction; }
    double bounceWarning() const;
    double complaintWarning() const;

private:
    double m_fraction;
    bool m_bounceAbove = false;
    bool m_complaintAbove = false;
};

} // namespace Bouncedesk::Model
