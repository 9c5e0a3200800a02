#pragma once

namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Queue {
class JobQueue;
}

namespace Moltdesk::Control {

// The `queue.*` methods of the WebSocket protocol (docs/queue.md, docs/protocol.md):
//   queue.status {queue?}            -> {queues: [{queue, pending, running, done, dead}]}
//   queue.dead   {queue?, limit?}    -> {jobs: [job]}       (most recently failed first)
//   queue.retry  {id}                -> {job}               (dead -> pending)
// Bad params (wrong type, unknown or non-dead job) answer INVALID_REQUEST; a storage failure
// answers UNAVAILABLE. `queue` must outlive the registry's use of these handlers.
void registerQueueMethods(Ws::MethodRegistry &registry, Queue::JobQueue &queue);

} // namespace Moltdesk::Control
