#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace Moltdesk::Ui {

// The panel's one way to reach a store without blocking the GUI thread: `work` runs on `pool`
// (the storage classes open one SQLite connection per calling thread, so no connection is shared),
// and `done(result)` runs afterwards on `context`'s thread, by a queued signal. If `context` is
// destroyed first, the watcher (its child) goes with it and the result is dropped, so a page that
// closes mid-load is never called back. `work` must only capture values and pointers to objects
// that outlive the pool's tasks (the stores).
class AsyncTask
{
public:
    template <typename Work, typename Done>
    static void run(QThreadPool *pool, QObject *context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work &>;
        static_assert(!std::is_void_v<R>, "return the store's Result so failures reach the page");
        auto *watcher = new QFutureWatcher<R>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, done = std::move(done)]() mutable {
                             watcher->deleteLater();
                             QFuture<R> future = watcher->future();
                             done(future.takeResult());
                         });
        watcher->setFuture(QtConcurrent::run(pool ? pool : QThreadPool::globalInstance(), std::move(work)));
    }
};

} // namespace Moltdesk::Ui
