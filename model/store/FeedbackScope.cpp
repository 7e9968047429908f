// The drill-down's conditions, shared by the bounces and complaints reads.
#include "store/FeedbackScope.h"

namespace Bouncedesk::Model {

void appendScope(const FeedbackScope &scope, QLatin1StringView table, QStringList &conditions, QVariantList &values)
{
    if (scope.from.isValid()) {
        conditions << QStringLiteral("event_at >= ?");
        values << scope.from.toMSecsSinceEpoch();
    }
    if (scope.to.isValid()) {
        conditions << QStringLiteral("event_at < ?");
        values << scope.to.toMSecsSinceEpoch();
    }
    if (!scope.identity.isEmpty()) {
        conditions << QStringLiteral("source = ?");
        values << scope.identity;
    }
    if (!scope.topicArn.isEmpty()) {
        conditions << QStringLiteral("topic_arn = ?");
        values << scope.topicArn;
    }
    if (scope.facet) {
        // A message's facets are its recipients' (the domain) and its own (identity, set, tags).
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM feedback_facets f WHERE f.message_ref = %1.message_ref "
                                     "AND f.facet = ? AND f.value = ?)")
                          .arg(table);
        values << facetText(*scope.facet) << scope.value;
    }
}

} // namespace Bouncedesk::Model
