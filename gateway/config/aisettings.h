#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Moltdesk::Config {

// Wire dialect a provider speaks; extra named providers pick one of these with "type".
enum class ProviderType { Anthropic, OpenAi, OpenAiCompatible };

struct ProviderSettings {
    ProviderType type = ProviderType::Anthropic;
    QUrl baseUrl;
    bool operator==(const ProviderSettings &) const = default;
};

// USD per million tokens, as providers publish their price lists.
struct ModelPricing {
    double inputPerMTok = 0.0;
    double outputPerMTok = 0.0;
    double cacheReadPerMTok = 0.0;
    double cacheWritePerMTok = 0.0;
    bool operator==(const ModelPricing &) const = default;
};

// std::nullopt means "no limit" (JSON null / key absent).
struct BudgetLimits {
    std::optional<double> dailyUsd;
    std::optional<double> monthlyUsd;
    bool operator==(const BudgetLimits &) const = default;
};

struct BudgetSettings {
    BudgetLimits total;
    QMap<QString, BudgetLimits> perProvider;
    bool operator==(const BudgetSettings &) const = default;
};

struct ToolSettings {
    bool enabled = true;
    // Only meaningful for web_fetch: private/loopback targets are refused unless this is set (SSRF guard).
    bool allowPrivateNetworks = false;
    // Only meaningful for web_fetch: ports fetched besides 80 and 443.
    QList<int> allowedPorts;
    // Only meaningful for web_fetch: fetches running at once across all sessions; more wait for a slot.
    int maxConcurrent = 4;
    bool operator==(const ToolSettings &) const = default;
};

struct AiSettings {
    static inline const QStringList kBuiltinProviders = {
        QStringLiteral("anthropic"), QStringLiteral("openai"), QStringLiteral("openaiCompatible")};
    static inline const QStringList kToolNames = {
        QStringLiteral("current_time"), QStringLiteral("web_fetch"), QStringLiteral("memory"),
        QStringLiteral("files"), QStringLiteral("schedule")};

    static QMap<QString, ProviderSettings> defaultProviders()
    {
        return {
            {QStringLiteral("anthropic"),
             {ProviderType::Anthropic, QUrl(QStringLiteral("https://api.anthropic.com"))}},
            {QStringLiteral("openai"), {ProviderType::OpenAi, QUrl(QStringLiteral("https://api.openai.com"))}},
            // Ollama's default listen address; llama.cpp's server speaks the same dialect.
            {QStringLiteral("openaiCompatible"),
             {ProviderType::OpenAiCompatible, QUrl(QStringLiteral("http://127.0.0.1:11434"))}},
        };
    }
    static QMap<QString, ToolSettings> defaultTools()
    {
        QMap<QString, ToolSettings> tools;
        for (const QString &name : kToolNames)
            tools.insert(name, ToolSettings{});
        return tools;
    }

    QString defaultModel = QStringLiteral("anthropic/claude-sonnet-4-5");
    QStringList fallbackModels;
    QMap<QString, ProviderSettings> providers = defaultProviders();
    QString systemPrompt; // empty: the agent's built-in prompt
    int maxOutputTokens = 4096;
    int maxToolRounds = 8;
    // Tool calls run per model reply; the calls beyond it are answered with a tool error.
    int maxToolCallsPerRound = 8;
    int requestTimeoutSeconds = 120;
    int streamIdleTimeoutSeconds = 60;
    int retryMaxAttempts = 3;
    bool cacheEnabled = false;
    int cacheTtlSeconds = 3600;
    QMap<QString, ModelPricing> pricing; // model ("provider/model" or bare model) -> prices
    BudgetSettings budgets;
    QMap<QString, ToolSettings> tools = defaultTools();

    bool operator==(const AiSettings &) const = default;
};

} // namespace Moltdesk::Config
