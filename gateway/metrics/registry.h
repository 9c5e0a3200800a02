#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

#include <functional>
#include <utility>

namespace Moltdesk::Metrics {

// Label pairs of one series, e.g. {{"route", "/healthz"}, {"method", "GET"}}. The order does not
// matter: the registry sorts by label name so {a,b} and {b,a} address the same series.
using Labels = QList<std::pair<QString, QString>>;

// Counters and gauges with labels, rendered in the Prometheus text exposition format 0.0.4
// (https://prometheus.io/docs/instrumenting/exposition_formats/). Every method is thread-safe:
// modules on other threads (queue, storage, providers) record into the same registry that the
// HTTP thread renders for GET /metrics. Created once by the composition root and passed down.
class Registry
{
public:
    enum class Type { Counter, Gauge };

    Registry() = default;
    Registry(const Registry &) = delete;
    Registry &operator=(const Registry &) = delete;

    // Declares a family. Registering the same name again with the same type is a no-op that
    // returns true (so two modules may both declare a shared family); a different type, or an
    // invalid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*), returns false and logs why.
    // A family declared without labels starts at 0 so it shows up before its first increment.
    bool registerCounter(const QString &name, const QString &help, bool hasLabels = true);
    bool registerGauge(const QString &name, const QString &help, bool hasLabels = true);

    // Counters only go up: a negative or non-finite `by` is refused (returns false).
    bool increment(const QString &name, const Labels &labels = {}, double by = 1.0);
    bool setGauge(const QString &name, const Labels &labels, double value);
    bool addGauge(const QString &name, const Labels &labels, double delta);

    // A gauge series whose value is read at scrape time, e.g. a queue depth owned by another
    // module. `read` is called on the scraping thread without the registry lock held, so it
    // must be thread-safe itself. Re-registering the same name+labels replaces the callback.
    bool registerCallbackGauge(const QString &name, const QString &help, const Labels &labels,
                               std::function<double()> read);
    void removeCallbackGauge(const QString &name, const Labels &labels = {});

    // Current value of one series (callback gauges are read now); 0 when the series is unknown.
    double value(const QString &name, const Labels &labels = {}) const;

    // The whole exposition text: one "# HELP"/"# TYPE" block per family, families sorted by
    // name, series sorted by their label set.
    QByteArray render() const;

    // Content-Type of render()'s output for the /metrics route.
    static QByteArray contentType();

    static bool isValidMetricName(const QString &name);
    static bool isValidLabelName(const QString &name);

private:
    struct Series
    {
        Labels labels;
        double value = 0.0;
        std::function<double()> read;
    };
    struct Family
    {
        Type type = Type::Counter;
        QString help;
        QMap<QString, Series> series; // keyed by the canonical label text
    };

    bool registerFamily(const QString &name, const QString &help, Type type, bool hasLabels);
    Series *seriesFor(const QString &name, const Labels &labels, Type expected);

    static Labels canonical(const Labels &labels);
    static QString labelKey(const Labels &canonicalLabels);
    static bool validLabels(const Labels &labels);
    static QByteArray formatValue(double value);
    static QByteArray escapeLabelValue(const QString &value);
    static QByteArray escapeHelp(const QString &help);

    mutable QMutex m_mutex;
    QMap<QString, Family> m_families;
};

} // namespace Moltdesk::Metrics
