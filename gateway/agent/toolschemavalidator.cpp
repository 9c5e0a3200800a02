#include "agent/toolschemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

QString render(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    return QString::number(value.toDouble(), 'g', 15);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Double: return u"number"_s;
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Object: return u"object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

// Code points, not UTF-16 units: "minLength"/"maxLength" count characters (spec §6.3.1).
qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

} // namespace

std::optional<QString> ToolSchemaValidator::validate(const QJsonObject &schema, const QJsonValue &value,
                                                     const QString &path)
{
    if (value.isUndefined())
        return path + u": is missing"_s;
    if (schema.contains(u"type"_s)) {
        if (auto error = checkType(schema.value(u"type"_s), value, path))
            return error;
    }
    if (schema.contains(u"enum"_s)) {
        const QJsonArray options = schema.value(u"enum"_s).toArray();
        if (!options.contains(value)) {
            QStringList rendered;
            for (const QJsonValue &option : options)
                rendered.append(render(option));
            return path + u": must be one of "_s + rendered.join(u", "_s) + u" (got "_s + render(value) + u')';
        }
    }
    if (value.isObject())
        return checkObject(schema, value.toObject(), path);
    if (value.isArray())
        return checkArray(schema, value.toArray(), path);
    if (value.isDouble())
        return checkNumber(schema, value.toDouble(), path);
    if (value.isString())
        return checkString(schema, value.toString(), path);
    return std::nullopt;
}

bool ToolSchemaValidator::isOfType(const QString &type, const QJsonValue &value)
{
    if (type == u"integer"_s) {
        const double number = value.toDouble();
        return value.isDouble() && std::isfinite(number) && std::floor(number) == number;
    }
    if (type == u"number"_s)
        return value.isDouble();
    return typeName(value) == type;
}

std::optional<QString> ToolSchemaValidator::checkType(const QJsonValue &type, const QJsonValue &value,
                                                      const QString &path)
{
    QStringList allowed;
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        for (const QJsonValue &t : types)
            allowed.append(t.toString());
    } else {
        allowed.append(type.toString());
    }
    for (const QString &t : std::as_const(allowed)) {
        if (isOfType(t, value))
            return std::nullopt;
    }
    return path + u": must be "_s + allowed.join(u" or "_s) + u", not "_s + typeName(value);
}

std::optional<QString> ToolSchemaValidator::checkObject(const QJsonObject &schema, const QJsonObject &object,
                                                        const QString &path)
{
    const QJsonArray required = schema.value(u"required"_s).toArray();
    for (const QJsonValue &name : required) {
        if (!object.contains(name.toString()))
            return path + u'.' + name.toString() + u": is required"_s;
    }
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    const bool closed = schema.value(u"additionalProperties"_s) == QJsonValue(false);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (properties.contains(it.key())) {
            if (auto error = validate(properties.value(it.key()).toObject(), it.value(), path + u'.' + it.key()))
                return error;
        } else if (closed) {
            QStringList known = properties.keys();
            return path + u": unknown property \""_s + it.key() + u"\" (allowed: "_s + known.join(u", "_s) + u')';
        }
    }
    return std::nullopt;
}

std::optional<QString> ToolSchemaValidator::checkArray(const QJsonObject &schema, const QJsonArray &array,
                                                       const QString &path)
{
    if (schema.contains(u"minItems"_s) && array.size() < schema.value(u"minItems"_s).toInteger())
        return path + u": must have at least %1 items"_s.arg(schema.value(u"minItems"_s).toInteger());
    if (schema.contains(u"maxItems"_s) && array.size() > schema.value(u"maxItems"_s).toInteger())
        return path + u": must have at most %1 items"_s.arg(schema.value(u"maxItems"_s).toInteger());
    if (schema.value(u"items"_s).isObject()) {
        const QJsonObject items = schema.value(u"items"_s).toObject();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto error = validate(items, array.at(i), path + u'[' + QString::number(i) + u']'))
                return error;
        }
    }
    return std::nullopt;
}

std::optional<QString> ToolSchemaValidator::checkNumber(const QJsonObject &schema, double number,
                                                        const QString &path)
{
    if (schema.contains(u"minimum"_s) && number < schema.value(u"minimum"_s).toDouble())
        return path + u": must be at least "_s + render(schema.value(u"minimum"_s)) + u" (got "_s
            + render(number) + u')';
    if (schema.contains(u"maximum"_s) && number > schema.value(u"maximum"_s).toDouble())
        return path + u": must be at most "_s + render(schema.value(u"maximum"_s)) + u" (got "_s
            + render(number) + u')';
    return std::nullopt;
}

std::optional<QString> ToolSchemaValidator::checkString(const QJsonObject &schema, const QString &text,
                                                        const QString &path)
{
    const qsizetype length = codePoints(text);
    if (schema.contains(u"minLength"_s) && length < schema.value(u"minLength"_s).toInteger())
        return path + u": must be at least %1 characters long (got %2)"_s.arg(schema.value(u"minLength"_s).toInteger())
                          .arg(length);
    if (schema.contains(u"maxLength"_s) && length > schema.value(u"maxLength"_s).toInteger())
        return path + u": must be at most %1 characters long (got %2)"_s.arg(schema.value(u"maxLength"_s).toInteger())
                          .arg(length);
    return std::nullopt;
}

} // namespace Moltdesk::Agent
