#pragma once

#include "providers/providererror.h"
#include "providers/providerresult.h"
#include "providers/router/attemptinfo.h"
#include "providers/router/ratelimiter.h"
#include "providers/router/retrypolicy.h"
#include "providers/router/routedrequest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Moltdesk::Providers {

class Provider;
class ProviderCall;
class ResponseCache;

// One request routed over a model chain: cache lookup, admission by the rate limiter, attempts
// with retries and backoff, fail-over to the next model. Created by ProviderRouter::start() as
// the router's child; delete it with deleteLater() from a slot connected to its end signals.
//
// Ends with exactly one finished() or failed(); nothing is emitted afterwards. The stream
// signals come from the attempt that is live right now. When an attempt that already streamed
// text or tool input fails, reset() is emitted before anything else: the consumer discards what
// it showed, and the next attempt (retry or fail-over) streams its answer from the start.
class RoutedCall : public QObject
{
    Q_OBJECT

public:
    ~RoutedCall() override;

    // Stops the live attempt, a pending backoff wait or a queued admission, and reports
    // failed(aborted) - once, synchronously. No effect after the call ended.
    void abort();

    bool isDone() const { return m_done; }
    bool isCacheHit() const { return m_cacheHit; }
    bool isWaiting() const { return m_backoff.isActive(); }
    const QList<AttemptInfo> &attempts() const { return m_attempts; }
    const RoutedRequest &request() const { return m_request; }

signals:
    void textDelta(const QString &text);
    void toolCallStarted(const QString &id, const QString &name);
    void toolInputDelta(const QString &id, const QString &partialJson);
    void reset();
    void attemptStarted(const QString &provider, const QString &model, int attemptOnModel);
    void retryScheduled(const Moltdesk::Providers::ProviderError &error, qint64 delayMs);
    void finished(const Moltdesk::Providers::ProviderResult &result,
                  const QList<Moltdesk::Providers::AttemptInfo> &attempts);
    void failed(const Moltdesk::Providers::ProviderError &error,
                const QList<Moltdesk::Providers::AttemptInfo> &attempts);

private:
    friend class ProviderRouter;

    struct Target
    {
        QString provider;
        QString model;
        Provider *client = nullptr;
    };

    RoutedCall(RoutedRequest request, const QMap<QString, Provider *> &providers, const RetryPolicy &policy,
               RateLimiter *limiter, ResponseCache *cache, QObject *parent);

    void begin();
    bool answerFromCache();
    void startModel();
    void requestSlot();
    void launch();
    void onAttemptFinished(const ProviderResult &result);
    void onAttemptFailed(const ProviderError &error);
    void recordAttempt(const std::optional<ProviderError> &error, const TokenUsage &usage = {});
    void releaseSlot();
    void dropLive();
    void finishWith(const ProviderResult &result);
    void failWith(const ProviderError &error);
    ProviderRequest requestFor(const Target &target) const;

    RoutedRequest m_request;
    QList<Target> m_targets;
    QList<ProviderError> m_targetErrors; // chain entries that could not be resolved
    RetryPolicy m_policy;
    QPointer<RateLimiter> m_limiter;
    ResponseCache *m_cache;

    int m_targetIndex = 0;
    int m_attemptOnModel = 0;
    RateLimiter::Ticket m_ticket = 0;
    QPointer<ProviderCall> m_live;
    QTimer m_backoff;
    QElapsedTimer m_attemptTimer;
    QDateTime m_attemptStartedAt;
    QList<AttemptInfo> m_attempts;
    bool m_streamedOutput = false;
    bool m_cacheHit = false;
    bool m_done = false;
};

} // namespace Moltdesk::Providers
