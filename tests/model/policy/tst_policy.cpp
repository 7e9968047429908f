// The suppression policy as events are stored (IngestWriter + AddressPolicy), per backend.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Stats.h"
#include "store/Store.h"


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

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
