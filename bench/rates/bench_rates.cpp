// bench_rates: how long RateSeries::compute takes over 90 days of rollups for N events (see bench/README.md).
#include "MedianMs.h"
#include "store/Database.h"
#include "store/Store.h"
#include "tables/RateSeries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Bouncedesk::Model;
using Bouncedesk::Bench::medianMs;

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr int kHours = 90 * 24;
constexpr int kIdentities = 5;
const QString kTopic = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-feedback");

QString identity(int i)
{
    return QStringLiteral("sender%1@shop.example").arg(i + 1);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// The rollups the listener would have written for `events` events: every (hour, identity) cell gets
// events / 10,800 events, the first events % 10,800 cells one more. In each cell, per 10,000 events:
// 5,000 Send, 4,790 Delivery, 150 hard bounces, 40 soft, 10 OnAccountSuppressionList, 10 complaints
// (rounded down; the remainder of the cell are deliveries). Hours end with the current hour.
Result<qint64> fill(const QSqlDatabase &db, qint64 events, qint64 lastHour)
{
    QVariantList hour, source, topic, sends, deliveries, bounces, hard, soft, suppressed, complaints;
    const qint64 cells = qint64(kHours) * kIdentities;
    qint64 total = 0;
    for (int h = 0; h < kHours; ++h) {
        for (int i = 0; i < kIdentities; ++i) {
            const qint64 cell = qint64(h) * kIdentities + i;
            const qint64 e = events / cells + (cell < events % cells ? 1 : 0);
            const qint64 s = e * 5000 / 10000, hb = e * 150 / 10000, sb = e * 40 / 10000, lb = e * 10 / 10000,
                         c = e * 10 / 10000;
            const qint64 d = e - s - hb - sb - lb - c;
            total += s + d + hb + sb + lb + c;
            hour << lastHour - qint64(kHours - 1 - h) * kHourMs;
            source << identity(i);
            topic << kTopic;
            sends << s;
            deliveries << d;
            bounces << hb + sb;
            hard << hb;
            soft << sb;
            suppressed << lb;
            complaints << c;
        }
    }
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO rate_hourly (hour, source, topic_arn, sends, deliveries, bounces, "
                                  "hard_bounces, soft_bounces, suppressed_list_bounces, complaints) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Database::toError(q.lastError(), QStringLiteral("prepare"));
    for (const QVariantList *column :
         {&hour, &source, &topic, &sends, &deliveries, &bounces, &hard, &soft, &suppressed, &complaints})
        q.addBindValue(*column);
    if (!q.execBatch())
        return Database::toError(q.lastError(), QStringLiteral("bulk insert into rate_hourly"));
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times RateSeries::compute over 90 days of hourly rollups."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events the rollups stand for (default 10000000)."),
                      QStringLiteral("N"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("An empty database URL (default: a temporary SQLite file)."), QStringLiteral("URL")});
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
        std::fprintf(stderr, "bench_rates: %s\n", qPrintable(url.errorText()));
        return 2;
    }
    auto db = Store::open(*url);
    if (!db) {
        std::fprintf(stderr, "bench_rates: %s\n", qPrintable(db.errorText()));
        return 1;
    }
    auto existing = exec(*db, QStringLiteral("SELECT COUNT(*) FROM rate_hourly"));
    if (!existing || !existing.value().next() || existing.value().value(0).toLongLong() != 0) {
        std::fprintf(stderr, "bench_rates: use an empty database (rate_hourly must have no rows)\n");
        return 1;
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 lastHour = now - now % kHourMs;
    QElapsedTimer fillTimer;
    fillTimer.start();
    auto filled = fill(*db, events, lastHour);
    if (!filled) {
        std::fprintf(stderr, "bench_rates: %s\n", qPrintable(filled.errorText()));
        return 1;
    }
    const QString backend = url->isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    out() << "bench_rates: " << backend << ", " << *filled << " events as " << kHours * kIdentities
          << " rate_hourly rows (" << kHours << " hours x " << kIdentities << " identities), filled in "
          << fillTimer.elapsed() << " ms; median of " << runs << " runs\n";

    const RateFilter all{QDateTime::fromMSecsSinceEpoch(lastHour - qint64(kHours - 1) * kHourMs, Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(lastHour + kHourMs, Qt::UTC), {}, {}};
    RateFilter one = all;
    one.identity = identity(2);
    struct Case {
        const char *name;
        RateFilter filter;
        Bucket bucket;
        qsizetype points;
    };
    const Case cases[] = {{"90 d hourly, all identities", all, Bucket::Hour, kHours},
                          {"90 d hourly, one identity", one, Bucket::Hour, kHours},
                          {"90 d daily, all identities", all, Bucket::Day, 0},
                          {"90 d daily, one identity", one, Bucket::Day, 0}};
    int status = 0;
    for (const Case &c : cases) {
        qint64 denominator = 0;
        qsizetype points = 0;
        const double ms = medianMs(runs, [&] {
            auto s = RateSeries::compute(*db, c.filter, c.bucket);
            if (!s) {
                std::fprintf(stderr, "bench_rates: %s\n", qPrintable(s.errorText()));
                return false;
            }
            denominator = s->denominator;
            points = s->points.size();
            return true;
        });
        if (ms < 0 || (c.points && points != c.points))
            status = 1;
        out() << QStringLiteral("  %1 %2 ms  (%3 points, %4 sends)\n")
                     .arg(QString::fromLatin1(c.name), -30)
                     .arg(ms, 8, 'f', 2)
                     .arg(points)
                     .arg(denominator);
    }
    const double totalsMs = medianMs(runs, [&] { return RateSeries::totals(*db, all).ok(); });
    out() << QStringLiteral("  %1 %2 ms\n").arg(QStringLiteral("90 d totals (stats --since)"), -30).arg(totalsMs, 8, 'f', 2);
    out().flush();
    return status;
}
