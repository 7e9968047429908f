// `simulate`: SES feedback like the mailbox simulator's, either stored straight into a database (big demo
// data over past days, offline) or, with --target, posted signed to a listener over HTTP (test traffic
// through the whole path). Stored events are marked SignatureVersion "simulated" so that they are never
// mistaken for messages from SNS; posted ones are on the simulator's own topic.
#include "Cli.h"

#include "ingest/IngestWriter.h"
#include "listener/TestTraffic.h"
#include "ses/SimulatedFeedback.h"
#include "sns/SimulatorKey.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cmath>

namespace Bouncedesk::Cli {

using namespace Model;
using Ses::SimulatedOutcome;

namespace {
int seedDatabase(const QCommandLineParser &parser)
{
    auto url = databaseUrl(parser);
    if (!url)
        return fail(url.errorText());
    if (auto db = Store::open(*url); !db)
        return fail(db.errorText());
    const int days = qBound(1, parser.value(QStringLiteral("days")).toInt(), 365);
    const int sends = qBound(1, parser.value(QStringLiteral("sends")).toInt(), 5'000'000);
    QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());
    const QStringList sources{QStringLiteral("news@shop.example"), QStringLiteral("receipts@shop.example"),
                              QStringLiteral("alerts@status.example")};
    const QStringList campaigns{QStringLiteral("weekly-digest"), QStringLiteral("winter-sale")};
    // Recipient domains for the demo's breakdown; an old, bought list bounces far more than the rest.
    const QStringList domains{QStringLiteral("gmail.com"), QStringLiteral("yahoo.com"), QStringLiteral("outlook.com"),
                              QStringLiteral("icloud.com"), QStringLiteral("gmx.de"), QStringLiteral("example-company.com")};
    const QString badDomain = QStringLiteral("old-list.example");
    const auto address = [&](SimulatedOutcome outcome, quint32 range, bool bad) -> QString {
        const QString local = Ses::simulatorAddress(outcome, random.bounded(range)).section(u'@', 0, 0);
        return local + u'@' + (bad ? badDomain : domains[int(random.bounded(quint32(domains.size())))]);
    };
    const QDateTime end = QDateTime::currentDateTimeUtc();

    IngestWriter writer(*url, PolicySettings{});
    QList<QFuture<Result<IngestReply>>> pending;
    int failures = 0;
    auto submit = [&](SimulatedOutcome outcome, const Ses::SimulatedMail &mail) {
        IngestItem item = IngestItem::fromSesMessage(
            Ses::simulatedEvent(outcome, mail), QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-simulator"),
            mail.at, QStringLiteral("simulated"), QStringLiteral("simulator"));
        pending << writer.submit(std::move(item));
        if (pending.size() >= 2000) {
            for (auto &f : pending)
                failures += f.result().ok() ? 0 : 1;
            pending.clear();
        }
    };
    for (int i = 0; i < sends; ++i) {
        // Later days carry more volume and, towards the end, a worse list: the chart shows a trend.
        const double position = std::sqrt(random.generateDouble());
        Ses::SimulatedMail mail;
        mail.at = end.addMSecs(-qint64((1.0 - position) * days * 86400000.0));
        mail.source = sources[int(random.bounded(quint32(sources.size())))];
        const bool marketing = mail.source.startsWith(u"news@");
        mail.configurationSet = marketing ? QStringLiteral("marketing") : QStringLiteral("transactional");
        mail.campaign = marketing ? campaigns[int(random.bounded(quint32(campaigns.size())))] : QString();
        const double roll = random.generateDouble();
        // Winter-sale mail went partly to the old list: the breakdown shows which campaign hurt.
        const bool oldList = mail.campaign == u"winter-sale" && random.generateDouble() < 0.3;
        const double badness = (0.5 + position) * (oldList ? 4.0 : 1.0);
        mail.to = address(SimulatedOutcome::Send, 20000, oldList);
        submit(SimulatedOutcome::Send, mail);
        SimulatedOutcome outcome = SimulatedOutcome::Delivery;
        quint32 range = 20000;
        int delaySeconds = 2;
        if (roll < 0.012 * badness) {
            outcome = SimulatedOutcome::HardBounce, range = 4000, delaySeconds = 30;
        } else if (roll < 0.02 * badness) {
            outcome = SimulatedOutcome::SoftBounce, range = 300, delaySeconds = 60;
        } else if (roll < 0.0215 * badness) {
            outcome = SimulatedOutcome::Suppressed, range = 500, delaySeconds = 5;
        }
        mail.to = address(outcome, range, oldList);
        mail.at = std::min(mail.at.addSecs(delaySeconds), end);
        submit(outcome, mail);
        if (outcome == SimulatedOutcome::Delivery && random.generateDouble() < 0.0009 * badness) {
            mail.to = address(SimulatedOutcome::Complaint, 20000, oldList);
            mail.at = std::min(mail.at.addSecs(3600), end); // never in the future
            submit(SimulatedOutcome::Complaint, mail);
        }
    }
    for (auto &f : pending)
        failures += f.result().ok() ? 0 : 1;
    if (failures)
        return fail(Text::tr("%n simulated events could not be stored", nullptr, failures));
    out(Text::tr("stored %1 simulated sends and their feedback over %n day(s) in %2", nullptr, days)
            .arg(sends)
            .arg(url->displayString()));
    return Ok;
}

int postTraffic(const QCommandLineParser &parser)
{
    TrafficPlan plan;
    plan.target = QUrl(parser.value(QStringLiteral("target")));
    if (!plan.target.isValid() || (plan.target.scheme() != u"http" && plan.target.scheme() != u"https"))
        return fail(Text::tr("--target wants the listener's URL, e.g. http://127.0.0.1:8025/sns"), Usage);
    bool ok = false;
    plan.count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || plan.count < 1 || plan.count > 1'000'000)
        return fail(Text::tr("--count wants a number from 1 to 1000000"), Usage);
    plan.perSecond = parser.value(QStringLiteral("rate")).toDouble(&ok);
    if (!ok || plan.perSecond < 0)
        return fail(Text::tr("--rate wants notifications per second (0: as fast as the listener answers)"), Usage);
    if (parser.isSet(QStringLiteral("mix"))) {
        auto mix = Ses::TrafficMix::parse(parser.value(QStringLiteral("mix")));
        if (!mix)
            return fail(Text::tr("--mix: %1").arg(mix.errorText()), Usage);
        plan.mix = *mix;
    }
    if (parser.isSet(QStringLiteral("seed")))
        plan.seed = parser.value(QStringLiteral("seed")).toUInt();
    auto key = Sns::SimulatorKey::load(Sns::SimulatorKey::defaultDirectory());
    if (!key)
        return fail(key.errorText());

    TestTraffic traffic(*key, plan);
    QObject::connect(&traffic, &TestTraffic::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    onTerminationSignal(&traffic, [&traffic] { traffic.cancel(); });
    traffic.start();
    if (traffic.isRunning())
        QCoreApplication::exec();
    const TrafficReport &report = traffic.report();
    QUrl shown = plan.target;
    shown.setPassword(QString());
    out(Text::tr("sent %n notification(s) to %1 in %2 s (%3/s): %4", nullptr, report.posted)
            .arg(shown.toDisplayString())
            .arg(report.seconds, 0, 'f', 2)
            .arg(report.seconds > 0 ? report.answered() / report.seconds : 0.0, 0, 'f', 0)
            .arg(report.outcomeText()));
    out(Text::tr("the listener answered: %1").arg(report.answerText()));
    if (!report.allAccepted())
        return fail(Text::tr("%1 of %n notification(s) were not accepted (is the listener started with "
                             "--trust-simulator?)", nullptr, report.posted)
                        .arg(report.answered() - report.stored));
    return Ok;
}
} // namespace

int simulateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Simulated SES feedback (sends, deliveries, bounces, complaints), like the SES mailbox "
                       "simulator's.\nWithout --target: stored straight into the database, spread over past days, "
                       "for demos.\nWith --target: posted as signed SNS notifications to a listener started with "
                       "--trust-simulator, to see the whole path work."));
    addCommonOptions(parser);
    parser.addOptions({{QStringLiteral("days"), Text::tr("Spread over this many days (default 14)."),
                        QStringLiteral("n"), QStringLiteral("14")},
                       {QStringLiteral("sends"), Text::tr("Messages sent in all (default 20000)."),
                        QStringLiteral("n"), QStringLiteral("20000")},
                       {QStringLiteral("seed"), Text::tr("Random seed, for repeatable data (default 1; with "
                                                               "--target a new one each run)."),
                        QStringLiteral("n"), QStringLiteral("1")},
                       {QStringLiteral("target"),
                        Text::tr("Post to this listener URL instead, e.g. http://127.0.0.1:8025/sns."),
                        QStringLiteral("url")},
                       {QStringLiteral("count"), Text::tr("With --target: notifications to post (default 200)."),
                        QStringLiteral("n"), QStringLiteral("200")},
                       {QStringLiteral("rate"),
                        Text::tr("With --target: notifications per second (default 0: as fast as the "
                                       "listener answers, %1 at a time).")
                            .arg(TestTraffic::MaxInFlight),
                        QStringLiteral("per-second"), QStringLiteral("0")},
                       {QStringLiteral("mix"),
                        Text::tr("With --target: weights of %1 (default %2).")
                            .arg(Ses::kSimulatedOutcomeText.all().join(u", "), Ses::TrafficMix::standard().toString()),
                        QStringLiteral("name=weight,...")}});
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    return parser.isSet(QStringLiteral("target")) ? postTraffic(parser) : seedDatabase(parser);
}

} // namespace Bouncedesk::Cli
