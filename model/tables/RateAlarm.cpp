// The crossing logic behind the dashboard's tray warning.
#include "tables/RateAlarm.h"

#include "core/Translations.h"
#include "tables/RateSeries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace Bouncedesk::Model {

namespace {
// For the screen (a tray message), so in the user's locale.
QString percent(double fraction) { return Translations::percent(fraction); }

QString limitText(double fraction) { return Translations::percent(fraction, 3, 'g'); }

// Returns true when this rate has just crossed the warning level upward; updates above.
bool crossed(double rate, double review, double pause, double fraction, bool &above)
{
    if (std::isnan(rate))
        return false;
    const bool now = levelFor(rate, review, pause, fraction) != RateLevel::Healthy;
    const bool fired = now && !above;
    above = now;
    return fired;
}
} // namespace

RateAlarm::RateAlarm(double warningFraction) : m_fraction(warningFraction) { }

void RateAlarm::setWarningFraction(double warningFraction)
{
    m_fraction = warningFraction;
}

double RateAlarm::bounceWarning() const
{
    return m_fraction * RateLimits::bounceReview;
}

double RateAlarm::complaintWarning() const
{
    return m_fraction * RateLimits::complaintReview;
}

std::optional<QString> RateAlarm::update(double bounceRate, double complaintRate)
{
    QStringList parts;
    if (crossed(bounceRate, RateLimits::bounceReview, RateLimits::bouncePause, m_fraction, m_bounceAbove))
        parts << QCoreApplication::translate("Tables", "bounce rate %1 has reached the warning level %2 (SES reviews at "
                                                       "%3, pauses at %4)")
                     .arg(percent(bounceRate), percent(bounceWarning()), limitText(RateLimits::bounceReview),
                          limitText(RateLimits::bouncePause));
    if (crossed(complaintRate, RateLimits::complaintReview, RateLimits::complaintPause, m_fraction,
                m_complaintAbove))
        parts << QCoreApplication::translate("Tables", "complaint rate %1 has reached the warning level %2 (SES reviews "
                                                       "at %3, pauses at %4)")
                     .arg(percent(complaintRate), percent(complaintWarning()), limitText(RateLimits::complaintReview),
                          limitText(RateLimits::complaintPause));
    if (parts.isEmpty())
        return std::nullopt;
    QString message = parts.join(QStringLiteral("; "));
    message[0] = message[0].toUpper();
    return message + u'.';
}

} // namespace Bouncedesk::Model
