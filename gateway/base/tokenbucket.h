#pragma once

#include <QtGlobal>

namespace Moltdesk::Base {

// A token bucket: `capacity` requests may go at once, then one more every 60000/perMinute ms.
// Pure arithmetic on a caller-supplied monotonic time in ms, so it is tested without waiting.
class TokenBucket
{
public:
    // perMinute <= 0: unlimited (tryTake always succeeds).
    TokenBucket(int perMinute = 0, int capacity = 0);

    bool unlimited() const { return m_perMinute <= 0; }
    bool tryTake(qint64 nowMs);
    // How long until tryTake() can succeed (0 = now).
    qint64 msUntilToken(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    int m_perMinute;
    double m_capacity;
    double m_tokens;
    qint64 m_lastMs = -1;
};

} // namespace Moltdesk::Base
