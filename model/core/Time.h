// Time: the one home for turning stored epoch milliseconds into dates and text (always UTC in storage).
#pragma once

#include "core/Translations.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>
#include <string_view>

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

// The UTC form AWS writes, "2013-10-18T15:45:00.871Z" (the fraction of 1-3 digits optional), read by
// hand: it is on every notification's path. nullopt for any other form or an impossible date.
inline std::optional<QDateTime> parseAwsUtc(std::string_view text)
{
    const auto digits = [text](size_t from, size_t count, int &into) {
        into = 0;
        for (size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            into = into * 10 + (text[i] - '0');
        }
        return true;
    };
    if (text.size() < 20 || text.size() > 24 || text.back() != 'Z' || text[4] != '-' || text[7] != '-'
        || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
    if (!digits(0, 4, year) || !digits(5, 2, month) || !digits(8, 2, day) || !digits(11, 2, hour)
        || !digits(14, 2, minute) || !digits(17, 2, second))
        return std::nullopt;
    if (text.size() > 20) {
        const size_t fraction = text.size() - 21; // between '.' and 'Z'
        if (text[19] != '.' || fraction == 0 || !digits(20, fraction, millis))
            return std::nullopt;
        for (size_t i = fraction; i < 3; ++i)
            millis *= 10;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (year == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace Bouncedesk::Model::Time
