#include "tray/pausestate.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

std::optional<PauseState> PauseState::fromAgent(const QJsonObject &agent)
{
    const QJsonValue paused = agent.value(u"paused"_s);
    if (!paused.isBool())
        return std::nullopt;
    PauseState state;
    state.paused = paused.toBool();
    if (state.paused) {
        state.since = QDateTime::fromString(agent.value(u"since"_s).toString(), Qt::ISODateWithMs);
        if (state.since.isValid())
            state.since = state.since.toUTC();
    }
    return state;
}

std::optional<PauseState> PauseState::fromHealth(const QJsonObject &health)
{
    const QJsonValue agent = health.value(u"agent"_s);
    if (!agent.isObject())
        return std::nullopt;
    return fromAgent(agent.toObject());
}

} // namespace Moltdesk::Ui
