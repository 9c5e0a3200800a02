#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace Moltdesk::Config {

// Typed, path-aware access to the parsed JSON. Every problem becomes one line
// "<file>: <key.path>: expected <what>, got <JSON value>"; reading goes on after an error so the
// user sees every mistake at once. A key that is absent keeps the default already in the target.
class SchemaReader
{
public:
    explicit SchemaReader(QString fileName);

    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);

    void fail(const QString &path, const QString &expected, const QJsonValue &got);
    void failText(const QString &path, const QString &text); // "<file>: <path>: <text>"
    void warn(const QString &text);                           // "<file>: <text>"

    const QStringList &errors() const { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }

    // Warns about keys outside `known` (with a did-you-mean hint). Secret-looking keys are skipped
    // here: SecretKeyPolicy reports them as errors.
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &known);

    // The sub-object at key: empty when absent, nullopt (and an error) when not an object.
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &path, const QString &key);

    void readBool(const QJsonObject &o, const QString &path, const QString &key, bool &out);
    void readInt(const QJsonObject &o, const QString &path, const QString &key, qint64 min, qint64 max,
                 int &out);
    void readInt64(const QJsonObject &o, const QString &path, const QString &key, qint64 min, qint64 max,
                   qint64 &out);
    void readString(const QJsonObject &o, const QString &path, const QString &key, bool allowEmpty,
                    QString &out);
    // Returns the index of the chosen value in `choices` (or -1 when absent/invalid).
    int readEnum(const QJsonObject &o, const QString &path, const QString &key, const QStringList &choices);
    void readNonNegativeNumber(const QJsonObject &o, const QString &path, const QString &key, double &out);
    void readOptionalLimit(const QJsonObject &o, const QString &path, const QString &key,
                           std::optional<double> &out);
    // allowEmpty: "" is accepted and yields an empty QUrl.
    void readUrl(const QJsonObject &o, const QString &path, const QString &key, const QStringList &schemes,
                 bool allowEmpty, QUrl &out);
    void readDuration(const QJsonObject &o, const QString &path, const QString &key, qint64 &seconds);
    void readSize(const QJsonObject &o, const QString &path, const QString &key, qint64 min, qint64 max,
                  qint64 &bytes);
    // Array of strings; `check` (optional) returns an "expected ..." phrase for a bad element, else "".
    void readStringList(const QJsonObject &o, const QString &path, const QString &key, QStringList &out,
                        const std::function<QString(const QString &)> &check = {});

    static QString describeIntRange(qint64 min, qint64 max);
    static QString describeUrl(const QStringList &schemes);
    static bool isUrlWithScheme(const QString &text, const QStringList &schemes, QUrl *out);

private:
    std::optional<qint64> integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max);

    QString m_fileName;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace Moltdesk::Config
