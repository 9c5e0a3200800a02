#pragma once

#include "base/tokenbucket.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace Moltdesk::Providers {

struct ProviderLimits
{
    int maxConcurrent = 4;     // <= 0: unlimited
    int requestsPerMinute = 0; // <= 0: unlimited
    int burst = 0;             // bucket size; <= 0: one minute's worth
};

// Per-provider admission control: at most `maxConcurrent` calls in flight and at most
// `requestsPerMinute` call starts (token bucket of `burst`). Requests beyond either wait in a
// FIFO queue per provider and are admitted, in order, as slots free and tokens refill.
// Lives on (and must be used from) the gateway thread.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    using Limits = ProviderLimits;
    using Ticket = quint64;
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit RateLimiter(Limits defaults = {}, QMap<QString, Limits> perProvider = {}, Clock clock = {},
                         QObject *parent = nullptr);
    ~RateLimiter() override;

    // Asks for a slot on `provider`. `granted` runs once it is admitted - synchronously, inside
    // this call, when a slot and a token are free now; later from the event loop otherwise.
    Ticket acquire(const QString &provider, std::function<void()> granted);
    // Ends a ticket: a queued one leaves the queue (its callback never runs), a granted one frees
    // its concurrency slot. Unknown or already released tickets are ignored.
    void release(Ticket ticket);

    int queueLength(const QString &provider) const;
    int activeCount(const QString &provider) const;
    Limits limitsFor(const QString &provider) const;

signals:
    void queueLengthChanged(const QString &provider, int length);

private:
    struct Waiter
    {
        Ticket ticket;
        std::function<void()> granted;
    };
    struct ProviderState
    {
        Limits limits;
        Base::TokenBucket bucket;
        int active = 0;
        QList<Waiter> queue;
        QTimer refillTimer;
    };

    ProviderState &state(const QString &provider);
    void drain(const QString &provider);
    qint64 nowMs() const;

    Limits m_defaults;
    QMap<QString, Limits> m_perProvider;
    Clock m_clock;
    QHash<QString, std::shared_ptr<ProviderState>> m_states;
    QHash<Ticket, QString> m_queued;  // ticket -> provider
    QHash<Ticket, QString> m_granted; // ticket -> provider
    Ticket m_nextTicket = 1;
};

} // namespace Moltdesk::Providers
