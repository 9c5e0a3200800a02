#pragma once

#include "base/backoff.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace Moltdesk::Queue {

// A job's life: pending -> running (claimed) -> done, or back to pending (retry with backoff),
// or dead (max attempts reached, or a permanent failure). Dead jobs are the dead-letter list;
// retryDead() moves one back to pending.
enum class JobState { Pending, Running, Done, Dead };

// The text stored in queue_jobs.state and shown in WS payloads/metrics labels.
QString stateName(JobState state);
std::optional<JobState> stateFromName(const QString &name);

struct Job
{
    qint64 id = 0;
    QString queue;            // e.g. "inbound", "outbound:telegram"
    QJsonObject payload;
    QString dedupeKey;        // empty = none; e.g. "telegram:update:<update_id>"
    QString orderingKey;      // empty = none; e.g. a session key
    JobState state = JobState::Pending;
    int attempts = 0;         // claims so far (a claim counts as an attempt when it starts)
    int maxAttempts = 0;
    QDateTime nextRunAt;      // when a pending job becomes due (UTC)
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
    // True when the job row was already purged and only its dedupe record remains (enqueue of a
    // duplicate after purgeDone): id/queue/dedupeKey are known, the rest is not.
    bool purged = false;

    QJsonObject toJson() const; // for WS payloads; timestamps as ISO 8601 UTC
};

struct EnqueueOptions
{
    QString dedupeKey;
    QString orderingKey;
    int maxAttempts = 0;                         // 0 = JobQueueOptions::defaultMaxAttempts
    std::chrono::milliseconds delay{0};          // first run no earlier than now + delay
};

struct EnqueueResult
{
    Job job;                // the new job, or the existing one for a duplicate
    bool duplicate = false; // true: nothing was inserted, the dedupe key was already seen
};

// What fail() did with the job.
struct FailResult
{
    JobState state = JobState::Pending; // Pending (will retry) or Dead
    QDateTime nextRunAt;                // when it runs again (Pending only)
};

struct JobQueueOptions
{
    // The wait after a failure without an explicit retry-after (Base::Backoff):
    //   delay(n) = min(cap, initial * 2^(n-1)) * ((1 - jitter) + jitter * r),  r uniform in [0, 1)
    // where n is the number of attempts made so far. Jitter only ever shortens the delay, by at
    // most `jitter` (20 %), so with a factor of 2 successive delays still grow strictly until the
    // cap, while jobs failing together (a provider outage) spread out instead of retrying in
    // lock-step.
    Base::Backoff backoff{std::chrono::seconds(5), std::chrono::minutes(30), 2.0, 0.2};
    int defaultMaxAttempts = 8;
    // How long a dedupe key is remembered after its job was enqueued or last finished. Channels
    // redeliver unacknowledged updates for hours, not days (Telegram keeps updates 24 h), so a
    // week is comfortably longer than any redelivery window.
    std::chrono::milliseconds dedupeTtl{7LL * 24 * 3600 * 1000};
    qsizetype maxPayloadBytes = 4 * 1024 * 1024;
};

// Outcome of one handled job, reported by a Worker handler through its `done` callback.
struct Outcome
{
    enum class Kind { Success, Retry, Permanent };

    Kind kind = Kind::Success;
    QString error;
    std::optional<std::chrono::milliseconds> retryAfter; // Retry only: overrides the backoff

    static Outcome success() { return {}; }
    // A transient failure (5xx, 429, timeout): retried with backoff, or after `retryAfter`
    // (e.g. a channel's Retry-After / retry_after), until max attempts.
    static Outcome retry(const QString &error, std::optional<std::chrono::milliseconds> retryAfter = std::nullopt)
    {
        return {Kind::Retry, error, retryAfter};
    }
    // A failure that will not go away by retrying (400 from a channel API, bad payload): the
    // job goes to the dead-letter list at once.
    static Outcome permanent(const QString &error) { return {Kind::Permanent, error, std::nullopt}; }
};

// Count of jobs per queue and state, as shown by queue.status and the depth gauges.
struct QueueDepth
{
    QString queue;
    qint64 pending = 0;
    qint64 running = 0;
    qint64 done = 0;
    qint64 dead = 0;
};

} // namespace Moltdesk::Queue
