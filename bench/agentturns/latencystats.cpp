#include "latencystats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Moltdesk::Bench {

LatencyStats::LatencyStats(QList<qint64> samplesNs) : m_sorted(std::move(samplesNs))
{
    std::sort(m_sorted.begin(), m_sorted.end());
}

qint64 LatencyStats::percentileNs(double p) const
{
    if (m_sorted.isEmpty())
        return 0;
    // Nearest rank: the smallest sample with at least p% of the samples at or below it.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_sorted.size())));
    return m_sorted.at(std::clamp<qsizetype>(rank - 1, 0, m_sorted.size() - 1));
}

double LatencyStats::meanNs() const
{
    if (m_sorted.isEmpty())
        return 0.0;
    return double(std::accumulate(m_sorted.cbegin(), m_sorted.cend(), qint64(0))) / double(m_sorted.size());
}

QString LatencyStats::format(qint64 ns)
{
    if (ns < 1000000)
        return QString::number(double(ns) / 1000.0, 'f', 0) + u" µs"_s;
    return QString::number(double(ns) / 1000000.0, 'f', 2) + u" ms"_s;
}

} // namespace Moltdesk::Bench
