#include "providers/router/retrypolicy.h"

#include "base/backoff.h"

#include <algorithm>

namespace Moltdesk::Providers {

RetryPolicy::RetryPolicy(Settings settings, Random random)
    : m_settings(settings), m_random(std::move(random))
{
    if (!m_random)
        m_random = &Base::Backoff::systemRandom;
    m_settings.maxAttempts = std::max(1, m_settings.maxAttempts);
}

std::optional<std::chrono::milliseconds> RetryPolicy::retryDelay(const ProviderError &error, int attemptsMade) const
{
    if (!error.retryable() || attemptsMade >= m_settings.maxAttempts)
        return std::nullopt;
    if (error.retryAfterMs() >= 0)
        return std::min(std::chrono::milliseconds(error.retryAfterMs()), m_settings.retryAfterCap);

    // attemptsMade >= 1 here: the first retry's window is `base`, then it doubles up to the cap;
    // full jitter (1.0): the wait is the drawn fraction of the window.
    const Base::Backoff backoff{m_settings.baseDelay, m_settings.maxDelay, 2.0, 1.0};
    return backoff.delayFor(attemptsMade, m_random());
}

bool RetryPolicy::failsOver(const ProviderError &error)
{
    switch (error.kind()) {
    case ProviderError::Kind::BadRequest:
    case ProviderError::Kind::Aborted:
        return false;
    default:
        return true;
    }
}

} // namespace Moltdesk::Providers
