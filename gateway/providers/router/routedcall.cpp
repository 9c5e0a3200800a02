#include "providers/router/routedcall.h"

#include "base/logging.h"
#include "providers/provider.h"
#include "providers/providercall.h"
#include "providers/router/responsecache.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

RoutedCall::RoutedCall(RoutedRequest request, const QMap<QString, Provider *> &providers, const RetryPolicy &policy,
                       RateLimiter *limiter, ResponseCache *cache, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_policy(policy), m_limiter(limiter), m_cache(cache)
{
    // Resolve the chain now; entries that name no configured provider are skipped with a
    // reason kept for the final error (e.g. a fallback whose API key is missing).
    for (const QString &entry : std::as_const(m_request.models)) {
        const qsizetype slash = entry.indexOf(u'/');
        if (slash <= 0 || slash == entry.size() - 1) {
            m_targetErrors.append(ProviderError(ProviderError::Kind::BadRequest,
                                                u"model '%1' is not in the form provider/model"_s.arg(entry)));
            continue;
        }
        Target target{entry.left(slash), entry.mid(slash + 1), providers.value(entry.left(slash))};
        if (!target.client) {
            m_targetErrors.append(ProviderError(
                ProviderError::Kind::Auth,
                u"provider '%1' (for model '%2') is not configured"_s.arg(target.provider, entry)));
            continue;
        }
        m_targets.append(target);
    }
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &RoutedCall::requestSlot);
}

RoutedCall::~RoutedCall()
{
    m_backoff.stop();
    releaseSlot();
    dropLive();
}

ProviderRequest RoutedCall::requestFor(const Target &target) const
{
    ProviderRequest request = m_request.request;
    request.model = target.model;
    return request;
}

void RoutedCall::begin()
{
    if (m_done)
        return;
    if (m_targets.isEmpty()) {
        failWith(m_targetErrors.isEmpty()
                     ? ProviderError(ProviderError::Kind::BadRequest, u"no model to route the request to"_s)
                     : m_targetErrors.constLast());
        return;
    }
    if (answerFromCache())
        return;
    startModel();
}

bool RoutedCall::answerFromCache()
{
    if (!m_request.cacheable || !m_cache)
        return false;
    // Chain order: an answer the fallback gave for this exact request is still that answer.
    for (const Target &target : std::as_const(m_targets)) {
        const auto hit = m_cache->lookup(target.provider, requestFor(target));
        if (!hit.ok()) {
            qCWarning(lcProviders).noquote() << "response cache lookup failed:" << hit.error().message;
            continue;
        }
        if (!hit.value())
            continue;
        AttemptInfo info;
        info.provider = target.provider;
        info.model = target.model;
        info.startedAt = QDateTime::currentDateTimeUtc();
        info.usage = hit.value()->usage;
        info.cacheHit = true;
        m_attempts.append(info);
        m_cacheHit = true;
        finishWith(*hit.value());
        return true;
    }
    return false;
}

void RoutedCall::startModel()
{
    m_attemptOnModel = 0;
    requestSlot();
}

void RoutedCall::requestSlot()
{
    if (m_done)
        return;
    const Target &target = m_targets.at(m_targetIndex);
    if (!m_limiter) {
        launch();
        return;
    }
    const QPointer<RoutedCall> self(this);
    m_ticket = m_limiter->acquire(target.provider, [self] {
        if (self)
            self->launch();
    });
}

void RoutedCall::launch()
{
    if (m_done)
        return;
    const Target target = m_targets.at(m_targetIndex);
    ++m_attemptOnModel;
    m_streamedOutput = false;
    m_attemptStartedAt = QDateTime::currentDateTimeUtc();
    m_attemptTimer.start();
    emit attemptStarted(target.provider, target.model, m_attemptOnModel);
    if (m_done)
        return; // a receiver aborted us

    ProviderCall *call = target.client->start(requestFor(target), this);
    m_live = call;
    connect(call, &ProviderCall::textDelta, this, [this](const QString &text) {
        m_streamedOutput = true;
        emit textDelta(text);
    });
    connect(call, &ProviderCall::toolCallStarted, this, [this](const QString &id, const QString &name) {
        m_streamedOutput = true;
        emit toolCallStarted(id, name);
    });
    connect(call, &ProviderCall::toolInputDelta, this, [this](const QString &id, const QString &partial) {
        m_streamedOutput = true;
        emit toolInputDelta(id, partial);
    });
    connect(call, &ProviderCall::finished, this, &RoutedCall::onAttemptFinished);
    connect(call, &ProviderCall::failed, this, &RoutedCall::onAttemptFailed);
}

void RoutedCall::recordAttempt(const std::optional<ProviderError> &error, const TokenUsage &usage)
{
    const Target &target = m_targets.at(m_targetIndex);
    AttemptInfo info;
    info.provider = target.provider;
    info.model = target.model;
    info.startedAt = m_attemptStartedAt;
    info.latencyMs = m_attemptTimer.isValid() ? m_attemptTimer.elapsed() : 0;
    info.error = error;
    info.usage = usage;
    m_attempts.append(info);
}

void RoutedCall::releaseSlot()
{
    if (m_ticket != 0 && m_limiter)
        m_limiter->release(m_ticket);
    m_ticket = 0;
}

void RoutedCall::dropLive()
{
    if (!m_live)
        return;
    ProviderCall *call = m_live;
    m_live = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->abort(); // no-op when it already ended
    call->deleteLater();
}

void RoutedCall::onAttemptFinished(const ProviderResult &result)
{
    if (m_done)
        return;
    recordAttempt(std::nullopt, result.usage);
    dropLive();
    releaseSlot();
    if (m_request.cacheable && m_cache) {
        const Target &target = m_targets.at(m_targetIndex);
        const auto stored = m_cache->store(target.provider, requestFor(target), result);
        if (!stored.ok())
            qCWarning(lcProviders).noquote() << "response cache write failed:" << stored.error().message;
    }
    finishWith(result);
}

void RoutedCall::onAttemptFailed(const ProviderError &error)
{
    if (m_done)
        return;
    recordAttempt(error);
    dropLive();
    releaseSlot();
    if (m_streamedOutput) {
        m_streamedOutput = false;
        emit reset();
        if (m_done)
            return;
    }

    if (const auto delay = m_policy.retryDelay(error, m_attemptOnModel)) {
        qCInfo(lcProviders).noquote() << "retrying" << m_targets.at(m_targetIndex).model << "after"
                                      << error.kindName() << "in" << delay->count() << "ms";
        m_backoff.start(*delay);
        emit retryScheduled(error, delay->count());
        return;
    }
    if (RetryPolicy::failsOver(error) && m_targetIndex + 1 < m_targets.size()) {
        ++m_targetIndex;
        qCInfo(lcProviders).noquote() << "failing over to" << m_targets.at(m_targetIndex).provider
                                      << m_targets.at(m_targetIndex).model << "after" << error.kindName();
        startModel();
        return;
    }
    failWith(error);
}

void RoutedCall::abort()
{
    if (m_done)
        return;
    m_backoff.stop();
    const bool wasLive = !m_live.isNull();
    dropLive();
    releaseSlot();
    const ProviderError aborted(ProviderError::Kind::Aborted, u"the call was aborted"_s);
    if (wasLive)
        recordAttempt(aborted);
    failWith(aborted);
}

void RoutedCall::finishWith(const ProviderResult &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result, m_attempts);
}

void RoutedCall::failWith(const ProviderError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_backoff.stop();
    emit failed(error, m_attempts);
}

} // namespace Moltdesk::Providers
