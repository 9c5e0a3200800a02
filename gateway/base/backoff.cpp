#include "base/backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Moltdesk::Base {

std::chrono::milliseconds Backoff::step(int attempt) const
{
    // factor^(n-1) in double, with the exponent bounded before it can overflow: 2^62 times any
    // sane initial delay is far past any cap.
    const int exponent = std::clamp(attempt - 1, 0, 62);
    const double raw = double(std::max<qint64>(0, initial.count())) * std::pow(std::max(1.0, factor), exponent);
    const double capped = std::min(raw, double(std::max<qint64>(0, cap.count())));
    return std::chrono::milliseconds(qint64(std::llround(capped)));
}

std::chrono::milliseconds Backoff::jittered(std::chrono::milliseconds step, double random01) const
{
    const double s = double(step.count());
    const double j = std::clamp(jitter, 0.0, 1.0);
    const double r = std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::llround(s * (1.0 - j) + s * j * r)));
}

std::chrono::milliseconds Backoff::delayFor(int attempt, double random01) const
{
    return jittered(step(attempt), random01);
}

double Backoff::systemRandom()
{
    return QRandomGenerator::global()->generateDouble();
}

BackoffSequence::BackoffSequence(Backoff policy, Random random)
    : m_policy(policy), m_random(std::move(random))
{
    if (!m_random)
        m_random = &Backoff::systemRandom;
}

std::chrono::milliseconds BackoffSequence::next(std::chrono::milliseconds atLeast)
{
    // Grows from the previous step rather than from the attempt count, so a hint that raised
    // one step raises the following ones too.
    if (m_attempts == 0) {
        m_step = m_policy.step(1);
    } else {
        const double grown = double(m_step.count()) * std::max(1.0, m_policy.factor);
        m_step = std::chrono::milliseconds(qint64(std::llround(std::min(grown, double(m_policy.cap.count())))));
    }
    m_step = std::max(m_step, atLeast);
    ++m_attempts;
    return std::max(m_policy.jittered(m_step, m_random()), atLeast);
}

void BackoffSequence::reset()
{
    m_attempts = 0;
    m_step = std::chrono::milliseconds(0);
}

} // namespace Moltdesk::Base
