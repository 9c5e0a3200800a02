#pragma once

#include "config/aisettings.h"
#include "usage/costcalculator.h"
#include "usage/pricetable.h"

#include <optional>

namespace Moltdesk::Usage {

// Where a price came from, for the usage record and for explaining a figure to the user.
enum class PriceSource { Unknown, Config, Shipped, LocalFree };

struct PriceQuote
{
    std::optional<Config::ModelPricing> pricing; // nullopt: unknown price, cost is null
    CostSemantics semantics = CostSemantics::Anthropic;
    PriceSource source = PriceSource::Unknown;
};

// Resolves the price of `provider`/`model` from the user's `ai.pricing` overrides and the shipped
// PriceTable. Order:
//   1. ai.pricing["provider/model"], then ai.pricing["model"], then the same two keys for the
//      model's base name (dated snapshot stripped, see PriceTable::baseModelName);
//   2. for an openaiCompatible-type provider (a local server): price 0, nothing is billed;
//   3. the shipped table (exact, alias, base name);
//   4. otherwise unknown.
// The provider's wire type (from ai.providers) picks the cost semantics; an unconfigured provider
// name falls back to "anthropic" -> Anthropic, anything else -> OpenAi.
class PriceLookup
{
public:
    PriceLookup(PriceTable shipped, Config::AiSettings settings);

    void setSettings(const Config::AiSettings &settings) { m_settings = settings; }
    const PriceTable &shipped() const { return m_shipped; }

    PriceQuote quote(const QString &provider, const QString &model) const;
    CostSemantics semanticsFor(const QString &provider) const;
    // quote() + CostCalculator::cost(); nullopt for an unknown price.
    std::optional<double> costOf(const QString &provider, const QString &model, const TokenUsage &usage) const;

private:
    std::optional<Config::ModelPricing> configPrice(const QString &provider, const QString &model) const;
    bool isLocal(const QString &provider) const;

    PriceTable m_shipped;
    Config::AiSettings m_settings;
};

} // namespace Moltdesk::Usage
