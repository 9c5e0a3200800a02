#pragma once

#include "base/tokenusage.h"

namespace Moltdesk::Usage {
// One type for the whole code base (gateway/base/tokenusage.h); the name stays for this module.
using TokenUsage = Base::TokenUsage;
} // namespace Moltdesk::Usage
