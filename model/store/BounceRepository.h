// BounceRepository: the bounces table (one row per bounced recipient).
#pragma once

#include "core/Result.h"
#include "store/AddressEvent.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace Bouncedesk::Model {

struct NewBounce {
    qint64 messageRef = 0;
    QString email;
    QString type;
    QString subType;
    QString action, status, diagnosticCode, reportingMta, remoteMtaIp, feedbackId;
    QString sesMessageId, source, sourceArn, topicArn;
    qint64 eventAt = 0;
    QDateTime mailAt;
    bool countsForRate = true; // false for bounces to addresses on the SES account suppression list
};

struct BounceListRow {
    qint64 id = 0;
    qint64 messageRef = 0;
    qint64 eventAt = 0;
    QString email, type, subType, status, diagnostic, identity;
};

// A filtered, ordered view of the bounces; every order and filter is served by an index.
struct BounceQuery {
    enum class Order { Date, Address, Type, Identity };
    QString type;       // exact bounce type; empty: all
    QDateTime from, to; // event time, from inclusive, to exclusive; invalid = open
    QString identity;   // exact source; empty: all
    // Part of the address, case-insensitive: a whole address is compared by equality and anything
    // else as a prefix (both on the lower(email) index); "@domain" scans.
    QString search;
    std::optional<qint64> maxId; // rows up to this id only (a snapshot for stable paging)
    Order order = Order::Date;
    bool ascending = false;
};

class BounceRepository final {
public:
    explicit BounceRepository(QSqlDatabase db);
    ~BounceRepository();
    Q_DISABLE_COPY_MOVE(BounceRepository)

    Result<qint64> insert(const NewBounce &bounce);
    Result<qint64> maxId();
    Result<QList<BounceListRow>> page(const BounceQuery &query, int limit, qint64 offset);
    Result<qint64> count(const BounceQuery &query);
    // Distinct sources by index seeks (a loose index scan on bounces_source_at): cheap on big tables.
    Result<QStringList> identities(int max);
    // Newest first, at most limit; email lower-case.
    Result<QList<AddressEvent>> forAddress(const QString &email, int limit);

    // Health report breakdowns for [from, to).
    struct TypeCount {
        QString type, subtype;
        qint64 count = 0;
    };
    Result<QList<TypeCount>> typeCounts(qint64 from, qint64 to);
    struct DomainCount {
        QString domain;
        qint64 bounces = 0;
    };
    Result<QList<DomainCount>> topDomains(qint64 from, qint64 to, int limit);

    // Retention: transient bounces older than before, except the evidence of an active suppression.
    Result<qint64> removeTransientBefore(qint64 before);

private:
    QSqlDatabase m_db;
    std::unique_ptr<Sql::Statement> m_insert;
};

} // namespace Bouncedesk::Model
