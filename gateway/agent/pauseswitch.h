#pragma once

#include "base/clock.h"
#include "storage/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace Moltdesk::Storage {
class KvStore;
}

namespace Moltdesk::Agent {

// "Pause the bot": the operator's switch that stops the agent from answering channel messages
// and scheduled (cron) prompts while everything keeps being accepted and stored. The switch only
// holds the state; the channel consumer (Conversation::InboundConsumer) and the cron scheduler consult
// it. The panel's chat and the OpenAI-compatible endpoint are explicit operator requests and are
// never held (docs/agent.md "Pausing the bot").
//
// Persisted in the KV store (namespace MOLTDESK_STATE, key agent.paused, value {"since": iso}),
// so a paused bot starts paused. The key is written before the state changes in memory, so a
// failed write leaves both as they were. Lives on the gateway thread.
class PauseSwitch : public QObject
{
    Q_OBJECT

public:
    using Clock = Base::Clock;
    static inline const QString Namespace = QStringLiteral("MOLTDESK_STATE");
    static inline const QString Key = QStringLiteral("agent.paused");

    explicit PauseSwitch(Storage::KvStore &kv, Clock clock = {}, QObject *parent = nullptr);

    // Reads the stored state (start-up). An unreadable stored value counts as paused since now:
    // the safer reading of "the operator wanted it paused".
    Storage::Result<void> load();

    bool isPaused() const { return m_since.isValid(); }
    // When the bot was paused (UTC); invalid while it runs.
    QDateTime since() const { return m_since; }

    // Idempotent: pausing a paused bot keeps the first `since`. True when the state changed.
    Storage::Result<bool> pause();
    Storage::Result<bool> resume();

    // {"paused": bool, "since"?: "<ISO-8601 UTC>"}: the `agent` object of health/status and the
    // payload of the `agent.paused` event.
    QJsonObject toJson() const;

signals:
    void changed(bool paused);

private:
    Storage::KvStore &m_kv;
    Clock m_clock;
    QDateTime m_since;
};

} // namespace Moltdesk::Agent
