#include "usage/pricelookup.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Moltdesk::Usage {

PriceLookup::PriceLookup(PriceTable shipped, Config::AiSettings settings)
    : m_shipped(std::move(shipped)), m_settings(std::move(settings))
{
}

std::optional<Config::ModelPricing> PriceLookup::configPrice(const QString &provider, const QString &model) const
{
    const QString base = PriceTable::baseModelName(model);
    const QStringList keys = {provider + u'/' + model, model, provider + u'/' + base, base};
    for (const QString &key : keys) {
        const auto it = m_settings.pricing.constFind(key);
        if (it != m_settings.pricing.constEnd())
            return it.value();
    }
    return std::nullopt;
}

bool PriceLookup::isLocal(const QString &provider) const
{
    const auto it = m_settings.providers.constFind(provider);
    return it != m_settings.providers.constEnd() && it->type == Config::ProviderType::OpenAiCompatible;
}

CostSemantics PriceLookup::semanticsFor(const QString &provider) const
{
    const auto it = m_settings.providers.constFind(provider);
    if (it != m_settings.providers.constEnd())
        return it->type == Config::ProviderType::Anthropic ? CostSemantics::Anthropic : CostSemantics::OpenAi;
    return provider == u"anthropic"_s ? CostSemantics::Anthropic : CostSemantics::OpenAi;
}

PriceQuote PriceLookup::quote(const QString &provider, const QString &model) const
{
    PriceQuote quote;
    quote.semantics = semanticsFor(provider);
    if (auto configured = configPrice(provider, model)) {
        quote.pricing = configured;
        quote.source = PriceSource::Config;
    } else if (isLocal(provider)) {
        // A model on the user's own machine (Ollama, llama.cpp) bills nobody. A paid
        // OpenAI-compatible service must be priced in ai.pricing (docs/usage.md).
        quote.pricing = Config::ModelPricing{};
        quote.source = PriceSource::LocalFree;
    } else if (auto shipped = m_shipped.find(model)) {
        quote.pricing = shipped;
        quote.source = PriceSource::Shipped;
    }
    return quote;
}

std::optional<double> PriceLookup::costOf(const QString &provider, const QString &model,
                                          const TokenUsage &usage) const
{
    const PriceQuote q = quote(provider, model);
    return CostCalculator::cost(usage, q.pricing, q.semantics);
}

} // namespace Moltdesk::Usage
