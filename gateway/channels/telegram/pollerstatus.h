#pragma once

#include "channels/telegram/apierror.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Moltdesk::Telegram {

// What the long-polling loop is doing, for /healthz, channels.status and the panel.
struct PollerStatus
{
    enum class State {
        Stopped,      // not started, or stop() was called
        Polling,      // a getUpdates is in flight or the sink is storing a batch
        Retrying,     // network/5xx/storage trouble: waiting `retryInMs` before the next try
        Conflict,     // 409: a webhook is set or another program polls with this token
        Unauthorized, // 401/404: the token is wrong; stopped until restarted with a new token
    };

    State state = State::Stopped;
    std::optional<ApiError> lastError;
    QString message;       // one human sentence: what is wrong and how to fix it
    qint64 offset = 0;     // the confirmed offset (persisted), 0 = none yet
    qint64 retryInMs = 0;  // Retrying/Conflict: delay before the next attempt
    int consecutiveFailures = 0;
    quint64 polls = 0;           // getUpdates answered successfully
    quint64 updatesReceived = 0; // updates handed to the sink (re-deliveries count again)
    quint64 batchesStored = 0;   // batches acknowledged with ack(true)
    quint64 batchesRefused = 0;  // ack(false): will be delivered again
    quint64 errors = 0;
    QDateTime lastPollAt;    // last successful getUpdates answer
    QDateTime lastUpdateAt;  // last non-empty batch

    static QString stateName(State state); // "stopped", "polling", "retrying", "conflict", "unauthorized"
    QString stateName() const { return stateName(state); }
};

} // namespace Moltdesk::Telegram

Q_DECLARE_METATYPE(Moltdesk::Telegram::PollerStatus)
