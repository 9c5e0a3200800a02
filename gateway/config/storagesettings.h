#pragma once

#include <QtGlobal>

namespace Moltdesk::Config {

struct StorageSettings {
    enum class Backend { Sqlite };
    qint64 sessionTtlSeconds = 30LL * 24 * 3600;
    qint64 maxSessionSizeBytes = 10LL * 1024 * 1024;
    Backend backend = Backend::Sqlite;
    // Workers KV limits (developers.cloudflare.com/kv/platform/limits): 25 MiB values, 512-byte keys.
    qint64 kvMaxValueBytes = 25LL * 1024 * 1024;
    qint64 kvMaxKeyBytes = 512;
    // storage.quota.*: bytes of attachments and workspace files per conversation and in total
    // (docs/storage.md "Quotas"); 0 = no quota.
    qint64 quotaPerConversationBytes = 100LL * 1024 * 1024;
    qint64 quotaTotalBytes = 5LL * 1024 * 1024 * 1024;
    bool operator==(const StorageSettings &) const = default;
};

} // namespace Moltdesk::Config
