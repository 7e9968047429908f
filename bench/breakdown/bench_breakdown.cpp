// bench_breakdown: how long FacetRepository::top (the dashboard's breakdown) takes over the feedback_facets
// rows that N events leave behind, per facet and range (see bench/README.md, "Breakdown").
#include "MedianMs.h"
#include "store/Database.h"
#include "store/FacetRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Bouncedesk::Model;
using Bouncedesk::Bench::medianMs;

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr int kDays = 90;
constexpr int kDomains = 2000;
constexpr int kIdentities = 5;
constexpr int kCampaigns = 20;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Per 10,000 events, as bench_rates: 150 hard bounces, 40 soft, 10 OnAccountSuppressionList, 10
// complaints, spread evenly over 90 days. Each gets its facets as the writer stores them: a domain
// (Zipf-like over 2,000, so a few big providers and a long tail), one of 5 identities, a
// configuration set for 70% of mail, a campaign tag for half.
Result<qint64> fill(const QSqlDatabase &db, qint64 events, qint64 end)
{
    QRandomGenerator random(1);
    QVariantList ref, at, facet, value, kind, source, topic;
    const QString topicArn = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-feedback");
    const qint64 feedback = events * 210 / 10000;
    const qint64 span = qint64(kDays) * 24 * kHourMs;
    const auto add = [&](qint64 when, const char *f, const QString &v, const QString &k, const QString &s) {
        ref << 1;
        at << when;
        facet << QString::fromLatin1(f);
        value << v;
        kind << k;
        source << s;
        topic << topicArn;
    };
    for (qint64 i = 0; i < feedback; ++i) {
        const qint64 when = end - span + qint64(double(i) / double(feedback) * double(span));
        const int roll = int(i % 210);
        const QString k = roll < 150 ? QStringLiteral("hard")
            : roll < 190              ? QStringLiteral("soft")
            : roll < 200              ? QStringLiteral("other")
                                      : QStringLiteral("complaint");
        const int d = int(std::pow(random.generateDouble(), 3.0) * kDomains);
        const QString identity = QStringLiteral("sender%1@shop.example").arg(random.bounded(kIdentities) + 1);
        add(when, "domain", QStringLiteral("domain%1.example").arg(d), k, identity);
        add(when, "identity", identity, k, identity);
        if (random.generateDouble() < 0.7)
            add(when, "configuration-set", random.bounded(2) ? QStringLiteral("marketing") : QStringLiteral("transactional"),
                k, identity);
        if (random.generateDouble() < 0.5)
            add(when, "tag", QStringLiteral("campaign=c%1").arg(random.bounded(kCampaigns)), k, identity);
    }
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto m = exec(db, QStringLiteral("INSERT INTO sns_messages (message_id, type, topic_arn, signature_version, "
                                         "signing_cert_url, sns_timestamp, received_at, content_kind, raw_body) "
                                         "VALUES ('bench', 'Notification', ?, '2', 'u', 0, 0, 'ses', '{}')"),
            {topicArn});
        !m)
        return m.error();
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO feedback_facets (message_ref, event_at, facet, value, kind, source, "
                                  "topic_arn) VALUES ((SELECT MIN(id) FROM sns_messages), ?, ?, ?, ?, ?, ?)")))
        return Database::toError(q.lastError(), QStringLiteral("prepare"));
    ref.clear();
    for (const QVariantList *column : {&at, &facet, &value, &kind, &source, &topic})
        q.addBindValue(*column);
    if (!q.execBatch())
        return Database::toError(q.lastError(), QStringLiteral("bulk insert into feedback_facets"));
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (auto analysed = exec(db, QStringLiteral("ANALYZE")); !analysed)
        return analysed.error();
    return qint64(at.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the dashboard's breakdown over 90 days of feedback facets."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events the facets stand for (default 10000000)."),
        QStringLiteral("N"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("An empty database URL (default: a temporary SQLite file)."),
        QStringLiteral("URL")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per case (default 5)."), QStringLiteral("N"),
        QStringLiteral("5")});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    auto url = parser.isSet(QStringLiteral("database"))
        ? DatabaseUrl::parse(parser.value(QStringLiteral("database")))
        : Result<DatabaseUrl>(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("bench.db"))));
    if (!url) {
        std::fprintf(stderr, "bench_breakdown: %s\n", qPrintable(url.errorText()));
        return 2;
    }
    auto db = Store::open(*url);
    if (!db) {
        std::fprintf(stderr, "bench_breakdown: %s\n", qPrintable(db.errorText()));
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 end = now - now % kHourMs + kHourMs;
    QElapsedTimer fillTimer;
    fillTimer.start();
    auto rows = fill(*db, events, end);
    if (!rows) {
        std::fprintf(stderr, "bench_breakdown: %s\n", qPrintable(rows.errorText()));
        return 1;
    }
    out() << "bench_breakdown: " << (url->isSqlite() ? "SQLite" : "PostgreSQL") << ", " << events << " events as "
          << *rows << " feedback_facets rows, filled in " << fillTimer.elapsed() << " ms; median of " << runs
          << " runs of the top 10\n";
    int status = 0;
    const std::pair<const char *, int> ranges[] = {{"24 h", 1}, {"7 d", 7}, {"90 d", kDays}};
    for (Facet f : {Facet::Domain, Facet::Identity, Facet::ConfigurationSet, Facet::Tag}) {
        for (const auto &[name, days] : ranges) {
            FacetQuery q;
            q.facet = f;
            q.to = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC);
            q.from = q.to.addDays(-days);
            qint64 hard = 0;
            const double ms = medianMs(runs, [&] {
                auto top = FacetRepository(*db).top(q);
                if (!top) {
                    std::fprintf(stderr, "bench_breakdown: %s\n", qPrintable(top.errorText()));
                    return false;
                }
                hard = top->isEmpty() ? 0 : top->constFirst().hard;
                return true;
            });
            if (ms < 0)
                status = 1;
            out() << QStringLiteral("  %1 %2 %3 ms  (top value: %4 hard)\n")
                         .arg(facetText(f), -18)
                         .arg(QString::fromLatin1(name), -5)
                         .arg(ms, 8, 'f', 2)
                         .arg(hard);
        }
    }
    out().flush();
    return status;
}
