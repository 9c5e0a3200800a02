#include "providers/router/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Moltdesk::Providers {

RetryPolicy::RetryPolicy(Settings settings, Random random)
    : m_settings(settings), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_settings.maxAttempts = std::max(1, m_settings.maxAttempts);
}

std::optional<std::chrono::milliseconds> RetryPolicy::retryDelay(const ProviderError &error, int attemptsMade) const
{
    if (!error.retryable() || attemptsMade >= m_settings.maxAttempts)
        return std::nullopt;
    if (error.retryAfterMs() >= 0)
        return std::min(std::chrono::milliseconds(error.retryAfterMs()), m_settings.retryAfterCap);

    // attemptsMade >= 1 here: the first retry's window is `base`, then it doubles up to the cap.
    const int exponent = std::clamp(attemptsMade - 1, 0, 30);
    const double window = std::min(double(m_settings.maxDelay.count()),
                                   double(m_settings.baseDelay.count()) * std::ldexp(1.0, exponent));
    const double fraction = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::floor(window * fraction)));
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
