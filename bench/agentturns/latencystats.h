#pragma once

#include <QList>
#include <QString>

namespace Moltdesk::Bench {

// Percentiles of a set of durations in nanoseconds (nearest-rank method), formatted for the
// Markdown tables.
class LatencyStats
{
public:
    LatencyStats() = default;
    explicit LatencyStats(QList<qint64> samplesNs);

    bool isEmpty() const { return m_sorted.isEmpty(); }
    qsizetype count() const { return m_sorted.size(); }
    // p in [0, 100]; 0 when empty.
    qint64 percentileNs(double p) const;
    double meanNs() const;

    // "123 µs" / "1.23 ms"; "–" when empty.
    static QString format(qint64 ns);
    QString p(double percentile) const { return isEmpty() ? QStringLiteral("–") : format(percentileNs(percentile)); }

private:
    QList<qint64> m_sorted;
};

} // namespace Moltdesk::Bench
