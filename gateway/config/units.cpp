#include "config/units.h"

#include <QString>

#include <limits>

namespace Moltdesk::Config {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

// Reads a run of ASCII digits at pos; nullopt on no digits or overflow.
std::optional<qint64> readNumber(QStringView text, qsizetype &pos)
{
    const qsizetype start = pos;
    qint64 value = 0;
    while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9') {
        const int digit = text.at(pos).unicode() - u'0';
        if (value > (kMax - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
        ++pos;
    }
    if (pos == start)
        return std::nullopt;
    return value;
}

std::optional<qint64> multiply(qint64 value, qint64 factor)
{
    if (factor != 0 && value > kMax / factor)
        return std::nullopt;
    return value * factor;
}

} // namespace

std::optional<qint64> Units::parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qsizetype pos = 0;
    const std::optional<qint64> plain = readNumber(text, pos);
    if (plain && pos == text.size())
        return *plain > 0 ? plain : std::nullopt;

    pos = 0;
    qint64 total = 0;
    while (pos < text.size()) {
        const std::optional<qint64> number = readNumber(text, pos);
        if (!number || pos >= text.size())
            return std::nullopt;
        qint64 factor = 0;
        switch (text.at(pos).toLower().unicode()) {
        case u's': factor = 1; break;
        case u'm': factor = 60; break;
        case u'h': factor = 3600; break;
        case u'd': factor = 86400; break;
        case u'w': factor = 7 * 86400; break;
        default: return std::nullopt;
        }
        ++pos;
        const std::optional<qint64> part = multiply(*number, factor);
        if (!part || total > kMax - *part)
            return std::nullopt;
        total += *part;
    }
    return total > 0 ? std::optional<qint64>(total) : std::nullopt;
}

std::optional<qint64> Units::parseSize(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    const std::optional<qint64> number = readNumber(text, pos);
    if (!number)
        return std::nullopt;
    const QString unit = text.mid(pos).trimmed().toString();
    if (unit.isEmpty() || unit.compare(u"b", Qt::CaseInsensitive) == 0)
        return number;

    // IEC 80000-13 binary prefixes (KiB, MiB, GiB) versus SI decimal ones (kB, MB, GB).
    struct Suffix { const char16_t *name; qint64 factor; };
    static constexpr Suffix kSuffixes[] = {
        {u"kb", 1000LL}, {u"mb", 1000LL * 1000}, {u"gb", 1000LL * 1000 * 1000},
        {u"kib", 1024LL}, {u"mib", 1024LL * 1024}, {u"gib", 1024LL * 1024 * 1024},
    };
    for (const Suffix &suffix : kSuffixes) {
        if (unit.compare(QStringView(suffix.name), Qt::CaseInsensitive) == 0)
            return multiply(*number, suffix.factor);
    }
    return std::nullopt;
}

} // namespace Moltdesk::Config
