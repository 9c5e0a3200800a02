#include "config/schemareader.h"

#include "config/jsonrender.h"
#include "config/secretkeypolicy.h"
#include "config/units.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {

// Levenshtein distance, for "did you mean" hints on misspelt keys.
qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Messages are one line each (docs/configuration.md): a control character from the file (a key
// with a line break in it) is shown escaped, so it cannot fake a second message in the log.
QString oneLine(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
            const QString escaped = u"\\u"_s + QString::number(uint(c), 16).rightJustified(4, u'0');
            text.replace(i, 1, escaped);
            i += escaped.size() - 1;
        }
    }
    return text;
}

} // namespace

SchemaReader::SchemaReader(QString fileName)
    : m_fileName(std::move(fileName))
{
}

QString SchemaReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString SchemaReader::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

void SchemaReader::fail(const QString &path, const QString &expected, const QJsonValue &got)
{
    failText(path, u"expected "_s + expected + u", got "_s + JsonRender::value(got));
}

void SchemaReader::failText(const QString &path, const QString &text)
{
    const QString where = path.isEmpty() ? u"(top level)"_s : path;
    m_errors.append(m_fileName + u": "_s + oneLine(where + u": "_s + text));
}

void SchemaReader::warn(const QString &text)
{
    m_warnings.append(m_fileName + u": "_s + oneLine(text));
}

void SchemaReader::checkKeys(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (known.contains(key) || SecretKeyPolicy::looksLikeSecret(key))
            continue;
        QString hint;
        qsizetype best = 3; // only suggest close matches
        for (const QString &candidate : known) {
            const qsizetype distance = editDistance(key, candidate);
            if (distance < best) {
                best = distance;
                hint = candidate;
            }
        }
        QString text = u"unknown key \""_s + join(path, key) + u"\" (ignored"_s;
        if (!hint.isEmpty())
            text += u"; did you mean \""_s + join(path, hint) + u"\"?"_s;
        warn(text + u')');
    }
}

std::optional<QJsonObject> SchemaReader::object(const QJsonObject &parent, const QString &path, const QString &key)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return QJsonObject{};
    if (!value.isObject()) {
        fail(join(path, key), u"an object"_s, value);
        return std::nullopt;
    }
    return value.toObject();
}

void SchemaReader::readBool(const QJsonObject &o, const QString &path, const QString &key, bool &out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return;
    if (!value.isBool()) {
        fail(join(path, key), u"true or false"_s, value);
        return;
    }
    out = value.toBool();
}

QString SchemaReader::describeIntRange(qint64 min, qint64 max)
{
    const bool unbounded = max >= std::numeric_limits<int>::max();
    const QString upTo = unbounded ? QString() : u" no greater than "_s + QString::number(max);
    if (min == 1)
        return u"a positive integer"_s + upTo;
    if (min == 0)
        return u"a non-negative integer"_s + upTo;
    return u"an integer from "_s + QString::number(min) + u" to "_s + QString::number(max);
}

std::optional<qint64> SchemaReader::integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max)
{
    const double d = value.toDouble();
    // 2^53: beyond it doubles stop being exact integers.
    const bool isInteger = value.isDouble() && std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= 9007199254740992.0;
    if (!isInteger || value.toInteger() < min || value.toInteger() > max) {
        fail(path, describeIntRange(min, max), value);
        return std::nullopt;
    }
    return value.toInteger();
}

void SchemaReader::readInt(const QJsonObject &o, const QString &path, const QString &key, qint64 min, qint64 max, int &out)
{
    qint64 wide = out;
    readInt64(o, path, key, min, std::min<qint64>(max, std::numeric_limits<int>::max()), wide);
    out = static_cast<int>(wide);
}

void SchemaReader::readInt64(const QJsonObject &o, const QString &path, const QString &key, qint64 min, qint64 max, qint64 &out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return;
    if (const std::optional<qint64> n = integer(value, join(path, key), min, max))
        out = *n;
}

void SchemaReader::readString(const QJsonObject &o, const QString &path, const QString &key, bool allowEmpty, QString &out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return;
    if (!value.isString() || (!allowEmpty && value.toString().trimmed().isEmpty())) {
        fail(join(path, key), allowEmpty ? u"a string"_s : u"a non-empty string"_s, value);
        return;
    }
    out = value.toString();
}

int SchemaReader::readEnum(const QJsonObject &o, const QString &path, const QString &key, const QStringList &choices)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return -1;
    const int index = value.isString() ? int(choices.indexOf(value.toString())) : -1;
    if (index < 0) {
        QStringList quoted;
        for (const QString &choice : choices)
            quoted.append(JsonRender::string(choice));
        fail(join(path, key), u"one of "_s + quoted.join(u", "_s), value);
    }
    return index;
}

void SchemaReader::readNonNegativeNumber(const QJsonObject &o, const QString &path, const QString &key, double &out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return;
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0) {
        fail(join(path, key), u"a non-negative number"_s, value);
        return;
    }
    out = value.toDouble();
}

void SchemaReader::readOptionalLimit(const QJsonObject &o, const QString &path, const QString &key, std::optional<double> &out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return;
    if (value.isNull()) {
        out.reset();
        return;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0) {
        fail(join(path, key), u"null (no limit) or a non-negative number of USD"_s, value);
        return;
    }
    out = value.toDouble();
}

QString SchemaReader::describeUrl(const QStringList &schemes)
{
    QStringList names;
    for (const QString &scheme : schemes)
        names.append(scheme);
    return u"an absolute "_s + names.join(u" or "_s) + u" URL"_s;
}

bool SchemaReader::isUrlWithScheme(const QString &text, const QStringList &schemes, QUrl *out)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()) || text.trimmed() != text)
        return false;
    // Credentials in a URL would be a secret in the config file.
    if (!url.userInfo().isEmpty())
        return false;
    if (out)
        *out = url;
    return true;
}

void SchemaReader::readUrl(const QJsonObject &o, const QString &path, const QString &key, const QStringList &schemes, bool allowEmpty, QUrl &out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return;
    if (allowEmpty && value.isString() && value.toString().isEmpty()) {
        out = QUrl();
        return;
    }
    QUrl url;
    if (!value.isString() || !isUrlWithScheme(value.toString(), schemes, &url)) {
        fail(join(path, key), (allowEmpty ? u"empty or "_s : QString()) + describeUrl(schemes), value);
        return;
    }
    out = url;
}

void SchemaReader::readDuration(const QJsonObject &o, const QString &path, const QString &key, qint64 &seconds)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return;
    std::optional<qint64> parsed;
    if (value.isDouble() && std::trunc(value.toDouble()) == value.toDouble() && value.toDouble() > 0
        && value.toDouble() < 9007199254740992.0)
        parsed = value.toInteger();
    else if (value.isString())
        parsed = Units::parseDuration(value.toString());
    if (!parsed) {
        fail(join(path, key), u"a positive number of seconds or a duration such as \"30d\", \"12h\", \"90m\""_s, value);
        return;
    }
    seconds = *parsed;
}

void SchemaReader::readSize(const QJsonObject &o, const QString &path, const QString &key, qint64 min, qint64 max, qint64 &bytes)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return;
    std::optional<qint64> parsed;
    if (value.isDouble() && std::trunc(value.toDouble()) == value.toDouble() && value.toDouble() >= 0
        && value.toDouble() < 9007199254740992.0)
        parsed = value.toInteger();
    else if (value.isString())
        parsed = Units::parseSize(value.toString());
    if (!parsed || *parsed < min || *parsed > max) {
        fail(join(path, key),
             u"a size from "_s + QString::number(min) + u" to "_s + QString::number(max)
                 + u" bytes (an integer or a string such as \"10MiB\")"_s,
             value);
        return;
    }
    bytes = *parsed;
}

void SchemaReader::readStringList(const QJsonObject &o, const QString &path, const QString &key, QStringList &out, const std::function<QString(const QString &)> &check)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return;
    const QString listPath = join(path, key);
    if (!value.isArray()) {
        fail(listPath, u"an array of strings"_s, value);
        return;
    }
    const QJsonArray array = value.toArray();
    QStringList result;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            fail(index(listPath, i), u"a string"_s, element);
            ok = false;
            continue;
        }
        if (check) {
            const QString expected = check(element.toString());
            if (!expected.isEmpty()) {
                fail(index(listPath, i), expected, element);
                ok = false;
                continue;
            }
        }
        result.append(element.toString());
    }
    if (ok)
        out = result;
}

} // namespace Moltdesk::Config
