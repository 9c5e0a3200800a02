#pragma once

#include "agent/tool.h"
#include "agent/tools/toolworker.h"

namespace Moltdesk::Storage {
class ObjectStore;
}

namespace Moltdesk::Agent {

struct FilesLimits
{
    qint64 maxReadBytes = 256 * 1024;   // bytes read from a file for one "read"
    qint64 maxWriteBytes = 1024 * 1024; // content of one "write", UTF-8
    int maxListed = 200;
};

// files: read/write/list/delete text files in the conversation's workspace, which lives in
// Storage::ObjectStore under "workspace/<session key>/" (see WorkspacePath for the path rules).
// Binary files are listed and described, never dumped into the model's context.
// (A `schedule` tool comes with cron: it needs the job store, which is not part of this module.)
class FilesTool : public Tool
{
public:
    explicit FilesTool(Storage::ObjectStore &objects, ToolWorker worker = ToolWorker(), FilesLimits limits = {});

    QString name() const override;
    QString description() const override;
    QJsonObject inputSchema() const override;
    std::chrono::milliseconds timeout() const override { return std::chrono::seconds(20); }
    qsizetype outputCap() const override { return 128 * 1024; }
    void run(const QJsonObject &input, const ToolContext &context, Done done) override;

    ToolResult execute(const QJsonObject &input, const ToolContext &context) const;

private:
    ToolResult read(const QString &root, const QString &path) const;
    ToolResult write(const QString &root, const QString &path, const QString &content, const QString &session) const;
    ToolResult list(const QString &root, const QString &path) const;
    ToolResult remove(const QString &root, const QString &path) const;

    Storage::ObjectStore &m_objects;
    ToolWorker m_worker;
    FilesLimits m_limits;
};

} // namespace Moltdesk::Agent
