// AddressPolicy: turns stored events into address state and suppressions, inside the caller's transaction.
#pragma once

#include "core/Result.h"
#include "policy/PolicySettings.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Bouncedesk::Model {

// Which stored row caused a change, for the history of an address.
struct EventRef {
    const char *table = nullptr; // "bounces", "complaints", "deliveries" or nullptr for a manual action
    qint64 id = 0;
    qint64 at = 0; // event time, ms since the epoch (UTC)
};

class AddressPolicy final {
public:
    AddressPolicy(QSqlDatabase db, PolicySettings settings);
    Q_DISABLE_COPY_MOVE(AddressPolicy)

    // Permanent: suppressed at once. Transient: a streak within the window suppresses at the threshold.
    // OnAccountSuppressionList marks the address as on the SES account list.
    Result<void> onBounce(const QString &email, const QString &bounceType, const QString &subType, EventRef ref);
    // Suppressed at once and queued for review, except feedback type not-spam (recorded, not suppressed).
    Result<void> onComplaint(const QString &email, const QString &feedbackType, EventRef ref);
    // A delivery ends a soft-bounce streak.
    Result<void> onDelivery(const QString &email, EventRef ref);

    static QString normalise(const QString &email) { return email.trimmed().toLower(); }

private:
    struct State {
        bool exists = false;
        QString status = QStringLiteral("clean");
        int consecutiveSoft = 0;
        QVariant streakStartedAt;
        int bounceCount = 0;
        int complaintCount = 0;
        int deliveryCount = 0;
        bool onAccountList = false;
        QVariant lastBounceAt;
    };
    Result<State> load(const QString &email);
    Result<void> save(const QString &email, const State &before, const State &after, const QString &reason,
                      EventRef ref);
    Result<void> suppress(const QString &email, const QString &reason, EventRef ref);
    Result<QSqlQuery *> prepared(QSqlQuery &query, const QString &sql);

    QSqlDatabase m_db;
    PolicySettings m_settings;
    QSqlQuery m_select;
    QSqlQuery m_upsert;
    QSqlQuery m_change;
    QSqlQuery m_suppress;
};

} // namespace Bouncedesk::Model
