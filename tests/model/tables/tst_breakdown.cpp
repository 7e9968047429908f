// The dashboard's breakdown: bounces and complaints by recipient domain, identity, configuration set and
// message tag, stored as the listener stores them, counted as the rates count, served by an index.
#include "DbProbe.h"
#include "Seed.h"
#include "TempDatabase.h"
#include "ses/SimulatedFeedback.h"
#include "store/Database.h"
#include "store/FacetRepository.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "tables/RateSeries.h"

#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;
using Ses::SimulatedOutcome;

class TestBreakdown final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsPerDomainAddUpToTheRates();
    void identityConfigurationSetAndOwnTags();
    void rangeAndIdentityFilterApply();
    void readUsesTheIndex();
    void migrationBackfillsDomainsAndIdentities();

private:
    void storeEvent(SimulatedOutcome outcome, const QString &to, const QString &source, qint64 agoMs,
        const QString &configurationSet = {}, const QString &campaign = {});
    QList<FacetRow> top(Facet facet, const QString &identity = {});
    FacetQuery lastDay(Facet facet) const;
    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<IngestWriter> m_writer;
};

void TestBreakdown::init()
{
    QString error;
    m_db = Test::TempDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestBreakdown::cleanup()
{
    m_writer.reset();
    m_db.reset();
}

void TestBreakdown::storeEvent(SimulatedOutcome outcome, const QString &to, const QString &source, qint64 agoMs,
    const QString &configurationSet, const QString &campaign)
{
    if (!m_writer) {
        QVERIFY(Store::open(m_db->url()));
        m_writer = std::make_unique<IngestWriter>(m_db->url(), PolicySettings {});
    }
    const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(-agoMs);
    const QString message = Ses::simulatedEvent(outcome, {to, source, at, configurationSet, campaign});
    auto stored = Test::store(*m_writer, Test::sesItem(message, at));
    QVERIFY2(stored, qPrintable(stored.errorText()));
}

FacetQuery TestBreakdown::lastDay(Facet facet) const
{
    FacetQuery q;
    q.facet = facet;
    q.to = QDateTime::currentDateTimeUtc().addSecs(3600);
    q.from = q.to.addDays(-1);
    return q;
}

QList<FacetRow> TestBreakdown::top(Facet facet, const QString &identity)
{
    auto db = Database::connection(m_db->url());
    FacetQuery q = lastDay(facet);
    q.identity = identity;
    auto rows = FacetRepository(*db).top(q);
    if (!rows)
        qWarning("%s", qPrintable(rows.errorText()));
    return rows ? *rows : QList<FacetRow> {};
}

void TestBreakdown::countsPerDomainAddUpToTheRates()
{
    const QString shop = QStringLiteral("news@shop.example");
    storeEvent(SimulatedOutcome::HardBounce, QStringLiteral("a@Bad.Example"), shop, 60'000);
    storeEvent(SimulatedOutcome::HardBounce, QStringLiteral("b@bad.example"), shop, 60'000);
    storeEvent(SimulatedOutcome::Suppressed, QStringLiteral("c@bad.example"), shop, 60'000);
    storeEvent(SimulatedOutcome::Complaint, QStringLiteral("d@bad.example"), shop, 60'000);
    storeEvent(SimulatedOutcome::HardBounce, QStringLiteral("e@good.example"), shop, 60'000);
    storeEvent(SimulatedOutcome::SoftBounce, QStringLiteral("f@good.example"), shop, 60'000);
    storeEvent(SimulatedOutcome::SoftBounce, QStringLiteral("g@good.example"), shop, 60'000);
    storeEvent(SimulatedOutcome::Delivery, QStringLiteral("h@quiet.example"), shop, 60'000);
    const QList<FacetRow> rows = top(Facet::Domain);
    QCOMPARE(rows.size(), 2); // deliveries have no facets
    QCOMPARE(rows[0].value, QStringLiteral("bad.example")); // lower-cased, most hard + complaints first
    QCOMPARE(rows[0].hard, 2);
    QCOMPARE(rows[0].other, 1); // on the account suppression list: in neither rate
    QCOMPARE(rows[0].complaints, 1);
    QCOMPARE(rows[1].value, QStringLiteral("good.example"));
    QCOMPARE(rows[1].hard, 1);
    QCOMPARE(rows[1].soft, 2);
    // The same range as the dashboard's figures: the hard bounces add up to the rate's numerator.
    auto db = Database::connection(m_db->url());
    RateFilter filter;
    filter.to = lastDay(Facet::Domain).to;
    filter.from = lastDay(Facet::Domain).from;
    auto summary = RateSeries::totals(*db, filter);
    QVERIFY(summary);
    QCOMPARE(rows[0].hard + rows[1].hard, summary->hardBounces);
    QCOMPARE(rows[0].complaints + rows[1].complaints, summary->complaints);
}

void TestBreakdown::identityConfigurationSetAndOwnTags()
{
    storeEvent(SimulatedOutcome::HardBounce, QStringLiteral("a@x.example"), QStringLiteral("news@shop.example"), 1000,
        QStringLiteral("marketing"), QStringLiteral("winter-sale"));
    storeEvent(SimulatedOutcome::HardBounce, QStringLiteral("b@x.example"), QStringLiteral("news@shop.example"), 1000,
        QStringLiteral("marketing"), QStringLiteral("winter-sale"));
    storeEvent(SimulatedOutcome::Complaint, QStringLiteral("c@x.example"), QStringLiteral("receipts@shop.example"), 1000,
        QStringLiteral("transactional"));
    const QList<FacetRow> identities = top(Facet::Identity);
    QCOMPARE(identities.size(), 2);
    QCOMPARE(identities[0].value, QStringLiteral("news@shop.example"));
    QCOMPARE(identities[0].hard, 2);
    QCOMPARE(identities[1].value, QStringLiteral("receipts@shop.example"));
    QCOMPARE(identities[1].complaints, 1);
    const QList<FacetRow> sets = top(Facet::ConfigurationSet);
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets[0].value, QStringLiteral("marketing"));
    QCOMPARE(sets[1].value, QStringLiteral("transactional"));
    // Only the sender's own tags: SES's ses:* tags (source IP, caller identity...) are left out.
    const QList<FacetRow> tags = top(Facet::Tag);
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags[0].value, QStringLiteral("campaign=winter-sale"));
    QCOMPARE(tags[0].hard, 2);
}

void TestBreakdown::rangeAndIdentityFilterApply()
{
    storeEvent(SimulatedOutcome::HardBounce, QStringLiteral("a@old.example"), QStringLiteral("news@shop.example"),
        3LL * 24 * 3600 * 1000);
    storeEvent(SimulatedOutcome::HardBounce, QStringLiteral("b@new.example"), QStringLiteral("news@shop.example"), 1000);
    storeEvent(SimulatedOutcome::HardBounce, QStringLiteral("c@other.example"), QStringLiteral("alerts@shop.example"), 1000);
    const QList<FacetRow> all = top(Facet::Domain);
    QCOMPARE(all.size(), 2); // old.example is three days back
    const QList<FacetRow> news = top(Facet::Domain, QStringLiteral("news@shop.example"));
    QCOMPARE(news.size(), 1);
    QCOMPARE(news[0].value, QStringLiteral("new.example"));
}

void TestBreakdown::readUsesTheIndex()
{
    storeEvent(SimulatedOutcome::HardBounce, QStringLiteral("a@x.example"), QStringLiteral("news@shop.example"), 1000);
    auto db = Database::connection(m_db->url());
    const bool sqlite = m_db->url().dialect() == DatabaseUrl::Dialect::Sqlite;
    // PostgreSQL chooses by table statistics and scans a table this small: forbid that, so the plan
    // shows whether the index can serve the read at all.
    if (!sqlite)
        QVERIFY(exec(*db, QStringLiteral("SET enable_seqscan = off")));
    auto plan = FacetRepository(*db).plan(lastDay(Facet::Domain));
    if (!sqlite)
        QVERIFY(exec(*db, QStringLiteral("RESET enable_seqscan")));
    QVERIFY2(plan, qPrintable(plan.errorText()));
    QVERIFY2(plan->contains(sqlite ? QStringLiteral("USING COVERING INDEX feedback_facets_range")
                                   : QStringLiteral("feedback_facets_range")),
        qPrintable(*plan));
}

void TestBreakdown::migrationBackfillsDomainsAndIdentities()
{
    auto db = Database::connection(m_db->url());
    QVERIFY(db);
    QVERIFY(Migrations::migrate(*db, m_db->url().dialect(), 3));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(exec(*db, QStringLiteral("INSERT INTO sns_messages (message_id, type, topic_arn, signature_version, "
                                     "signing_cert_url, sns_timestamp, received_at, content_kind, raw_body) "
                                     "VALUES ('m1', 'Notification', 't', '1', 'u', ?, ?, 'ses', '{}')"),
        {now, now}));
    const qint64 ref = Test::scalar(*db, QStringLiteral("SELECT id FROM sns_messages"));
    QVERIFY(exec(*db, QStringLiteral("INSERT INTO bounces (message_ref, email, bounce_type, source, topic_arn, event_at) "
                                     "VALUES (?, 'A@Old.Example', 'Permanent', 'news@shop.example', 't', ?)"),
        {ref, now}));
    QVERIFY(exec(*db, QStringLiteral("INSERT INTO complaints (message_ref, email, source, topic_arn, event_at) "
                                     "VALUES (?, 'b@old.example', NULL, 't', ?)"),
        {ref, now}));
    QVERIFY(Migrations::migrate(*db, m_db->url().dialect()));
    QCOMPARE(Test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM feedback_facets")), 3);
    const QList<FacetRow> domains = top(Facet::Domain);
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains[0].value, QStringLiteral("old.example"));
    QCOMPARE(domains[0].hard, 1);
    QCOMPARE(domains[0].complaints, 1);
    QCOMPARE(top(Facet::Identity).value(0).value, QStringLiteral("news@shop.example"));
}

QTEST_GUILESS_MAIN(TestBreakdown)
#include "tst_breakdown.moc"
