// ComplaintReview on both backends: marking complaints reviewed, audited, all or nothing.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "policy/ComplaintReview.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Store.h"


#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;

class TestComplaintReview final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void marksReviewedWithWhoWhenAndNote();
    void writesOneAuditRowPerComplaint();
    void alreadyReviewedAreCountedAndKept();
    void unknownIdWritesNothing();
    void repeatedIdsCountOnceAndEmptyListDoesNothing();
    void emptyNoteIsStoredAsNull();
    void readOnlyDatabaseMayNotReview();

private:
    QSqlDatabase db() const { return *Database::connection(m_temp->url()); }
    ComplaintReview review() const { return ComplaintReview(db(), Actor::current(db())); }
    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::scalar(db(), sql, values);
    }
    QString text(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::text(db(), sql, values);
    }
    // Stores a complaint as the listener would and returns complaints.id.
    qint64 seedComplaint(const QString &email);

    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<IngestWriter> m_writer;
};

void TestComplaintReview::initTestCase()
{
    qputenv("USER", "reviewer-kim");
}

void TestComplaintReview::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    auto opened = Store::open(m_temp->url());
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    m_writer = std::make_unique<IngestWriter>(m_temp->url(), PolicySettings{});
}

void TestComplaintReview::cleanup()
{
    m_writer.reset();
    m_temp.reset();
}

qint64 TestComplaintReview::seedComplaint(const QString &email)
{
    const qint64 ref = Test::storeComplaint(*m_writer, email);
    return ref < 0 ? -1 : scalar(QStringLiteral("SELECT id FROM complaints WHERE message_ref = ?"), {ref});
}

void TestComplaintReview::marksReviewedWithWhoWhenAndNote()
{
    const qint64 a = seedComplaint(QStringLiteral("a@example.org"));
    const qint64 b = seedComplaint(QStringLiteral("b@example.org"));
    const qint64 c = seedComplaint(QStringLiteral("c@example.org"));
    QVERIFY(a > 0 && b > 0 && c > 0);
    QCOMPARE(*review().unreviewedCount(), 3);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    auto outcome = review().markReviewed({a, c}, QStringLiteral("  checked with ISP "));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorText()));
    QCOMPARE(outcome->reviewed, 2);
    QCOMPARE(outcome->alreadyReviewed, 0);
    QCOMPARE(*review().unreviewedCount(), 1);

    for (const qint64 id : {a, c}) {
        QCOMPARE(scalar(QStringLiteral("SELECT reviewed FROM complaints WHERE id = ?"), {id}), 1);
        QCOMPARE(text(QStringLiteral("SELECT reviewed_by FROM complaints WHERE id = ?"), {id}),
                 Actor::current(db()).label());
        QCOMPARE(text(QStringLiteral("SELECT review_note FROM complaints WHERE id = ?"), {id}),
                 QStringLiteral("checked with ISP"));
        const qint64 at = scalar(QStringLiteral("SELECT reviewed_at FROM complaints WHERE id = ?"), {id});
        QVERIFY(at >= before && at <= after);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT reviewed FROM complaints WHERE id = ?"), {b}), 0);
    QCOMPARE(text(QStringLiteral("SELECT reviewed_by FROM complaints WHERE id = ?"), {b}), QStringLiteral("(null)"));
}

void TestComplaintReview::writesOneAuditRowPerComplaint()
{
    const qint64 a = seedComplaint(QStringLiteral("Mixed.Case@Example.org"));
    const qint64 b = seedComplaint(QStringLiteral("b@example.org"));
    QVERIFY(review().markReviewed({a, b}, QStringLiteral("ticket 42")).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'complaint.review'")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'complaint.review' AND "
                                   "os_user = 'reviewer-kim' AND note = 'ticket 42'")),
             2);
    // The target is the address as suppressions store it, so one search finds all of an address's history.
    const QString after = text(QStringLiteral("SELECT after_state FROM audit_log WHERE target = ?"),
                               {QStringLiteral("mixed.case@example.org")});
    const QJsonObject state = QJsonDocument::fromJson(after.toUtf8()).object();
    QCOMPARE(state.value(QStringLiteral("id")).toInteger(), a);
    QCOMPARE(state.value(QStringLiteral("reviewed")).toBool(), true);
    QCOMPARE(state.value(QStringLiteral("review_note")).toString(), QStringLiteral("ticket 42"));
    QCOMPARE(state.value(QStringLiteral("reviewed_by")).toString(), Actor::current(db()).label());
}

void TestComplaintReview::alreadyReviewedAreCountedAndKept()
{
    const qint64 a = seedComplaint(QStringLiteral("a@example.org"));
    const qint64 b = seedComplaint(QStringLiteral("b@example.org"));
    QVERIFY(ComplaintReview(db(), Actor{QStringLiteral("first-person"), {}}).markReviewed({a}, QStringLiteral("first")).ok());
    const qint64 firstAt = scalar(QStringLiteral("SELECT reviewed_at FROM complaints WHERE id = ?"), {a});

    auto outcome = review().markReviewed({a, b}, QStringLiteral("second"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorText()));
    QCOMPARE(outcome->reviewed, 1);
    QCOMPARE(outcome->alreadyReviewed, 1);
    QCOMPARE(text(QStringLiteral("SELECT review_note FROM complaints WHERE id = ?"), {a}), QStringLiteral("first"));
    QCOMPARE(text(QStringLiteral("SELECT reviewed_by FROM complaints WHERE id = ?"), {a}), QStringLiteral("first-person"));
    QCOMPARE(scalar(QStringLiteral("SELECT reviewed_at FROM complaints WHERE id = ?"), {a}), firstAt);
    QCOMPARE(text(QStringLiteral("SELECT review_note FROM complaints WHERE id = ?"), {b}), QStringLiteral("second"));
    // No audit row for the one left alone.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'complaint.review'")), 2);
}

void TestComplaintReview::unknownIdWritesNothing()
{
    const qint64 a = seedComplaint(QStringLiteral("a@example.org"));
    const qint64 b = seedComplaint(QStringLiteral("b@example.org"));
    // The first complaint is updated before the unknown id is met: the transaction must undo it.
    auto outcome = review().markReviewed({a, 987654321, b}, QStringLiteral("note"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, Error::Kind::Invalid);
    QVERIFY2(outcome.errorText().contains(u"987654321"), qPrintable(outcome.errorText()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE reviewed = 1")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    QCOMPARE(*review().unreviewedCount(), 2);
}

void TestComplaintReview::repeatedIdsCountOnceAndEmptyListDoesNothing()
{
    const qint64 a = seedComplaint(QStringLiteral("a@example.org"));
    auto empty = review().markReviewed({}, QStringLiteral("x"));
    QVERIFY(empty.ok());
    QCOMPARE(empty->reviewed + empty->alreadyReviewed, 0);
    auto outcome = review().markReviewed({a, a, a}, QString());
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->reviewed, 1);
    QCOMPARE(outcome->alreadyReviewed, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
}

void TestComplaintReview::emptyNoteIsStoredAsNull()
{
    const qint64 a = seedComplaint(QStringLiteral("a@example.org"));
    QVERIFY(review().markReviewed({a}, QStringLiteral("   ")).ok());
    QCOMPARE(text(QStringLiteral("SELECT review_note FROM complaints WHERE id = ?"), {a}), QStringLiteral("(null)"));
    QCOMPARE(text(QStringLiteral("SELECT note FROM audit_log")), QStringLiteral("(null)"));
}

void TestComplaintReview::readOnlyDatabaseMayNotReview()
{
    QVERIFY(ComplaintReview::checkMayReview(db()).ok());
    if (m_temp->backend() == Test::Backend::Sqlite) {
        if (::geteuid() == 0)
            QSKIP("root may write read-only files");
        QFile file(m_temp->url().path());
        const auto permissions = file.permissions();
        QVERIFY(file.setPermissions(QFile::ReadOwner));
        auto may = ComplaintReview::checkMayReview(db());
        file.setPermissions(permissions);
        QVERIFY(!may.ok());
        QCOMPARE(may.error().kind, Error::Kind::Refused);
        return;
    }
    // A role that may read but not change complaints: has_table_privilege() follows SET ROLE.
    const QString role = QStringLiteral("bd_reader_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QVERIFY(exec(db(), QStringLiteral("CREATE ROLE ") + role + QStringLiteral(" NOLOGIN")).ok());
    QVERIFY(exec(db(), QStringLiteral("GRANT SELECT ON complaints, audit_log TO ") + role).ok());
    QVERIFY(exec(db(), QStringLiteral("SET ROLE ") + role).ok());
    auto may = ComplaintReview::checkMayReview(db());
    QVERIFY(exec(db(), QStringLiteral("RESET ROLE")).ok());
    QVERIFY(exec(db(), QStringLiteral("DROP OWNED BY ") + role).ok());
    QVERIFY(exec(db(), QStringLiteral("DROP ROLE ") + role).ok());
    QVERIFY(!may.ok());
    QCOMPARE(may.error().kind, Error::Kind::Refused);
    QVERIFY2(may.errorText().contains(u"may not"), qPrintable(may.errorText()));
}

QTEST_GUILESS_MAIN(TestComplaintReview)
#include "tst_complaint_review.moc"
