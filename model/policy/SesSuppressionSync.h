// SesSuppressionSync: our suppression list against the SES account-level list: what differs, pulling
// SES's addresses in, and the audit rows for changes made on SES.
#pragma once

#include "aws/SesAccount.h"
#include "core/Result.h"
#include "store/AuditLog.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace Bouncedesk::Model {

struct SesDiff {
    struct Ours {
        QString email;
        QString sesReason; // the closest SES reason: BOUNCE or COMPLAINT
    };
    QList<Ours> onlyOurs; // to push
    QList<Aws::SesSuppressed> onlySes; // to pull
    int onBoth = 0;
};

class SesSuppressionSync final {
public:
    // region: named in the rows pulled in ("SES account list (eu-west-1)").
    SesSuppressionSync(QSqlDatabase db, Actor actor, QString region);

    // SES's word for one of our reasons: COMPLAINT for complaints, BOUNCE for everything else.
    static QString sesReasonFor(const QString &ourReason);
    // The source written into added_by for addresses that came from SES.
    QString sesSource() const;

    // Addresses compared case-insensitively.
    Result<SesDiff> diff(const QList<Aws::SesSuppressed> &ses);
    // Every SES address we do not suppress yet becomes manual-bounce or manual-complaint, added by
    // sesSource(); one transaction, one audit row per address. Returns how many were added.
    Result<int> pull(const QList<Aws::SesSuppressed> &ses);
    // Audit rows for what was changed on SES's list (by push, or by the console's remove).
    Result<void> recordSesPut(const QString &email, const QString &sesReason);
    Result<void> recordSesDelete(const QString &email, const QString &why);

private:
    QSqlDatabase m_db;
    Actor m_actor;
    QString m_region;
};

} // namespace Bouncedesk::Model
