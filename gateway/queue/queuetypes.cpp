#include "queue/queuetypes.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Queue {

QString stateName(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return u"pending"_s;
    case JobState::Running:
        return u"running"_s;
    case JobState::Done:
        return u"done"_s;
    case JobState::Dead:
        return u"dead"_s;
    }
    return u"pending"_s;
}

std::optional<JobState> stateFromName(const QString &name)
{
    for (JobState state : {JobState::Pending, JobState::Running, JobState::Done, JobState::Dead}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QJsonObject Job::toJson() const
{
    const auto iso = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject json{
        {u"id"_s, id},
        {u"queue"_s, queue},
        {u"state"_s, stateName(state)},
        {u"attempts"_s, attempts},
        {u"maxAttempts"_s, maxAttempts},
        {u"nextRunAt"_s, iso(nextRunAt)},
        {u"lastError"_s, lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastError)},
        {u"createdAt"_s, iso(createdAt)},
        {u"updatedAt"_s, iso(updatedAt)},
        {u"payload"_s, payload},
    };
    json.insert(u"dedupeKey"_s, dedupeKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(dedupeKey));
    json.insert(u"orderingKey"_s, orderingKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(orderingKey));
    if (purged)
        json.insert(u"purged"_s, true);
    return json;
}

} // namespace Moltdesk::Queue
