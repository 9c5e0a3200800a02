#pragma once

#include "agent/trustlevel.h"
#include "config/aisettings.h"

#include <QStringList>

#include <functional>

namespace Moltdesk::Providers {
class ProviderRouter;
}
namespace Moltdesk::Sessions {
class SessionKey;
class SessionStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Usage {
class BudgetGuard;
class UsageStore;
class UsageTracker;
} // namespace Moltdesk::Usage

namespace Moltdesk::Agent {

class Summarizer;

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
    // Older turns that no longer fit are summarised in the background for the next turns
    // (docs/sessions.md "Summaries"). Optional: without it they are only dropped.
    Agent::Summarizer *summarizer = nullptr;
    // Why none of these models can be called right now (e.g. "ANTHROPIC_API_KEY is not set —
    // ..."), or empty. Optional; checked before each call so the user reads the cause.
    std::function<QString(const QStringList &models)> chainProblem;
    // The trust level of a run in this session and what it may not do (agent/trustlevel.h),
    // asked once when the run starts. The gateway always sets it; without it (unit tests) a run
    // may use every enabled tool.
    std::function<TurnTrust(const Sessions::SessionKey &key)> trust;
};

} // namespace Moltdesk::Agent
