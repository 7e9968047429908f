// The first-run panel: three ways to get feedback into an empty database, each one click from working.
#include "dashboard/GetStartedPanel.h"

#include <QClipboard>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

namespace {
    QLabel *paragraph(const QString &text, QWidget *parent)
    {
        auto *label = new QLabel(text, parent);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        return label;
    }

    // One numbered step: a heading, what it does, and its controls below.
    QFrame *card(int number, const QString &title, QWidget *parent, QVBoxLayout **body)
    {
        auto *frame = new QFrame(parent);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(300);
        auto *layout = new QVBoxLayout(frame);
        auto *heading = new QLabel(QStringLiteral("%1. %2").arg(number).arg(title), frame);
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        font.setBold(true);
        heading->setFont(font);
        layout->addWidget(heading);
        *body = layout;
        return frame;
    }
} // namespace

GetStartedPanel::GetStartedPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("getStartedPanel"));
    auto *title = new QLabel(tr("Get started"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    auto *intro = paragraph(tr("This database holds no SES feedback yet, so there is nothing to chart. "
                               "Here are three ways to fill it; the dashboard appears as soon as the first "
                               "notification is stored."),
        this);

    QVBoxLayout *test = nullptr;
    QFrame *testCard = card(1, tr("See it work now"), this, &test);
    test->addWidget(paragraph(tr("Sends %1 simulated SES notifications (sends, deliveries, hard and soft bounces, "
                                 "complaints) to this console's own listener over HTTP, signed with a local test key "
                                 "that the listener trusts for the test topic <i>bouncedesk-simulator</i> only. They "
                                 "take the whole path real ones take (signature check, storage, suppression policy) "
                                 "and land in every view. No AWS account needed.")
                                  .arg(TestTrafficCount),
        testCard));
    m_send = new QPushButton(tr("Send &test traffic"), testCard);
    m_send->setObjectName(QStringLiteral("sendTestTrafficButton"));
    m_send->setAccessibleName(tr("Send test traffic"));
    m_progress = new QProgressBar(testCard);
    m_progress->setObjectName(QStringLiteral("testTrafficProgress"));
    m_progress->setRange(0, TestTrafficCount);
    m_progress->setVisible(false);
    m_sendStatus = paragraph(QString(), testCard);
    m_sendStatus->setObjectName(QStringLiteral("testTrafficStatus"));
    test->addWidget(m_send, 0, Qt::AlignLeft);
    test->addWidget(m_progress);
    test->addWidget(m_sendStatus);
    test->addStretch();
    connect(m_send, &QPushButton::clicked, this, &GetStartedPanel::sendTestTraffic);

    QVBoxLayout *aws = nullptr;
    QFrame *awsCard = card(2, tr("Receive from AWS"), this, &aws);
    aws->addWidget(paragraph(tr("<b>HTTPS:</b> in the SNS console, create a topic (or use your SES identity's), add "
                                "an HTTPS subscription to the endpoint below with raw message delivery off, and "
                                "point your identity's bounce and complaint notifications (or a configuration "
                                "set's event destination) at the topic. Then trust the topic in the "
                                "<i>Listener</i> view; its subscription is confirmed for you. The endpoint must be "
                                "reachable from the internet, e.g. through a reverse proxy."),
        awsCard));
    m_endpoint = paragraph(QString(), awsCard);
    m_endpoint->setObjectName(QStringLiteral("endpointLabel"));
    m_copy = new QPushButton(tr("&Copy endpoint URL"), awsCard);
    m_copy->setObjectName(QStringLiteral("copyEndpointButton"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_target.toString());
    });
    auto *endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpoint, 1);
    endpointRow->addWidget(m_copy, 0, Qt::AlignTop);
    aws->addLayout(endpointRow);
    aws->addWidget(paragraph(tr("<b>SQS:</b> or subscribe an SQS queue to the topic and let the console pull it: no "
                                "public endpoint needed, and messages wait in the queue while the console is "
                                "closed."),
        awsCard));
    auto *awsSetup = new QPushButton(tr("Set up &AWS…"), awsCard);
    awsSetup->setObjectName(QStringLiteral("awsSetupButton"));
    connect(awsSetup, &QPushButton::clicked, this, &GetStartedPanel::awsSetupRequested);
    aws->addWidget(awsSetup, 0, Qt::AlignLeft);
    aws->addStretch();

    QVBoxLayout *shared = nullptr;
    QFrame *sharedCard = card(3, tr("Open a shared database"), this, &shared);
    shared->addWidget(paragraph(tr("If a headless listener already stores feedback for your team (bouncedesk-cli "
                                   "listen on a server), point this console at the same PostgreSQL database, e.g. "
                                   "<tt>postgresql://reviewer@db.example.com/bouncedesk</tt>. What you may do then "
                                   "follows the database role you log in with."),
        sharedCard));
    auto *database = new QPushButton(tr("Open a &database…"), sharedCard);
    database->setObjectName(QStringLiteral("databaseSetupButton"));
    connect(database, &QPushButton::clicked, this, &GetStartedPanel::databaseSetupRequested);
    shared->addWidget(database, 0, Qt::AlignLeft);
    shared->addStretch();

    auto *cards = new QGridLayout;
    cards->setHorizontalSpacing(16);
    cards->addWidget(testCard, 0, 0);
    cards->addWidget(awsCard, 0, 1);
    cards->addWidget(sharedCard, 0, 2);
    for (int column = 0; column < 3; ++column)
        cards->setColumnStretch(column, 1);

    auto *hide = new QPushButton(tr("Show the empty &charts"), this);
    hide->setObjectName(QStringLiteral("hideGetStartedButton"));
    hide->setFlat(true);
    connect(hide, &QPushButton::clicked, this, &GetStartedPanel::hideRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(cards);
    layout->addWidget(hide, 0, Qt::AlignLeft);
    layout->addStretch();
    setTarget(QUrl(), std::nullopt, tr("the console's listener is not running"));
}

GetStartedPanel::~GetStartedPanel() = default;

void GetStartedPanel::setTarget(const QUrl &target, std::optional<Model::Sns::SimulatorKey> key,
    const QString &unavailable)
{
    m_target = target;
    m_key = std::move(key);
    const bool ready = m_target.isValid() && m_key && unavailable.isEmpty();
    m_send->setEnabled(ready && !isSending());
    if (!isSending())
        m_sendStatus->setText(ready ? QString() : tr("Test traffic needs the console's listener: %1.").arg(unavailable));
    QUrl shown = m_target;
    shown.setUserInfo(QString());
    m_endpoint->setText(m_target.isValid()
            ? tr("Endpoint: <b>%1</b> (this machine; SNS needs the public URL that reaches it)")
                  .arg(shown.toString().toHtmlEscaped())
            : tr("The console's listener is off: turn it on in Settings ▸ Listener, or run bouncedesk-cli listen "
                 "on a server."));
    m_copy->setEnabled(m_target.isValid());
}

bool GetStartedPanel::isSending() const { return m_traffic && m_traffic->isRunning(); }

void GetStartedPanel::sendTestTraffic()
{
    if (isSending() || !m_key || !m_target.isValid())
        return;
    Model::TrafficPlan plan;
    plan.target = m_target;
    plan.count = TestTrafficCount;
    plan.perSecond = 100; // two seconds: quick, yet the counts are seen climbing
    delete m_traffic;
    m_traffic = new Model::TestTraffic(*m_key, plan, this);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_send->setEnabled(false);
    m_sendStatus->setText(tr("Sending…"));
    connect(m_traffic, &Model::TestTraffic::progress, m_progress, &QProgressBar::setValue);
    connect(m_traffic, &Model::TestTraffic::finished, this, [this](const Model::TrafficReport &report) {
        m_progress->setVisible(false);
        m_send->setEnabled(true);
        m_sendStatus->setText(report.allAccepted()
                ? tr("%1 sent, %2 stored.").arg(report.posted).arg(report.stored)
                : tr("%1 sent; the listener answered: %2").arg(report.posted).arg(report.answerText().toHtmlEscaped()));
        emit trafficFinished(report);
    });
    m_traffic->start();
}

} // namespace Bouncedesk::Ui
