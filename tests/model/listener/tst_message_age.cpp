// The replay window on its own: limits, the skew allowance, "off", and the queue exemption.
#include "listener/MessageAge.h"

#include <QTest>

using namespace Bouncedesk::Model;

class TestMessageAge final : public QObject {
    Q_OBJECT

private slots:
    void window_data();
    void window();
};

void TestMessageAge::window_data()
{
    QTest::addColumn<int>("ageSeconds"); // negative: dated in the future
    QTest::addColumn<int>("windowSeconds");
    QTest::addColumn<int>("skewSeconds");
    QTest::addColumn<bool>("queued");
    QTest::addColumn<QString>("code"); // empty: accepted

    QTest::newRow("fresh") << 0 << 3600 << 300 << false << QString();
    QTest::newRow("an hour old") << 3600 << 3600 << 300 << false << QString();
    QTest::newRow("at the limit") << 3900 << 3600 << 300 << false << QString();
    QTest::newRow("a second past") << 3901 << 3600 << 300 << false << QStringLiteral("stale");
    QTest::newRow("no skew allowance") << 3601 << 3600 << 0 << false << QStringLiteral("stale");
    QTest::newRow("ahead within skew") << -300 << 3600 << 300 << false << QString();
    QTest::newRow("ahead beyond skew") << -301 << 3600 << 300 << false << QStringLiteral("future");
    QTest::newRow("off: a year old") << 365 * 86400 << 0 << 300 << false << QString();
    QTest::newRow("off: a day ahead") << -86400 << 0 << 300 << false << QString();
    // SQS holds messages for up to 14 days: no stale rule for queued messages, the future rule stays.
    QTest::newRow("queued 14 days") << 14 * 86400 << 3600 << 300 << true << QString();
    QTest::newRow("queued, a day ahead") << -86400 << 3600 << 300 << true << QStringLiteral("future");
}

void TestMessageAge::window()
{
    QFETCH(int, ageSeconds);
    QFETCH(int, windowSeconds);
    QFETCH(int, skewSeconds);
    QFETCH(bool, queued);
    QFETCH(QString, code);
    ListenerSettings settings;
    settings.replayWindowSeconds = windowSeconds;
    settings.clockSkewSeconds = skewSeconds;
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const Result<void> result =
        checkMessageAge(now.addSecs(-ageSeconds), now, settings, queued ? Delivery::Queue : Delivery::Push);
    QCOMPARE(result.ok() ? QString() : result.error().code, code);
    if (!result.ok())
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestMessageAge)
#include "tst_message_age.moc"
