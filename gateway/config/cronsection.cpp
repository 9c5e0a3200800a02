#include "config/cronsection.h"

#include "config/channelnames.h"
#include "base/cronexpression.h"

#include "config/schemareader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {

const QString kPath = u"cron"_s;
const QStringList kChannels = ChannelNames::deliverable();

bool readTimeZone(const QJsonObject &json, const QString &path, SchemaReader &reader, QByteArray &out)
{
    const QJsonValue value = json.value(u"timezone"_s);
    if (value.isUndefined())
        return true;
    const QByteArray id = value.toString().toUtf8();
    // QTimeZone(id).isValid() rather than isTimeZoneIdAvailable(): the latter lists only zone1970.tab
    // entries and so rejects valid links such as "Etc/UTC" (the system zone on many servers).
    if (!value.isString() || id.isEmpty() || !QTimeZone(id).isValid()) {
        reader.fail(SchemaReader::join(path, u"timezone"_s), u"an IANA time zone such as \"Europe/Berlin\""_s, value);
        return false;
    }
    out = id;
    return true;
}

void readJob(const QJsonValue &value, const QString &path, SchemaReader &reader, const QByteArray &defaultZone,
             CronJobSettings &job)
{
    if (!value.isObject()) {
        reader.fail(path, u"an object"_s, value);
        return;
    }
    const QJsonObject json = value.toObject();
    reader.checkKeys(json, path,
                     {u"id"_s, u"schedule"_s, u"every"_s, u"at"_s, u"timezone"_s, u"prompt"_s, u"session"_s,
                      u"deliverTo"_s, u"enabled"_s});

    const QJsonValue id = json.value(u"id"_s);
    // The id becomes part of the session key "cron:<id>", so keep it to a safe alphabet.
    static const QRegularExpression idPattern(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    if (id.isString() && idPattern.match(id.toString()).hasMatch())
        job.id = id.toString();
    else
        reader.fail(SchemaReader::join(path, u"id"_s), u"a job id of 1-64 letters, digits, '_', '.' or '-'"_s, id);

    readTimeZone(json, path, reader, job.timezone);

    QStringList present;
    for (const QString &key : {u"schedule"_s, u"every"_s, u"at"_s}) {
        if (json.contains(key))
            present.append(u'"' + key + u'"');
    }
    if (present.size() != 1) {
        reader.failText(path, u"expected exactly one of \"schedule\", \"every\" or \"at\", got "_s
                                  + (present.isEmpty() ? u"none"_s : present.join(u" and "_s)));
    } else if (json.contains(u"schedule"_s)) {
        job.kind = CronJobSettings::Kind::Schedule;
        const QJsonValue schedule = json.value(u"schedule"_s);
        const QString expected = schedule.isString() ? CronSection::checkSchedule(schedule.toString())
                                                     : CronSection::checkSchedule(QString());
        if (expected.isEmpty())
            job.schedule = schedule.toString().simplified();
        else
            reader.fail(SchemaReader::join(path, u"schedule"_s), expected, schedule);
    } else if (json.contains(u"every"_s)) {
        job.kind = CronJobSettings::Kind::Every;
        reader.readDuration(json, path, u"every"_s, job.everySeconds);
    } else {
        job.kind = CronJobSettings::Kind::At;
        const QJsonValue at = json.value(u"at"_s);
        QDateTime when = at.isString() ? QDateTime::fromString(at.toString(), Qt::ISODate) : QDateTime();
        if (!when.isValid()) {
            reader.fail(SchemaReader::join(path, u"at"_s), u"an ISO-8601 date-time such as \"2026-01-31T09:00:00+01:00\""_s, at);
        } else {
            // No offset given: the wall-clock time is meant in the job's (or cron's) time zone.
            if (when.timeSpec() == Qt::LocalTime) {
                const QByteArray zone = job.timezone.isEmpty() ? defaultZone : job.timezone;
                when = QDateTime(when.date(), when.time(), QTimeZone(zone));
            }
            job.at = when;
        }
    }

    reader.readString(json, path, u"prompt"_s, false, job.prompt);
    if (!json.contains(u"prompt"_s))
        reader.failText(SchemaReader::join(path, u"prompt"_s), u"expected a non-empty string, got nothing"_s);
    reader.readString(json, path, u"session"_s, true, job.session);

    const QJsonValue deliverTo = json.value(u"deliverTo"_s);
    if (!deliverTo.isUndefined()) {
        const QString text = deliverTo.toString();
        const qsizetype colon = text.indexOf(u':');
        const bool ok = deliverTo.isString()
            && (text.isEmpty() || (colon > 0 && colon < text.size() - 1 && kChannels.contains(text.left(colon))));
        if (ok)
            job.deliverTo = text;
        else
            reader.fail(SchemaReader::join(path, u"deliverTo"_s),
                        u"empty or \"<channel>:<target>\" with channel telegram, discord, whatsapp or webchat"_s, deliverTo);
    }
    reader.readBool(json, path, u"enabled"_s, job.enabled);
}

} // namespace

QString CronSection::checkSchedule(const QString &schedule)
{
    // The scheduler's own parser decides, so config.json accepts exactly what will run.
    const auto parsed = Base::CronExpression::parse(schedule);
    if (parsed.ok())
        return {};
    return u"a cron expression \"minute hour day-of-month month day-of-week\" or @hourly/@daily/@weekly/"
           "@monthly/@yearly (%1)"_s.arg(parsed.error().message);
}

void CronSection::read(const QJsonObject &json, SchemaReader &reader, CronSettings &out)
{
    reader.checkKeys(json, kPath, {u"timezone"_s, u"jobs"_s});
    readTimeZone(json, kPath, reader, out.timezone);

    const QJsonValue jobs = json.value(u"jobs"_s);
    if (jobs.isUndefined())
        return;
    const QString jobsPath = SchemaReader::join(kPath, u"jobs"_s);
    if (!jobs.isArray()) {
        reader.fail(jobsPath, u"an array of job objects"_s, jobs);
        return;
    }
    const QJsonArray array = jobs.toArray();
    QHash<QString, qsizetype> firstUse;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = SchemaReader::index(jobsPath, i);
        CronJobSettings job;
        readJob(array.at(i), path, reader, out.timezone, job);
        if (!job.id.isEmpty()) {
            if (firstUse.contains(job.id)) {
                reader.fail(SchemaReader::join(path, u"id"_s),
                            u"a unique job id ("_s + SchemaReader::index(jobsPath, firstUse.value(job.id))
                                + u" uses it already)"_s,
                            QJsonValue(job.id));
            } else {
                firstUse.insert(job.id, i);
            }
        }
        out.jobs.append(job);
    }
}

QJsonObject CronSection::toJson(const CronSettings &s)
{
    QJsonArray jobs;
    for (const CronJobSettings &job : s.jobs) {
        QJsonObject json{{u"id"_s, job.id}, {u"prompt"_s, job.prompt}, {u"enabled"_s, job.enabled}};
        switch (job.kind) {
        case CronJobSettings::Kind::Schedule: json.insert(u"schedule"_s, job.schedule); break;
        case CronJobSettings::Kind::Every: json.insert(u"every"_s, job.everySeconds); break;
        case CronJobSettings::Kind::At: json.insert(u"at"_s, job.at.toString(Qt::ISODate)); break;
        }
        if (!job.timezone.isEmpty())
            json.insert(u"timezone"_s, QString::fromUtf8(job.timezone));
        if (!job.session.isEmpty())
            json.insert(u"session"_s, job.session);
        if (!job.deliverTo.isEmpty())
            json.insert(u"deliverTo"_s, job.deliverTo);
        jobs.append(json);
    }
    return {{u"timezone"_s, QString::fromUtf8(s.timezone)}, {u"jobs"_s, jobs}};
}

} // namespace Moltdesk::Config
