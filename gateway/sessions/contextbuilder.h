#pragma once

#include "sessions/sessionkey.h"
#include "sessions/sessiontypes.h"
#include "storage/result.h"

#include <QJsonArray>
#include <QString>

namespace Moltdesk::Sessions {

class SessionStore;

// How many tokens a call may spend on input: the model's context window minus the reply's
// maxOutputTokens minus a safety margin for the estimate's error and the provider's framing.
struct ContextBudget
{
    int contextWindowTokens = 200000;
    int maxOutputTokens = 4096;
    int marginTokens = 1024;
    int inputTokens() const { return contextWindowTokens - maxOutputTokens - marginTokens; }
};

// What goes to the model: canonical {"role","content"} messages plus the system prompt, which
// travels separately.
struct ContextWindow
{
    QString systemPrompt;
    QJsonArray messages;
    QList<qint64> seqs;          // seq of each message (the summary's own seq first, if included)
    int estimatedTokens = 0;     // system prompt included
    int droppedMessages = 0;     // stored messages left out (budget, orphans, leading non-user)
    bool summaryIncluded = false;
};

// Picks the context for a model call. Policy (docs/sessions.md, "Context selection"):
// 1. Repair: a tool_result whose tool_use is not in the message right before it, and a tool_use
//    with no tool_result in the message right after it, are removed (the Messages API rejects
//    both); a message left empty is dropped.
// 2. Units: an assistant message with tool_use and the user message with its tool_results form
//    one unit, so the window never splits them.
// 3. Newest units are taken while their estimated tokens fit the budget left after the system
//    prompt and the summary; the first unit that does not fit ends the window (older turns are
//    dropped, never skipped over).
// 4. The conversation must open with a user turn (Anthropic requires it): leading units that do
//    not start with a user message are dropped — unless a summary is included, which is itself a
//    user message and goes first.
// 5. The summary (SessionStore::setSummary) is kept if it fits; otherwise it is left out.
// If the system prompt or the newest unit alone does not fit, the result is a TooLarge error.
//
// Estimates: ≈ 4 characters per token (UTF-16 code units of text, tool names and inputs as
// compact JSON, tool_result text), a fixed ImageTokens per image (Anthropic's documented
// maximum for a ~1.15 megapixel image is ≈ 1,600 tokens) and MessageOverheadTokens per message.
class ContextBuilder
{
public:
    static constexpr int CharsPerToken = 4;
    static constexpr int ImageTokens = 1600;
    static constexpr int MessageOverheadTokens = 4;

    explicit ContextBuilder(SessionStore &store);

    Storage::Result<ContextWindow> build(const SessionKey &key, const QString &systemPrompt,
                                         const ContextBudget &budget);

    // The pure selection, for callers that already hold the messages (and for tests).
    static Storage::Result<ContextWindow> select(const QString &systemPrompt, const ContextSource &source,
                                                 const ContextBudget &budget);

    static int estimateTextTokens(const QString &text);
    static int estimateBlocksTokens(const QJsonArray &content);
    static int estimateMessageTokens(const QJsonArray &content) { return estimateBlocksTokens(content) + MessageOverheadTokens; }

private:
    SessionStore &m_store;
};

} // namespace Moltdesk::Sessions
