#include "channels/telegram/poller.h"

#include "base/backoff.h"
#include "base/logging.h"
#include "channels/telegram/botapi.h"
#include "storage/kvstore.h"

#include <algorithm>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

Poller::Poller(BotApi *api, Storage::KvStore *kv, UpdateSink sink, Options options, Clock clock, QObject *parent)
    : QObject(parent), m_api(api), m_kv(kv), m_sink(std::move(sink)), m_options(std::move(options)),
      m_clock(std::move(clock))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Poller::poll);
}

Poller::~Poller()
{
    ++m_generation;
    if (m_call)
        m_call->abort();
}

void Poller::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_status.offset = loadOffset();
    m_status.consecutiveFailures = 0;
    setState(PollerStatus::State::Polling, u"polling Telegram for updates"_s);
    poll();
}

void Poller::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // callbacks of the aborted call and pending acks see a stale generation
    m_retryTimer.stop();
    if (m_call)
        m_call->abort();
    m_status.retryInMs = 0;
    setState(PollerStatus::State::Stopped, u"stopped"_s);
}

QString Poller::conflictAdvice(const ApiError &error)
{
    // Telegram's two 409 texts: "Conflict: can't use getUpdates method while webhook is active;
    // use deleteWebhook to delete the webhook first" and "Conflict: terminated by other
    // getUpdates request; make sure that only one bot instance is running".
    if (error.description.contains(u"webhook"_s, Qt::CaseInsensitive))
        return u"A webhook is set for this bot, so Telegram refuses long polling. Switch "
               "channels.telegram.mode to \"webhook\", or let Moltdesk delete the webhook "
               "(deleteWebhookOnConflict)."_s;
    return u"Another program is polling Telegram with this bot token. Stop it (only one "
           "getUpdates consumer per bot is allowed), or give Moltdesk its own bot."_s;
}

void Poller::poll()
{
    if (!m_running || m_call)
        return;
    const quint64 generation = m_generation;
    m_call = m_api->getUpdates(
        m_status.offset, m_options.pollTimeoutSeconds, m_options.allowedUpdates, this,
        [this, generation](const ApiResult<UpdateBatch> &result) {
            if (result.ok())
                onBatch(generation, result.value());
            else
                onError(generation, result.error());
        });
}

void Poller::onBatch(quint64 generation, const UpdateBatch &batch)
{
    if (generation != m_generation)
        return;
    m_call.clear();
    ++m_status.polls;
    m_status.lastPollAt = m_clock();
    for (const QString &problem : batch.problems)
        qCWarning(lcTelegram) << "getUpdates: left out an unusable update:" << problem;

    if (batch.updates.isEmpty()) {
        if (!batch.problems.isEmpty()) {
            // Only unusable entries: nothing to confirm them with. Back off instead of spinning.
            onError(generation, ApiError::make(ApiError::Kind::Malformed,
                                               u"getUpdates returned only updates without an update_id"_s, 200));
            return;
        }
        m_status.consecutiveFailures = 0;
        if (m_status.state != PollerStatus::State::Polling)
            setState(PollerStatus::State::Polling, u"polling Telegram for updates"_s);
        poll();
        return;
    }

    m_status.consecutiveFailures = 0;
    m_status.updatesReceived += quint64(batch.updates.size());
    m_status.lastUpdateAt = m_status.lastPollAt;
    setState(PollerStatus::State::Polling, u"storing %1 update(s)"_s.arg(batch.updates.size()));

    // The ack may come from any thread and more than once; only the first counts, and it is
    // always handled from the event loop so the sink never sees us re-enter.
    auto once = std::make_shared<std::atomic_bool>(false);
    QPointer<Poller> self(this);
    const qint64 nextOffset = batch.nextOffset;
    m_sink(batch.updates, [self, once, generation, nextOffset](bool stored) {
        if (once->exchange(true))
            return;
        Poller *target = self.data();
        if (!target)
            return; // the poller is gone; Telegram will send the batch again to the next one
        QMetaObject::invokeMethod(
            target,
            [self, generation, nextOffset, stored] {
                if (self)
                    self->onAck(generation, nextOffset, stored);
            },
            Qt::QueuedConnection);
    });
}

void Poller::onAck(quint64 generation, qint64 nextOffset, bool stored)
{
    if (stored) {
        ++m_status.batchesStored;
        if (nextOffset > m_status.offset)
            saveOffset(nextOffset);
    } else {
        ++m_status.batchesRefused;
    }
    if (generation != m_generation || !m_running) {
        emit statusChanged(m_status);
        return;
    }
    if (!stored) {
        ++m_status.consecutiveFailures;
        retryIn(nextBackoff(), PollerStatus::State::Retrying,
                u"the received updates could not be stored; Telegram will send them again"_s);
        return;
    }
    setState(PollerStatus::State::Polling, u"polling Telegram for updates"_s);
    poll();
}

void Poller::onError(quint64 generation, const ApiError &error)
{
    if (generation != m_generation || error.kind == ApiError::Kind::Aborted)
        return;
    m_call.clear();
    ++m_status.errors;
    ++m_status.consecutiveFailures;
    m_status.lastError = error;
    qCWarning(lcTelegram) << "getUpdates failed:" << error.toString();

    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::InvalidArgument:
        m_running = false;
        ++m_generation;
        m_status.retryInMs = 0;
        setState(PollerStatus::State::Unauthorized,
                 u"Telegram refused the bot token (%1). Check TELEGRAM_BOT_TOKEN (from @BotFather) "
                 "and restart the channel."_s.arg(error.description));
        return;
    case ApiError::Kind::Conflict:
        if (m_options.deleteWebhookOnConflict && error.description.contains(u"webhook"_s, Qt::CaseInsensitive)) {
            deleteWebhookThenPoll(generation, error);
            return;
        }
        retryIn(m_options.conflictRetry, PollerStatus::State::Conflict, conflictAdvice(error));
        return;
    case ApiError::Kind::RateLimited:
        if (error.retryAfterSeconds > 0) {
            retryIn(std::chrono::seconds(error.retryAfterSeconds), PollerStatus::State::Retrying,
                    u"Telegram asked to wait %1 s (429)"_s.arg(error.retryAfterSeconds));
            return;
        }
        break;
    default:
        break;
    }
    retryIn(nextBackoff(), PollerStatus::State::Retrying,
            u"cannot reach Telegram (%1); retrying"_s.arg(error.toString()));
}

void Poller::deleteWebhookThenPoll(quint64 generation, const ApiError &conflict)
{
    setState(PollerStatus::State::Conflict, u"a webhook is set; deleting it to switch to long polling"_s);
    m_call = m_api->deleteWebhook(false, this, [this, generation, conflict](const ApiResult<bool> &result) {
        if (generation != m_generation)
            return;
        m_call.clear();
        if (result.ok()) {
            qCInfo(lcTelegram) << "deleted the bot's webhook to switch to long polling";
            setState(PollerStatus::State::Polling, u"polling Telegram for updates"_s);
            poll();
            return;
        }
        m_status.lastError = result.error();
        retryIn(m_options.conflictRetry, PollerStatus::State::Conflict,
                conflictAdvice(conflict) + u" Deleting the webhook failed: "_s + result.error().toString());
    });
}

std::chrono::milliseconds Poller::nextBackoff()
{
    // Exponential backoff with "equal jitter" (0.5): half the step fixed, half random, so many
    // clients recovering from the same outage do not retry in lockstep.
    const Base::Backoff backoff{std::max(std::chrono::milliseconds(1), m_options.initialBackoff),
                                m_options.maxBackoff, 2.0, 0.5};
    return std::max(std::chrono::milliseconds(1),
                    backoff.delayFor(m_status.consecutiveFailures, Base::Backoff::systemRandom()));
}

void Poller::retryIn(std::chrono::milliseconds delay, PollerStatus::State state, const QString &message)
{
    if (!m_running)
        return;
    m_status.retryInMs = delay.count();
    setState(state, message);
    m_retryTimer.start(delay);
}

qint64 Poller::loadOffset()
{
    const auto stored = m_kv->get(m_options.kvNamespace, m_options.offsetKey);
    if (!stored.ok()) {
        // Starting without an offset repeats unconfirmed updates (the idempotency layer drops
        // them); refusing to start would lose nothing either but help nobody.
        qCWarning(lcTelegram) << "could not read the stored Telegram offset:" << stored.error().message;
        return 0;
    }
    if (!stored.value())
        return 0;
    bool ok = false;
    const qint64 offset = stored.value()->data.trimmed().toLongLong(&ok);
    if (!ok || offset < 0) {
        qCWarning(lcTelegram) << "ignoring a stored Telegram offset that is not a number";
        return 0;
    }
    return offset;
}

void Poller::saveOffset(qint64 offset)
{
    m_status.offset = offset;
    const auto saved = m_kv->putText(m_options.kvNamespace, m_options.offsetKey, QString::number(offset));
    if (!saved.ok()) {
        // The in-memory offset still confirms the batch to Telegram; after a restart the batch
        // would come again, which the idempotency layer absorbs. A repeat beats a loss.
        qCWarning(lcTelegram) << "could not save the Telegram offset:" << saved.error().message;
        m_status.message = u"could not save the Telegram offset: "_s + saved.error().message;
    }
}

void Poller::setState(PollerStatus::State state, const QString &message)
{
    m_status.state = state;
    m_status.message = message;
    if (state == PollerStatus::State::Polling || state == PollerStatus::State::Stopped)
        m_status.retryInMs = 0;
    emit statusChanged(m_status);
}

} // namespace Moltdesk::Telegram
