#pragma once

namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Cron {
class Scheduler;
}

namespace Moltdesk::Control {

// The `cron.*` methods of the WebSocket protocol: cron.list, cron.add, cron.remove, cron.run,
// cron.runs and cron.preview (shapes in docs/cron.md). Bad params answer INVALID_REQUEST with a message naming the field. The
// scheduler must outlive the registry's use of these handlers.
void registerCronMethods(Ws::MethodRegistry &registry, Cron::Scheduler &scheduler);

} // namespace Moltdesk::Control
