#include "agent/idempotencycache.h"

namespace Moltdesk::Agent {

std::optional<QString> IdempotencyCache::runFor(const QString &sessionKey, const QString &idempotencyKey) const
{
    const auto it = m_runs.constFind(slot(sessionKey, idempotencyKey));
    if (it == m_runs.constEnd())
        return std::nullopt;
    return it.value();
}

void IdempotencyCache::remember(const QString &sessionKey, const QString &idempotencyKey, const QString &runId)
{
    const QString key = slot(sessionKey, idempotencyKey);
    if (!m_runs.contains(key))
        m_order.push_back(key);
    m_runs.insert(key, runId);
    while (m_order.size() > size_t(m_capacity)) {
        m_runs.remove(m_order.front());
        m_order.pop_front();
    }
}

} // namespace Moltdesk::Agent
