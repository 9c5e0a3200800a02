#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Channels {

// One adapter's health as /healthz, WS `channels.status`, the panel and /metrics show it.
struct ChannelStatus
{
    enum class State {
        Disabled, // not enabled in the config
        Starting, // validating the token, registering the webhook, ...
        Running,  // receiving
        Retrying, // a transient failure; the adapter tries again by itself (see detail)
        Error,    // needs the operator (bad token, 409 Conflict, ...): detail says the fix
        Stopped,
    };
    static constexpr State AllStates[] = {State::Disabled, State::Starting, State::Running,
                                          State::Retrying, State::Error, State::Stopped};

    struct Counters
    {
        quint64 received = 0;   // messages the adapter delivered to the pipeline
        quint64 dispatched = 0; // ... that passed every check and went to the agent
        quint64 duplicates = 0; // redeliveries dropped by the ledger
        quint64 rejected = 0;   // denied, unpaired, ignored or rate-limited
        quint64 sent = 0;       // outbound messages the channel accepted
        quint64 errors = 0;     // failed sends and adapter errors
        bool operator==(const Counters &) const = default;
    };

    QString channel;
    State state = State::Stopped;
    QString detail; // human words: what is happening, or how to fix it
    QDateTime lastEventAt;
    QString lastError;
    QDateTime lastErrorAt;
    Counters counters;

    bool enabled() const { return state != State::Disabled; }
    static QString stateName(State state); // "disabled", "starting", ...

    // {enabled, state, detail, lastEventAt, lastError, lastErrorAt, counters{...}}; times in
    // ISO 8601 UTC, null when unknown.
    QJsonObject toJson() const;

    bool operator==(const ChannelStatus &) const = default;
};

} // namespace Moltdesk::Channels

Q_DECLARE_METATYPE(Moltdesk::Channels::ChannelStatus)
