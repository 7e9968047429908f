// SuppressionList: the addresses not to mail, managed by hand, checked by senders, exchanged with SES as CSV.
#pragma once

#include "core/Result.h"
#include "store/AuditLog.h"
#include "store/SuppressionRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QIODevice;

namespace Bouncedesk::Model {

struct SendDecision {
    bool send = true;
    QString reason; // one line for people: "not suppressed", "hard-bounce since 2026-11-20T10:00:00Z", ...
    std::optional<Suppression> suppression; // the active suppression, also when it does not block this purpose
    QString addressStatus;                  // address_state.status: clean, soft, hard, complained
};

enum class Purpose { Marketing, Transactional };

class SuppressionList final {
public:
    explicit SuppressionList(QSqlDatabase db, Actor actor);

    // Every reason the schema knows, and the ones people may give by hand.
    static QStringList reasons();
    static QStringList manualReasons();

    // reason: manual, manual-bounce or manual-complaint. Conflict if the address is already suppressed.
    Result<Suppression> add(const QString &email, const QString &reason, const QString &note);
    // Ends the active suppression (kept as history). Address state (bounce status) is left as it is.
    Result<void> remove(const QString &email, const QString &why);
    // Inside the caller's transaction: ends the suppression `before` and writes its audit row (action,
    // e.g. "suppression.lift"); false when it was changed meanwhile and nothing was done.
    Result<bool> liftAudited(const Suppression &before, const QString &by, const QDateTime &at, const QString &why,
                             const QString &action);
    Result<void> setNotes(const QString &email, const QString &notes);
    // The active suppression of an address, compared case-insensitively.
    Result<std::optional<Suppression>> find(const QString &email);
    // Active suppressions, newest first; reasonFilter is an exact reason, search a part of the address.
    Result<QList<Suppression>> list(const QString &reasonFilter = {}, const QString &search = {}, int limit = 1000,
                                    int offset = 0);
    // Active and removed rows of one address, newest first.
    Result<QList<Suppression>> history(const QString &email);

    // Marketing mail is blocked by any active suppression; transactional mail only by hard-bounce and
    // manual-bounce (the address does not exist), not by complaints or soft bounces.
    Result<SendDecision> check(const QString &email, Purpose purpose);

    // The SES account-level suppression list as CSV: `email,BOUNCE|COMPLAINT` per line, optional header
    // (`email,reason` or `EmailAddress,Reason`), blank lines ignored, CRLF accepted. All or nothing: any
    // bad line fails the import with the bad lines by number and nothing is written. Addresses already
    // suppressed (or repeated in the file) are skipped. BOUNCE becomes manual-bounce, COMPLAINT
    // manual-complaint. One transaction and one audit row for the whole import.
    struct ImportReport {
        int added = 0;
        int skipped = 0;
    };
    Result<ImportReport> importCsv(QIODevice &input, const QString &note);
    // Every active suppression as `email,BOUNCE|COMPLAINT` under the header `email,reason`, ordered by
    // address; reasons containing "complaint" are COMPLAINT, all others BOUNCE. Returns the row count.
    Result<int> exportCsv(QIODevice &output);

private:
    // Inside the caller's transaction: the active suppression of an address, or "not suppressed".
    Result<Suppression> requireActive(const QString &normalisedEmail);

    QSqlDatabase m_db;
    Actor m_actor;
    SuppressionRepository m_rows;
};

} // namespace Bouncedesk::Model
