// SimulatedFeedback: SES event-publishing messages like the mailbox simulator's, for demos and test traffic.
//
// Mirrors the SES mailbox simulator: success@ is delivered, bounce@ bounces hard, ooto@ gets a soft
// bounce here (a full mailbox), complaint@ is delivered then complained about, suppressionlist@
// bounces as on the account suppression list. `simulate` stores them directly for big demo data;
// "Send test traffic" and `simulate --target` post them, signed, to a listener.
#pragma once

#include "core/EnumText.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

class QRandomGenerator;

namespace Bouncedesk::Model::Ses {

enum class SimulatedOutcome { Send, Delivery, HardBounce, SoftBounce, Complaint, Suppressed };

inline constexpr EnumText<SimulatedOutcome, 6> kSimulatedOutcomeText {{{
    {SimulatedOutcome::Send, u"send"},
    {SimulatedOutcome::Delivery, u"delivery"},
    {SimulatedOutcome::HardBounce, u"bounce"},
    {SimulatedOutcome::SoftBounce, u"soft-bounce"},
    {SimulatedOutcome::Complaint, u"complaint"},
    {SimulatedOutcome::Suppressed, u"suppressed"},
}}};

struct SimulatedMail {
    QString to;
    QString source;
    QDateTime at;                // when the event happened (the mail was sent a little earlier)
    QString configurationSet;    // empty: none (tags then carry no ses:configuration-set)
    QString campaign;            // a "campaign" message tag when not empty
};

// The SES event (eventType Send, Delivery, Bounce or Complaint) as compact JSON, with mail.tags
// as SES adds them (ses:configuration-set, ses:source-ip, ses:from-domain, ses:caller-identity).
QString simulatedEvent(SimulatedOutcome outcome, const SimulatedMail &mail);

// A simulator address for the outcome: bounce+N@simulator.amazonses.com and so on.
QString simulatorAddress(SimulatedOutcome outcome, quint32 n);

// How often each outcome comes up, as weights: "send=50,delivery=44,bounce=2,...".
struct TrafficMix {
    QList<QPair<SimulatedOutcome, int>> weights;

    // Every outcome named with a weight ≥ 0, at least one above 0; errors name the bad part.
    static Result<TrafficMix> parse(const QString &text);
    // Sends and deliveries mostly, with a few hard and soft bounces, complaints and suppressed
    // bounces, so that every view gets rows from a couple of hundred messages.
    static TrafficMix standard();
    QString toString() const;
    SimulatedOutcome pick(QRandomGenerator &random) const;
};

} // namespace Bouncedesk::Model::Ses
