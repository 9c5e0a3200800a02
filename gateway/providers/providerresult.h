#pragma once

#include "providers/tokenusage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Providers {

// Why the model stopped, normalised across providers.
enum class StopReason { EndTurn, ToolUse, MaxTokens, StopSequence, Error };

// A completed model reply. `content` holds canonical blocks (text and tool_use), ready to be
// stored as {"role":"assistant","content":content}.
struct ProviderResult
{
    QJsonArray content;
    StopReason stopReason = StopReason::EndTurn;
    TokenUsage usage;
    QString messageId; // the provider's id for the reply ("msg_...", "chatcmpl-...")
    QString model;     // the model that answered, as the provider names it

    static QString stopReasonName(StopReason reason);
    QJsonObject toMessage() const;
    QString text() const;          // all text blocks concatenated
    QJsonArray toolUses() const;   // the tool_use blocks, in order
};

} // namespace Moltdesk::Providers

Q_DECLARE_METATYPE(Moltdesk::Providers::ProviderResult)
