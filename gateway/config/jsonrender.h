#pragma once

#include <QJsonValue>
#include <QString>

namespace Moltdesk::Config {

// Renders values for error messages: JSON syntax (strings quoted), cut short so a pasted blob
// cannot flood the terminal.
class JsonRender
{
public:
    static constexpr qsizetype kMaxLength = 40;

    static QString value(const QJsonValue &value);
    static QString string(const QString &text);
};

} // namespace Moltdesk::Config
