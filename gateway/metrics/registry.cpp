#include "metrics/registry.h"

#include "base/logging.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Metrics {

namespace {

bool isNameChar(QChar c, bool first, bool allowColon)
{
    const ushort u = c.unicode();
    const bool alpha = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_';
    const bool digit = u >= '0' && u <= '9';
    return alpha || (allowColon && u == ':') || (!first && digit);
}

bool validName(const QString &name, bool allowColon)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isNameChar(name.at(i), i == 0, allowColon))
            return false;
    }
    return true;
}

} // namespace

bool Registry::isValidMetricName(const QString &name)
{
    return validName(name, true);
}

bool Registry::isValidLabelName(const QString &name)
{
    // Label names starting with "__" are reserved for Prometheus' internal use.
    return validName(name, false) && !name.startsWith(u"__"_s);
}

QByteArray Registry::contentType()
{
    return "text/plain; version=0.0.4; charset=utf-8"_ba;
}

bool Registry::registerCounter(const QString &name, const QString &help, bool hasLabels)
{
    return registerFamily(name, help, Type::Counter, hasLabels);
}

bool Registry::registerGauge(const QString &name, const QString &help, bool hasLabels)
{
    return registerFamily(name, help, Type::Gauge, hasLabels);
}

bool Registry::registerFamily(const QString &name, const QString &help, Type type, bool hasLabels)
{
    if (!isValidMetricName(name)) {
        qCWarning(lcMetrics) << "refusing invalid metric name" << name;
        return false;
    }
    QMutexLocker lock(&m_mutex);
    auto it = m_families.find(name);
    if (it != m_families.end()) {
        if (it->type != type) {
            qCWarning(lcMetrics) << "metric" << name << "already registered with another type";
            return false;
        }
        return true;
    }
    Family family;
    family.type = type;
    family.help = help;
    if (!hasLabels)
        family.series.insert(QString(), Series{});
    m_families.insert(name, family);
    return true;
}

Labels Registry::canonical(const Labels &labels)
{
    Labels sorted = labels;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return sorted;
}

QString Registry::labelKey(const Labels &canonicalLabels)
{
    // Built from the escaped exposition form, so distinct label sets never collide.
    QString key;
    for (const auto &[labelName, labelValue] : canonicalLabels)
        key += labelName % u"=\""_s % QString::fromUtf8(escapeLabelValue(labelValue)) % u"\","_s;
    return key;
}

bool Registry::validLabels(const Labels &labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (!isValidLabelName(labels.at(i).first))
            return false;
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (labels.at(j).first == labels.at(i).first)
                return false;
        }
    }
    return true;
}

Registry::Series *Registry::seriesFor(const QString &name, const Labels &labels, Type expected)
{
    // Caller holds m_mutex.
    auto it = m_families.find(name);
    if (it == m_families.end()) {
        qCWarning(lcMetrics) << "metric" << name << "used before registration";
        return nullptr;
    }
    if (it->type != expected) {
        qCWarning(lcMetrics) << "metric" << name << "used with the wrong type";
        return nullptr;
    }
    if (!validLabels(labels)) {
        qCWarning(lcMetrics) << "metric" << name << "got invalid or duplicate label names";
        return nullptr;
    }
    const Labels sorted = canonical(labels);
    const QString key = labelKey(sorted);
    auto series = it->series.find(key);
    if (series == it->series.end())
        series = it->series.insert(key, Series{sorted, 0.0, {}});
    return &series.value();
}

bool Registry::increment(const QString &name, const Labels &labels, double by)
{
    if (!(by >= 0.0) || !std::isfinite(by)) {
        qCWarning(lcMetrics) << "counter" << name << "can only increase";
        return false;
    }
    QMutexLocker lock(&m_mutex);
    Series *series = seriesFor(name, labels, Type::Counter);
    if (!series)
        return false;
    series->value += by;
    return true;
}

bool Registry::setGauge(const QString &name, const Labels &labels, double value)
{
    QMutexLocker lock(&m_mutex);
    Series *series = seriesFor(name, labels, Type::Gauge);
    if (!series || series->read)
        return false;
    series->value = value;
    return true;
}

bool Registry::addGauge(const QString &name, const Labels &labels, double delta)
{
    QMutexLocker lock(&m_mutex);
    Series *series = seriesFor(name, labels, Type::Gauge);
    if (!series || series->read)
        return false;
    series->value += delta;
    return true;
}

bool Registry::registerCallbackGauge(const QString &name, const QString &help, const Labels &labels,
                                     std::function<double()> read)
{
    if (!read || !registerGauge(name, help))
        return false;
    QMutexLocker lock(&m_mutex);
    Series *series = seriesFor(name, labels, Type::Gauge);
    if (!series)
        return false;
    series->read = std::move(read);
    return true;
}

void Registry::removeCallbackGauge(const QString &name, const Labels &labels)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_families.find(name);
    if (it == m_families.end())
        return;
    it->series.remove(labelKey(canonical(labels)));
}

double Registry::value(const QString &name, const Labels &labels) const
{
    std::function<double()> read;
    double result = 0.0;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_families.constFind(name);
        if (it == m_families.cend())
            return 0.0;
        const auto series = it->series.constFind(labelKey(canonical(labels)));
        if (series == it->series.cend())
            return 0.0;
        read = series->read;
        result = series->value;
    }
    return read ? read() : result;
}

QByteArray Registry::formatValue(double value)
{
    if (std::isnan(value))
        return "NaN"_ba;
    if (std::isinf(value))
        return value > 0 ? "+Inf"_ba : "-Inf"_ba;
    // Whole numbers (every counter we keep) print without an exponent or trailing ".0".
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::number(value, 'g', 17);
}

QByteArray Registry::escapeLabelValue(const QString &value)
{
    // Exposition format 0.0.4: in label values, backslash, double quote and line feed are
    // escaped as \\, \" and \n.
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray Registry::escapeHelp(const QString &help)
{
    // In HELP lines only backslash and line feed are escaped.
    QByteArray out;
    for (const char c : help.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray Registry::render() const
{
    // Copy under the lock, then call scrape-time callbacks without it: a callback may take its
    // own module's lock, and that module may be recording into this registry at the same time.
    QMap<QString, Family> snapshot;
    {
        QMutexLocker lock(&m_mutex);
        snapshot = m_families;
    }

    QByteArray out;
    for (auto family = snapshot.cbegin(); family != snapshot.cend(); ++family) {
        const QByteArray name = family.key().toUtf8();
        if (!family->help.isEmpty())
            out += "# HELP " + name + ' ' + escapeHelp(family->help) + '\n';
        out += "# TYPE " + name + (family->type == Type::Counter ? " counter\n" : " gauge\n");
        for (const Series &series : family->series) {
            out += name;
            if (!series.labels.isEmpty()) {
                out += '{';
                for (qsizetype i = 0; i < series.labels.size(); ++i) {
                    if (i > 0)
                        out += ',';
                    out += series.labels.at(i).first.toUtf8() + "=\""
                            + escapeLabelValue(series.labels.at(i).second) + '"';
                }
                out += '}';
            }
            out += ' ' + formatValue(series.read ? series.read() : series.value) + '\n';
        }
    }
    return out;
}

} // namespace Moltdesk::Metrics
