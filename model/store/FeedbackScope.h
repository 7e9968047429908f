// FeedbackScope: the part of the bounces or complaints a dashboard drill-down asks for (a bucket of time,
// the dashboard's identity and topic, and perhaps one facet value such as a domain or a campaign tag).
#pragma once

#include "core/FeedbackFacet.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Bouncedesk::Model {

struct FeedbackScope {
    QDateTime from, to;         // event time, from inclusive, to exclusive; invalid: open
    QString identity, topicArn; // exact; empty: all
    std::optional<Facet> facet; // with value: only events with this facet value (feedback_facets)
    QString value;

    bool isEmpty() const
    {
        return !from.isValid() && !to.isValid() && identity.isEmpty() && topicArn.isEmpty() && !facet;
    }
    bool operator==(const FeedbackScope &) const = default;
};

// Appends the scope's conditions on table (bounces or complaints: event_at, source, topic_arn,
// message_ref) to a WHERE clause under construction.
void appendScope(const FeedbackScope &scope, QLatin1StringView table, QStringList &conditions, QVariantList &values);

} // namespace Bouncedesk::Model
