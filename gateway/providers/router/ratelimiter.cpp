#include "providers/router/ratelimiter.h"

#include <QElapsedTimer>

namespace Moltdesk::Providers {

RateLimiter::RateLimiter(Limits defaults, QMap<QString, Limits> perProvider, Clock clock, QObject *parent)
    : QObject(parent), m_defaults(defaults), m_perProvider(std::move(perProvider)), m_clock(std::move(clock))
{
    if (!m_clock) {
        auto elapsed = std::make_shared<QElapsedTimer>();
        elapsed->start();
        m_clock = [elapsed] { return elapsed->elapsed(); };
    }
}

RateLimiter::~RateLimiter() = default;

RateLimiter::Limits RateLimiter::limitsFor(const QString &provider) const
{
    return m_perProvider.value(provider, m_defaults);
}

qint64 RateLimiter::nowMs() const
{
    return m_clock();
}

RateLimiter::ProviderState &RateLimiter::state(const QString &provider)
{
    auto it = m_states.find(provider);
    if (it == m_states.end()) {
        auto created = std::make_shared<ProviderState>();
        created->limits = limitsFor(provider);
        created->bucket = Base::TokenBucket(created->limits.requestsPerMinute, created->limits.burst);
        created->refillTimer.setSingleShot(true);
        connect(&created->refillTimer, &QTimer::timeout, this, [this, provider] { drain(provider); });
        it = m_states.insert(provider, created);
    }
    return **it;
}

RateLimiter::Ticket RateLimiter::acquire(const QString &provider, std::function<void()> granted)
{
    ProviderState &s = state(provider);
    const Ticket ticket = m_nextTicket++;
    s.queue.append(Waiter{ticket, std::move(granted)});
    m_queued.insert(ticket, provider);
    drain(provider);
    if (m_queued.contains(ticket))
        emit queueLengthChanged(provider, int(s.queue.size()));
    return ticket;
}

void RateLimiter::release(Ticket ticket)
{
    if (const auto queued = m_queued.find(ticket); queued != m_queued.end()) {
        const QString provider = *queued;
        m_queued.erase(queued);
        ProviderState &s = state(provider);
        s.queue.removeIf([ticket](const Waiter &w) { return w.ticket == ticket; });
        emit queueLengthChanged(provider, int(s.queue.size()));
        return;
    }
    if (const auto granted = m_granted.find(ticket); granted != m_granted.end()) {
        const QString provider = *granted;
        m_granted.erase(granted);
        ProviderState &s = state(provider);
        s.active = std::max(0, s.active - 1);
        drain(provider);
    }
}

void RateLimiter::drain(const QString &provider)
{
    // Hold a reference: a granted callback may release tickets of this provider re-entrantly.
    const std::shared_ptr<ProviderState> keep = m_states.value(provider);
    if (!keep)
        return;
    ProviderState &s = *keep;
    bool admitted = false;
    while (!s.queue.isEmpty()) {
        if (s.limits.maxConcurrent > 0 && s.active >= s.limits.maxConcurrent)
            break;
        if (!s.bucket.tryTake(nowMs())) {
            if (!s.refillTimer.isActive())
                s.refillTimer.start(int(std::max<qint64>(1, s.bucket.msUntilToken(nowMs()))));
            break;
        }
        Waiter next = s.queue.takeFirst();
        m_queued.remove(next.ticket);
        m_granted.insert(next.ticket, provider);
        ++s.active;
        admitted = true;
        next.granted();
    }
    if (admitted)
        emit queueLengthChanged(provider, int(s.queue.size()));
}

int RateLimiter::queueLength(const QString &provider) const
{
    const auto s = m_states.value(provider);
    return s ? int(s->queue.size()) : 0;
}

int RateLimiter::activeCount(const QString &provider) const
{
    const auto s = m_states.value(provider);
    return s ? s->active : 0;
}

} // namespace Moltdesk::Providers
