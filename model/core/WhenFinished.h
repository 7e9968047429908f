// whenFinished: a future's result handed to a QObject's thread, in place of QFuture::then(context, f).
#pragma once

#include <QFutureWatcher>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>
#include <utility>

namespace Bouncedesk::Model {

// Calls f(result) on context's thread once future has finished with a result: exactly once, never
// after context is destroyed, never for a future canceled without a result (as then() skips it).
// Call it on context's thread.
//
// Why not QFuture::then(context, f): in Qt 6.4, when a future has just been finished on another thread
// (its state already Finished, its continuation not yet run), setContinuation() runs the new
// continuation at once and then stores it as well, so the finishing thread's runContinuation() runs
// it a second time, with its promise already moved out: a null dereference in reportStarted(). The
// listener attaches continuations to work that pool threads finish within microseconds, and died of
// it about once in 25 bursts of 20,000 messages. A watcher learns of the end under the future's own
// mutex, whichever thread gets there first.
template <typename T, typename F> void whenFinished(const QFuture<T> &future, QObject *context, F &&f)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, f = std::forward<F>(f)]() mutable {
        watcher->deleteLater();
        QFuture<T> done = watcher->future();
        if (done.isValid() && done.resultCount() > 0)
            f(done.takeResult());
    });
    watcher->setFuture(future);
}

// The future of f(result), computed on context's thread: whenFinished() for functions that hand back
// a transformed future (in place of QFuture::then(f)). A future ending without a result ends the
// returned one without a result too.
template <typename T, typename F>
auto mappedOn(const QFuture<T> &future, QObject *context, F &&f) -> QFuture<std::invoke_result_t<F, T>>
{
    using U = std::invoke_result_t<F, T>;
    auto promise = std::make_shared<QPromise<U>>();
    promise->start();
    QFuture<U> out = promise->future();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, promise, f = std::forward<F>(f)]() mutable {
            watcher->deleteLater();
            QFuture<T> done = watcher->future();
            if (done.isValid() && done.resultCount() > 0)
                promise->addResult(f(done.takeResult()));
            promise->finish();
        });
    watcher->setFuture(future);
    return out;
}

} // namespace Bouncedesk::Model
