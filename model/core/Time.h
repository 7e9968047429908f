// Time: the one home for turning stored epoch milliseconds into dates and text (always UTC in storage).
#pragma once

#include "core/Translations.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Bouncedesk::Model::Time {

// A stored millisecond value (NULL or a number) as a UTC date; NULL gives an invalid date.
inline QDateTime fromMs(const QVariant &ms)
{
    return ms.isNull() || !ms.isValid() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

inline qint64 msOrZero(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

// A date as a stored value: NULL when invalid.
inline QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

// ISO 8601 in UTC to the second ("2026-11-20T10:00:00Z"); empty for an invalid date.
inline QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

// ISO 8601 in UTC with milliseconds, for machine-read output (JSON, audit rows).
inline QString isoUtcMs(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QString isoUtcMs(qint64 ms)
{
    return isoUtcMs(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

// How tables show a time: local, to the second; empty for 0 (no time recorded).
inline QString localDisplay(qint64 ms)
{
    if (ms <= 0)
        return {};
    return Translations::dateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), true);
}

// Tool tips under a local time: the exact UTC time.
inline QString utcTooltip(qint64 ms)
{
    return ms <= 0 ? QString() : isoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace Bouncedesk::Model::Time
