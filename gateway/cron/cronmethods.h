#pragma once

namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Cron {

class Scheduler;

// Registers cron.list, cron.add, cron.remove, cron.run, cron.runs and cron.preview (shapes in
// docs/cron.md). Bad params answer INVALID_REQUEST with a message naming the field. The
// scheduler must outlive the registry's use of these handlers.
void registerCronMethods(Ws::MethodRegistry &registry, Scheduler &scheduler);

} // namespace Moltdesk::Cron
