// Fuzz target: Ses::parseSesMessage on any text (the Message of a verified envelope), and parseSesTime.
#include "FuzzCheck.h"

#include "ses/SesEvent.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Bouncedesk::Model;
using namespace Bouncedesk::Fuzz;

namespace {

bool isTrimmed(const QString &text)
{
    return text == text.trimmed();
}

void checkTime(const QDateTime &time)
{
    FUZZ_CHECK(!time.isValid() || time.timeSpec() == Qt::UTC, "parsed SES times are UTC");
}

void checkEvent(const Ses::SesEvent &event)
{
    using Kind = Ses::EventKind;
    FUZZ_CHECK(!Ses::eventKindName(event.kind).isEmpty(), "every kind has a wire name");
    const bool needsRecipients = event.kind == Kind::Bounce || event.kind == Kind::Complaint
        || event.kind == Kind::Delivery || event.kind == Kind::DeliveryDelay;
    if (needsRecipients)
        FUZZ_CHECK(!event.recipients.isEmpty(), "a Bounce, Complaint, Delivery or DeliveryDelay names a recipient");
    if (event.kind == Kind::SubscriptionSucceeded)
        FUZZ_CHECK(event.recipients.isEmpty() && event.destination.isEmpty(), "SubscriptionSucceeded has no mail");
    for (const Ses::Recipient &recipient : event.recipients) {
        FUZZ_CHECK(!recipient.email.isEmpty(), "recipients have an address");
        FUZZ_CHECK(isTrimmed(recipient.email), "recipient addresses are trimmed");
    }
    for (const QString &address : event.destination)
        FUZZ_CHECK(!address.isEmpty() && isTrimmed(address), "destinations are trimmed and not empty");
    checkTime(event.mailTimestamp);
    checkTime(event.eventTimestamp);
    checkTime(event.arrivalDate);
    checkTime(event.expirationTime);
    if (event.mailTimestamp.isValid())
        FUZZ_CHECK(event.eventTimestamp.isValid(), "the event time falls back to the mail time");
    FUZZ_CHECK(event.processingTimeMillis >= -1, "processingTimeMillis is -1 or a duration");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString message = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const Ses::ParseOutcome outcome = Ses::parseSesMessage(message);
    if (outcome.kind == Ses::ParseOutcome::Kind::Ses) {
        FUZZ_CHECK(outcome.event.has_value(), "kind Ses always comes with an event");
        FUZZ_CHECK(outcome.note.isEmpty(), "kind Ses has no note");
        checkEvent(*outcome.event);
    } else {
        FUZZ_CHECK(!outcome.event.has_value(), "NotSes has no event");
        FUZZ_CHECK(!outcome.note.isEmpty(), "NotSes says why");
        // Notes end up in log lines and table cells: short, and without the sender's control characters.
        FUZZ_CHECK(outcome.note.size() <= 200, "notes are short");
        for (const QChar c : outcome.note)
            FUZZ_CHECK(c.category() != QChar::Other_Control, "notes have no control characters");
    }

    const Ses::ParseOutcome again = Ses::parseSesMessage(message);
    FUZZ_CHECK(again.kind == outcome.kind && again.note == outcome.note, "parsing is deterministic");
    if (again.event)
        FUZZ_CHECK(again.event->recipients.size() == outcome.event->recipients.size(), "parsing is deterministic");

    // The timestamp parser on its own, fed the first line.
    const QDateTime time = Ses::parseSesTime(message.section(u'\n', 0, 0));
    checkTime(time);
    return 0;
}
