#include "base/tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace Moltdesk::Base {

TokenBucket::TokenBucket(int perMinute, int capacity)
    : m_perMinute(perMinute),
      m_capacity(capacity > 0 ? capacity : std::max(1, perMinute)),
      m_tokens(m_capacity)
{
}

void TokenBucket::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_capacity, m_tokens + double(nowMs - m_lastMs) * m_perMinute / 60000.0);
    if (nowMs > m_lastMs)
        m_lastMs = nowMs;
}

bool TokenBucket::tryTake(qint64 nowMs)
{
    if (unlimited())
        return true;
    refill(nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 TokenBucket::msUntilToken(qint64 nowMs)
{
    if (unlimited())
        return 0;
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - m_tokens) * 60000.0 / m_perMinute));
}

} // namespace Moltdesk::Base
