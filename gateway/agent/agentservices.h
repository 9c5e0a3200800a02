#pragma once

#include "config/aisettings.h"

namespace Moltdesk::Providers {
class ProviderRouter;
}
namespace Moltdesk::Sessions {
class SessionStore;
}
namespace Moltdesk::Usage {
class BudgetGuard;
class UsageStore;
class UsageTracker;
} // namespace Moltdesk::Usage

namespace Moltdesk::Agent {

class ToolRegistry;

// What an agent run talks to. Owned by the gateway; every pointer outlives the runner. `budgets`
// may be null (no caps), everything else is required.
struct AgentServices
{
    Sessions::SessionStore *sessions = nullptr;
    Providers::ProviderRouter *router = nullptr;
    ToolRegistry *tools = nullptr;
    Usage::UsageTracker *tracker = nullptr;
    Usage::UsageStore *usage = nullptr;
    Usage::BudgetGuard *budgets = nullptr;
};

} // namespace Moltdesk::Agent
