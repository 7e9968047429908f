// The suppression policy as events are stored (IngestWriter + AddressPolicy), per backend.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Stats.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "policy/AddressPolicy.h"


#include <QSqlQuery>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;

namespace {
const QString kEmail = QStringLiteral("Soft@Example.org");
const QString kKey = QStringLiteral("soft@example.org");
const QDateTime kT0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
} // namespace

class TestPolicy final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hardBounceSuppressesAtOnce();
    void softBouncesSuppressAtTheThreshold();
    void softBounceStreakRestartsAfterTheWindow();
    void deliveryResetsTheStreak();
    void thresholdIsASetting();
    void hardStaysHardAfterSoftBounces();
    void complaintSuppressesAndQueues();
    void notSpamComplaintIsQueuedNotSuppressed();
    void accountSuppressionListBounceIsMarkedAndNotCounted();
    void brokenItemInABatchIsKeptNotLost();
    void burstGivesTheSameStatesAsOneByOne();
    void batchModeGivesWhatRowByRowGives();

private:
    Result<IngestReply> store(const QString &sesMessage, const QString &email = {});
    QFuture<Result<IngestReply>> submit(const QString &sesMessage, const QString &forceEmail = {});
    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::scalar(*Database::connection(m_temp->url()), sql, values);
    }
    QString status() const
    {
        return Test::text(*Database::connection(m_temp->url()),
                          QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {kKey});
    }
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<IngestWriter> m_writer;
};

void TestPolicy::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Store::open(m_temp->url()).ok());
    m_writer = std::make_unique<IngestWriter>(m_temp->url(), PolicySettings{});
}

void TestPolicy::cleanup()
{
    m_writer.reset();
    m_temp.reset();
}

QFuture<Result<IngestReply>> TestPolicy::submit(const QString &sesMessage, const QString &forceEmail)
{
    IngestItem item = Test::sesItem(sesMessage);
    if (!forceEmail.isNull() && item.ses.event)
        item.ses.event->recipients[0].email = forceEmail;
    return m_writer->submit(std::move(item));
}

Result<IngestReply> TestPolicy::store(const QString &sesMessage, const QString &email)
{
    auto future = submit(sesMessage, email);
    future.waitForFinished();
    return future.result();
}

static QString soft(const QDateTime &at)
{
    return Test::Ses::bounce({kEmail}, QStringLiteral("Transient"), QStringLiteral("MailboxFull"), false, at);
}

void TestPolicy::hardBounceSuppressesAtOnce()
{
    QVERIFY(store(Test::Ses::bounce({kEmail}, QStringLiteral("Permanent"), QStringLiteral("General"))).ok());
    QCOMPARE(status(), QStringLiteral("hard"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = ? AND reason = 'hard-bounce' AND "
                                   "active = 1 AND source_table = 'bounces'"),
                    {kKey}),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes WHERE email = ? AND new_status = 'hard' "
                                   "AND event_table = 'bounces' AND event_id IS NOT NULL"),
                    {kKey}),
             1);
}

void TestPolicy::softBouncesSuppressAtTheThreshold()
{
    QVERIFY(store(soft(kT0)).ok());
    QVERIFY(store(soft(kT0.addDays(1))).ok());
    QCOMPARE(status(), QStringLiteral("soft"));
    QCOMPARE(scalar(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {kKey}), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
    QVERIFY(store(soft(kT0.addDays(2))).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = ? AND reason = 'soft-bounce'"), {kKey}),
             1);
}

void TestPolicy::softBounceStreakRestartsAfterTheWindow()
{
    QVERIFY(store(soft(kT0)).ok());
    QVERIFY(store(soft(kT0.addDays(10))).ok());
    QVERIFY(store(soft(kT0.addDays(31))).ok()); // more than 30 days after the streak began: starts again
    QCOMPARE(scalar(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {kKey}), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
    QVERIFY(store(soft(kT0.addDays(32))).ok());
    QVERIFY(store(soft(kT0.addDays(33))).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE reason = 'soft-bounce'")), 1);
}

void TestPolicy::deliveryResetsTheStreak()
{
    QVERIFY(store(soft(kT0)).ok());
    QVERIFY(store(soft(kT0.addDays(1))).ok());
    QVERIFY(store(Test::Ses::delivery({kEmail}, false, kT0.addDays(2))).ok());
    QCOMPARE(status(), QStringLiteral("clean"));
    QCOMPARE(scalar(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {kKey}), 0);
    QVERIFY(store(soft(kT0.addDays(3))).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {kKey}), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
}

void TestPolicy::thresholdIsASetting()
{
    m_writer->setPolicySettings(PolicySettings{2, 30, 30, 7, 90});
    QVERIFY(store(soft(kT0)).ok());
    QVERIFY(store(soft(kT0.addDays(1))).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE reason = 'soft-bounce'")), 1);
}

void TestPolicy::hardStaysHardAfterSoftBounces()
{
    QVERIFY(store(Test::Ses::bounce({kEmail}, QStringLiteral("Permanent"), QStringLiteral("NoEmail"))).ok());
    QVERIFY(store(soft(QDateTime::currentDateTimeUtc())).ok());
    QVERIFY(store(Test::Ses::delivery({kEmail})).ok());
    QCOMPARE(status(), QStringLiteral("hard"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 1);
}

void TestPolicy::complaintSuppressesAndQueues()
{
    QVERIFY(store(Test::Ses::complaint({kEmail}, QStringLiteral("abuse"))).ok());
    QCOMPARE(status(), QStringLiteral("complained"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE reason = 'complaint' AND active = 1")), 1);
    QCOMPARE(Stats::counts(*Database::connection(m_temp->url()))->unreviewedComplaints, 1);
}

void TestPolicy::notSpamComplaintIsQueuedNotSuppressed()
{
    QVERIFY(store(Test::Ses::complaint({kEmail}, QStringLiteral("not-spam"))).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
    QCOMPARE(Stats::counts(*Database::connection(m_temp->url()))->unreviewedComplaints, 1);
    QCOMPARE(status(), QStringLiteral("clean"));
}

void TestPolicy::accountSuppressionListBounceIsMarkedAndNotCounted()
{
    QVERIFY(store(Test::Ses::bounce({kEmail}, QStringLiteral("Permanent"), QStringLiteral("OnAccountSuppressionList"))).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT on_account_suppression_list FROM address_state WHERE email = ?"), {kKey}), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT counts_for_rate FROM bounces")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT bounces FROM rate_hourly")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT suppressed_list_bounces FROM rate_hourly")), 1);
}

void TestPolicy::brokenItemInABatchIsKeptNotLost()
{
    // Submitted together so they share a batch; the middle one cannot be stored as a bounce (empty
    // address). The batch falls back to one-by-one and keeps that message as "not understood".
    QList<QFuture<Result<IngestReply>>> futures;
    for (int i = 0; i < 5; ++i)
        futures << submit(Test::Ses::bounce({QStringLiteral("u%1@example.org").arg(i)}, QStringLiteral("Permanent"),
                                            QStringLiteral("General")),
                          i == 2 ? QStringLiteral("") : QString());
    for (int i = 0; i < 5; ++i) {
        futures[i].waitForFinished();
        const Result<IngestReply> reply = futures[i].result();
        QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
        QCOMPARE(reply->fellBack, i == 2);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages")), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bounces")), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages WHERE content_kind = 'not-ses' AND "
                                   "parse_note LIKE 'could not store%'")),
             1);
}

void TestPolicy::burstGivesTheSameStatesAsOneByOne()
{
    // Everything submitted at once shares batches (and, on PostgreSQL, the writer threads, whose batches
    // write their rows set-based): the states must come out as if each event had been stored alone.
    const QString reader = QStringLiteral("reader@example.org");
    QVERIFY(store(soft(kT0), reader).ok()); // reader starts soft; the burst delivers to it three times
    QList<QFuture<Result<IngestReply>>> futures;
    const QStringList softs{QStringLiteral("a@example.org"), QStringLiteral("b@example.org"),
                            QStringLiteral("c@example.org"), QStringLiteral("d@example.org")};
    for (int day = 1; day <= 3; ++day) {
        for (const QString &email : softs)
            futures << submit(soft(kT0.addDays(day)), email);
        QStringList to;
        for (int i = 0; i < 5; ++i)
            to << QStringLiteral("r%1-%2@example.org").arg(day).arg(i);
        futures << m_writer->submit(Test::sesItem(Test::Ses::delivery(to, false, kT0.addDays(day))));
    }
    futures << submit(Test::Ses::delivery({QStringLiteral("Reader@Example.org"), reader}, false, kT0.addDays(4)));
    futures << submit(Test::Ses::delivery({reader}, false, kT0.addDays(5)));
    futures << submit(Test::Ses::complaint({QStringLiteral("angry@example.org")}));
    // One MessageId twice in the burst (SNS sent it again before the first copy was answered).
    const IngestItem twice = Test::sesItem(Test::Ses::delivery({QStringLiteral("twice@example.org")}));
    futures << m_writer->submit(twice) << m_writer->submit(twice);
    int duplicates = 0;
    for (auto &future : futures) {
        future.waitForFinished();
        const Result<IngestReply> reply = future.result();
        QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
        QVERIFY(!reply->fellBack);
        duplicates += reply->status == IngestReply::Status::Duplicate ? 1 : 0;
    }
    QCOMPARE(duplicates, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages")), 1 + 19);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries")), 15 + 3 + 1);
    for (const QString &email : softs) {
        QCOMPARE(scalar(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {email}), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT bounce_count FROM address_state WHERE email = ?"), {email}), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT last_event_at FROM address_state WHERE email = ?"), {email}),
                 kT0.addDays(3).toMSecsSinceEpoch());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = ? AND reason = 'soft-bounce'"),
                        {email}),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes WHERE email = ?"), {email}), 1);
    }
    // Deliveries to addresses without a state leave none; the reader's streak ended once, by a delivery
    // of its own.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state WHERE email LIKE 'r%-%' OR email = 'twice@example.org'")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT delivery_count FROM address_state WHERE email = ?"), {reader}), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {reader}), 0);
    QCOMPARE(Test::text(*Database::connection(m_temp->url()),
                        QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {reader}),
             QStringLiteral("clean"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes c JOIN deliveries d ON d.id = c.event_id "
                                   "WHERE c.event_table = 'deliveries' AND lower(d.email) = c.email AND c.email = ? "
                                   "AND c.new_status = 'clean'"),
                    {reader}),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes WHERE event_table = 'deliveries'")), 1);
    QCOMPARE(Test::text(*Database::connection(m_temp->url()),
                        QStringLiteral("SELECT status FROM address_state WHERE email = 'angry@example.org'")),
             QStringLiteral("complained"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 5);
}

void TestPolicy::batchModeGivesWhatRowByRowGives()
{
    // Three soft bounces of one address in one batch: each must see the one before, as stored alone.
    // Batch mode is PostgreSQL's (its writer's set-based batches); on SQLite the same events go row by
    // row, and the same figures must come out.
    const bool batched = !m_temp->url().isSqlite();
    const QSqlDatabase db = *Database::connection(m_temp->url());
    AddressPolicy policy(db, PolicySettings{});
    Transaction tx(db);
    QVERIFY(tx.begin().ok());
    const QString other = QStringLiteral("Other@Example.org");
    const qint64 at = kT0.toMSecsSinceEpoch();
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    const QString hard = QStringLiteral("hard@example.org");
    if (batched)
        QVERIFY(policy.beginBatch({kEmail, kEmail.toUpper(), kEmail, hard, hard}, {other}, at).ok());
    for (int i = 0; i < 3; ++i) {
        const Result<void> done = policy.onBounce(i == 1 ? kEmail.toUpper() : kEmail, BounceType::Transient,
                                                  QStringLiteral("MailboxFull"), EventRef{EventRef::Table::Bounces, i + 1, at + i * kDay});
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
    }
    QVERIFY(policy.onDelivery(other, EventRef{EventRef::Table::Deliveries, 7, at}).ok());
    // Two hard bounces of one address in the batch: one suppression, the first one's.
    for (int id : {11, 12})
        QVERIFY(policy.onBounce(hard, BounceType::Permanent, QStringLiteral("General"),
                                EventRef{EventRef::Table::Bounces, id, at + id}).ok());
    if (batched) {
        // Kept until the flush: the placeholder row the batch created holds the defaults still.
        QCOMPARE(scalar(QStringLiteral("SELECT bounce_count FROM address_state WHERE email = ?"), {kKey}), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
        QVERIFY(policy.flushBatch().ok());
        policy.endBatch();
    }
    QVERIFY(tx.commit().ok());
    QCOMPARE(scalar(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), {kKey}), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT bounce_count FROM address_state WHERE email = ?"), {kKey}), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT last_event_at FROM address_state WHERE email = ?"), {kKey}), at + 2 * kDay);
    QCOMPARE(scalar(QStringLiteral("SELECT soft_streak_started_at FROM address_state WHERE email = ?"), {kKey}), at);
    QCOMPARE(status(), QStringLiteral("soft"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes WHERE email = ? AND event_id = 1"), {kKey}), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = ? AND source_event_id = 3"), {kKey}), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT bounce_count FROM address_state WHERE email = ?"), {hard}), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = ?"), {hard}), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT source_event_id FROM suppressions WHERE email = ? AND active = 1"), {hard}), 11);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state WHERE email = 'other@example.org'")), 0);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
