// SuppressionList: the addresses not to mail, managed by hand, checked by senders, exchanged with SES as CSV.
#pragma once

#include "core/Result.h"
#include "policy/SuppressionCsv.h"
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

    // SES's bulk files (policy/SuppressionCsv.h): Csv and JsonLines add their addresses, BOUNCE as
    // manual-bounce, COMPLAINT as manual-complaint, skipping addresses already suppressed (or repeated);
    // Removal lifts the listed addresses that are suppressed (audited, `note` as the reason). All or
    // nothing: any bad line fails the import with the bad lines by number and nothing is written. One
    // transaction; one audit row for an import, one per address for a removal.
    struct ImportReport {
        int added = 0;
        int removed = 0;
        int skipped = 0;
    };
    Result<ImportReport> importFile(QIODevice &input, SesFileFormat format, const QString &note);
    Result<ImportReport> importCsv(QIODevice &input, const QString &note) { return importFile(input, SesFileFormat::Csv, note); }
    // Every active suppression in that format, ordered by address, as SES's bulk import takes it (no
    // header); reasons containing "complaint" are COMPLAINT, all others BOUNCE. Returns the row count.
    Result<int> exportFile(QIODevice &output, SesFileFormat format);
    Result<int> exportCsv(QIODevice &output) { return exportFile(output, SesFileFormat::Csv); }

private:
    Result<ImportReport> importRemoval(const QByteArray &data, const QString &note);
    // Inside the caller's transaction: the active suppression of an address, or "not suppressed".
    Result<Suppression> requireActive(const QString &normalisedEmail);

    QSqlDatabase m_db;
    Actor m_actor;
    SuppressionRepository m_rows;
};

} // namespace Bouncedesk::Model
