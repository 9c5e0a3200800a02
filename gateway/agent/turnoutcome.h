#pragma once

#include "providers/tokenusage.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Agent {

// How a run ended; what the channel sends back and chat.send's idempotency cache remembers.
struct TurnOutcome
{
    enum class State { Final, Aborted, Error };

    QString runId;
    QString sessionKey;
    State state = State::Final;
    // The text for the user: the model's answer, a command's answer, or an error in words
    // (budget reached, provider down...). Channels send it as is.
    QString replyText;
    QString errorKind;         // "budget", "provider", "context", "storage", "tool_rounds"; empty when fine
    QString model;             // "provider/model" that produced the last reply
    QString stopReason;        // "end_turn", "tool_use", "max_tokens", ...
    Providers::TokenUsage usage; // summed over every model call of the run
    double costUsd = 0.0;        // known costs only
    int providerCalls = 0;
    int toolCalls = 0;
    bool command = false;      // answered by a chat command, no model involved
    qint64 durationMs = 0;

    static QString stateName(State state);
    QJsonObject toJson() const;
};

} // namespace Moltdesk::Agent

Q_DECLARE_METATYPE(Moltdesk::Agent::TurnOutcome)
