#include "agent/tools/toolworker.h"

namespace Moltdesk::Agent {

ToolWorker::ToolWorker(QThreadPool *pool)
    : m_pool(pool)
{
}

void ToolWorker::run(std::function<ToolResult()> work, Tool::Done done) const
{
    if (!m_pool) {
        done(work());
        return;
    }
    m_pool->start([work = std::move(work), done = std::move(done)] { done(work()); });
}

} // namespace Moltdesk::Agent
