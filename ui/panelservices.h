#pragma once

class QThreadPool;

namespace Moltdesk::Storage {
class KvStore;
class ObjectStore;
class SqlConsole;
} // namespace Moltdesk::Storage
namespace Moltdesk::Security {
class OperatorToken;
class SecretStore;
} // namespace Moltdesk::Security

namespace Moltdesk::Ui {

class GatewayClient;
class Prompter;

// What the panel's pages talk to, handed in by the composition root (no singletons). Every pointer
// is non-owning and must outlive the pages; a null back-end makes its page say it is unavailable.
//
// Threading: the storage classes are thread-agnostic (each thread opens its own SQLite connection),
// so the pages call them only on `pool` through AsyncTask and never on the GUI thread. The owner
// must call pool->waitForDone() before destroying the stores. The SecretStore and OperatorToken
// are asynchronous themselves and are called from the GUI thread.
struct PanelServices
{
    Storage::KvStore *kv = nullptr;
    Storage::ObjectStore *objects = nullptr;
    Storage::SqlConsole *sql = nullptr;
    Security::SecretStore *secrets = nullptr;
    Security::OperatorToken *operatorToken = nullptr;
    // Modal dialogs (confirmations, file choosers) go through this seam so tests can answer them;
    // null means the real dialogs.
    Prompter *prompter = nullptr;
    // Where store calls run; null means QThreadPool::globalInstance().
    QThreadPool *pool = nullptr;
    // The running gateway's control-protocol methods and events (sessions, chat, usage, cron,
    // channels, pairing); null until the gateway listens.
    GatewayClient *gateway = nullptr;
};

} // namespace Moltdesk::Ui
