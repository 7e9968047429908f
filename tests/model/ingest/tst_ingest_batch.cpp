// One batch of the ingest writer: set-based statements must store what one statement per row did.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "ingest/IngestWriter.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;

namespace {
const QDateTime kT0 = QDateTime::currentDateTimeUtc().addDays(-3);

QString soft(const QString &email, const QDateTime &at)
{
    return Test::Ses::bounce({ email }, QStringLiteral("Transient"), QStringLiteral("MailboxFull"), false, at);
}
} // namespace

class TestIngestBatch final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameMessageIdTwiceInABatchIsStoredOnce();
    void batchMixesNewAndStoredMessageIds();
    void bounceThenDeliveryInOneBatchResetsTheStreak();
    void deliveryBeforeABounceInOneBatchSeesNoState();
    void deliveryToAnAddressWithStateInABatch();
    void threeSoftBouncesInOneBatchSuppress();
    void hardBounceThenComplaintInOneBatchSuppressOnce();
    void batchLargerThanOneStatement();

private:
    // The replies, in the order of the items, of one batch holding all of them.
    QList<Result<IngestReply>> storeTogether(QList<IngestItem> items);
    Result<IngestReply> storeAlone(const QString &sesMessage, const QString &messageId);
    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::scalar(*Database::connection(m_temp->url()), sql, values);
    }
    qint64 idOf(const QString &messageId) const
    {
        return scalar(QStringLiteral("SELECT id FROM sns_messages WHERE message_id = ?"), { messageId });
    }
    qint64 streak(const QString &email) const
    {
        return scalar(QStringLiteral("SELECT consecutive_soft FROM address_state WHERE email = ?"), { email });
    }
    QString status(const QString &email) const
    {
        return Test::text(*Database::connection(m_temp->url()),
            QStringLiteral("SELECT status FROM address_state WHERE email = ?"), { email });
    }
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<IngestWriter> m_writer;
};

void TestIngestBatch::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Store::open(m_temp->url()).ok());
    m_writer = std::make_unique<IngestWriter>(m_temp->url(), PolicySettings {});
}

void TestIngestBatch::cleanup()
{
    m_writer.reset();
    m_temp.reset();
}

QList<Result<IngestReply>> TestIngestBatch::storeTogether(QList<IngestItem> items)
{
    QList<Result<IngestReply>> replies;
    for (QFuture<Result<IngestReply>> &future : m_writer->submitTogether(std::move(items))) {
        future.waitForFinished();
        replies << future.result();
    }
    return replies;
}

Result<IngestReply> TestIngestBatch::storeAlone(const QString &sesMessage, const QString &messageId)
{
    return Test::store(*m_writer, Test::sesItem(sesMessage, QDateTime::currentDateTimeUtc(), messageId));
}

void TestIngestBatch::sameMessageIdTwiceInABatchIsStoredOnce()
{
    const QString a = Test::Ses::delivery({ QStringLiteral("a@example.org") });
    const auto replies = storeTogether({ Test::sesItem(a, QDateTime::currentDateTimeUtc(), QStringLiteral("m-a")),
        Test::sesItem(Test::Ses::delivery({ QStringLiteral("b@example.org") }), QDateTime::currentDateTimeUtc(),
            QStringLiteral("m-b")),
        Test::sesItem(a, QDateTime::currentDateTimeUtc(), QStringLiteral("m-a")) });
    QCOMPARE(replies.size(), 3);
    for (const auto &reply : replies)
        QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
    QCOMPARE(replies[0]->status, IngestReply::Status::Stored);
    QCOMPARE(replies[0]->messageRef, idOf(QStringLiteral("m-a")));
    QCOMPARE(replies[1]->status, IngestReply::Status::Stored);
    QCOMPARE(replies[1]->messageRef, idOf(QStringLiteral("m-b")));
    QCOMPARE(replies[2]->status, IngestReply::Status::Duplicate);
    QCOMPARE(replies[2]->messageRef, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT deliveries FROM rate_hourly")), 2);
}

void TestIngestBatch::batchMixesNewAndStoredMessageIds()
{
    for (int i : { 1, 3, 5 })
        QVERIFY(
            storeAlone(Test::Ses::delivery({ QStringLiteral("r%1@example.org").arg(i) }), QStringLiteral("m-%1").arg(i))
                .ok());
    QList<IngestItem> items;
    for (int i = 0; i < 6; ++i)
        items << Test::sesItem(Test::Ses::delivery({ QStringLiteral("r%1@example.org").arg(i) }),
            QDateTime::currentDateTimeUtc(), QStringLiteral("m-%1").arg(i));
    const auto replies = storeTogether(items);
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(replies[i].ok(), qPrintable(replies[i].errorText()));
        const bool stored = i % 2 == 0;
        QCOMPARE(replies[i]->status, stored ? IngestReply::Status::Stored : IngestReply::Status::Duplicate);
        QCOMPARE(replies[i]->messageRef, stored ? idOf(QStringLiteral("m-%1").arg(i)) : 0);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages")), 6);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries")), 6);
    // Every delivery row belongs to the message that named its recipient.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries d JOIN sns_messages m ON m.id = d.message_ref "
                                   "WHERE d.email = 'r' || substr(m.message_id, 3) || '@example.org'")),
        6);
}

void TestIngestBatch::bounceThenDeliveryInOneBatchResetsTheStreak()
{
    // The batch runs in MessageId order for one address: the bounce creates the state the deliveries
    // after it must see (the second delivery sees the first's count).
    const QString email = QStringLiteral("x@example.org");
    const auto replies = storeTogether(
        { Test::sesItem(Test::Ses::delivery({ email }, false, kT0.addSecs(20)), kT0, QStringLiteral("m-3")),
            Test::sesItem(soft(email, kT0), kT0, QStringLiteral("m-1")),
            Test::sesItem(Test::Ses::delivery({ email }, false, kT0.addSecs(10)), kT0, QStringLiteral("m-2")) });
    for (const auto &reply : replies)
        QVERIFY2(reply.ok() && reply->status == IngestReply::Status::Stored, qPrintable(reply.errorText()));
    QCOMPARE(status(email), QStringLiteral("clean"));
    QCOMPARE(streak(email), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT delivery_count FROM address_state WHERE email = ?"), { email }), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes c JOIN deliveries d "
                                   "ON c.event_table = 'deliveries' AND d.id = c.event_id "
                                   "WHERE c.email = ? AND c.new_status = 'clean' AND d.message_ref = ?"),
                 { email, idOf(QStringLiteral("m-2")) }),
        1);
}

void TestIngestBatch::deliveryBeforeABounceInOneBatchSeesNoState()
{
    const QString email = QStringLiteral("y@example.org");
    const auto replies = storeTogether({ Test::sesItem(soft(email, kT0), kT0, QStringLiteral("m-2")),
        Test::sesItem(Test::Ses::delivery({ email }, false, kT0), kT0, QStringLiteral("m-1")) });
    for (const auto &reply : replies)
        QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
    QCOMPARE(status(email), QStringLiteral("soft"));
    QCOMPARE(streak(email), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT delivery_count FROM address_state WHERE email = ?"), { email }), 0);
}

void TestIngestBatch::deliveryToAnAddressWithStateInABatch()
{
    // z has a streak of 2 from earlier batches. In one batch: a delivery (streak 0), then a soft
    // bounce (1): not the threshold of 3 that a stale read (2 + 1) would reach.
    const QString z = QStringLiteral("z@example.org");
    QVERIFY(storeAlone(soft(z, kT0), QStringLiteral("m-0a")).ok());
    QVERIFY(storeAlone(soft(z, kT0.addSecs(1)), QStringLiteral("m-0b")).ok());
    QCOMPARE(streak(z), 2);
    const auto replies = storeTogether({ Test::sesItem(soft(z, kT0.addSecs(3)), kT0, QStringLiteral("m-2")),
        Test::sesItem(Test::Ses::delivery({ z }, false, kT0.addSecs(2)), kT0, QStringLiteral("m-1")),
        Test::sesItem(Test::Ses::delivery({ QStringLiteral("other@example.org") }), kT0, QStringLiteral("m-3")) });
    for (const auto &reply : replies)
        QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
    QCOMPARE(streak(z), 1);
    QCOMPARE(status(z), QStringLiteral("soft"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state WHERE email = 'other@example.org'")), 0);
}

void TestIngestBatch::threeSoftBouncesInOneBatchSuppress()
{
    // A new address: its row is created for the first bounce (old status "new"), the next two see the
    // streak the one before left; a complaint in the same batch to another address, facets for all four.
    const QString email = QStringLiteral("w@example.org");
    QList<IngestItem> items;
    for (int i = 0; i < 3; ++i)
        items << Test::sesItem(soft(email, kT0.addSecs(i)), kT0, QStringLiteral("m-%1").arg(i));
    items << Test::sesItem(Test::Ses::complaint({ QStringLiteral("c@example.org") }), kT0, QStringLiteral("m-9"));
    for (const auto &reply : storeTogether(items))
        QVERIFY2(reply.ok() && reply->status == IngestReply::Status::Stored, qPrintable(reply.errorText()));
    QCOMPARE(streak(email), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT bounce_count FROM address_state WHERE email = ?"), { email }), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = ? AND reason = 'soft-bounce'"),
                 { email }),
        1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes WHERE email = ?"), { email }), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes WHERE email = ? AND old_status = 'new' "
                                   "AND new_status = 'soft'"),
                 { email }),
        1);
    QCOMPARE(status(QStringLiteral("c@example.org")), QStringLiteral("complained"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM feedback_facets WHERE facet = 'domain' "
                                   "AND value = 'example.org'")),
        4);
}

void TestIngestBatch::hardBounceThenComplaintInOneBatchSuppressOnce()
{
    // Both suppress; the first event's suppression is the one kept, and both changes are recorded in order.
    const QString email = QStringLiteral("h@example.org");
    const auto replies = storeTogether({ Test::sesItem(Test::Ses::complaint({ email }), kT0, QStringLiteral("m-2")),
        Test::sesItem(Test::Ses::bounce({ email }, QStringLiteral("Permanent"), QStringLiteral("General")), kT0,
            QStringLiteral("m-1")) });
    for (const auto &reply : replies)
        QVERIFY2(reply.ok() && reply->status == IngestReply::Status::Stored, qPrintable(reply.errorText()));
    QCOMPARE(status(email), QStringLiteral("complained"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = ? AND active = 1"), { email }), 1);
    QCOMPARE(Test::text(*Database::connection(m_temp->url()),
                 QStringLiteral("SELECT reason FROM suppressions WHERE email = ?"), { email }),
        QStringLiteral("hard-bounce"));
    QCOMPARE(Test::text(*Database::connection(m_temp->url()),
                 QStringLiteral("SELECT old_status || '>' || new_status FROM address_state_changes "
                                "WHERE email = ? ORDER BY id LIMIT 1"),
                 { email }),
        QStringLiteral("new>hard"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes WHERE email = ? AND "
                                   "old_status = 'hard' AND new_status = 'complained'"),
                 { email }),
        1);
}

void TestIngestBatch::batchLargerThanOneStatement()
{
    // 250 messages: three multi-row statements of at most 100 rows each, for the messages and for the
    // deliveries; 21 of the MessageIds are stored already, 25 other recipients have a soft streak.
    constexpr int kMessages = 250;
    for (int i = 0; i < kMessages; i += 10)
        QVERIFY(storeAlone(soft(QStringLiteral("r%1@example.org").arg(i, 4, 10, QLatin1Char('0')), kT0),
            QStringLiteral("b-%1").arg(i, 4, 10, QLatin1Char('0')))
                    .ok());
    for (int i = 1; i < kMessages; i += 12)
        QVERIFY(storeAlone(Test::Ses::delivery({ QStringLiteral("old@example.org") }),
            QStringLiteral("m-%1").arg(i, 4, 10, QLatin1Char('0')))
                    .ok());
    const qint64 storedBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages"));
    QCOMPARE(storedBefore, 25 + 21);
    QList<IngestItem> items;
    for (int i = 0; i < kMessages; ++i)
        items << Test::sesItem(
            Test::Ses::delivery(
                { QStringLiteral("r%1@example.org").arg(i, 4, 10, QLatin1Char('0')) }, false, kT0.addSecs(5)),
            kT0, QStringLiteral("m-%1").arg(i, 4, 10, QLatin1Char('0')));
    const auto replies = storeTogether(items);
    int stored = 0;
    for (int i = 0; i < kMessages; ++i) {
        QVERIFY2(replies[i].ok(), qPrintable(replies[i].errorText()));
        const bool already = i % 12 == 1;
        QCOMPARE(replies[i]->status, already ? IngestReply::Status::Duplicate : IngestReply::Status::Stored);
        if (!already) {
            QCOMPARE(replies[i]->messageRef, idOf(QStringLiteral("m-%1").arg(i, 4, 10, QLatin1Char('0'))));
            ++stored;
        }
    }
    QCOMPARE(stored, kMessages - 21);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages")), storedBefore + stored);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries d JOIN sns_messages m ON m.id = d.message_ref "
                                   "WHERE m.message_id LIKE 'm-%' AND d.email = 'r' || substr(m.message_id, 3) "
                                   "|| '@example.org'")),
        stored);
    // The 25 addresses with a streak were reset by their delivery, each change naming its own row.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state WHERE consecutive_soft = 0 "
                                   "AND status = 'clean' AND delivery_count = 1")),
        25);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state_changes c JOIN deliveries d "
                                   "ON c.event_table = 'deliveries' AND d.id = c.event_id WHERE d.email = c.email")),
        25);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state")), 25);
}

QTEST_GUILESS_MAIN(TestIngestBatch)
#include "tst_ingest_batch.moc"
