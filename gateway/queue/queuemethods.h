#pragma once

namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Queue {

class JobQueue;

// Adds the queue's control-panel methods to the WebSocket protocol (docs/queue.md):
//   queue.status {queue?}            -> {queues: [{queue, pending, running, done, dead}]}
//   queue.dead   {queue?, limit?}    -> {jobs: [job]}       (most recently failed first)
//   queue.retry  {id}                -> {job}               (dead -> pending)
// Bad params (wrong type, unknown or non-dead job) answer INVALID_REQUEST; a storage failure
// answers UNAVAILABLE. `queue` must outlive the registry's use of these handlers.
void registerQueueMethods(Ws::MethodRegistry &registry, JobQueue &queue);

} // namespace Moltdesk::Queue
