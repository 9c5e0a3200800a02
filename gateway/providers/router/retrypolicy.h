#pragma once

#include "providers/providererror.h"

#include <chrono>
#include <functional>
#include <optional>

namespace Moltdesk::Providers {

struct RetrySettings
{
    int maxAttempts = 3; // per model, including the first (ai.retry.maxAttempts)
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{std::chrono::seconds(20)};
    std::chrono::milliseconds retryAfterCap{std::chrono::seconds(60)};
};

// When to try a failed provider call again, and how long to wait first.
//
// Waits follow the providers' own advice: a retry-after / retry-after-ms hint is honoured
// (capped at `retryAfterCap`, so a server asking for an hour does not park a chat for an hour -
// past the cap the attempt is still made and may fail over), otherwise "full jitter"
// exponential backoff (Base::Backoff with jitter 1): uniform in [0, min(cap, base * 2^(retry-1))]
// (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/), which keeps many
// clients that failed together from retrying together.
class RetryPolicy
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    using Settings = RetrySettings;

    explicit RetryPolicy(Settings settings = {}, Random random = {});

    const Settings &settings() const { return m_settings; }
    // Config reload: calls already started keep the copy they took.
    void setSettings(const Settings &settings) { m_settings = settings; }

    // The wait before attempt `attemptsMade + 1` on the same model, or nullopt when the error
    // must not be retried there (not retryable, or attempts exhausted).
    std::optional<std::chrono::milliseconds> retryDelay(const ProviderError &error, int attemptsMade) const;

    // Whether the next model in the chain should be tried after `error` ended this model's
    // attempts. Everything but bad_request (the request itself is wrong: another model would
    // refuse it too) and aborted (the caller wants nothing more) fails over - including auth and
    // spend_limit, which concern only this provider's account.
    static bool failsOver(const ProviderError &error);

private:
    Settings m_settings;
    Random m_random;
};

} // namespace Moltdesk::Providers
