#include "agent/summarizer.h"

#include "base/logging.h"
#include "providers/router/providerrouter.h"
#include "providers/router/routedcall.h"
#include "sessions/sessionstore.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

// The stored summary opens with this line, so the model reading the context knows the first
// "user" message is our digest, not something the user typed.
const QString kSummaryHeading = u"[Summary of the earlier conversation]\n"_s;

QString clip(const QString &text, int maxChars)
{
    return text.size() > maxChars ? text.left(maxChars) + u" […]"_s : text;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toString();
}

QString textOf(const QJsonArray &content)
{
    QStringList parts;
    for (const QJsonValue &block : content) {
        if (block.toObject().value(u"type"_s).toString() == u"text"_s)
            parts.append(block.toObject().value(u"text"_s).toString());
    }
    return parts.join(u'\n');
}

} // namespace

QString SummaryOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Skipped: return u"skipped"_s;
    case Status::Stored: return u"stored"_s;
    case Status::Failed: return u"failed"_s;
    }
    return {};
}

Summarizer::Summarizer(SessionStore &store, Providers::ProviderRouter &router, SummarizerSettings settings,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_router(router)
    , m_settings(settings)
{
    // One writer is plenty (a summary per K dropped messages) and keeps the session's writes ordered.
    m_pool.setMaxThreadCount(1);
}

Summarizer::~Summarizer()
{
    for (const QPointer<Providers::RoutedCall> &call : std::as_const(m_calls)) {
        if (!call)
            continue;
        disconnect(call, nullptr, this, nullptr);
        call->abort();
        call->deleteLater();
    }
    m_pool.waitForDone();
}

QString Summarizer::instruction()
{
    return u"You keep the running summary of a conversation between a user and an AI assistant. Older messages "
           "are being removed from the assistant's limited context; your summary is all that remains of them. "
           "Merge the previous summary (if any) and the conversation excerpt into one updated summary. Keep what "
           "the assistant may need later: facts about the user, their requests, preferences and decisions, names, "
           "numbers, dates, commitments and open questions, and results of tool calls that still matter. Leave out "
           "greetings, small talk and anything later superseded. Write in the third person, in the language of the "
           "conversation, as compact prose or bullet points of at most about 300 words. Output only the summary."_s;
}

QString Summarizer::renderMessage(const StoredMessage &message, int maxBlockChars)
{
    const QString speaker = message.role == u"assistant"_s ? u"Assistant"_s : u"User"_s;
    QStringList lines;
    for (const QJsonValue &value : message.content) {
        const QJsonObject block = value.toObject();
        const QString type = block.value(u"type"_s).toString();
        if (type == u"text"_s) {
            lines.append(speaker + u": "_s + clip(block.value(u"text"_s).toString(), maxBlockChars));
        } else if (type == u"image"_s) {
            lines.append(speaker + u": [image]"_s);
        } else if (type == u"tool_use"_s) {
            lines.append(u"[tool call %1 %2]"_s.arg(block.value(u"name"_s).toString(),
                                                    clip(compactJson(block.value(u"input"_s)), maxBlockChars)));
        } else if (type == u"tool_result"_s) {
            const QJsonValue content = block.value(u"content"_s);
            const QString text = content.isArray() ? textOf(content.toArray()) : content.toString();
            lines.append(u"[tool result%1: %2]"_s.arg(block.value(u"is_error"_s).toBool() ? u" (error)"_s : QString(),
                                                      clip(text, maxBlockChars)));
        }
    }
    return lines.join(u'\n');
}

std::optional<Summarizer::Plan> Summarizer::plan(const ContextSource &source, const ContextWindow &window,
                                                 const SummarizerSettings &settings)
{
    // The window's oldest stored message (its summary, if included, comes first and is skipped).
    const qsizetype firstIndex = window.summaryIncluded ? 1 : 0;
    if (window.seqs.size() <= firstIndex)
        return std::nullopt;
    const qint64 firstKept = window.seqs.at(firstIndex);

    QList<StoredMessage> dropped;
    for (const StoredMessage &message : source.messages) {
        if (message.seq < firstKept)
            dropped.append(message);
    }
    if (dropped.size() < std::max(1, settings.minDroppedMessages))
        return std::nullopt;

    Plan plan;
    if (source.summary)
        plan.previousSummary = textOf(source.summary->content);
    if (plan.previousSummary.startsWith(kSummaryHeading))
        plan.previousSummary = plan.previousSummary.mid(kSummaryHeading.size());
    QStringList parts;
    qsizetype used = plan.previousSummary.size();
    for (const StoredMessage &message : std::as_const(dropped)) {
        const QString rendered = renderMessage(message, settings.maxBlockChars);
        // Always take the oldest one; then stop at the budget: the rest waits for a later turn.
        if (!plan.messages.isEmpty() && used + rendered.size() > settings.maxTranscriptChars)
            break;
        used += rendered.size() + 1;
        plan.messages.append(message);
        plan.upToSeq = message.seq;
        if (!rendered.isEmpty())
            parts.append(rendered);
    }
    plan.transcript = parts.join(u'\n');
    return plan;
}

bool Summarizer::maybeSummarize(const SessionKey &key, const ContextWindow &window, const QStringList &models,
                                Done done)
{
    SummaryOutcome skipped;
    if (m_inFlight.contains(key.toString())) {
        skipped.detail = u"a summary of this session is already being made"_s;
        finishLater(key, skipped, std::move(done));
        return false;
    }
    if (window.droppedMessages < std::max(1, m_settings.minDroppedMessages)) {
        skipped.detail = u"%1 message(s) left out of the context; summarising starts at %2"_s.arg(window.droppedMessages)
                             .arg(m_settings.minDroppedMessages);
        finishLater(key, skipped, std::move(done));
        return false;
    }
    m_inFlight.insert(key.toString());
    const SummarizerSettings settings = m_settings;
    m_pool.start([this, key, window, models, settings, done = std::move(done)]() mutable {
        Storage::Result<ContextSource> source = m_store.contextSource(key);
        QMetaObject::invokeMethod(
            this,
            [this, key, window, models, settings, source = std::move(source), done = std::move(done)]() mutable {
                if (!source) {
                    SummaryOutcome failed;
                    failed.status = SummaryOutcome::Status::Failed;
                    failed.detail = u"reading the session failed: "_s + source.error().message;
                    finish(key, failed, done);
                    return;
                }
                const std::optional<Plan> planned = plan(source.value(), window, settings);
                if (!planned) {
                    SummaryOutcome nothing;
                    nothing.detail = u"fewer than %1 older messages to summarise"_s.arg(settings.minDroppedMessages);
                    finish(key, nothing, done);
                    return;
                }
                startCall(key, *planned, models, std::move(done));
            },
            Qt::QueuedConnection);
    });
    return true;
}

void Summarizer::startCall(const SessionKey &key, const Plan &plan, const QStringList &models, Done done)
{
    QString prompt;
    if (!plan.previousSummary.isEmpty())
        prompt += u"<previous_summary>\n"_s + plan.previousSummary + u"\n</previous_summary>\n\n"_s;
    prompt += u"<conversation_excerpt>\n"_s + plan.transcript + u"\n</conversation_excerpt>\n\nWrite the updated summary."_s;

    Providers::RoutedRequest routed;
    routed.models = models;
    routed.cacheable = false;
    routed.request.systemPrompt = instruction();
    routed.request.messages = {QJsonObject{
        {u"role"_s, u"user"_s},
        {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, prompt}}}}}};
    routed.request.maxOutputTokens = m_settings.maxSummaryTokens;
    routed.request.stream = false;

    Providers::RoutedCall *call = m_router.start(routed);
    m_calls.append(call);
    connect(call, &Providers::RoutedCall::finished, this,
            [this, call, key, plan, done](const Providers::ProviderResult &result,
                                          const QList<Providers::AttemptInfo> &attempts) {
                m_calls.removeAll(call);
                call->deleteLater();
                SummaryOutcome outcome;
                outcome.result = result;
                outcome.attempts = attempts;
                const QString text = result.text().trimmed();
                if (text.isEmpty()) {
                    outcome.status = SummaryOutcome::Status::Failed;
                    outcome.detail = u"the model returned an empty summary"_s;
                    finish(key, outcome, done);
                    return;
                }
                outcome.summary = kSummaryHeading + text;
                store(key, plan, outcome, done);
            });
    connect(call, &Providers::RoutedCall::failed, this,
            [this, call, key, done](const Providers::ProviderError &error,
                                    const QList<Providers::AttemptInfo> &attempts) {
                m_calls.removeAll(call);
                call->deleteLater();
                SummaryOutcome outcome;
                outcome.status = SummaryOutcome::Status::Failed;
                outcome.detail = u"the summary call failed (%1): %2"_s.arg(error.kindName(), error.message());
                outcome.error = error;
                outcome.attempts = attempts;
                finish(key, outcome, done);
            });
}

void Summarizer::store(const SessionKey &key, const Plan &plan, SummaryOutcome outcome, Done done)
{
    outcome.upToSeq = plan.upToSeq;
    outcome.summarizedMessages = int(plan.messages.size());
    m_pool.start([this, key, outcome = std::move(outcome), done = std::move(done)]() mutable {
        const Storage::Result<StoredMessage> stored = m_store.setSummary(key, outcome.summary, outcome.upToSeq);
        if (stored) {
            outcome.status = SummaryOutcome::Status::Stored;
            outcome.detail = u"summarised %1 message(s) up to seq %2"_s.arg(outcome.summarizedMessages).arg(outcome.upToSeq);
        } else {
            outcome.status = SummaryOutcome::Status::Failed;
            outcome.detail = u"storing the summary failed: "_s + stored.error().message;
        }
        QMetaObject::invokeMethod(
            this, [this, key, outcome = std::move(outcome), done = std::move(done)] { finish(key, outcome, done); },
            Qt::QueuedConnection);
    });
}

void Summarizer::finish(const SessionKey &key, SummaryOutcome outcome, const Done &done)
{
    m_inFlight.remove(key.toString());
    if (outcome.status == SummaryOutcome::Status::Failed)
        qCWarning(lcSessions).noquote() << "summary of" << key.toString() << "not made:" << outcome.detail;
    else if (outcome.status == SummaryOutcome::Status::Stored)
        qCInfo(lcSessions).noquote() << "summary of" << key.toString() << "stored:" << outcome.detail;
    if (done)
        done(outcome);
    emit summarized(key.toString(), outcome);
}

void Summarizer::finishLater(const SessionKey &key, SummaryOutcome outcome, Done done)
{
    QMetaObject::invokeMethod(
        this,
        [this, key, outcome = std::move(outcome), done = std::move(done)] {
            if (done)
                done(outcome);
            emit summarized(key.toString(), outcome);
        },
        Qt::QueuedConnection);
}

} // namespace Moltdesk::Agent
