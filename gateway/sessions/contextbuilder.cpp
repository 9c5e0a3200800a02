#include "sessions/contextbuilder.h"

#include "sessions/contentblocks.h"
#include "sessions/sessionstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using Moltdesk::Storage::Error;
using Moltdesk::Storage::Result;

namespace Moltdesk::Sessions {

namespace {

struct Item
{
    qint64 seq;
    QString role;
    QJsonArray content;
};

// Keeps the blocks whose type is not `type`, or whose id (under `idKey`) is in `keep`.
QJsonArray filterBlocks(const QJsonArray &content, const QString &type, const QString &idKey, const QSet<QString> &keep)
{
    QJsonArray result;
    for (const QJsonValue &block : content) {
        const QJsonObject object = block.toObject();
        if (object.value(u"type"_s).toString() != type || keep.contains(object.value(idKey).toString()))
            result.append(block);
    }
    return result;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// Step 1 of the policy: pair tool_use with the tool_result right after it; drop the rest.
QList<Item> repair(const QList<StoredMessage> &messages)
{
    QList<Item> items;
    for (const StoredMessage &m : messages)
        items.append({m.seq, m.role, m.content});
    for (qsizetype i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        if (item.role == u"assistant"_s) {
            const QSet<QString> next = (i + 1 < items.size() && items.at(i + 1).role == u"user"_s)
                ? toSet(ContentBlocks::toolResultIds(items.at(i + 1).content)) : QSet<QString>();
            item.content = filterBlocks(item.content, u"tool_use"_s, u"id"_s, next);
        } else {
            const QSet<QString> previous = (i > 0 && items.at(i - 1).role == u"assistant"_s)
                ? toSet(ContentBlocks::toolUseIds(items.at(i - 1).content)) : QSet<QString>();
            item.content = filterBlocks(item.content, u"tool_result"_s, u"tool_use_id"_s, previous);
        }
    }
    // Both filters look at the other side's original blocks, so a kept tool_use always has its
    // kept tool_result right after it. Drop messages left empty.
    items.erase(std::remove_if(items.begin(), items.end(), [](const Item &item) { return item.content.isEmpty(); }),
                items.end());
    return items;
}

} // namespace

ContextBuilder::ContextBuilder(SessionStore &store)
    : m_store(store)
{
}

int ContextBuilder::estimateTextTokens(const QString &text)
{
    return int((text.size() + CharsPerToken - 1) / CharsPerToken);
}

int ContextBuilder::estimateBlocksTokens(const QJsonArray &content)
{
    int tokens = 0;
    for (const QJsonValue &value : content) {
        const QJsonObject block = value.toObject();
        const QString type = block.value(u"type"_s).toString();
        if (type == u"text"_s) {
            tokens += estimateTextTokens(block.value(u"text"_s).toString());
        } else if (type == u"image"_s) {
            tokens += ImageTokens;
        } else if (type == u"tool_use"_s) {
            tokens += estimateTextTokens(block.value(u"name"_s).toString())
                + estimateTextTokens(QString::fromUtf8(
                    QJsonDocument(block.value(u"input"_s).toObject()).toJson(QJsonDocument::Compact)));
        } else if (type == u"tool_result"_s) {
            const QJsonValue result = block.value(u"content"_s);
            tokens += result.isArray() ? estimateBlocksTokens(result.toArray())
                                       : estimateTextTokens(result.toString());
        } else {
            // Unknown block types: count their JSON, the closest thing to what is sent.
            tokens += estimateTextTokens(QString::fromUtf8(QJsonDocument(block).toJson(QJsonDocument::Compact)));
        }
    }
    return tokens;
}

Result<ContextWindow> ContextBuilder::build(const SessionKey &key, const QString &systemPrompt,
                                            const ContextBudget &budget)
{
    auto source = m_store.contextSource(key);
    if (!source)
        return source.error();
    return select(systemPrompt, source.value(), budget);
}

Result<ContextWindow> ContextBuilder::select(const QString &systemPrompt, const ContextSource &source,
                                             const ContextBudget &budget)
{
    ContextWindow window;
    window.systemPrompt = systemPrompt;
    const int systemTokens = estimateTextTokens(systemPrompt);
    int remaining = budget.inputTokens() - systemTokens;
    if (remaining <= 0)
        return Error::tooLarge(u"the system prompt (~%1 tokens) does not fit the context budget of %2 input tokens"_s
                                   .arg(systemTokens).arg(budget.inputTokens()));

    int summaryTokens = 0;
    if (source.summary) {
        summaryTokens = estimateMessageTokens(source.summary->content);
        if (summaryTokens < remaining) {
            window.summaryIncluded = true;
            remaining -= summaryTokens;
        }
    }

    const QList<Item> items = repair(source.messages);
    // Units as [first, last] index ranges into items.
    QList<std::pair<qsizetype, qsizetype>> units;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const bool pairsWithNext = items.at(i).role == u"assistant"_s
            && !ContentBlocks::toolUseIds(items.at(i).content).isEmpty() && i + 1 < items.size();
        units.append({i, pairsWithNext ? i + 1 : i});
        if (pairsWithNext)
            ++i;
    }

    qsizetype firstUnit = units.size();
    int used = 0;
    while (firstUnit > 0) {
        const auto [from, to] = units.at(firstUnit - 1);
        int cost = 0;
        for (qsizetype i = from; i <= to; ++i)
            cost += estimateMessageTokens(items.at(i).content);
        if (used + cost > remaining)
            break;
        used += cost;
        --firstUnit;
    }
    if (!units.isEmpty() && firstUnit == units.size()) {
        const auto [from, to] = units.constLast();
        int cost = 0;
        for (qsizetype i = from; i <= to; ++i)
            cost += estimateMessageTokens(items.at(i).content);
        return Error::tooLarge(u"the newest message (~%1 tokens) does not fit the context budget (%2 tokens left"
                               " after the system prompt)"_s.arg(cost).arg(remaining));
    }
    if (!window.summaryIncluded) {
        while (firstUnit < units.size() && items.at(units.at(firstUnit).first).role != u"user"_s)
            ++firstUnit;
    }

    window.estimatedTokens = systemTokens;
    if (window.summaryIncluded) {
        window.messages.append(source.summary->toCanonical());
        window.seqs.append(source.summary->seq);
        window.estimatedTokens += summaryTokens;
    }
    const qsizetype firstItem = firstUnit < units.size() ? units.at(firstUnit).first : items.size();
    for (qsizetype i = firstItem; i < items.size(); ++i) {
        window.messages.append(QJsonObject{{u"role"_s, items.at(i).role}, {u"content"_s, items.at(i).content}});
        window.seqs.append(items.at(i).seq);
        window.estimatedTokens += estimateMessageTokens(items.at(i).content);
    }
    window.droppedMessages = int(source.messages.size() - (items.size() - firstItem));
    return window;
}

} // namespace Moltdesk::Sessions
