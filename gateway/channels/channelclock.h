#pragma once

#include "base/clock.h"

namespace Moltdesk::Channels {

// Every expiry and window in this module (pairing codes, rate-limit buckets, notice throttles,
// ledger retention) reads time through the one clock of base/clock.h.
using Base::Clock;
using Base::readClock;

} // namespace Moltdesk::Channels
