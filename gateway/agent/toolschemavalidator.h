#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Moltdesk::Agent {

// Checks a tool's input against the subset of JSON Schema (draft 2020-12,
// https://json-schema.org/draft/2020-12/json-schema-validation) that tool schemas use:
// type (a name or a list of names), properties, required, additionalProperties:false, enum,
// minimum/maximum, minLength/maxLength (in Unicode code points, as the spec says), items,
// minItems/maxItems. Unknown keywords are ignored, as the spec allows.
//
// The message goes back to the model as an is_error tool_result, so it names the JSON path and
// says what was expected: "input.scope: must be one of \"conversation\", \"user\"".
class ToolSchemaValidator
{
public:
    // nullopt when valid, else the first error found.
    static std::optional<QString> validate(const QJsonObject &schema, const QJsonValue &value,
                                           const QString &path = QStringLiteral("input"));

private:
    static std::optional<QString> checkType(const QJsonValue &type, const QJsonValue &value, const QString &path);
    static std::optional<QString> checkObject(const QJsonObject &schema, const QJsonObject &object,
                                              const QString &path);
    static std::optional<QString> checkArray(const QJsonObject &schema, const QJsonArray &array, const QString &path);
    static std::optional<QString> checkNumber(const QJsonObject &schema, double number, const QString &path);
    static std::optional<QString> checkString(const QJsonObject &schema, const QString &text, const QString &path);
    static bool isOfType(const QString &type, const QJsonValue &value);
};

} // namespace Moltdesk::Agent
