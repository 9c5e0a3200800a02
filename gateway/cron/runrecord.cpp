#include "cron/runrecord.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Cron {

QJsonObject RunRecord::toJson() const
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    return {
        {u"id"_s, id},
        {u"jobId"_s, jobId},
        {u"scheduled"_s, time(scheduled)},
        {u"started"_s, time(started)},
        {u"finished"_s, time(finished)},
        {u"outcome"_s, Outcome::statusName(outcome.status)},
        {u"detail"_s, outcome.detail},
        {u"manual"_s, manual},
    };
}

} // namespace Moltdesk::Cron
