#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Moltdesk::Ui {

// Pure helpers for the Usage page: reading `usage.cost` payloads (docs/usage.md) and putting costs
// into words. Kept free of widgets so the page's numbers and its CSV export are tested directly.
class UsageFormat
{
    Q_DECLARE_TR_FUNCTIONS(UsageFormat)

public:
    // One row of UsageTotals::toJson() (plus its group key).
    struct Row
    {
        QString key;
        qint64 calls = 0;
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
        qint64 cacheReadTokens = 0;
        qint64 cacheWriteTokens = 0;
        qint64 totalTokens = 0;
        double costUsd = 0;
        qint64 unknownCostCalls = 0;
        double cacheHitRate = 0;
    };

    static Row row(const QJsonObject &object);
    static QList<Row> rows(const QJsonObject &payload);

    // A `groupBy: "day"` answer lists only days with calls; the charts and the CSV want every day
    // of the range `from`..`to`, so missing days become zero rows.
    static QList<Row> filledDays(const QJsonObject &payload);

    // "$1.23", "$1.23 + 3 calls of unknown price", or "unknown price (3 calls)" when no call had a
    // known price — an unknown price is never shown as $0.
    static QString cost(double costUsd, qint64 unknownCostCalls, qint64 calls);
    static QString dollars(double usd);
    // "1.2 k", "3.4 M" tokens.
    static QString tokens(qint64 count);
    static QString percent(double rate);

    // RFC 4180 CSV of the per-day table, CRLF line ends, header first.
    static QByteArray dayCsv(const QList<Row> &days);
};

} // namespace Moltdesk::Ui
