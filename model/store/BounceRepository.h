// BounceRepository: the bounces table (one row per bounced recipient).
#pragma once

#include "core/AddressStatus.h"
#include "core/Result.h"
#include "core/SuppressionReason.h"
#include "store/AddressEvent.h"
#include "store/FeedbackScope.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

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

// What is true of a bounced address now (address_state and its active suppression), beside each row.
struct AddressNow {
    AddressStatus status = AddressStatus::Clean; // Clean also when the address has no state row
    int consecutiveSoft = 0;
    std::optional<SuppressionReason> suppressed; // the active suppression's reason, if any
    qint64 suppressedAt = 0;
};

struct BounceListRow {
    qint64 id = 0;
    qint64 messageRef = 0;
    qint64 eventAt = 0;
    QString email, type, subType, status, diagnostic, identity;
    AddressNow now;
};

// Everything stored of one bounce, for the details pane.
struct BounceDetails {
    qint64 id = 0;
    qint64 messageRef = 0;
    qint64 eventAt = 0;
    QDateTime mailAt; // invalid when not given
    QString email, type, subType, action, status, diagnosticCode, reportingMta, remoteMtaIp, feedbackId;
    QString sesMessageId, source, sourceArn, topicArn;
    bool countsForRate = true;
};

// A filtered, ordered view of the bounces; every order and filter is served by an index.
struct BounceQuery {
    enum class Order { Date, Address, Type, Identity };
    QString type;       // exact bounce type; empty: all
    QDateTime from, to; // event time, from inclusive, to exclusive; invalid = open
    QString identity;   // exact source; empty: all
    // Part of the address, case-insensitive, every form served by an index: a whole address is
    // compared by equality and a beginning as a prefix (lower(email)); "@example.com" is the domain
    // (recipient_domain; "@exa" a beginning of it); a bare "example.com" is that domain or the
    // beginning of an address.
    QString search;
    FeedbackScope scope;         // a drill-down from the dashboard, besides the filters above
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
    // PostgreSQL: insert() for a batch in one statement; the new ids in the bounces' order.
    Result<std::vector<qint64>> insertMany(const std::vector<NewBounce> &bounces);
    Result<qint64> maxId();
    Result<QList<BounceListRow>> page(const BounceQuery &query, int limit, qint64 offset);
    Result<qint64> count(const BounceQuery &query);
    // One bounce whole; an invalid error (code "not-found") when it is no longer stored.
    Result<BounceDetails> details(qint64 id);
    // How the database runs page(query) (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL), one
    // line per step: for tests and for diagnosing a slow search.
    Result<QStringList> queryPlan(const BounceQuery &query, int limit = 200);
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

    // The stored form of an address's domain: after the first '@', lower-case.
    static QString recipientDomain(const QString &email);

private:
    QSqlDatabase m_db;
    std::unique_ptr<Sql::Statement> m_insert, m_insertMany;
};

} // namespace Bouncedesk::Model
