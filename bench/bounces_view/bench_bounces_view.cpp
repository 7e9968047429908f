// bench_bounces_view: the Bounces view over a large bounces table (first paint, search, type filter, scrolling).
#include "bounces/BouncesView.h"
#include "store/BounceRepository.h"
#include "store/Database.h"
#include "store/Store.h"
#include "tables/BounceTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace Bouncedesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "bench_bounces_view: " << message << Qt::endl;
    std::exit(1);
}

struct Pick {
    const char *value;
    int weight;
};

const char *weighted(QRandomGenerator &rng, const Pick *picks, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += picks[i].weight;
    int r = int(rng.bounded(total));
    for (int i = 0; i < count; ++i) {
        if (r < picks[i].weight)
            return picks[i].value;
        r -= picks[i].weight;
    }
    return picks[count - 1].value;
}

// Realistic-ish: many addresses bounce once, a few bounce often (Zipf-like); hard bounces dominate
// (bad addresses), then mailbox-full soft bounces; a handful of identities with one big sender.
void fill(const QSqlDatabase &db, qint64 rows)
{
    static const Pick kTypes[] = {{"Permanent", 60}, {"Transient", 35}, {"Undetermined", 5}};
    static const Pick kPermanent[] = {{"General", 70}, {"NoEmail", 20}, {"Suppressed", 7}, {"OnAccountSuppressionList", 3}};
    static const Pick kTransient[] = {{"MailboxFull", 50}, {"General", 30}, {"MessageTooLarge", 10}, {"ContentRejected", 10}};
    static const Pick kIdentities[] = {{"news@shop.example", 50}, {"billing@shop.example", 20}, {"alerts@shop.example", 15},
                                       {"support@shop.example", 8}, {"hello@brand.example", 5}, {"noreply@brand.example", 2}};
    static const char *kDomains[] = {"gmail.com", "yahoo.com", "outlook.com", "example.org", "mail.example", "corp.example"};
    const qint64 addresses = std::max<qint64>(10, rows / 5);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 year = 365LL * 24 * 3600 * 1000;
    QRandomGenerator rng(20261126);

    QSqlDatabase conn = db;
    QSqlQuery(conn).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    if (!conn.transaction())
        die(conn.lastError().text());
    QSqlQuery message(conn);
    QSqlQuery bounce(conn);
    if (!message.prepare(QStringLiteral(
            "INSERT INTO sns_messages (id, message_id, type, topic_arn, signature_version, signing_cert_url, sns_timestamp, "
            "received_at, content_kind, event_type, raw_body) VALUES (?, ?, 'Notification', ?, '2', "
            "'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem', ?, ?, 'ses', 'Bounce', ?)")))
        die(message.lastError().text());
    if (!bounce.prepare(QStringLiteral(
            "INSERT INTO bounces (message_ref, email, bounce_type, bounce_subtype, action, status, diagnostic_code, "
            "reporting_mta, feedback_id, ses_message_id, source, source_arn, topic_arn, event_at, mail_at, counts_for_rate, "
            "recipient_domain) VALUES (?, ?, ?, ?, 'failed', ?, ?, 'dsn; a1-2.smtp-out.amazonses.com', ?, ?, ?, "
            "'arn:aws:ses:us-east-1:123456789012:identity/shop.example', ?, ?, ?, ?, ?)")))
        die(bounce.lastError().text());
    const QString topic = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-bounces");
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 1; i <= rows; ++i) {
        // Zipf-like address rank: low ranks are chosen far more often.
        const double u = rng.generateDouble();
        const qint64 rank = qint64(std::pow(double(addresses), u)) - 1;
        QString email = QStringLiteral("user%1@%2").arg(rank).arg(QString::fromLatin1(kDomains[rank % 6]));
        if (rank % 10 == 0)
            email[0] = u'U'; // SES keeps the case the sender used
        const QString type = QString::fromLatin1(weighted(rng, kTypes, 3));
        const QString sub = QString::fromLatin1(type == u"Permanent" ? weighted(rng, kPermanent, 4)
                                                    : type == u"Transient" ? weighted(rng, kTransient, 4)
                                                                            : "Undetermined");
        const QString status = type == u"Permanent" ? QStringLiteral("5.1.1") : QStringLiteral("4.2.2");
        const QString diagnostic = type == u"Permanent" ? QStringLiteral("smtp; 550 5.1.1 user unknown")
                                                        : QStringLiteral("smtp; 452 4.2.2 mailbox full");
        const QString source = QString::fromLatin1(weighted(rng, kIdentities, 6));
        const qint64 at = now - qint64(rng.generateDouble() * double(year));
        const QString messageId = QStringLiteral("bench-%1").arg(i);
        const QString raw = QStringLiteral("{\"Type\":\"Notification\",\"MessageId\":\"%1\",\"Message\":\"{\\\"notificationType\\\":"
                                           "\\\"Bounce\\\",\\\"bounce\\\":{\\\"bounceType\\\":\\\"%2\\\"}}\"}")
                                .arg(messageId, type);
        message.addBindValue(i);
        message.addBindValue(messageId);
        message.addBindValue(topic);
        message.addBindValue(at);
        message.addBindValue(at + 500);
        message.addBindValue(raw);
        if (!message.exec())
            die(message.lastError().text());
        bounce.addBindValue(i);
        bounce.addBindValue(email);
        bounce.addBindValue(type);
        bounce.addBindValue(sub);
        bounce.addBindValue(status);
        bounce.addBindValue(diagnostic);
        bounce.addBindValue(QStringLiteral("fb-%1").arg(i));
        bounce.addBindValue(QStringLiteral("ses-%1").arg(i));
        bounce.addBindValue(source);
        bounce.addBindValue(topic);
        bounce.addBindValue(at);
        bounce.addBindValue(at - 2000);
        bounce.addBindValue(sub == u"OnAccountSuppressionList" ? 0 : 1);
        bounce.addBindValue(Model::BounceRepository::recipientDomain(email));
        if (!bounce.exec())
            die(bounce.lastError().text());
        if (i % 200000 == 0)
            QTextStream(stderr) << "  " << i << " rows, " << timer.elapsed() / 1000 << " s" << Qt::endl;
    }
    if (!conn.commit())
        die(conn.lastError().text());
    QSqlQuery(conn).exec(QStringLiteral("ANALYZE"));
    QSqlQuery(conn).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    out() << "filled " << rows << " bounces (+ " << rows << " sns_messages) in " << timer.elapsed() << " ms" << Qt::endl;
}

template <typename Done>
qint64 until(QElapsedTimer &timer, Done done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return timer.elapsed();
}

void row(const QString &what, double ms, const QString &note = {})
{
    out() << QStringLiteral("| %1 | %2 | %3 |").arg(what, -44).arg(QString::number(ms, 'f', 1), 9).arg(note) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BouncedeskBench"));
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the Bounces view over N bounces"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Bounces to create (default 1000000)."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Database URL (default: a new SQLite file in a temporary folder); must have no bounces."),
                      QStringLiteral("url")});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    if (rows < 1)
        die(QStringLiteral("--rows must be a positive number"));

    QTemporaryDir dir;
    QString urlText = parser.value(QStringLiteral("database"));
    if (urlText.isEmpty())
        urlText = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db"));
    auto url = Model::DatabaseUrl::parse(urlText);
    if (!url)
        die(url.errorText());
    auto db = Model::Store::open(*url);
    if (!db)
        die(db.errorText());
    QSqlQuery existing(*db);
    if (!existing.exec(QStringLiteral("SELECT COUNT(*) FROM bounces")) || !existing.next() || existing.value(0).toLongLong() != 0)
        die(QStringLiteral("the database must be migrated and have no bounces"));
    existing.finish();
    fill(*db, rows);

    // A frequent address (rank 1) and a rare one, as the view would search them.
    const QString frequent = QStringLiteral("user1@yahoo.com");

    out() << Qt::endl << "| measure | ms | note |" << Qt::endl << "| --- | ---: | --- |" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    auto view = std::make_unique<Ui::BouncesView>(*url);
    view->resize(1200, 800);
    view->show();
    Model::BounceTableModel *model = view->model();
    until(timer, [model] { return model->rowCount() > 0; });
    (void)view->grab();
    row(QStringLiteral("first paint (construct, show, page 1, grab)"), double(timer.elapsed()),
        QStringLiteral("%1 rows loaded").arg(model->rowCount()));
    auto *count = view->findChild<QLabel *>(QStringLiteral("bouncesCount"));
    until(timer, [count] { return count->text().endsWith(u"bounces"); });
    row(QStringLiteral("... until the count label is filled"), double(timer.elapsed()), count->text());

    auto timed = [&](const QString &what, auto action) {
        timer.restart();
        action();
        (void)view->grab();
        const double ms = double(timer.elapsed()); // before the COUNT below, which is timed on its own
        timer.restart();
        const qint64 total = model->totalCount();
        row(what, ms, QStringLiteral("%1 rows loaded; COUNT %2 rows in %3 ms").arg(model->rowCount()).arg(total).arg(timer.elapsed()));
    };
    auto filter = [model](Model::BounceFilter f) { model->setFilter(std::move(f)); };
    timed(QStringLiteral("search a whole address (frequent)"), [&] { filter({{}, {}, {}, {}, frequent.toUpper()}); });
    timed(QStringLiteral("search a whole address (absent)"), [&] { filter({{}, {}, {}, {}, QStringLiteral("nobody@nowhere.example")}); });
    timed(QStringLiteral("search a substring (\"user12345\")"), [&] { filter({{}, {}, {}, {}, QStringLiteral("user12345")}); });
    timed(QStringLiteral("search a domain (\"@yahoo.com\")"), [&] { filter({{}, {}, {}, {}, QStringLiteral("@yahoo.com")}); });
    timed(QStringLiteral("search a domain or beginning (\"yahoo.com\")"),
          [&] { filter({{}, {}, {}, {}, QStringLiteral("yahoo.com")}); });
    filter({});
    auto *type = view->findChild<QComboBox *>(QStringLiteral("typeFilter"));
    timed(QStringLiteral("filter by type Soft (combo)"), [&] { type->setCurrentIndex(type->findData(QStringLiteral("Transient"))); });
    timed(QStringLiteral("filter by type Undetermined (combo)"),
          [&] { type->setCurrentIndex(type->findData(QStringLiteral("Undetermined"))); });
    type->setCurrentIndex(0);
    timed(QStringLiteral("sort by address"), [&] { model->sort(Model::BounceTableModel::Address, Qt::AscendingOrder); });
    model->sort(Model::BounceTableModel::Date, Qt::DescendingOrder);
    timed(QStringLiteral("scroll: 20 fetchMore calls (date order)"), [&] {
        for (int i = 0; i < 20; ++i)
            model->fetchMore();
    });
    timed(QStringLiteral("refresh (keeps 4,200 loaded rows)"), [&] { view->refresh(); });
    return 0;
}
