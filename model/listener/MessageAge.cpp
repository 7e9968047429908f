// The replay window on SNS message Timestamps.
#include "listener/MessageAge.h"

namespace Bouncedesk::Model {

Result<void> checkMessageAge(const QDateTime &timestamp, const QDateTime &now, const ListenerSettings &settings,
                             Delivery delivery)
{
    if (settings.replayWindowSeconds <= 0)
        return {};
    const qint64 skew = qMax(0, settings.clockSkewSeconds);
    const qint64 age = timestamp.secsTo(now); // negative: dated in the future
    // Formatted only for a refusal: this runs for every message.
    const auto when = [&timestamp] { return timestamp.toUTC().toString(Qt::ISODateWithMs); };
    if (delivery == Delivery::Push && age > settings.replayWindowSeconds + skew)
        return Error::invalid(QStringLiteral("message dated %1 is %2 s old, beyond the replay window of %3 s plus %4 s "
                                             "clock skew: SNS stops retrying within an hour, so this is a replay (or "
                                             "this host's clock is wrong)")
                                  .arg(when())
                                  .arg(age)
                                  .arg(settings.replayWindowSeconds)
                                  .arg(skew),
                              QStringLiteral("stale"));
    if (-age > skew)
        return Error::invalid(QStringLiteral("message dated %1 is %2 s in the future, beyond the %3 s clock skew "
                                             "allowance (or this host's clock is wrong)")
                                  .arg(when())
                                  .arg(-age)
                                  .arg(skew),
                              QStringLiteral("future"));
    return {};
}

} // namespace Bouncedesk::Model
