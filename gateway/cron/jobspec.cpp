#include "cron/jobspec.h"

#include "config/channelnames.h"
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Moltdesk::Cron {

namespace {

// The channels config.json accepts for deliverTo (docs/configuration.md, "cron").
const QStringList kChannels = Config::ChannelNames::deliverable();
constexpr qsizetype kMaxPrompt = 32 * 1024;
constexpr qsizetype kMaxSession = 256;

} // namespace

JobSpec JobSpec::fromConfig(const Config::CronJobSettings &s)
{
    JobSpec spec;
    spec.id = s.id;
    switch (s.kind) {
    case Config::CronJobSettings::Kind::Schedule:
        spec.kind = Schedule::Kind::Cron;
        spec.schedule = s.schedule;
        break;
    case Config::CronJobSettings::Kind::Every:
        spec.kind = Schedule::Kind::Every;
        spec.schedule = QString::number(s.everySeconds);
        break;
    case Config::CronJobSettings::Kind::At:
        spec.kind = Schedule::Kind::At;
        // The config reader already placed an offset-less time in the job's zone.
        spec.schedule = s.at.toUTC().toString(Qt::ISODateWithMs);
        break;
    }
    spec.timezone = s.timezone;
    spec.prompt = s.prompt;
    spec.session = s.session;
    spec.deliverTo = s.deliverTo;
    spec.enabled = s.enabled;
    return spec;
}

Storage::Result<Job> JobSpec::toJob(const QByteArray &defaultZone, Job::Source source, const QDateTime &now) const
{
    Job job;
    job.id = id.isEmpty() ? u"job-"_s + QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0')
                          : id;
    if (!Job::isValidId(job.id))
        return Storage::Error::invalid(u"id: \"%1\" is not 1-64 letters, digits, '_', '.' or '-'"_s.arg(id.left(80)));

    const QByteArray zoneId = timezone.isEmpty() ? defaultZone : timezone;
    const QTimeZone zone(zoneId);
    if (!zone.isValid())
        return Storage::Error::invalid(
            u"timezone: \"%1\" is not an IANA time zone such as \"Europe/Berlin\""_s.arg(QString::fromUtf8(zoneId.left(80))));
    Storage::Result<Schedule> parsed = Schedule::parse(kind, schedule, zone);
    if (!parsed)
        return Storage::Error::invalid(Schedule::kindName(kind) + u": "_s + parsed.error().message);
    job.schedule = parsed.value();

    if (prompt.trimmed().isEmpty())
        return Storage::Error::invalid(u"prompt: must be a non-empty string"_s);
    if (prompt.size() > kMaxPrompt)
        return Storage::Error::invalid(u"prompt: longer than %1 characters"_s.arg(kMaxPrompt));
    job.prompt = prompt;

    if (session.size() > kMaxSession)
        return Storage::Error::invalid(u"session: longer than %1 characters"_s.arg(kMaxSession));
    job.session = session.trimmed();

    const qsizetype colon = deliverTo.indexOf(u':');
    if (!deliverTo.isEmpty()
        && !(colon > 0 && colon < deliverTo.size() - 1 && kChannels.contains(deliverTo.left(colon))))
        return Storage::Error::invalid(
            u"deliverTo: expected empty or \"<channel>:<target>\" with channel telegram, discord, whatsapp or webchat"_s);
    job.deliverTo = deliverTo;

    job.enabled = enabled;
    job.source = source;
    job.created = now.toUTC();
    return job;
}

} // namespace Moltdesk::Cron
