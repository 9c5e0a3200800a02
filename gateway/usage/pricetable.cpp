#include "usage/pricetable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Usage {

namespace {

Storage::Result<double> readPrice(const QJsonObject &entry, const QString &model, const QString &field)
{
    const QJsonValue value = entry.value(field);
    if (value.isUndefined())
        return 0.0; // e.g. OpenAI lists no cache-write price: it does not bill cache writes
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
        return Storage::Error::invalid(u"pricing: models.%1.%2 must be a non-negative number"_s.arg(model, field));
    return value.toDouble();
}

} // namespace

Storage::Result<PriceTable> PriceTable::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Storage::Error::invalid(u"pricing: not valid JSON at offset %1: %2"_s.arg(parseError.offset)
                                           .arg(parseError.errorString()));
    if (!document.isObject() || !document.object().value(u"models"_s).isObject())
        return Storage::Error::invalid(u"pricing: expected an object with a \"models\" object"_s);

    PriceTable table;
    const QJsonObject models = document.object().value(u"models"_s).toObject();
    for (auto it = models.constBegin(); it != models.constEnd(); ++it) {
        if (!it.value().isObject())
            return Storage::Error::invalid(u"pricing: models.%1 must be an object"_s.arg(it.key()));
        const QJsonObject entry = it.value().toObject();
        Config::ModelPricing pricing;
        const struct { const char16_t *field; double *target; } fields[] = {
            {u"input", &pricing.inputPerMTok},
            {u"output", &pricing.outputPerMTok},
            {u"cacheRead", &pricing.cacheReadPerMTok},
            {u"cacheWrite", &pricing.cacheWritePerMTok},
        };
        for (const auto &field : fields) {
            const QString name = QString::fromUtf16(field.field);
            if (name != u"cacheWrite"_s && name != u"cacheRead"_s && !entry.contains(name))
                return Storage::Error::invalid(u"pricing: models.%1.%2 is missing"_s.arg(it.key(), name));
            const auto price = readPrice(entry, it.key(), name);
            if (!price)
                return price.error();
            *field.target = price.value();
        }
        table.m_models.insert(it.key(), pricing);
    }

    const QJsonValue aliases = document.object().value(u"aliases"_s);
    if (!aliases.isUndefined() && !aliases.isObject())
        return Storage::Error::invalid(u"pricing: \"aliases\" must be an object"_s);
    const QJsonObject aliasObject = aliases.toObject();
    for (auto it = aliasObject.constBegin(); it != aliasObject.constEnd(); ++it) {
        const QString target = it.value().toString();
        if (!table.m_models.contains(target))
            return Storage::Error::invalid(u"pricing: aliases.%1 points at unknown model \"%2\""_s.arg(it.key(), target));
        table.m_aliases.insert(it.key(), target);
    }
    return table;
}

Storage::Result<PriceTable> PriceTable::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Storage::Error::io(u"pricing: cannot read %1: %2"_s.arg(path, file.errorString()));
    auto table = fromJson(file.readAll());
    if (!table)
        return Storage::Error{table.error().code, table.error().message + u" ("_s + path + u")"_s};
    return table;
}

QString PriceTable::baseModelName(const QString &model)
{
    // Anthropic snapshots end in -YYYYMMDD, OpenAI snapshots in -YYYY-MM-DD; both publish
    // "-latest" aliases. The base name is the model's price-list name.
    static const QRegularExpression suffix(u"-(\\d{8}|\\d{4}-\\d{2}-\\d{2}|latest)$"_s);
    QString base = model;
    base.remove(suffix);
    return base;
}

QString PriceTable::resolveOne(const QString &model) const
{
    if (m_models.contains(model))
        return model;
    return m_aliases.value(model);
}

QString PriceTable::resolve(const QString &model) const
{
    const QString exact = resolveOne(model);
    if (!exact.isEmpty())
        return exact;
    const QString base = baseModelName(model);
    return base == model ? QString() : resolveOne(base);
}

std::optional<Config::ModelPricing> PriceTable::find(const QString &model) const
{
    const QString name = resolve(model);
    if (name.isEmpty())
        return std::nullopt;
    return m_models.value(name);
}

} // namespace Moltdesk::Usage
