// The suppression policy: hard bounces and complaints suppress at once, soft bounces by streak.
#include "policy/AddressPolicy.h"

#include "core/EmailAddress.h"

#include <QDateTime>

namespace Bouncedesk::Model {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
} // namespace

AddressPolicy::AddressPolicy(QSqlDatabase db, PolicySettings settings)
    : m_settings(settings), m_states(db), m_suppressions(db)
{
}

Result<void> AddressPolicy::save(const QString &email, const AddressState &before, const AddressState &after,
                                 const QString &reason, EventRef ref)
{
    if (auto saved = m_states.save(email, after, ref.at, QDateTime::currentMSecsSinceEpoch()); !saved)
        return saved;
    if (before.exists && before.status == after.status)
        return {};
    return m_states.recordChange(
        {email, before.exists ? before.status : AddressStatus::New, after.status, reason, ref, QString(), ref.at});
}

Result<void> AddressPolicy::onBounce(const QString &rawEmail, BounceType type, const QString &subTypeText, EventRef ref)
{
    const QString email = EmailAddress::fold(rawEmail);
    auto loaded = m_states.loadForWrite(email, ref.at);
    if (!loaded)
        return loaded.error();
    const AddressState before = *loaded;
    AddressState after = before;
    after.bounceCount += 1;
    if (!after.lastBounceAt.isValid() || after.lastBounceAt.isNull() || after.lastBounceAt.toLongLong() < ref.at)
        after.lastBounceAt = ref.at;
    if (bounceSubTypeFrom(subTypeText) == BounceSubType::OnAccountSuppressionList)
        after.onAccountList = true;

    std::optional<SuppressionReason> suppressFor;
    QString why;
    switch (type) {
    case BounceType::Permanent:
        if (after.status != AddressStatus::Complained)
            after.status = AddressStatus::Hard;
        suppressFor = SuppressionReason::HardBounce;
        why = QStringLiteral("permanent bounce (%1)").arg(subTypeText);
        break;
    case BounceType::Transient: {
        const qint64 window = m_settings.softBounceWindowDays * kDayMs;
        const bool streakAlive = after.consecutiveSoft > 0 && !after.streakStartedAt.isNull()
            && ref.at - after.streakStartedAt.toLongLong() <= window;
        if (streakAlive) {
            after.consecutiveSoft += 1;
        } else {
            after.consecutiveSoft = 1;
            after.streakStartedAt = ref.at;
        }
        if (after.status == AddressStatus::Clean)
            after.status = AddressStatus::Soft;
        why = QStringLiteral("transient bounce %1 of %2 (%3)")
                  .arg(after.consecutiveSoft)
                  .arg(m_settings.softBounceThreshold)
                  .arg(subTypeText);
        if (after.consecutiveSoft >= m_settings.softBounceThreshold)
            suppressFor = SuppressionReason::SoftBounce;
        break;
    }
    case BounceType::Undetermined:
        why = QStringLiteral("undetermined bounce");
        break;
    }
    if (auto saved = save(email, before, after, why, ref); !saved)
        return saved;
    if (suppressFor)
        return m_suppressions.insertFromEvent(email, *suppressFor, ref);
    return {};
}

Result<void> AddressPolicy::onComplaint(const QString &rawEmail, const QString &feedbackType, EventRef ref)
{
    const QString email = EmailAddress::fold(rawEmail);
    auto loaded = m_states.loadForWrite(email, ref.at);
    if (!loaded)
        return loaded.error();
    const AddressState before = *loaded;
    AddressState after = before;
    after.complaintCount += 1;
    const bool notSpam = feedbackType.compare(u"not-spam", Qt::CaseInsensitive) == 0;
    if (!notSpam)
        after.status = AddressStatus::Complained;
    const QString why = QStringLiteral("complaint (%1)").arg(feedbackType.isEmpty() ? QStringLiteral("no feedback type")
                                                                                    : feedbackType);
    if (auto saved = save(email, before, after, why, ref); !saved)
        return saved;
    if (!notSpam)
        return m_suppressions.insertFromEvent(email, SuppressionReason::Complaint, ref);
    return {};
}

Result<void> AddressPolicy::onDelivery(const QString &rawEmail, EventRef ref)
{
    const QString email = EmailAddress::fold(rawEmail);
    auto loaded = m_states.load(email);
    if (!loaded)
        return loaded.error();
    const AddressState before = *loaded;
    // Addresses that never bounced or complained need no state row: deliveries are the common case.
    if (!before.exists)
        return {};
    AddressState after = before;
    after.deliveryCount += 1;
    after.consecutiveSoft = 0;
    after.streakStartedAt = QVariant();
    if (after.status == AddressStatus::Soft)
        after.status = AddressStatus::Clean;
    return save(email, before, after, QStringLiteral("delivered: soft-bounce streak reset"), ref);
}

Result<void> AddressPolicy::beginBatch(const QStringList &written, const QStringList &read, qint64 now)
{
    // Folded as the events fold them, sorted: rows are created and locked in address order.
    QStringList ensure;
    ensure.reserve(written.size());
    for (const QString &email : written)
        ensure.append(EmailAddress::fold(email));
    QStringList all = ensure;
    for (const QString &email : read)
        all.append(EmailAddress::fold(email));
    for (QStringList *list : {&ensure, &all}) {
        list->sort();
        list->removeDuplicates();
    }
    m_suppressions.beginBatch();
    return m_states.beginBatch(all, ensure, now);
}

Result<void> AddressPolicy::flushBatch()
{
    if (auto flushed = m_states.flushBatch(QDateTime::currentMSecsSinceEpoch()); !flushed)
        return flushed;
    return m_suppressions.flushBatch();
}

void AddressPolicy::endBatch()
{
    m_states.endBatch();
    m_suppressions.endBatch();
}

} // namespace Bouncedesk::Model
