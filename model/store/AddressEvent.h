// AddressEvent: one stored event of an address, as the event repositories read it for its history.
#pragma once

#include <QString>

namespace Bouncedesk::Model {

struct AddressEvent {
    enum class Kind { Bounce, Delivery, Complaint, Delay };
    Kind kind = Kind::Bounce;
    qint64 at = 0; // event time, ms since the epoch (UTC)
    qint64 messageRef = 0;
    QString type;      // bounce type, complaint feedback type, delay type
    QString subType;   // bounce or complaint sub-type
    QString status;    // SMTP status (bounces, delays)
    QString detail;    // diagnostic code (bounces, delays) or SMTP response (deliveries)
    QString userAgent; // complaints
    QString source;    // the sending identity
};

} // namespace Bouncedesk::Model
