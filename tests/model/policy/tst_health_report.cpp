// The health report on a seeded week, per backend: exact rates, breakdowns, order and JSON shape.
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "policy/HealthReport.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Store.h"


#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;
using Bouncedesk::Test::eventAt;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QDateTime kFrom = kNow.addDays(-7);

QString bounce(const QString &email, const QString &type, const QString &subtype, const QDateTime &when)
{
    return eventAt(Test::Ses::bounce({email}, type, subtype), when);
}
} // namespace

class TestHealthReport final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void weekWithoutSendsUsesDeliveriesPlusBounces();
    void sendsBecomeTheBasisWhenPresent();
    void jsonHasTheDocumentedShape();
    void textReadsInATerminal();
    void emptyPeriodAndBadPeriod();

private:
    void put(const QString &sesJson, const QDateTime &when);
    Result<HealthReport> report() { return buildHealthReport(*Database::connection(m_temp->url()), kFrom, kNow); }
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<IngestWriter> m_writer;
};

void TestHealthReport::put(const QString &sesJson, const QDateTime &when)
{
    const Result<IngestReply> stored = Test::storeSes(*m_writer, sesJson, when);
    QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
    QVERIFY(!stored->fellBack);
}

// The week [kNow - 7d, kNow): 6 deliveries; permanent bounces to 2 gmail and 2 yahoo addresses (one
// in mixed case); one transient to yahoo; one OnAccountSuppressionList (not counted); one complaint.
// Outside: a bounce 8 days ago, a complaint 20 days ago (still unreviewed), a bounce exactly at kNow.
// A manual suppression added 30 days ago was lifted 2 days ago.
void TestHealthReport::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Store::open(m_temp->url()).ok());
    m_writer = std::make_unique<IngestWriter>(m_temp->url(), PolicySettings{});
    const QString permanent = QStringLiteral("Permanent");
    const QString general = QStringLiteral("General");
    for (int i = 1; i <= 6; ++i)
        put(eventAt(Test::Ses::delivery({QStringLiteral("del%1@ok.example").arg(i)}),
                    kNow.addDays(-2).addSecs(i * 60)),
            kNow.addDays(-2));
    put(bounce(QStringLiteral("b1@gmail.example"), permanent, general, kNow.addDays(-3)), kNow.addDays(-3));
    put(bounce(QStringLiteral("b2@gmail.example"), permanent, general, kNow.addDays(-3)), kNow.addDays(-3));
    put(bounce(QStringLiteral("b3@yahoo.example"), permanent, general, kNow.addDays(-2)), kNow.addDays(-2));
    put(bounce(QStringLiteral("B4@Yahoo.Example"), permanent, general, kNow.addDays(-1)), kNow.addDays(-1));
    put(bounce(QStringLiteral("t@yahoo.example"), QStringLiteral("Transient"), QStringLiteral("MailboxFull"),
               kNow.addDays(-1)),
        kNow.addDays(-1));
    put(bounce(QStringLiteral("s@other.example"), permanent, QStringLiteral("OnAccountSuppressionList"),
               kNow.addDays(-1)),
        kNow.addDays(-1));
    put(eventAt(Test::Ses::complaint({QStringLiteral("c@gmail.example")}), kNow.addDays(-1)), kNow.addDays(-1));
    put(bounce(QStringLiteral("old@gmail.example"), permanent, general, kNow.addDays(-8)), kNow.addDays(-8));
    put(eventAt(Test::Ses::complaint({QStringLiteral("oldc@hotmail.example")}), kNow.addDays(-20)),
        kNow.addDays(-20));
    put(bounce(QStringLiteral("edge@gmail.example"), permanent, general, kNow), kNow);
    QVERIFY(exec(*Database::connection(m_temp->url()),
                 QStringLiteral("INSERT INTO suppressions (email, reason, added_by, added_at, active, removed_by, "
                                "removed_at, removal_reason) VALUES ('m@ok.example', 'manual', 'tester', ?, 0, "
                                "'tester', ?, 'asked')"),
                 {kNow.addDays(-30).toMSecsSinceEpoch(), kNow.addDays(-2).toMSecsSinceEpoch()})
                .ok());
}

void TestHealthReport::cleanup()
{
    m_writer.reset();
    m_temp.reset();
}

void TestHealthReport::weekWithoutSendsUsesDeliveriesPlusBounces()
{
    auto r = report();
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r->from, kFrom);
    QCOMPARE(r->to, kNow);
    QCOMPARE(r->sends, 0);
    QCOMPARE(r->deliveries, 6);
    QCOMPARE(r->bounces, 5);
    QCOMPARE(r->hardBounces, 4);
    QCOMPARE(r->softBounces, 1);
    QCOMPARE(r->suppressedListBounces, 1);
    QCOMPARE(r->complaints, 1);
    QCOMPARE(r->basis, HealthReport::Basis::DeliveriesPlusBounces);
    QCOMPARE(r->denominator, 11);
    QCOMPARE(r->bounceRate, 4.0 / 11.0); // hard only: the soft one counts as an attempt, not in the rate
    QCOMPARE(r->complaintRate, 1.0 / 11.0);

    QCOMPARE(r->bounceTypes.size(), 3);
    const auto type = [&r](int i) {
        const auto &t = r->bounceTypes.at(i);
        return QStringLiteral("%1/%2=%3").arg(t.type, t.subtype).arg(t.count);
    };
    QCOMPARE(type(0), QStringLiteral("Permanent/General=4"));
    QCOMPARE(type(1), QStringLiteral("Permanent/OnAccountSuppressionList=1"));
    QCOMPARE(type(2), QStringLiteral("Transient/MailboxFull=1"));

    // Most bounces first; addresses compared lower-case; account-list bounces are not the domain's doing.
    QCOMPARE(r->topDomains.size(), 2);
    QCOMPARE(r->topDomains.at(0).domain, QStringLiteral("yahoo.example"));
    QCOMPARE(r->topDomains.at(0).bounces, 3);
    QCOMPARE(r->topDomains.at(1).domain, QStringLiteral("gmail.example"));
    QCOMPARE(r->topDomains.at(1).bounces, 2);

    QCOMPARE(r->unreviewedComplaints, 2);
    QCOMPARE(r->oldestUnreviewed, kNow.addDays(-20));

    QCOMPARE(r->suppressions.size(), 3);
    const auto reason = [&r](int i) {
        const auto &s = r->suppressions.at(i);
        return QStringLiteral("%1 +%2 -%3").arg(s.reason).arg(s.added).arg(s.lifted);
    };
    QCOMPARE(reason(0), QStringLiteral("complaint +1 -0"));
    QCOMPARE(reason(1), QStringLiteral("hard-bounce +5 -0")); // b1 b2 b3 b4 and the account-list one
    QCOMPARE(reason(2), QStringLiteral("manual +0 -1"));
    QCOMPARE(r->activeSuppressions, 9);
}

void TestHealthReport::sendsBecomeTheBasisWhenPresent()
{
    QStringList recipients;
    for (int i = 0; i < 20; ++i)
        recipients << QStringLiteral("r%1@ok.example").arg(i);
    put(eventAt(Test::Ses::event(QStringLiteral("Send"), recipients), kNow.addDays(-4)), kNow.addDays(-4));
    auto r = report();
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r->sends, 20);
    QCOMPARE(r->basis, HealthReport::Basis::Sends);
    QCOMPARE(r->denominator, 20);
    QCOMPARE(r->bounceRate, 0.2); // 4 hard of 20 sends
    QCOMPARE(r->complaintRate, 0.05);
    QCOMPARE(r->toJson().value(QStringLiteral("rates")).toObject().value(QStringLiteral("basis")).toString(),
             QStringLiteral("sends"));
}

void TestHealthReport::jsonHasTheDocumentedShape()
{
    auto r = report();
    QVERIFY(r.ok());
    const QJsonObject json = r->toJson();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("active_suppressions"), QStringLiteral("bounce_types"),
                                QStringLiteral("period"), QStringLiteral("rates"), QStringLiteral("suppressions"),
                                QStringLiteral("top_domains"), QStringLiteral("totals"),
                                QStringLiteral("unreviewed_complaints")}));
    QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-02-22T12:00:00Z"));
    const QJsonObject rates = json.value(QStringLiteral("rates")).toObject();
    QCOMPARE(rates.value(QStringLiteral("basis")).toString(), QStringLiteral("deliveries+bounces"));
    QCOMPARE(rates.value(QStringLiteral("denominator")).toInteger(), 11);
    QCOMPARE(rates.value(QStringLiteral("bounce_rate")).toDouble(), 4.0 / 11.0);
    const QJsonArray domains = json.value(QStringLiteral("top_domains")).toArray();
    QCOMPARE(domains.at(0).toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("yahoo.example"));
    QCOMPARE(domains.at(0).toObject().value(QStringLiteral("bounces")).toInteger(), 3);
    const QJsonObject queue = json.value(QStringLiteral("unreviewed_complaints")).toObject();
    QCOMPARE(queue.value(QStringLiteral("count")).toInteger(), 2);
    QCOMPARE(queue.value(QStringLiteral("oldest")).toString(), QStringLiteral("2026-02-09T12:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("suppressed_list_bounces")).toInteger(),
             1);
    // Round-trips as a document scripts can read.
    QCOMPARE(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), json);
}

void TestHealthReport::textReadsInATerminal()
{
    auto r = report();
    QVERIFY(r.ok());
    const QString text = r->toText();
    QVERIFY2(text.contains(u"Bounce rate:    36.36%  (4 hard of 11 deliveries + bounces; soft bounces are not in it"), qPrintable(text));
    QVERIFY2(text.contains(u"Complaint rate: 9.09%"), qPrintable(text));
    QVERIFY(text.indexOf(u"yahoo.example") < text.indexOf(u"gmail.example"));
    QVERIFY2(text.contains(u"Complaints awaiting review: 2 (oldest 2026-02-09T12:00:00Z)"), qPrintable(text));
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(line.size() <= 120, qPrintable(line));
}

void TestHealthReport::emptyPeriodAndBadPeriod()
{
    const QSqlDatabase db = *Database::connection(m_temp->url());
    auto empty = buildHealthReport(db, kNow.addYears(-3), kNow.addYears(-2));
    QVERIFY(empty.ok());
    QCOMPARE(empty->denominator, 0);
    QCOMPARE(empty->bounceRate, 0.0);
    QVERIFY(empty->topDomains.isEmpty());
    QVERIFY(empty->toText().contains(u"no sends, deliveries or bounces"));
    QCOMPARE(empty->unreviewedComplaints, 2); // the queue is not a period figure

    auto backwards = buildHealthReport(db, kNow, kFrom);
    QVERIFY(!backwards.ok());
    QCOMPARE(backwards.error().kind, Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestHealthReport)
#include "tst_health_report.moc"
