#include "channels/telegram/pollerstatus.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

QString PollerStatus::stateName(State state)
{
    switch (state) {
    case State::Stopped: return u"stopped"_s;
    case State::Polling: return u"polling"_s;
    case State::Retrying: return u"retrying"_s;
    case State::Conflict: return u"conflict"_s;
    case State::Unauthorized: return u"unauthorized"_s;
    }
    return u"unknown"_s;
}

} // namespace Moltdesk::Telegram
