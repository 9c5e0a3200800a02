#pragma once

#include <QJsonObject>
#include <QString>

namespace Moltdesk::Agent {

// One tool_use block of the model's reply (canonical message format): {"id","name","input"}.
struct ToolCall
{
    QString id;
    QString name;
    QJsonObject input;

    static ToolCall fromBlock(const QJsonObject &block)
    {
        return {block.value(QLatin1String("id")).toString(), block.value(QLatin1String("name")).toString(),
                block.value(QLatin1String("input")).toObject()};
    }
};

} // namespace Moltdesk::Agent
