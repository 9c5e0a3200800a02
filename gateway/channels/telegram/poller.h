#pragma once

#include "base/clock.h"
#include "channels/telegram/apitypes.h"
#include "channels/telegram/polleroptions.h"
#include "channels/telegram/pollerstatus.h"
#include "channels/telegram/updatesink.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Moltdesk::Storage {
class KvStore;
}

namespace Moltdesk::Telegram {

class ApiCall;
class BotApi;

// The getUpdates long-polling loop (https://core.telegram.org/bots/api#getupdates).
//
// Delivery guarantee: each batch goes to the sink; only after ack(true) is the next offset
// (highest update_id + 1) written to the KV store (namespace/key from Options, default
// MOLTDESK_CHANNELS / telegram:offset) and used in the next getUpdates, which is what confirms
// the batch to Telegram. A crash or stop before that ack means Telegram sends the batch again,
// so nothing is lost; a restart reads the offset back, so nothing already stored comes twice.
// ack(false) fetches the same updates again after a backoff.
//
// Errors: 401/404 (wrong token) stop the loop in state Unauthorized. 409 Conflict (a webhook is
// set, or another program polls with this token) is shown as state Conflict with the fix and
// retried every conflictRetry - or, with deleteWebhookOnConflict, the webhook is deleted and
// polling resumes. 429 waits retry_after. Everything else (network, timeouts, 5xx) is retried
// with exponential backoff and jitter up to maxBackoff, state Retrying.
class Poller : public QObject
{
    Q_OBJECT

public:
    using Clock = Base::Clock;
    static QDateTime systemClock() { return QDateTime::currentDateTimeUtc(); }

    using Options = PollerOptions;

    // `api` and `kv` must outlive the poller; all three live on the same thread.
    Poller(BotApi *api, Storage::KvStore *kv, UpdateSink sink, Options options = {},
           Clock clock = &Poller::systemClock, QObject *parent = nullptr);
    ~Poller() override;

    // Reads the stored offset and starts polling. No-op while running.
    void start();
    // Aborts the in-flight getUpdates and cancels any pending retry. A batch the sink is still
    // storing may ack later: its offset is then still saved, but no new poll starts.
    void stop();
    bool isRunning() const { return m_running; }
    PollerStatus status() const { return m_status; }

    // The human explanation for a 409, from Telegram's description.
    static QString conflictAdvice(const ApiError &error);

signals:
    void statusChanged(const Moltdesk::Telegram::PollerStatus &status);

private:
    void poll();
    void onBatch(quint64 generation, const UpdateBatch &batch);
    void onError(quint64 generation, const ApiError &error);
    void onAck(quint64 generation, qint64 nextOffset, bool stored);
    void retryIn(std::chrono::milliseconds delay, PollerStatus::State state, const QString &message);
    std::chrono::milliseconds nextBackoff();
    void deleteWebhookThenPoll(quint64 generation, const ApiError &conflict);
    qint64 loadOffset();
    void saveOffset(qint64 offset);
    void setState(PollerStatus::State state, const QString &message);

    BotApi *m_api;
    Storage::KvStore *m_kv;
    UpdateSink m_sink;
    Options m_options;
    Clock m_clock;
    PollerStatus m_status;
    QPointer<ApiCall> m_call;
    QTimer m_retryTimer;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Moltdesk::Telegram
