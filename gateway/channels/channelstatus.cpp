#include "channels/channelstatus.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString ChannelStatus::stateName(State state)
{
    switch (state) {
    case State::Disabled:
        return u"disabled"_s;
    case State::Starting:
        return u"starting"_s;
    case State::Running:
        return u"running"_s;
    case State::Retrying:
        return u"retrying"_s;
    case State::Error:
        return u"error"_s;
    case State::Stopped:
        return u"stopped"_s;
    }
    return u"stopped"_s;
}

QJsonObject ChannelStatus::toJson() const
{
    return QJsonObject{
        {u"enabled"_s, enabled()},
        {u"state"_s, stateName(state)},
        {u"detail"_s, detail},
        {u"lastEventAt"_s, timeOrNull(lastEventAt)},
        {u"lastError"_s, lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastError)},
        {u"lastErrorAt"_s, timeOrNull(lastErrorAt)},
        {u"counters"_s, QJsonObject{{u"received"_s, double(counters.received)},
                                    {u"dispatched"_s, double(counters.dispatched)},
                                    {u"duplicates"_s, double(counters.duplicates)},
                                    {u"rejected"_s, double(counters.rejected)},
                                    {u"sent"_s, double(counters.sent)},
                                    {u"errors"_s, double(counters.errors)}}},
    };
}

} // namespace Moltdesk::Channels
