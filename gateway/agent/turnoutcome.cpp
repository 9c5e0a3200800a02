#include "agent/turnoutcome.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

QString TurnOutcome::stateName(State state)
{
    switch (state) {
    case State::Final:
        return u"final"_s;
    case State::Aborted:
        return u"aborted"_s;
    case State::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

QJsonObject TurnOutcome::toJson() const
{
    QJsonObject doc{{u"runId"_s, runId},
                    {u"sessionKey"_s, sessionKey},
                    {u"state"_s, stateName(state)},
                    {u"text"_s, replyText},
                    {u"usage"_s, usage.toJson()},
                    {u"costUsd"_s, costUsd},
                    {u"providerCalls"_s, providerCalls},
                    {u"toolCalls"_s, toolCalls},
                    {u"durationMs"_s, durationMs}};
    if (!model.isEmpty())
        doc.insert(u"model"_s, model);
    if (!stopReason.isEmpty())
        doc.insert(u"stopReason"_s, stopReason);
    if (!errorKind.isEmpty())
        doc.insert(u"errorKind"_s, errorKind);
    if (command)
        doc.insert(u"command"_s, true);
    return doc;
}

} // namespace Moltdesk::Agent
