// ListenerView driven like an admin: the no-trust warning, trusting a pending request, removing trust.
#include "AwsStandIn.h"
#include "DbProbe.h"
#include "HttpClient.h"
#include "ListenerHarness.h"
#include "SesMessages.h"
#include "TestCa.h"
#include "listener/ListenerService.h"
#include "listener/QueuePullerService.h"
#include "TempDatabase.h"
#include "common/Dialogs.h"
#include "listener/ListenerView.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/SubscriptionRepository.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;
namespace Dialogs = Bouncedesk::Ui::Dialogs;

namespace {
const QString kOurs = QStringLiteral("arn:aws:sns:eu-west-1:210987654321:ses-feedback");
} // namespace

class TestListenerView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void warnsWhenNoTopicIsTrusted();
    void trustAndConfirmTrustsTheSelectedTopic();
    void decliningTrustChangesNothing();
    void removingTrustIsAudited();
    void configuredTopicsAreShownAndNotRemovable();
    void queueBoxSaysHowToSetOneUp();
    void queueBoxShowsWhatThePullerDid();
    void copiesTheUrlToGiveSns();
    void recentRejectionsSayWhenAndWhy();

private:
    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::scalar(*Database::connection(m_temp->url()), sql, values);
    }
    template <typename T>
    T *child(const char *name) const
    {
        return m_view->findChild<T *>(QString::fromLatin1(name));
    }
    void selectRow(const char *table, int row);

    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Ui::ListenerView> m_view;
};

void TestListenerView::initTestCase()
{
    qputenv("USER", "admin-ana");
    Dialogs::Testing::enable();
}

void TestListenerView::init()
{
    Dialogs::Testing::reset();
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    auto db = Store::open(m_temp->url());
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    QVERIFY(SubscriptionRepository(*db).insert(kOurs, QStringLiteral("m-1"), SubscriptionState::Pending,
                                               QStringLiteral("https://sns.eu-west-1.amazonaws.com/"),
                                               QStringLiteral("tok"), 1000)
                .ok());
    m_view = std::make_unique<Ui::ListenerView>(m_temp->url(), nullptr);
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestListenerView::cleanup()
{
    m_view.reset();
    m_temp.reset();
}

void TestListenerView::selectRow(const char *table, int row)
{
    auto *view = child<QTableView>(table);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
}

void TestListenerView::warnsWhenNoTopicIsTrusted()
{
    QVERIFY(child<QLabel>("trustWarning")->isVisible());
    auto *subs = child<QTableView>("subscriptionsTable");
    QCOMPARE(subs->model()->rowCount(), 1);
    QCOMPARE(subs->model()->index(0, 1).data().toString(), QStringLiteral("210987654321"));
    QCOMPARE(subs->model()->index(0, 2).data().toString(), QStringLiteral("eu-west-1"));
    QVERIFY(!child<QPushButton>("trustAndConfirmButton")->isEnabled()); // nothing selected
}

void TestListenerView::trustAndConfirmTrustsTheSelectedTopic()
{
    selectRow("subscriptionsTable", 0);
    auto *button = child<QPushButton>("trustAndConfirmButton");
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text().remove(u'&'), QStringLiteral("Trust and confirm"));
    Dialogs::Testing::setNextConfirm(true);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM trusted_topics WHERE topic_arn = ? AND trusted_by = 'admin-ana'"),
                    {kOurs}),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'topic.trust'")), 1);
    QVERIFY(!child<QLabel>("trustWarning")->isVisible());
    QCOMPARE(child<QTableView>("trustedTopicsTable")->model()->rowCount(), 1);
    // No listener in this console: the admin is told who confirms.
    QVERIFY(Dialogs::Testing::shownMessages().join(u' ').contains(u"confirms the subscription"));
}

void TestListenerView::decliningTrustChangesNothing()
{
    selectRow("subscriptionsTable", 0);
    Dialogs::Testing::setNextConfirm(false);
    QTest::mouseClick(child<QPushButton>("trustAndConfirmButton"), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM trusted_topics")), 0);
    QVERIFY(child<QLabel>("trustWarning")->isVisible());
}

void TestListenerView::removingTrustIsAudited()
{
    selectRow("subscriptionsTable", 0);
    Dialogs::Testing::setNextConfirm(true);
    QTest::mouseClick(child<QPushButton>("trustAndConfirmButton"), Qt::LeftButton);
    selectRow("trustedTopicsTable", 0);
    auto *remove = child<QPushButton>("removeTrustButton");
    QVERIFY(remove->isEnabled());
    Dialogs::Testing::setNextText(QStringLiteral("wrong topic"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM trusted_topics")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'topic.untrust' AND note = 'wrong topic'")),
             1);
    QVERIFY(child<QLabel>("trustWarning")->isVisible());
}

void TestListenerView::configuredTopicsAreShownAndNotRemovable()
{
    m_view->setConfiguredTopics({kOurs});
    QVERIFY(!child<QLabel>("trustWarning")->isVisible());
    QCOMPARE(child<QTableView>("trustedTopicsTable")->model()->rowCount(), 1);
    selectRow("trustedTopicsTable", 0);
    QVERIFY(!child<QPushButton>("removeTrustButton")->isEnabled());
    // A configured topic's pending request only needs confirming.
    selectRow("subscriptionsTable", 0);
    QCOMPARE(child<QPushButton>("trustAndConfirmButton")->text().remove(u'&'), QStringLiteral("Confirm"));
}

void TestListenerView::queueBoxSaysHowToSetOneUp()
{
    QVERIFY2(child<QLabel>("queueState")->text().contains(QStringLiteral("Settings → AWS")),
             qPrintable(child<QLabel>("queueState")->text()));
    Model::QueuePullerService service;
    service.notStarted(QStringLiteral("https://sqs.eu-west-1.amazonaws.com/1/q"), QStringLiteral("no AWS credentials: set ..."));
    m_view->setQueueService(&service);
    QCOMPARE(child<QLabel>("queueState")->text(), QStringLiteral("Stopped: no AWS credentials: set ..."));
    m_view->setQueueService(nullptr);
}

void TestListenerView::queueBoxShowsWhatThePullerDid()
{
    Test::AwsStandIn aws;
    QVERIFY(aws.start());
    Test::TestCa ca;
    const Test::TestCa::Leaf leaf = ca.issue();
    QStringList bodies;
    for (int i = 0; i < 3; ++i)
        bodies << QString::fromUtf8(Test::signedEnvelope(
            {{QStringLiteral("Type"), QStringLiteral("Notification")},
             {QStringLiteral("MessageId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("TopicArn"), Test::ListenerHarness::topicArn},
             {QStringLiteral("Message"), Test::Ses::bounce({QStringLiteral("q%1@example.org").arg(i)}, QStringLiteral("Permanent"),
                                                            QStringLiteral("General"))},
             {QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
            leaf.keyPem, QStringLiteral("2"), Test::ListenerHarness::certUrl));
    bodies << QStringLiteral("not an SNS message");
    const QString queueUrl = aws.addQueue(QStringLiteral("console"), bodies);
    ListenerSettings settings;
    settings.topicAllowlist = {Test::ListenerHarness::topicArn};
    settings.pinnedCertificates.insert(Test::ListenerHarness::certUrl, ca.writeFile(QStringLiteral("pin.pem"), leaf.certPem));
    PullerSettings puller;
    puller.queueUrl = queueUrl;
    puller.waitSeconds = 1;

    Model::QueuePullerService service;
    m_view->setQueueService(&service);
    service.start(m_temp->url(), settings, aws.account(), puller);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("queueCounters")->text().startsWith(
                                 QStringLiteral("4 received, 3 stored, 0 duplicates, 1 refused (left in the queue), 3 deleted")),
                             15000);
    QCOMPARE(child<QLabel>("queueState")->text(), QStringLiteral("Pulling %1").arg(queueUrl));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages")), 3);
    service.stop();

    // Wrong keys: the puller stops and the box says why, in one sentence.
    service.start(m_temp->url(), settings, aws.account(QStringLiteral("wrong")), puller);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("queueState")->text().startsWith(
                                 QStringLiteral("Stopped: SQS ReceiveMessage: AWS refused the credentials")),
                             15000);
    m_view->setQueueService(nullptr);
}

void TestListenerView::copiesTheUrlToGiveSns()
{
    Model::ListenerService service;
    ListenerSettings settings;
    settings.port = 0;
    service.start(m_temp->url(), settings);
    QTRY_VERIFY_WITH_TIMEOUT(service.isRunning(), 10000);
    Ui::ListenerView view(m_temp->url(), &service);
    view.resize(1280, 800);
    view.show();
    auto *copy = view.findChild<QPushButton *>(QStringLiteral("copyUrlButton"));
    QVERIFY(copy);
    QTRY_VERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), service.address());
    QVERIFY2(service.address().startsWith(QStringLiteral("http://127.0.0.1:")) && service.address().endsWith(u"/sns"),
             qPrintable(service.address()));
    service.stop();
    QTRY_VERIFY(!copy->isEnabled());
}

void TestListenerView::recentRejectionsSayWhenAndWhy()
{
    Model::ListenerService service;
    ListenerSettings settings;
    settings.port = 0;
    settings.basicAuthUser = QStringLiteral("sns");
    settings.basicAuthPassword = QStringLiteral("secret");
    service.start(m_temp->url(), settings);
    QTRY_VERIFY_WITH_TIMEOUT(service.isRunning(), 10000);
    Ui::ListenerView view(m_temp->url(), &service);
    view.resize(1280, 800);
    view.show();
    auto *rejected = view.findChild<QTableWidget *>(QStringLiteral("rejectedTable"));
    QVERIFY(rejected);
    QCOMPARE(rejected->rowCount(), 0);
    for (int i = 0; i < 2; ++i) // no credentials: 401, counted as "auth"
        QCOMPARE(Test::httpPost(QUrl(service.address()), QByteArrayLiteral("{}")).status, 401);
    auto requests = [rejected] {
        int n = 0;
        for (int row = 0; row < rejected->rowCount(); ++row)
            n += rejected->item(row, 1)->text().toInt();
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(requests(), 2, 5000); // one row per second in which the count went up
    for (int row = 0; row < rejected->rowCount(); ++row) {
        QCOMPARE(rejected->item(row, 2)->text(), QStringLiteral("Missing or wrong basic auth (auth)"));
        QVERIFY(!rejected->item(row, 0)->text().isEmpty()); // when
        QVERIFY(!rejected->item(row, 0)->toolTip().isEmpty()); // the date with it
    }
    // The reason column is the last one and gets the width: its words are never cut.
    const QString why = rejected->item(0, 2)->text();
    QVERIFY(rejected->columnWidth(2) > rejected->fontMetrics().horizontalAdvance(why) + 8);
    QCOMPARE(rejected->horizontalHeaderItem(2)->text(), QStringLiteral("Rejected because"));
    QVERIFY(rejected->columnWidth(2) > rejected->fontMetrics().horizontalAdvance(QStringLiteral("Rejected because")));
    service.stop();
}

QTEST_MAIN(TestListenerView)
#include "tst_listener_view.moc"
