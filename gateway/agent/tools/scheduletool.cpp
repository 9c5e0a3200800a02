#include "agent/tools/scheduletool.h"

#include "cron/job.h"
#include "cron/jobspec.h"
#include "cron/scheduler.h"
#include "sessions/sessionkey.h"

#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

// "2024-06-03T10:00:00+02:00 (Monday)" in the job's own zone: the model relays it to the user,
// who thinks in that zone's wall clock.
QString localTime(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return u"never"_s;
    const QDateTime local = instant.toTimeZone(zone);
    return local.toString(Qt::ISODate) + u" ("_s + QLocale::c().dayName(local.date().dayOfWeek()) + u')';
}

QString promptPreview(const QString &prompt)
{
    const QString flat = prompt.simplified();
    return flat.size() > 120 ? flat.left(117) + u"..."_s : flat;
}

} // namespace

ScheduleTool::ScheduleTool(Cron::Scheduler &scheduler, ScheduleLimits limits)
    : m_scheduler(scheduler)
    , m_limits(limits)
{
}

QString ScheduleTool::name() const
{
    return u"schedule"_s;
}

QString ScheduleTool::description() const
{
    return u"Creates, lists and cancels reminders and recurring jobs for this conversation. When a job fires, "
           "its prompt is given to you as a new message in this conversation and your answer is posted here. "
           "action \"create\": give \"prompt\" (what to do or say then, e.g. \"Remind the user to call Anna\") and "
           "exactly one of \"at\" (one time, ISO-8601 such as \"2026-01-31T09:00:00\", with or without an offset), "
           "\"every\" (an interval such as \"30m\", \"2h\" or \"1d\"; at least 1 minute) or \"cron\" (5 fields "
           "\"minute hour day-of-month month day-of-week\", e.g. \"0 9 * * MON-FRI\"). Times without an offset and "
           "cron fields are read in \"timezone\" (an IANA name such as \"Europe/Berlin\"; default %1). "
           "action \"list\": this conversation's jobs with their ids and next run. action \"cancel\": give \"id\". "
           "At most %2 active jobs per conversation; a recurring job runs at most every %3 minutes."_s
        .arg(QString::fromUtf8(m_scheduler.defaultZone()))
        .arg(m_limits.maxActivePerSession)
        .arg(m_limits.minIntervalSeconds / 60);
}

QJsonObject ScheduleTool::inputSchema() const
{
    const auto text = [](int maxLength, const QString &description) {
        return QJsonObject{{u"type"_s, u"string"_s},
                           {u"minLength"_s, 1},
                           {u"maxLength"_s, maxLength},
                           {u"description"_s, description}};
    };
    return {{u"type"_s, u"object"_s},
            {u"properties"_s,
             QJsonObject{
                 {u"action"_s, QJsonObject{{u"type"_s, u"string"_s},
                                            {u"enum"_s, QJsonArray{u"create"_s, u"list"_s, u"cancel"_s}}}},
                 {u"prompt"_s, text(m_limits.maxPromptChars, u"for create: what to do or say when the job fires"_s)},
                 {u"at"_s, text(64, u"for a one-time job: ISO-8601 date-time in the future"_s)},
                 {u"every"_s, text(32, u"for a repeating interval: \"30m\", \"2h\", \"1d\", \"1h30m\""_s)},
                 {u"cron"_s, text(128, u"for a calendar schedule: 5-field cron expression"_s)},
                 {u"timezone"_s, text(64, u"IANA time zone for \"at\" without offset and for \"cron\""_s)},
                 {u"id"_s, text(64, u"for cancel: the job id from create or list"_s)}}},
            {u"required"_s, QJsonArray{u"action"_s}},
            {u"additionalProperties"_s, false}};
}

void ScheduleTool::run(const QJsonObject &input, const ToolContext &context, Done done)
{
    if (QThread::currentThread() == m_scheduler.thread()) {
        done(execute(input, context));
        return;
    }
    QMetaObject::invokeMethod(&m_scheduler, [this, input, context, done = std::move(done)] {
        done(execute(input, context));
    });
}

ToolResult ScheduleTool::execute(const QJsonObject &input, const ToolContext &context)
{
    if (context.sessionKey.isEmpty())
        return ToolResult::error(u"schedule is not available here: this call has no conversation to post into"_s);
    const QString action = input.value(u"action"_s).toString();
    if (action == u"create"_s)
        return create(input, context);
    if (action == u"list"_s)
        return list(context);
    if (action == u"cancel"_s)
        return cancel(input, context);
    return ToolResult::error(u"unknown action \"%1\": use create, list or cancel"_s.arg(action.left(40)));
}

QList<Cron::Job> ScheduleTool::sessionJobs(const QString &sessionKey) const
{
    const QString prefix = QString::fromLatin1(IdPrefix);
    QList<Cron::Job> mine;
    const QList<Cron::Job> all = m_scheduler.jobs();
    for (const Cron::Job &job : all) {
        if (job.source == Cron::Job::Source::User && job.id.startsWith(prefix) && job.sessionKey() == sessionKey)
            mine.append(job);
    }
    return mine;
}

QString ScheduleTool::deliveryTarget(const QString &sessionKey)
{
    const auto key = Sessions::SessionKey::parse(sessionKey);
    if (!key)
        return {};
    switch (key->kind()) {
    case Sessions::SessionKey::Kind::Dm:
    case Sessions::SessionKey::Kind::Group:
    case Sessions::SessionKey::Kind::Webchat:
        // "<channel>:dm:<peer>", "<channel>:group:<chat>", "webchat:<client>": the contract's key
        // already has the JobSpec shape "<channel>:<target>"; the runner parses it back with
        // SessionKey::parse. Channels JobSpec does not know (a future one) keep it in the session.
        return key->toString();
    case Sessions::SessionKey::Kind::Cron:
    case Sessions::SessionKey::Kind::Api:
        break; // nothing to push to: api answers per request, cron sessions have no audience
    }
    return {};
}

bool ScheduleTool::isActive(const Cron::Job &job) const
{
    return (job.enabled && job.nextRun.isValid()) || m_scheduler.isRunning(job.id);
}

int ScheduleTool::activeModelJobs() const
{
    const QString prefix = QString::fromLatin1(IdPrefix);
    int active = 0;
    const QList<Cron::Job> all = m_scheduler.jobs();
    for (const Cron::Job &job : all)
        active += job.source == Cron::Job::Source::User && job.id.startsWith(prefix) && isActive(job) ? 1 : 0;
    return active;
}

QString ScheduleTool::tooFrequent(Cron::Schedule::Kind kind, const QString &text, const QByteArray &zone) const
{
    if (kind == Cron::Schedule::Kind::At)
        return {};
    const auto schedule = Cron::Schedule::parse(kind, text, QTimeZone(zone.isEmpty() ? m_scheduler.defaultZone() : zone));
    if (!schedule)
        return {}; // the scheduler explains the syntax error
    const QString minimum = u"jobs created in a conversation run at most every %1 minutes"_s.arg(
        m_limits.minIntervalSeconds / 60);
    if (kind == Cron::Schedule::Kind::Every) {
        if (schedule->everySeconds() < m_limits.minIntervalSeconds)
            return u"every \"%1\": %2; give a longer interval"_s.arg(text, minimum);
        return {};
    }
    // A cron expression: the closest two of its next runs (a day's worth covers "*/5 9 * * *").
    const QList<QDateTime> runs = schedule->preview(m_scheduler.now(), 300);
    for (qsizetype i = 1; i < runs.size(); ++i) {
        if (runs.at(i - 1).secsTo(runs.at(i)) < m_limits.minIntervalSeconds)
            return u"cron \"%1\": %2; choose fewer run times"_s.arg(text, minimum);
    }
    return {};
}

ToolResult ScheduleTool::create(const QJsonObject &input, const ToolContext &context)
{
    const QString prompt = input.value(u"prompt"_s).toString();
    if (prompt.trimmed().isEmpty())
        return ToolResult::error(u"\"prompt\" is required for create: say what should happen when the job fires"_s);
    if (prompt.size() > m_limits.maxPromptChars)
        return ToolResult::error(u"\"prompt\" is longer than %1 characters; shorten it"_s.arg(m_limits.maxPromptChars));

    QList<std::pair<Cron::Schedule::Kind, QString>> given;
    for (const auto &[kind, key] : {std::pair{Cron::Schedule::Kind::At, u"at"_s},
                                    std::pair{Cron::Schedule::Kind::Every, u"every"_s},
                                    std::pair{Cron::Schedule::Kind::Cron, u"cron"_s}}) {
        if (input.contains(key))
            given.append({kind, input.value(key).toString()});
    }
    if (given.size() != 1)
        return ToolResult::error(u"give exactly one of \"at\" (one time), \"every\" (interval) or \"cron\" "
                                 "(calendar schedule) for create; got %1"_s.arg(given.size()));

    int active = 0;
    const QList<Cron::Job> mine = sessionJobs(context.sessionKey);
    for (const Cron::Job &job : mine)
        active += isActive(job) ? 1 : 0;
    if (active >= m_limits.maxActivePerSession)
        return ToolResult::error(u"this conversation already has %1 active scheduled jobs, the limit; cancel one "
                                 "first (action \"list\" shows their ids)"_s.arg(active));
    if (activeModelJobs() >= m_limits.maxActiveTotal)
        return ToolResult::error(u"this gateway already has %1 active scheduled jobs created in conversations, the "
                                 "limit; cancel one first"_s.arg(m_limits.maxActiveTotal));
    if (const QString why = tooFrequent(given.first().first, given.first().second,
                                        input.value(u"timezone"_s).toString().toUtf8());
        !why.isEmpty())
        return ToolResult::error(u"could not schedule: "_s + why);

    Cron::JobSpec spec;
    spec.id = generateId();
    spec.kind = given.first().first;
    spec.schedule = given.first().second;
    spec.timezone = input.value(u"timezone"_s).toString().toUtf8();
    spec.prompt = prompt;
    spec.session = context.sessionKey;
    spec.deliverTo = deliveryTarget(context.sessionKey);

    const Storage::Result<Cron::Job> added = m_scheduler.addJob(spec);
    if (!added) {
        QString message = added.error().message;
        if (spec.kind == Cron::Schedule::Kind::At && message.contains(u"in the past"_s)) {
            const QTimeZone zone(spec.timezone.isEmpty() ? m_scheduler.defaultZone() : spec.timezone);
            message += u"; it is now %1: give a later time"_s.arg(localTime(m_scheduler.now(), zone));
        }
        return ToolResult::error(u"could not schedule: "_s + message);
    }
    pruneFinished(context.sessionKey);
    const Cron::Job &job = added.value();
    return ToolResult::text(u"Scheduled job %1: %2. Next run: %3. It will post into this conversation."_s.arg(
        job.id, job.schedule.describe(), localTime(job.nextRun, job.schedule.zone())));
}

ToolResult ScheduleTool::list(const ToolContext &context) const
{
    const QList<Cron::Job> mine = sessionJobs(context.sessionKey);
    if (mine.isEmpty())
        return ToolResult::text(u"This conversation has no scheduled jobs."_s);
    QStringList lines;
    lines.append(u"Scheduled jobs of this conversation (%1):"_s.arg(mine.size()));
    for (const Cron::Job &job : mine)
        lines.append(u"- "_s + describeJob(job));
    return ToolResult::text(lines.join(u'\n'));
}

QString ScheduleTool::describeJob(const Cron::Job &job) const
{
    const QString state = m_scheduler.isRunning(job.id) ? u"running now"_s
        : isActive(job)                                ? u"next run "_s + localTime(job.nextRun, job.schedule.zone())
                                                       : u"finished"_s;
    return u"%1: %2; %3; prompt: \"%4\""_s.arg(job.id, job.schedule.describe(), state, promptPreview(job.prompt));
}

ToolResult ScheduleTool::cancel(const QJsonObject &input, const ToolContext &context)
{
    const QString id = input.value(u"id"_s).toString().trimmed();
    if (id.isEmpty())
        return ToolResult::error(u"\"id\" is required for cancel (action \"list\" shows the ids)"_s);
    const QList<Cron::Job> mine = sessionJobs(context.sessionKey);
    const bool owned = std::any_of(mine.cbegin(), mine.cend(), [&id](const Cron::Job &job) { return job.id == id; });
    // Another conversation's job answers like an unknown one: the model learns nothing about it.
    if (!owned)
        return ToolResult::error(u"this conversation has no scheduled job \"%1\" (action \"list\" shows the ids)"_s
                                     .arg(id.left(64)));
    const Storage::Result<void> removed = m_scheduler.removeJob(id);
    if (!removed)
        return ToolResult::error(u"could not cancel job %1: %2"_s.arg(id, removed.error().message));
    return ToolResult::text(u"Cancelled job %1; it will not run again."_s.arg(id));
}

void ScheduleTool::pruneFinished(const QString &sessionKey)
{
    // Finished one-shots stay listable for a while ("did my reminder fire?"), but not forever:
    // the oldest beyond keepFinishedPerSession are removed with their history.
    QList<Cron::Job> finished;
    const QList<Cron::Job> mine = sessionJobs(sessionKey);
    for (const Cron::Job &job : mine) {
        if (!isActive(job))
            finished.append(job);
    }
    std::sort(finished.begin(), finished.end(),
              [](const Cron::Job &a, const Cron::Job &b) { return a.created < b.created; });
    for (qsizetype i = 0; i < finished.size() - m_limits.keepFinishedPerSession; ++i)
        m_scheduler.removeJob(finished.at(i).id); // a failure only leaves an extra row behind
}

QString ScheduleTool::generateId() const
{
    for (;;) {
        const QString id = QString::fromLatin1(IdPrefix)
            + QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
        if (!m_scheduler.job(id))
            return id;
    }
}

} // namespace Moltdesk::Agent
