#include "config/aisection.h"

#include "config/schemareader.h"

#include <QJsonArray>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {

const QString kPath = u"ai"_s;
const QStringList kProviderTypes = {u"anthropic"_s, u"openai"_s, u"openaiCompatible"_s};
const QStringList kHttpSchemes = {u"http"_s, u"https"_s};

bool isProviderName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]+$"_s);
    return pattern.match(name).hasMatch();
}

void readProviders(const QJsonObject &json, SchemaReader &reader, QMap<QString, ProviderSettings> &out)
{
    const QString path = SchemaReader::join(kPath, u"providers"_s);
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString name = it.key();
        const QString providerPath = SchemaReader::join(path, name);
        if (!isProviderName(name)) {
            reader.failText(providerPath, u"expected a provider name made of letters, digits, '_' and '-'"_s);
            continue;
        }
        if (!it.value().isObject()) {
            reader.fail(providerPath, u"an object"_s, it.value());
            continue;
        }
        const QJsonObject provider = it.value().toObject();
        reader.checkKeys(provider, providerPath, {u"type"_s, u"baseUrl"_s});
        const bool builtin = AiSettings::kBuiltinProviders.contains(name);
        ProviderSettings settings = builtin ? out.value(name) : ProviderSettings{};
        const int type = reader.readEnum(provider, providerPath, u"type"_s, kProviderTypes);
        if (type >= 0) {
            const auto chosen = static_cast<ProviderType>(type);
            if (builtin && chosen != settings.type) {
                reader.fail(SchemaReader::join(providerPath, u"type"_s),
                            u"\""_s + AiSection::providerTypeName(settings.type) + u"\" for the built-in provider \""_s
                                + name + u'"',
                            provider.value(u"type"_s));
            }
            settings.type = chosen;
        } else if (!builtin && !provider.contains(u"type"_s)) {
            reader.failText(SchemaReader::join(providerPath, u"type"_s),
                            u"expected one of \"anthropic\", \"openai\", \"openaiCompatible\", got nothing"_s);
        }
        if (!builtin && !provider.contains(u"baseUrl"_s)) {
            reader.failText(SchemaReader::join(providerPath, u"baseUrl"_s),
                            u"expected "_s + SchemaReader::describeUrl(kHttpSchemes) + u", got nothing"_s);
        }
        reader.readUrl(provider, providerPath, u"baseUrl"_s, kHttpSchemes, false, settings.baseUrl);
        out.insert(name, settings);
    }
}

// "provider/model" naming a configured provider; returns the "expected" phrase or "".
QString checkModel(const QString &model, const QMap<QString, ProviderSettings> &providers)
{
    const qsizetype slash = model.indexOf(u'/');
    const QString expected = u"\"provider/model\" with a configured provider ("_s
        + providers.keys().join(u", "_s) + u')';
    if (slash <= 0 || slash == model.size() - 1 || model.trimmed() != model)
        return expected;
    return providers.contains(model.left(slash)) ? QString() : expected;
}

void readPricing(const QJsonObject &json, SchemaReader &reader, QMap<QString, ModelPricing> &out)
{
    const QString path = SchemaReader::join(kPath, u"pricing"_s);
    const QStringList fields = {u"inputPerMTok"_s, u"outputPerMTok"_s, u"cacheReadPerMTok"_s, u"cacheWritePerMTok"_s};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString modelPath = SchemaReader::join(path, it.key());
        if (!it.value().isObject()) {
            reader.fail(modelPath, u"an object of USD prices per million tokens"_s, it.value());
            continue;
        }
        const QJsonObject prices = it.value().toObject();
        reader.checkKeys(prices, modelPath, fields);
        ModelPricing pricing;
        reader.readNonNegativeNumber(prices, modelPath, fields.at(0), pricing.inputPerMTok);
        reader.readNonNegativeNumber(prices, modelPath, fields.at(1), pricing.outputPerMTok);
        reader.readNonNegativeNumber(prices, modelPath, fields.at(2), pricing.cacheReadPerMTok);
        reader.readNonNegativeNumber(prices, modelPath, fields.at(3), pricing.cacheWritePerMTok);
        out.insert(it.key(), pricing);
    }
}

void readLimits(const QJsonObject &json, const QString &path, SchemaReader &reader, BudgetLimits &out)
{
    reader.readOptionalLimit(json, path, u"dailyUsd"_s, out.dailyUsd);
    reader.readOptionalLimit(json, path, u"monthlyUsd"_s, out.monthlyUsd);
}

void readBudgets(const QJsonObject &json, SchemaReader &reader, const AiSettings &ai, BudgetSettings &out)
{
    const QString path = SchemaReader::join(kPath, u"budgets"_s);
    reader.checkKeys(json, path, {u"dailyUsd"_s, u"monthlyUsd"_s, u"perProvider"_s});
    readLimits(json, path, reader, out.total);
    const std::optional<QJsonObject> perProvider = reader.object(json, path, u"perProvider"_s);
    if (!perProvider)
        return;
    const QString perPath = SchemaReader::join(path, u"perProvider"_s);
    for (auto it = perProvider->constBegin(); it != perProvider->constEnd(); ++it) {
        const QString providerPath = SchemaReader::join(perPath, it.key());
        if (!ai.providers.contains(it.key())) {
            reader.failText(providerPath, u"expected a configured provider name ("_s
                                              + ai.providers.keys().join(u", "_s) + u"), got \""_s + it.key() + u'"');
            continue;
        }
        if (!it.value().isObject()) {
            reader.fail(providerPath, u"an object"_s, it.value());
            continue;
        }
        const QJsonObject limits = it.value().toObject();
        reader.checkKeys(limits, providerPath, {u"dailyUsd"_s, u"monthlyUsd"_s});
        BudgetLimits budget;
        readLimits(limits, providerPath, reader, budget);
        out.perProvider.insert(it.key(), budget);
    }
}

// ai.tools.web_fetch.allowedPorts: the ports fetched besides 80 and 443 (docs/configuration.md).
void readPorts(const QJsonObject &tool, const QString &toolPath, SchemaReader &reader, QList<int> &out)
{
    if (!tool.contains(u"allowedPorts"_s))
        return;
    const QString path = SchemaReader::join(toolPath, u"allowedPorts"_s);
    const QJsonValue value = tool.value(u"allowedPorts"_s);
    if (!value.isArray()) {
        reader.fail(path, u"an array of port numbers"_s, value);
        return;
    }
    QList<int> ports;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue port = array.at(i);
        const double d = port.toDouble();
        if (!port.isDouble() || std::trunc(d) != d || d < 1 || d > 65535) {
            reader.fail(SchemaReader::index(path, i), SchemaReader::describeIntRange(1, 65535), port);
            continue;
        }
        ports.append(int(d));
    }
    out = ports;
}

void readTools(const QJsonObject &json, SchemaReader &reader, QMap<QString, ToolSettings> &out)
{
    const QString path = SchemaReader::join(kPath, u"tools"_s);
    reader.checkKeys(json, path, AiSettings::kToolNames);
    for (const QString &name : AiSettings::kToolNames) {
        const std::optional<QJsonObject> tool = reader.object(json, path, name);
        if (!tool)
            continue;
        const QString toolPath = SchemaReader::join(path, name);
        const bool isWebFetch = name == u"web_fetch"_s;
        reader.checkKeys(*tool, toolPath,
                         isWebFetch ? QStringList{u"enabled"_s, u"allowPrivateNetworks"_s, u"allowedPorts"_s,
                                                  u"maxConcurrent"_s}
                                    : QStringList{u"enabled"_s});
        ToolSettings &settings = out[name];
        reader.readBool(*tool, toolPath, u"enabled"_s, settings.enabled);
        if (isWebFetch) {
            reader.readBool(*tool, toolPath, u"allowPrivateNetworks"_s, settings.allowPrivateNetworks);
            readPorts(*tool, toolPath, reader, settings.allowedPorts);
            reader.readInt(*tool, toolPath, u"maxConcurrent"_s, 1, 64, settings.maxConcurrent);
        }
    }
}

} // namespace

QString AiSection::providerTypeName(ProviderType type)
{
    return kProviderTypes.at(static_cast<int>(type));
}

void AiSection::read(const QJsonObject &json, SchemaReader &reader, AiSettings &out)
{
    reader.checkKeys(json, kPath,
                     {u"defaultModel"_s, u"fallbackModels"_s, u"providers"_s, u"systemPrompt"_s, u"maxOutputTokens"_s,
                      u"maxToolRounds"_s, u"maxToolCallsPerRound"_s, u"requestTimeoutSeconds"_s, u"streamIdleTimeoutSeconds"_s, u"retry"_s,
                      u"cache"_s, u"pricing"_s, u"budgets"_s, u"tools"_s});

    // Providers first: model names are checked against them.
    if (const std::optional<QJsonObject> providers = reader.object(json, kPath, u"providers"_s))
        readProviders(*providers, reader, out.providers);

    const auto modelCheck = [&out](const QString &model) { return checkModel(model, out.providers); };
    const QJsonValue defaultModel = json.value(u"defaultModel"_s);
    if (!defaultModel.isUndefined()) {
        const QString expected = defaultModel.isString() ? modelCheck(defaultModel.toString())
                                                         : checkModel(QString(), out.providers);
        if (expected.isEmpty())
            out.defaultModel = defaultModel.toString();
        else
            reader.fail(SchemaReader::join(kPath, u"defaultModel"_s), expected, defaultModel);
    }
    reader.readStringList(json, kPath, u"fallbackModels"_s, out.fallbackModels, modelCheck);

    reader.readString(json, kPath, u"systemPrompt"_s, true, out.systemPrompt);
    reader.readInt(json, kPath, u"maxOutputTokens"_s, 1, 1000000, out.maxOutputTokens);
    reader.readInt(json, kPath, u"maxToolRounds"_s, 1, 100, out.maxToolRounds);
    reader.readInt(json, kPath, u"maxToolCallsPerRound"_s, 1, 100, out.maxToolCallsPerRound);
    reader.readInt(json, kPath, u"requestTimeoutSeconds"_s, 1, 3600, out.requestTimeoutSeconds);
    reader.readInt(json, kPath, u"streamIdleTimeoutSeconds"_s, 1, 3600, out.streamIdleTimeoutSeconds);

    if (const std::optional<QJsonObject> retry = reader.object(json, kPath, u"retry"_s)) {
        const QString path = SchemaReader::join(kPath, u"retry"_s);
        reader.checkKeys(*retry, path, {u"maxAttempts"_s});
        reader.readInt(*retry, path, u"maxAttempts"_s, 1, 10, out.retryMaxAttempts);
    }
    if (const std::optional<QJsonObject> cache = reader.object(json, kPath, u"cache"_s)) {
        const QString path = SchemaReader::join(kPath, u"cache"_s);
        reader.checkKeys(*cache, path, {u"enabled"_s, u"ttlSeconds"_s});
        reader.readBool(*cache, path, u"enabled"_s, out.cacheEnabled);
        reader.readInt(*cache, path, u"ttlSeconds"_s, 1, 30 * 86400, out.cacheTtlSeconds);
    }
    if (const std::optional<QJsonObject> pricing = reader.object(json, kPath, u"pricing"_s))
        readPricing(*pricing, reader, out.pricing);
    if (const std::optional<QJsonObject> budgets = reader.object(json, kPath, u"budgets"_s))
        readBudgets(*budgets, reader, out, out.budgets);
    if (const std::optional<QJsonObject> tools = reader.object(json, kPath, u"tools"_s))
        readTools(*tools, reader, out.tools);
}

namespace {

QJsonValue limitToJson(const std::optional<double> &limit)
{
    return limit ? QJsonValue(*limit) : QJsonValue(QJsonValue::Null);
}

QJsonObject limitsToJson(const BudgetLimits &limits)
{
    return {{u"dailyUsd"_s, limitToJson(limits.dailyUsd)}, {u"monthlyUsd"_s, limitToJson(limits.monthlyUsd)}};
}

} // namespace

QJsonObject AiSection::toJson(const AiSettings &s)
{
    QJsonObject providers;
    for (auto it = s.providers.constBegin(); it != s.providers.constEnd(); ++it) {
        providers.insert(it.key(), QJsonObject{{u"type"_s, providerTypeName(it->type)},
                                               {u"baseUrl"_s, it->baseUrl.toString()}});
    }
    QJsonObject pricing;
    for (auto it = s.pricing.constBegin(); it != s.pricing.constEnd(); ++it) {
        pricing.insert(it.key(), QJsonObject{{u"inputPerMTok"_s, it->inputPerMTok},
                                             {u"outputPerMTok"_s, it->outputPerMTok},
                                             {u"cacheReadPerMTok"_s, it->cacheReadPerMTok},
                                             {u"cacheWritePerMTok"_s, it->cacheWritePerMTok}});
    }
    QJsonObject budgets = limitsToJson(s.budgets.total);
    QJsonObject perProvider;
    for (auto it = s.budgets.perProvider.constBegin(); it != s.budgets.perProvider.constEnd(); ++it)
        perProvider.insert(it.key(), limitsToJson(*it));
    budgets.insert(u"perProvider"_s, perProvider);
    QJsonObject tools;
    for (auto it = s.tools.constBegin(); it != s.tools.constEnd(); ++it) {
        QJsonObject tool{{u"enabled"_s, it->enabled}};
        if (it.key() == u"web_fetch"_s) {
            tool.insert(u"allowPrivateNetworks"_s, it->allowPrivateNetworks);
            QJsonArray ports;
            for (const int port : it->allowedPorts)
                ports.append(port);
            tool.insert(u"allowedPorts"_s, ports);
            tool.insert(u"maxConcurrent"_s, it->maxConcurrent);
        }
        tools.insert(it.key(), tool);
    }
    return {
        {u"defaultModel"_s, s.defaultModel},
        {u"fallbackModels"_s, QJsonArray::fromStringList(s.fallbackModels)},
        {u"providers"_s, providers},
        {u"systemPrompt"_s, s.systemPrompt},
        {u"maxOutputTokens"_s, s.maxOutputTokens},
        {u"maxToolRounds"_s, s.maxToolRounds},
        {u"maxToolCallsPerRound"_s, s.maxToolCallsPerRound},
        {u"requestTimeoutSeconds"_s, s.requestTimeoutSeconds},
        {u"streamIdleTimeoutSeconds"_s, s.streamIdleTimeoutSeconds},
        {u"retry"_s, QJsonObject{{u"maxAttempts"_s, s.retryMaxAttempts}}},
        {u"cache"_s, QJsonObject{{u"enabled"_s, s.cacheEnabled}, {u"ttlSeconds"_s, s.cacheTtlSeconds}}},
        {u"pricing"_s, pricing},
        {u"budgets"_s, budgets},
        {u"tools"_s, tools},
    };
}

} // namespace Moltdesk::Config
