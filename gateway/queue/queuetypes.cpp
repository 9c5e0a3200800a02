#include "queue/queuetypes.h"

#include <algorithm>
#include <cmath>

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

std::chrono::milliseconds BackoffPolicy::delayFor(int attempts, double random01) const
{
    // 2^(n-1) in double, capped before it can overflow: 2^40 * any sane base is far past the cap.
    const int exponent = std::clamp(attempts - 1, 0, 40);
    const double raw = double(base.count()) * std::pow(2.0, exponent);
    const double capped = std::min(raw, double(cap.count()));
    const double r = std::clamp(random01, 0.0, 1.0);
    const double j = std::clamp(jitter, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::llround(capped * (1.0 - j * r))));
}

} // namespace Moltdesk::Queue
