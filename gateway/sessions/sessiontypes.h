#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Moltdesk::Sessions {

// Value types of the session store. Messages use the team's canonical format: `content` is an
// array of Anthropic Messages API blocks (text, image, tool_use, tool_result).

// What a caller appends.
struct NewMessage
{
    QString role;              // "user" or "assistant"
    QJsonArray content;        // canonical content blocks, at least one
    QString channelMessageId;  // the channel's own id for the message, if any
    QString model;             // "provider/model" for assistant messages
    QJsonObject usage;         // {inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, estimated}
    QString runId;             // the agent run that produced or consumed it
    QJsonObject metadata;      // free-form; {"summary":true,"upToSeq":N} marks a stored summary
};

struct StoredMessage
{
    qint64 seq = 0;            // per session, strictly increasing, never reused (even across /reset)
    int generation = 0;        // conversation generation; older than the session's = archived
    bool archived = false;
    QString role;
    QJsonArray content;
    qint64 createdMs = 0;      // UTC milliseconds since the epoch
    QString channelMessageId;
    QString model;
    QJsonObject usage;
    QString runId;
    QJsonObject metadata;
    qint64 bytes = 0;          // size of the stored content JSON

    bool isSummary() const { return metadata.value(QLatin1String("summary")).toBool(); }
    QJsonObject toCanonical() const { return {{QLatin1String("role"), role}, {QLatin1String("content"), content}}; }
};

struct SessionInfo
{
    QString key;
    QString channel;
    QString kind;              // "dm", "group", "webchat", "cron", "api"
    QString title;
    qint64 createdMs = 0;
    qint64 lastActivityMs = 0;
    int generation = 1;
    qint64 messageCount = 0;   // messages of the current generation
    qint64 archivedCount = 0;  // messages of earlier generations still stored
    qint64 storedBytes = 0;    // content bytes of every stored message (all generations)
};

struct SessionListQuery
{
    int limit = 50;            // 1..MaxListLimit
    QString cursor;            // from the previous page's nextCursor; empty = first page
    QString search;            // substring of key or title (case-insensitive for ASCII)
    QString channel;           // exact channel filter, empty = all
};

struct SessionPage
{
    QList<SessionInfo> sessions;
    QString nextCursor;        // empty when this is the last page
};

struct HistoryQuery
{
    int limit = 100;           // 1..MaxHistoryLimit: the newest `limit` messages before beforeSeq
    std::optional<qint64> beforeSeq; // page backwards: only seq < beforeSeq
    bool includeArchived = false;    // archived generations too (flagged `archived`)
};

struct HistoryPage
{
    QList<StoredMessage> messages; // ascending seq
    bool hasMore = false;          // older messages exist (pass messages.first().seq as beforeSeq)
};

// What the context builder starts from: the current generation's latest summary (if any) and
// the messages after the seq it covers, oldest first (summary rows themselves excluded).
struct ContextSource
{
    std::optional<StoredMessage> summary;
    QList<StoredMessage> messages;
};

} // namespace Moltdesk::Sessions
