// ComplaintRepository: the complaints table and its review queue.
#pragma once

#include "store/FeedbackScope.h"

#include "core/Result.h"
#include "store/AddressEvent.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Bouncedesk::Model {

struct NewComplaint {
    qint64 messageRef = 0;
    QString email, feedbackType, subType, userAgent;
    QDateTime arrivalAt;
    QString feedbackId, sesMessageId, source, sourceArn, topicArn;
    qint64 eventAt = 0;
};

struct ComplaintRow {
    qint64 id = 0;
    qint64 messageRef = 0;
    QString email, feedbackType, subType, userAgent;
    qint64 eventAt = 0, arrivalAt = 0;
    bool reviewed = false;
    QString reviewedBy;
    qint64 reviewedAt = 0;
    QString reviewNote;
};

class ComplaintRepository final {
public:
    explicit ComplaintRepository(QSqlDatabase db);
    ~ComplaintRepository();
    Q_DISABLE_COPY_MOVE(ComplaintRepository)

    Result<qint64> insert(const NewComplaint &complaint);

    enum class Filter { All, Unreviewed, Reviewed };
    // Unreviewed first, then newest first.
    // scope: a drill-down from the dashboard (the queue's order stays: unreviewed first, newest first).
    Result<QList<ComplaintRow>> page(Filter filter, int limit, int offset, const FeedbackScope &scope = {});

    // Marks one complaint reviewed unless it already is; returns its address, or nothing when it was
    // already reviewed (a concurrent reviewer's mark wins). Update first: on SQLite this takes the
    // write lock before anything is read.
    Result<std::optional<QString>> markReviewed(qint64 id, const QString &by, qint64 at, const QString &note);
    Result<bool> exists(qint64 id);
    Result<qint64> unreviewedCount();
    // The oldest unreviewed complaint's time, invalid when the queue is empty.
    Result<QDateTime> oldestUnreviewed();

    Result<QList<AddressEvent>> forAddress(const QString &email, int limit);

private:
    QSqlDatabase m_db;
    std::unique_ptr<Sql::Statement> m_insert;
};

} // namespace Bouncedesk::Model
