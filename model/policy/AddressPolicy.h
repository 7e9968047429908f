// AddressPolicy: turns stored events into address state and suppressions, inside the caller's transaction.
#pragma once

#include "core/BounceType.h"
#include "core/Result.h"
#include "policy/PolicySettings.h"
#include "store/AddressStateRepository.h"
#include "store/SuppressionRepository.h"

#include <QSqlDatabase>

namespace Bouncedesk::Model {

class AddressPolicy final {
public:
    AddressPolicy(QSqlDatabase db, PolicySettings settings);
    Q_DISABLE_COPY_MOVE(AddressPolicy)

    // Permanent: suppressed at once. Transient: a streak within the window suppresses at the threshold.
    // OnAccountSuppressionList marks the address as on the SES account list. subTypeText is as SES sent it.
    Result<void> onBounce(const QString &email, BounceType type, const QString &subTypeText, EventRef ref);
    // Suppressed at once and queued for review, except feedback type not-spam (recorded, not suppressed).
    Result<void> onComplaint(const QString &email, const QString &feedbackType, EventRef ref);
    // A delivery ends a soft-bounce streak.
    Result<void> onDelivery(const QString &email, EventRef ref);

    // Batch mode (PostgreSQL group commit): the address states of a whole batch read and locked at once,
    // the policy's writes (states, changes, suppressions) kept until flushBatch(). written: the
    // recipients of bounces and complaints; read: those of deliveries; as SES sent them.
    Result<void> beginBatch(const QStringList &written, const QStringList &read, qint64 now);
    Result<void> flushBatch();
    void endBatch();

private:
    Result<void> save(const QString &email, const AddressState &before, const AddressState &after, const QString &reason,
                      EventRef ref);

    PolicySettings m_settings;
    AddressStateRepository m_states;
    SuppressionRepository m_suppressions;
};

} // namespace Bouncedesk::Model
