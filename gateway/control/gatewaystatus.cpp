#include "control/gatewaystatus.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

QString GatewayStatus::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return u"stopped"_s;
    case State::Starting:
        return u"starting"_s;
    case State::Running:
        return u"running"_s;
    case State::Stopping:
        return u"stopping"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return u"stopped"_s;
}

} // namespace Moltdesk::Control
