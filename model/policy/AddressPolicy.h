// AddressPolicy: turns stored events into address state and suppressions, inside the caller's transaction.
#pragma once

#include "core/BounceType.h"
#include "core/Result.h"
#include "policy/PolicySettings.h"
#include "store/AddressStateRepository.h"
#include "store/SuppressionRepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <map>
#include <vector>

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

    // Reads the state of these addresses in few statements (on PostgreSQL the rows of the addresses
    // bounces or complaints will write are created first, as loadForWrite() does, and all rows are
    // locked in address order); until flushPreloaded(), onBounce(), onComplaint() and onDelivery() to
    // one of them start from what was read, kept current by every change of this policy, instead of
    // reading the row again, and what they write (states, changes, suppressions) is kept for
    // flushPreloaded() to write in few statements. Only for the caller's current transaction: flush
    // before it commits; forget before it is retried. written must be a part of emails.
    Result<void> preload(const QStringList &emails, const QStringList &written);
    Result<void> flushPreloaded();
    void forgetPreloaded();

private:
    // The preloaded state, else the row read for writing.
    Result<AddressState> loadForWrite(const QString &email, qint64 now);
    Result<void> save(const QString &email, const AddressState &before, const AddressState &after, const QString &reason,
                      EventRef ref);

    PolicySettings m_settings;
    AddressStateRepository m_states;
    SuppressionRepository m_suppressions;
    Result<void> suppress(const QString &email, SuppressionReason reason, EventRef ref);

    QHash<QString, AddressState> m_preloaded; // by folded address
    // Kept for flushPreloaded(): the last state of each address written, by address (the lock order).
    std::map<QString, AddressStateRepository::Save> m_saves;
    std::vector<StateChange> m_changes;
    std::vector<SuppressionRepository::FromEvent> m_newSuppressions;
};

} // namespace Bouncedesk::Model
