#pragma once

#include "agent/tool.h"
#include "cron/job.h"

#include <QList>

namespace Moltdesk::Cron {
class Scheduler;
}

namespace Moltdesk::Agent {

// Defaults are those of security.schedule (docs/configuration.md).
struct ScheduleLimits
{
    int maxActivePerSession = 5;     // jobs that will still fire, per conversation (security.schedule.maxJobsPerConversation)
    int maxActiveTotal = 100;        // model-created jobs that will still fire, all conversations (security.schedule.maxJobs)
    qint64 minIntervalSeconds = 900; // "every" at least this; a cron expression's runs at least this far apart
    int keepFinishedPerSession = 10; // finished one-shots kept for `list`; older ones are removed
    int maxPromptChars = 4000;
};

// schedule: lets the model create, list and cancel reminders and recurring jobs that later post
// into *this* conversation. It works through Cron::Scheduler (docs/cron.md): a created job runs
// its prompt as an agent turn in the calling session (JobSpec::session = ToolContext::sessionKey)
// and delivers the reply back to it (JobSpec::deliverTo = the session key, for channel and webchat
// sessions; see docs/tools.md).
//
// Ownership: ids are generated ("sched-" + 8 hex digits) and list/cancel only see user jobs whose
// session is the caller's own, so a model can never list or cancel another conversation's jobs;
// an id of another conversation's job answers exactly like an unknown id, so its existence does
// not leak either.
//
// Threading: the scheduler lives on the gateway thread; run() hops there if called elsewhere.
class ScheduleTool : public Tool
{
public:
    static constexpr auto IdPrefix = "sched-";

    explicit ScheduleTool(Cron::Scheduler &scheduler, ScheduleLimits limits = {});

    QString name() const override;
    QString description() const override;
    QJsonObject inputSchema() const override;
    std::chrono::milliseconds timeout() const override { return std::chrono::seconds(10); }
    void run(const QJsonObject &input, const ToolContext &context, Done done) override;
    // Config reload (security.schedule): applies to the next create; existing jobs stay.
    void setLimits(const ScheduleLimits &limits) { m_limits = limits; }

    // The work itself, synchronous, on the scheduler's thread.
    ToolResult execute(const QJsonObject &input, const ToolContext &context);

    // The jobs this session created through the tool, sorted by id.
    QList<Cron::Job> sessionJobs(const QString &sessionKey) const;
    // The deliverTo value for a session: the key itself for channel DMs/groups and webchat
    // clients, empty (keep the reply in the session) for cron and api sessions.
    static QString deliveryTarget(const QString &sessionKey);

private:
    ToolResult create(const QJsonObject &input, const ToolContext &context);
    ToolResult list(const ToolContext &context) const;
    ToolResult cancel(const QJsonObject &input, const ToolContext &context);
    bool isActive(const Cron::Job &job) const;
    int activeModelJobs() const;
    // Why this schedule fires too often for a model-created job, or empty.
    QString tooFrequent(Cron::Schedule::Kind kind, const QString &text, const QByteArray &zone) const;
    void pruneFinished(const QString &sessionKey);
    QString generateId() const;
    QString describeJob(const Cron::Job &job) const;

    Cron::Scheduler &m_scheduler;
    ScheduleLimits m_limits;
};

} // namespace Moltdesk::Agent
