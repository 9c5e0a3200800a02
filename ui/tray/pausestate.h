#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Moltdesk::Ui {

// Whether the gateway's bot is paused, as the gateway reports it (never guessed locally): the
// `agent` object of the `health`/`status` payloads and the `agent.paused` event both read
// `{"paused": bool, "since"?: "<ISO-8601 UTC>"}` (the control protocol's "Pausing the bot").
struct PauseState
{
    bool paused = false;
    QDateTime since; // UTC; invalid when not paused or not reported

    // From an `agent.paused` event payload or the `agent` object; nullopt without a bool `paused`.
    static std::optional<PauseState> fromAgent(const QJsonObject &agent);
    // From a whole health document; nullopt when it has no `agent` object (an older gateway).
    static std::optional<PauseState> fromHealth(const QJsonObject &health);

    bool operator==(const PauseState &other) const = default;
};

} // namespace Moltdesk::Ui
