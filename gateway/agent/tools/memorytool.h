#pragma once

#include "agent/tool.h"
#include "agent/tools/toolworker.h"

namespace Moltdesk::Storage {
class KvStore;
}

namespace Moltdesk::Agent {

struct MemoryLimits
{
    qsizetype maxValueBytes = 16 * 1024; // one value, serialised
    int maxKeysPerScope = 500;
    int maxListed = 200;
};

// memory: a small key/value notebook the model keeps between turns, in two scopes:
// "conversation" (this session key only) and "user" (this sender across their conversations on
// the same channel). Stored in Storage::KvStore, namespaces `memory_conversation` and
// `memory_user`; each key is prefixed with the percent-encoded owner ("telegram%3Adm%3A42/"), so
// one owner's prefix can never be a prefix of another's and list() cannot cross owners.
class MemoryTool : public Tool
{
public:
    static constexpr auto ConversationNamespace = "memory_conversation";
    static constexpr auto UserNamespace = "memory_user";

    explicit MemoryTool(Storage::KvStore &kv, ToolWorker worker = ToolWorker(), MemoryLimits limits = {});

    QString name() const override;
    QString description() const override;
    QJsonObject inputSchema() const override;
    std::chrono::milliseconds timeout() const override { return std::chrono::seconds(10); }
    void run(const QJsonObject &input, const ToolContext &context, Done done) override;

    // The work itself, synchronous; run() moves it to the worker.
    ToolResult execute(const QJsonObject &input, const ToolContext &context) const;

    static bool isValidKey(const QString &key);

private:
    ToolResult get(const QString &ns, const QString &owner, const QString &key) const;
    ToolResult put(const QString &ns, const QString &owner, const QString &key, const QJsonValue &value) const;
    ToolResult list(const QString &ns, const QString &owner, const QString &prefix) const;
    ToolResult remove(const QString &ns, const QString &owner, const QString &key) const;

    Storage::KvStore &m_kv;
    ToolWorker m_worker;
    MemoryLimits m_limits;
};

} // namespace Moltdesk::Agent
