#include "queue/jobrow.h"

#include <QJsonDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Moltdesk::Queue {

namespace {

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

QString JobRow::columns()
{
    return u"j.id, j.queue, j.payload, j.dedupe_key, j.ordering_key, j.state, j.attempts, j.max_attempts,"
           " j.next_run, j.last_error, j.created, j.updated"_s;
}

Job JobRow::read(const QSqlQuery &query)
{
    Job job;
    job.id = query.value(0).toLongLong();
    job.queue = query.value(1).toString();
    // Payloads are written by enqueue() from a QJsonObject, so they always parse as one.
    job.payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    job.dedupeKey = query.value(3).toString();
    job.orderingKey = query.value(4).toString();
    job.state = stateFromName(query.value(5).toString()).value_or(JobState::Pending);
    job.attempts = query.value(6).toInt();
    job.maxAttempts = query.value(7).toInt();
    job.nextRunAt = fromMs(query.value(8));
    job.lastError = query.value(9).toString();
    job.createdAt = fromMs(query.value(10));
    job.updatedAt = fromMs(query.value(11));
    return job;
}

} // namespace Moltdesk::Queue
