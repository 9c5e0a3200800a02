#include "pages/usageformat.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

UsageFormat::Row UsageFormat::row(const QJsonObject &object)
{
    Row row;
    row.key = object.value(u"key"_s).toString();
    row.calls = object.value(u"calls"_s).toInteger();
    row.inputTokens = object.value(u"inputTokens"_s).toInteger();
    row.outputTokens = object.value(u"outputTokens"_s).toInteger();
    row.cacheReadTokens = object.value(u"cacheReadTokens"_s).toInteger();
    row.cacheWriteTokens = object.value(u"cacheWriteTokens"_s).toInteger();
    row.totalTokens = object.value(u"totalTokens"_s).toInteger();
    row.costUsd = object.value(u"costUsd"_s).toDouble();
    row.unknownCostCalls = object.value(u"unknownCostCalls"_s).toInteger();
    row.cacheHitRate = object.value(u"cacheHitRate"_s).toDouble();
    return row;
}

QList<UsageFormat::Row> UsageFormat::rows(const QJsonObject &payload)
{
    QList<Row> out;
    const QJsonArray array = payload.value(u"rows"_s).toArray();
    for (const QJsonValue &value : array)
        out.append(row(value.toObject()));
    return out;
}

QList<UsageFormat::Row> UsageFormat::filledDays(const QJsonObject &payload)
{
    const QDate from = QDate::fromString(payload.value(u"from"_s).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(payload.value(u"to"_s).toString(), Qt::ISODate);
    const QList<Row> present = rows(payload);
    if (!from.isValid() || !to.isValid() || from > to)
        return present;
    QHash<QString, Row> byDay;
    for (const Row &row : present)
        byDay.insert(row.key, row);
    QList<Row> out;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const QString key = day.toString(Qt::ISODate);
        Row row = byDay.value(key);
        row.key = key;
        out.append(row);
    }
    return out;
}

QString UsageFormat::dollars(double usd)
{
    // Cents hide most single calls (a short Haiku turn costs a fraction of a cent), so small sums
    // keep four decimals.
    const int decimals = usd != 0 && usd < 1 ? 4 : 2;
    return u"$"_s + QLocale().toString(usd, 'f', decimals);
}

QString UsageFormat::cost(double costUsd, qint64 unknownCostCalls, qint64 calls)
{
    if (unknownCostCalls <= 0)
        return dollars(costUsd);
    if (unknownCostCalls >= calls && costUsd == 0)
        return tr("unknown price (%n call(s))", nullptr, int(unknownCostCalls));
    return tr("%1 + %n call(s) of unknown price", nullptr, int(unknownCostCalls)).arg(dollars(costUsd));
}

QString UsageFormat::tokens(qint64 count)
{
    const QLocale locale;
    if (count >= 1'000'000)
        return locale.toString(double(count) / 1e6, 'f', 1) + u" M"_s;
    if (count >= 10'000)
        return locale.toString(double(count) / 1e3, 'f', 1) + u" k"_s;
    return locale.toString(count);
}

QString UsageFormat::percent(double rate)
{
    return QLocale().toString(rate * 100, 'f', 1) + u" %"_s;
}

QByteArray UsageFormat::dayCsv(const QList<Row> &days)
{
    // Plain C-locale numbers: spreadsheets parse "1.5", not a localised "1,5", inside CSV.
    QByteArray out = "date,calls,input_tokens,output_tokens,cache_read_tokens,cache_write_tokens,total_tokens,"
                     "cost_usd,unknown_price_calls\r\n"_ba;
    for (const Row &row : days) {
        out += row.key.toUtf8() + ',' + QByteArray::number(row.calls) + ',' + QByteArray::number(row.inputTokens)
               + ',' + QByteArray::number(row.outputTokens) + ',' + QByteArray::number(row.cacheReadTokens) + ','
               + QByteArray::number(row.cacheWriteTokens) + ',' + QByteArray::number(row.totalTokens) + ','
               + QByteArray::number(row.costUsd, 'f', 6) + ',' + QByteArray::number(row.unknownCostCalls) + "\r\n";
    }
    return out;
}

} // namespace Moltdesk::Ui
