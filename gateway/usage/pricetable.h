#pragma once

#include "config/aisettings.h"
#include "storage/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Moltdesk::Usage {

// The shipped price list (resources/pricing.json): USD per million tokens per model.
//
// Matching rule, in order (first hit wins):
//   1. the exact model name, e.g. "claude-sonnet-4-5";
//   2. the alias map of the file, e.g. "claude-opus-4-0" -> "claude-opus-4";
//   3. the base name: a trailing dated-snapshot suffix "-YYYYMMDD" or "-YYYY-MM-DD", or "-latest",
//      is stripped ("claude-sonnet-4-5-20250929" -> "claude-sonnet-4-5",
//      "gpt-4o-2024-08-06" -> "gpt-4o"), then 1 and 2 are tried again.
// Nothing else: "gpt-4o-audio-preview" is NOT priced as "gpt-4o". An unmatched model has an unknown
// price (std::nullopt), never a guessed one.
class PriceTable
{
public:
    PriceTable() = default;

    // Parses the file's JSON. Errors name the model and field that is wrong.
    static Storage::Result<PriceTable> fromJson(const QByteArray &json);
    static Storage::Result<PriceTable> fromFile(const QString &path);

    std::optional<Config::ModelPricing> find(const QString &model) const;
    // The entry name find() would use, or an empty string.
    QString resolve(const QString &model) const;

    int size() const { return int(m_models.size()); }
    void insert(const QString &model, const Config::ModelPricing &pricing) { m_models.insert(model, pricing); }

    // "claude-sonnet-4-5-20250929" -> "claude-sonnet-4-5"; unchanged when there is no suffix.
    static QString baseModelName(const QString &model);

private:
    QString resolveOne(const QString &model) const;

    QHash<QString, Config::ModelPricing> m_models;
    QHash<QString, QString> m_aliases;
};

} // namespace Moltdesk::Usage
