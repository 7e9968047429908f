// MaintenanceDialog driven like a user: dry run, declined and confirmed runs, report, failure message.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "common/Dialogs.h"
#include "settings/MaintenanceDialog.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Store.h"


#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;
namespace Dialogs = Bouncedesk::Ui::Dialogs;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QString softBounce(const QString &email, const QDateTime &when)
{
    return Test::eventAt(Test::Ses::bounce({email}, QStringLiteral("Transient"), QStringLiteral("MailboxFull")), when);
}
} // namespace

class TestMaintenanceDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dryRunShowsThePlanAndChangesNothing();
    void runAsksFirstAndDeclineChangesNothing();
    void confirmedRunChangesTheDatabase();
    void reportShowsTheHealthReport();
    void failureIsReportedInADialog();

private:
    qint64 scalar(const QString &sql) const { return Test::scalar(*Database::connection(m_temp->url()), sql); }
    QString output() const { return child<QPlainTextEdit>(QStringLiteral("maintenanceOutput"))->toPlainText(); }
    void click(const QString &button) const
    {
        QPushButton *b = child<QPushButton>(button);
        QVERIFY(b);
        QTRY_VERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    template <typename T>
    T *child(const QString &name) const { return m_dialog->findChild<T *>(name); }
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Ui::MaintenanceDialog> m_dialog;
};

void TestMaintenanceDialog::initTestCase()
{
    Dialogs::Testing::enable();
}

// soft@ bounced softly 33, 32 and 31 days before kNow: suppressed for soft bounces, due to recover.
void TestMaintenanceDialog::init()
{
    Dialogs::Testing::reset();
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Store::open(m_temp->url()).ok());
    {
        IngestWriter writer(m_temp->url(), PolicySettings{});
        for (int d : {33, 32, 31}) {
            const QDateTime when = kNow.addDays(-d);
            const auto stored = Test::storeSes(writer, softBounce(QStringLiteral("soft@a.example"), when), when);
            QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
        }
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 1);
    m_dialog = std::make_unique<Ui::MaintenanceDialog>(m_temp->url(), PolicySettings{});
    m_dialog->setClock(kNow);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestMaintenanceDialog::cleanup()
{
    m_dialog.reset();
    m_temp.reset();
}

void TestMaintenanceDialog::dryRunShowsThePlanAndChangesNothing()
{
    auto *out = child<QPlainTextEdit>(QStringLiteral("maintenanceOutput"));
    QVERIFY(out);
    QVERIFY(out->isReadOnly());
    click(QStringLiteral("dryRunButton"));
    QTRY_VERIFY2(output().contains(u"nothing was changed"), qPrintable(output()));
    QVERIFY2(output().contains(u"soft@a.example: recovered after 31 quiet days; soft-bounce suppression lifted"),
             qPrintable(output()));
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bounces")), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    QVERIFY(Dialogs::Testing::shownMessages().isEmpty()); // a dry run asks nothing
}

void TestMaintenanceDialog::runAsksFirstAndDeclineChangesNothing()
{
    QSignalSpy finished(m_dialog.get(), &Ui::MaintenanceDialog::taskFinished);
    Dialogs::Testing::setNextConfirm(false);
    click(QStringLiteral("runButton"));
    QCOMPARE(Dialogs::Testing::shownMessages().size(), 1);
    QVERIFY(Dialogs::Testing::shownMessages().constFirst().startsWith(u"Run maintenance"));
    QVERIFY(!m_dialog->isBusy());
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 1);
}

void TestMaintenanceDialog::confirmedRunChangesTheDatabase()
{
    QSignalSpy finished(m_dialog.get(), &Ui::MaintenanceDialog::taskFinished);
    Dialogs::Testing::setNextConfirm(true);
    click(QStringLiteral("runButton"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY2(output().contains(u"Maintenance at 2026-03-01T12:00:00Z: done"), qPrintable(output()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM address_state WHERE status = 'clean'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bounces")), 0); // 31+ days old and no longer a source
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'maintenance.run'")), 1);
}

void TestMaintenanceDialog::reportShowsTheHealthReport()
{
    child<QSpinBox>(QStringLiteral("reportDays"))->setValue(40);
    click(QStringLiteral("reportButton"));
    QTRY_VERIFY2(output().contains(u"Bouncedesk health report, 2026-01-20T12:00:00Z to 2026-03-01T12:00:00Z"),
                 qPrintable(output()));
    QVERIFY2(output().contains(u"Transient/MailboxFull"), qPrintable(output()));
    QVERIFY2(output().contains(u"a.example"), qPrintable(output()));
}

void TestMaintenanceDialog::failureIsReportedInADialog()
{
    QString error;
    auto empty = Test::TempDatabase::create(&error); // never migrated
    QVERIFY2(empty, qPrintable(error));
    Ui::MaintenanceDialog dialog(empty->url(), PolicySettings{});
    QSignalSpy finished(&dialog, &Ui::MaintenanceDialog::taskFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("dryRunButton")), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(Dialogs::Testing::shownMessages().size(), 1);
    QVERIFY2(Dialogs::Testing::shownMessages().constFirst().startsWith(u"Maintenance failed: "),
             qPrintable(Dialogs::Testing::shownMessages().constFirst()));
    QVERIFY(Dialogs::Testing::shownMessages().constFirst().contains(u"db migrate"));
    empty->closeConnections();
}

QTEST_MAIN(TestMaintenanceDialog)
#include "tst_maintenance_dialog.moc"
