#pragma once

#include "agent/tool.h"

#include <QThreadPool>

namespace Moltdesk::Agent {

// Runs a tool's blocking storage work (SQLite commits with synchronous=FULL, object fsyncs) on a
// thread pool so the gateway thread that answers sockets never waits on the disk. The stores use
// the calling thread's own connection, so this is safe (docs/storage.md). `done` is called on the
// pool thread; ToolRegistry hops it back to its own thread.
class ToolWorker
{
public:
    // nullptr: run inline on the caller's thread (for code that is already on a worker).
    explicit ToolWorker(QThreadPool *pool = QThreadPool::globalInstance());

    void run(std::function<ToolResult()> work, Tool::Done done) const;

private:
    QThreadPool *m_pool;
};

} // namespace Moltdesk::Agent
