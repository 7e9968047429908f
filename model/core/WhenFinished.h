// whenFinished: a future's result handed to a QObject's thread, in place of QFuture::then(context, f).
#pragma once

#include <QFutureWatcher>
#include <QThread>

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
template <typename T, typename F>
void whenFinished(const QFuture<T> &future, QObject *context, F &&f)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, f = std::forward<F>(f)]() mutable {
                         watcher->deleteLater();
                         QFuture<T> done = watcher->future();
                         if (done.isValid() && done.resultCount() > 0)
                             f(done.takeResult());
                     });
    watcher->setFuture(future);
}

} // namespace Bouncedesk::Model
