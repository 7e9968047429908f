// RateAlarm and levelFor: the warning a user sees once per crossing, and the level colours' thresholds.
#include "tables/RateAlarm.h"
#include "tables/RateSeries.h"

#include <QTest>

#include <limits>

using namespace Bouncedesk::Model;

class TestRateAlarm final : public QObject {
    Q_OBJECT

private slots:
    void levels_data();
    void levels();
    void crossingUpFiresOnce();
    void fallingBelowRearms();
    void eachRateHasItsOwnCrossing();
    void bothCrossingTogetherIsOneMessage();
    void noMailChangesNothing();
    void fractionComesFromSettings();
};

void TestRateAlarm::levels_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("bounce");
    QTest::addColumn<RateLevel>("level");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("bounce 0") << 0.0 << true << RateLevel::Healthy;
    QTest::newRow("bounce 3.99%") << 0.0399 << true << RateLevel::Healthy;
    QTest::newRow("bounce 4/100 (80% of 5%)") << 4.0 / 100 << true << RateLevel::Warning;
    QTest::newRow("bounce 4.99%") << 0.0499 << true << RateLevel::Warning;
    QTest::newRow("bounce 5/100") << 5.0 / 100 << true << RateLevel::Review;
    QTest::newRow("bounce 9.99%") << 0.0999 << true << RateLevel::Review;
    QTest::newRow("bounce 10/100") << 10.0 / 100 << true << RateLevel::Pause;
    QTest::newRow("bounce 100%") << 1.0 << true << RateLevel::Pause;
    QTest::newRow("bounce no mail") << nan << true << RateLevel::Healthy;
    QTest::newRow("complaint 0.079%") << 0.00079 << false << RateLevel::Healthy;
    QTest::newRow("complaint 8/10000") << 8.0 / 10000 << false << RateLevel::Warning;
    QTest::newRow("complaint 1/1000") << 1.0 / 1000 << false << RateLevel::Review;
    QTest::newRow("complaint 4.99/1000") << 0.00499 << false << RateLevel::Review;
    QTest::newRow("complaint 1/200") << 1.0 / 200 << false << RateLevel::Pause;
}

void TestRateAlarm::levels()
{
    QFETCH(double, rate);
    QFETCH(bool, bounce);
    QFETCH(RateLevel, level);
    if (bounce)
        QCOMPARE(levelFor(rate, RateLimits::bounceReview, RateLimits::bouncePause, 0.8), level);
    else
        QCOMPARE(levelFor(rate, RateLimits::complaintReview, RateLimits::complaintPause, 0.8), level);
}

void TestRateAlarm::crossingUpFiresOnce()
{
    RateAlarm alarm(0.8);
    QVERIFY(!alarm.update(0.01, 0));
    const auto message = alarm.update(0.045, 0);
    QVERIFY(message);
    QVERIFY2(message->contains(u"4.50%"), qPrintable(*message));
    QVERIFY2(message->startsWith(u"Bounce rate 4.50%"), qPrintable(*message));
    QVERIFY2(message->contains(u"4.00%"), qPrintable(*message)); // the warning level
    // Staying above, even climbing to review and pause, is the same crossing.
    QVERIFY(!alarm.update(0.045, 0));
    QVERIFY(!alarm.update(0.06, 0));
    QVERIFY(!alarm.update(0.2, 0));
}

void TestRateAlarm::fallingBelowRearms()
{
    RateAlarm alarm(0.8);
    QVERIFY(alarm.update(0.05, 0));
    QVERIFY(!alarm.update(0.05, 0));
    QVERIFY(!alarm.update(0.039, 0)); // below: re-armed, nothing to say
    QVERIFY(!alarm.update(0.039, 0));
    QVERIFY(alarm.update(0.041, 0)); // up again: fires again
    QVERIFY(!alarm.update(0.041, 0));
}

void TestRateAlarm::eachRateHasItsOwnCrossing()
{
    RateAlarm alarm(0.8);
    QVERIFY(alarm.update(0.06, 0));
    const auto complaint = alarm.update(0.06, 0.0009);
    QVERIFY(complaint);
    QVERIFY2(complaint->startsWith(u"Complaint rate 0.09%"), qPrintable(*complaint));
    QVERIFY2(!complaint->contains(u"ounce"), qPrintable(*complaint));
    QVERIFY(!alarm.update(0.06, 0.0009));
}

void TestRateAlarm::bothCrossingTogetherIsOneMessage()
{
    RateAlarm alarm(0.8);
    const auto message = alarm.update(0.11, 0.006);
    QVERIFY(message);
    QVERIFY2(message->startsWith(u"Bounce rate 11.00%"), qPrintable(*message));
    QVERIFY2(message->contains(u"complaint rate 0.60%"), qPrintable(*message));
    QVERIFY(!alarm.update(0.11, 0.006));
}

void TestRateAlarm::noMailChangesNothing()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    RateAlarm alarm(0.8);
    QVERIFY(!alarm.update(nan, nan));
    QVERIFY(alarm.update(0.05, 0));
    QVERIFY(!alarm.update(nan, nan)); // a quiet hour is not "back to healthy"
    QVERIFY(!alarm.update(0.05, 0));
}

void TestRateAlarm::fractionComesFromSettings()
{
    RateAlarm alarm(0.5); // warn at half the review limit: 2.5% / 0.05%
    QCOMPARE(alarm.bounceWarning(), 0.5 * RateLimits::bounceReview);
    QVERIFY(!alarm.update(0.024, 0.0004));
    QVERIFY(alarm.update(0.026, 0));
    alarm.setWarningFraction(0.9); // now 4.5%: 2.6% is below, re-armed
    QVERIFY(!alarm.update(0.026, 0));
    QVERIFY(alarm.update(0.046, 0));
}

QTEST_GUILESS_MAIN(TestRateAlarm)
#include "tst_rate_alarm.moc"
