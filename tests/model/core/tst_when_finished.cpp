// whenFinished: a future's result reaches its context's thread exactly once, also when the future is
// finishing on another thread at that moment (where Qt 6.4's QFuture::then runs the continuation twice).
#include "core/WhenFinished.h"

#include <QFutureInterface>
#include <QPromise>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Bouncedesk::Model;

namespace {
// QFutureInterface<T>::reportFinished() is the base's reportFinished() (the state becomes Finished)
// followed by runContinuation(); this lets a test stop between the two, as a preempted thread does.
class SteppedInterface final : public QFutureInterface<int> {
public:
    using QFutureInterfaceBase::runContinuation;
};
} // namespace

class TestWhenFinished final : public QObject {
    Q_OBJECT

private slots:
    void attachedWhileTheOtherThreadIsFinishing();
    void resultArrivesOnTheContextThread();
    void alreadyFinished();
    void notCalledAfterTheContextIsGone();
    void notCalledForACanceledFuture();
};

void TestWhenFinished::attachedWhileTheOtherThreadIsFinishing()
{
    // The window in which the listener died: state Finished, continuation not yet run. With
    // future.then(&context, f) in its place, Qt 6.4 runs the continuation twice and the second one
    // dereferences a moved-from promise.
    SteppedInterface fi;
    fi.reportStarted();
    fi.reportResult(7);
    fi.QFutureInterfaceBase::reportFinished();
    QObject context;
    int calls = 0;
    int got = 0;
    whenFinished(fi.future(), &context, [&](int value) {
        ++calls;
        got = value;
    });
    fi.runContinuation();
    QTRY_COMPARE(calls, 1);
    QCOMPARE(got, 7);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestWhenFinished::resultArrivesOnTheContextThread()
{
    QObject context;
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    QThread *calledOn = nullptr;
    int got = 0;
    whenFinished(promise->future(), &context, [&](int value) {
        calledOn = QThread::currentThread();
        got = value;
    });
    std::unique_ptr<QThread> worker(QThread::create([promise] {
        promise->addResult(42);
        promise->finish();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QTRY_COMPARE(got, 42);
    QCOMPARE(calledOn, QThread::currentThread());
}

void TestWhenFinished::alreadyFinished()
{
    QPromise<QString> promise;
    promise.start();
    promise.addResult(QStringLiteral("done"));
    promise.finish();
    QObject context;
    QStringList got;
    whenFinished(promise.future(), &context, [&](QString value) { got << value; });
    QTRY_COMPARE(got, QStringList{QStringLiteral("done")});
    QTest::qWait(50);
    QCOMPARE(got.size(), 1);
}

void TestWhenFinished::notCalledAfterTheContextIsGone()
{
    QPromise<int> promise;
    promise.start();
    int calls = 0;
    {
        QObject context;
        whenFinished(promise.future(), &context, [&](int) { ++calls; });
    }
    promise.addResult(1);
    promise.finish();
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestWhenFinished::notCalledForACanceledFuture()
{
    QObject context;
    int calls = 0;
    {
        QPromise<int> promise;
        promise.start();
        whenFinished(promise.future(), &context, [&](int) { ++calls; });
        // Destroyed unfinished: canceled, no result.
    }
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestWhenFinished)
#include "tst_when_finished.moc"
