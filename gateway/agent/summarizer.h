#pragma once

#include "providers/providererror.h"
#include "providers/providerresult.h"
#include "providers/router/attemptinfo.h"
#include "sessions/contextbuilder.h"
#include "sessions/sessionkey.h"
#include "sessions/sessiontypes.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace Moltdesk::Providers {
class ProviderRouter;
class RoutedCall;
} // namespace Moltdesk::Providers

namespace Moltdesk::Sessions {
class SessionStore;
} // namespace Moltdesk::Sessions

namespace Moltdesk::Agent {

// Summarizing is agent work (a provider call) over the conversation store's data.
using Sessions::ContextSource;
using Sessions::ContextWindow;
using Sessions::SessionKey;
using Sessions::SessionStore;
using Sessions::StoredMessage;

struct SummarizerSettings
{
    // Summarise only once at least this many messages fell out of the window since the last
    // summary, so a long conversation costs one summary call per K dropped messages, not one per turn.
    int minDroppedMessages = 8;
    // The transcript sent for summarising is cut to this many characters (≈ chars/4 tokens); the
    // oldest messages that fit are summarised now, the rest at a later turn.
    int maxTranscriptChars = 48000;
    int maxBlockChars = 2000;   // one tool input / tool result / text block, before "[…]"
    int maxSummaryTokens = 1024; // maxOutputTokens of the summary call
};

// What became of one maybeSummarize() request. The provider call (if one was made) is reported
// whatever happened next, so usage can be recorded: `result` or `error`, and every attempt.
struct SummaryOutcome
{
    enum class Status {
        Skipped, // nothing to do (below the threshold, no messages dropped, already in progress)
        Stored,  // a new summary is stored; the next ContextBuilder::build starts with it
        Failed,  // the provider call or the store failed; the context stays as it was
    };

    Status status = Status::Skipped;
    QString detail;             // why skipped / the failure, in words
    qint64 upToSeq = 0;         // last message covered by the new summary (Stored)
    int summarizedMessages = 0; // messages folded into it (the previous summary not counted)
    QString summary;            // the stored text (Stored)
    std::optional<Providers::ProviderResult> result;
    std::optional<Providers::ProviderError> error;
    QList<Providers::AttemptInfo> attempts;

    bool providerCalled() const { return !attempts.isEmpty(); }
    static QString statusName(Status status); // "skipped", "stored", "failed"
};

// The "older turns are summarised (by the model, stored)" half of the context policy
// (docs/sessions.md, "Summaries"). After ContextBuilder::build has left messages out for the
// budget, maybeSummarize() asks the model — through the ProviderRouter, non-streaming, no tools,
// a fixed instruction — for a summary of the previous summary plus the dropped messages, and
// stores it with SessionStore::setSummary(key, text, upToSeq). The next build then opens with the
// summary and leaves out what it covers. On any failure nothing is written: dropping stays the
// fallback, and the next eligible turn tries again.
//
// Threading: lives on the gateway thread (the router's). Store reads and writes run on an own
// one-thread pool, so a summary's fsync never stalls the thread that answers sockets; the
// destructor waits for that work and aborts a provider call in flight (its callback then never
// runs). The SessionStore and router must outlive the summarizer.
class Summarizer : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SummaryOutcome &outcome)>;

    Summarizer(SessionStore &store, Providers::ProviderRouter &router, SummarizerSettings settings = {},
               QObject *parent = nullptr);
    ~Summarizer() override;

    void setSettings(const SummarizerSettings &settings) { m_settings = settings; }
    const SummarizerSettings &settings() const { return m_settings; }

    // `window` is what ContextBuilder::build just produced for `key`; `models` the chain to ask
    // ("provider/model", e.g. RoutedRequest::modelChain(ai)). Returns true when the window is
    // worth summarising and the work started. `done` is called exactly once, always later on this
    // object's thread, also for Skipped.
    bool maybeSummarize(const SessionKey &key, const ContextWindow &window, const QStringList &models, Done done);

    bool isBusy(const SessionKey &key) const { return m_inFlight.contains(key.toString()); }

    // The fixed instruction (the summary call's system prompt).
    static QString instruction();

    // What to summarise: from the current context source and the window built from it, the
    // messages older than the window's first message, cut to the transcript budget. Pure.
    struct Plan
    {
        QList<StoredMessage> messages; // oldest first
        qint64 upToSeq = 0;
        QString previousSummary;
        QString transcript;
    };
    static std::optional<Plan> plan(const ContextSource &source, const ContextWindow &window,
                                    const SummarizerSettings &settings);
    // "User: …", "Assistant: …", "[tool call …]", "[tool result …]" lines for one message.
    static QString renderMessage(const StoredMessage &message, int maxBlockChars);

signals:
    // Every outcome, after its callback (for the panel's event log).
    void summarized(const QString &sessionKey, const Moltdesk::Agent::SummaryOutcome &outcome);

private:
    void startCall(const SessionKey &key, const Plan &plan, const QStringList &models, Done done);
    void store(const SessionKey &key, const Plan &plan, SummaryOutcome outcome, Done done);
    void finish(const SessionKey &key, SummaryOutcome outcome, const Done &done);
    void finishLater(const SessionKey &key, SummaryOutcome outcome, Done done);

    SessionStore &m_store;
    Providers::ProviderRouter &m_router;
    SummarizerSettings m_settings;
    QSet<QString> m_inFlight;
    QList<QPointer<Providers::RoutedCall>> m_calls;
    // Last member: destroyed first, so its wait for queued store work happens while the rest of
    // the object is still intact.
    QThreadPool m_pool;
};

} // namespace Moltdesk::Agent

Q_DECLARE_METATYPE(Moltdesk::Agent::SummaryOutcome)
