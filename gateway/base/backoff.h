#pragma once

#include <chrono>
#include <functional>

namespace Moltdesk::Base {

// Exponential backoff with a cap and jitter: the one retry schedule of the gateway (the queue's
// job retries, the provider router's retries, the Telegram poller and the Telegram channel's
// start retry each use it with their own parameters).
//
// The step before retry n (1-based) is  min(cap, initial * factor^(n-1)),  and the delay is
//   step * ((1 - jitter) + jitter * r),  r uniform in [0, 1)
// rounded to the nearest millisecond: a fixed part and a random part. jitter 0 is no jitter,
// 0.5 "equal jitter" (uniform in [step/2, step]), 1 "full jitter" (uniform in [0, step]); jitter
// only ever shortens the step, so successive delays never exceed the cap
// (AWS Architecture Blog, "Exponential Backoff And Jitter").
//
// Pure arithmetic with the random draw passed in, so it is tested without sleeping.
struct Backoff
{
    std::chrono::milliseconds initial{1000};
    std::chrono::milliseconds cap{60'000};
    double factor = 2.0; // clamped to >= 1
    double jitter = 0.0; // clamped to [0, 1]

    // min(cap, initial * factor^(attempt-1)); attempt < 1 counts as 1.
    std::chrono::milliseconds step(int attempt) const;
    // The jittered wait before retry `attempt`, for a draw `random01` in [0, 1] (clamped).
    std::chrono::milliseconds delayFor(int attempt, double random01) const;
    // `step` jittered as above (for callers that keep the step themselves, see BackoffSequence).
    std::chrono::milliseconds jittered(std::chrono::milliseconds step, double random01) const;

    // The process-wide random source (QRandomGenerator::global()), uniform in [0, 1).
    static double systemRandom();
};

// A Backoff with its own attempt counter, for callers that keep none: next() returns the wait
// before the next retry and reset() starts over after a success. The random source is injected
// (default Backoff::systemRandom).
//
// next(atLeast) lets a server's hint (Telegram's retry_after) raise the step: the wait is at least
// the hint, and later steps grow from it as from any other step.
class BackoffSequence
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit BackoffSequence(Backoff policy = {}, Random random = {});

    const Backoff &policy() const { return m_policy; }
    int attempts() const { return m_attempts; }

    std::chrono::milliseconds next(std::chrono::milliseconds atLeast = std::chrono::milliseconds(0));
    void reset();

private:
    Backoff m_policy;
    Random m_random;
    int m_attempts = 0;
    std::chrono::milliseconds m_step{0};
};

} // namespace Moltdesk::Base
