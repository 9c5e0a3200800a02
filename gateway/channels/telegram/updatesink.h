#pragma once

#include "channels/telegram/update.h"

#include <QList>

#include <functional>

namespace Moltdesk::Telegram {

// Where Poller and WebhookReceiver hand updates. The receiver stores them durably (e.g. queues
// them) and then calls `ack` exactly once, from any thread: ack(true) = stored, so the updates
// may be confirmed to Telegram (offset advanced / webhook answered 200); ack(false) = not
// stored, Telegram must deliver them again. Extra calls are ignored.
using UpdateAck = std::function<void(bool stored)>;
using UpdateSink = std::function<void(const QList<Update> &updates, UpdateAck ack)>;

} // namespace Moltdesk::Telegram
