// MessageAge: the replay window, i.e. how old or how far ahead of our clock an SNS Timestamp may be.
#pragma once

#include "core/Result.h"
#include "listener/ListenerSettings.h"

#include <QDateTime>

namespace Bouncedesk::Model {

// How a message reached us. SNS pushes over HTTP(S) and gives up retrying within an hour; a queue
// (SNS -> SQS, pulled by us) legitimately holds messages for up to 14 days, so queued messages are
// exempt from the "stale" rule (a Timestamp in the future is refused either way).
enum class Delivery { Push, Queue };

// Ok, or Error::invalid with code "stale" (older than replayWindowSeconds + clockSkewSeconds, push
// only) or "future" (more than clockSkewSeconds ahead of now). replayWindowSeconds 0 turns both off.
Result<void> checkMessageAge(const QDateTime &timestamp, const QDateTime &now, const ListenerSettings &settings,
                             Delivery delivery);

} // namespace Bouncedesk::Model
