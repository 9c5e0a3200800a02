#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Moltdesk::Config {

// A parsed dotenv file (the seed's `.env`, passed with --env-file): ordered NAME -> value pairs.
// Syntax (docs/configuration.md, "Environment file"): NAME=value, optional `export ` prefix, `#`
// comment lines, ` #` inline comments after unquoted values, '...' literal, "..." with the escapes
// backslash-n, -r, -t, -quote and -backslash, quoted values may span lines, CRLF accepted. A repeated NAME keeps its first position and
// takes the last value. Error messages carry the line number and never any text from the line: the
// file holds secrets.
class DotEnv
{
public:
    struct Entry {
        QString name;
        QString value;
        int line = 0;
        bool operator==(const Entry &) const = default;
    };

    // `fileName` only labels messages ("<fileName>:<line>: ...").
    static DotEnv parse(const QByteArray &data, const QString &fileName = QString());
    // An unreadable or missing file is an error (the user asked for it explicitly), and so is one
    // that group or others can access or that another user owns: it holds secrets (one line, with
    // the fix: "run chmod 600 PATH").
    static DotEnv load(const QString &path);
    // That check on an open file descriptor; "" when the file is acceptable.
    static QString accessProblem(const QString &path, int fd);

    bool ok() const { return m_errors.isEmpty(); }
    const QStringList &errors() const { return m_errors; }
    const QList<Entry> &entries() const { return m_entries; }
    QStringList names() const;
    bool contains(const QString &name) const;
    QString value(const QString &name, const QString &fallback = QString()) const;

private:
    void add(const QString &name, const QString &value, int line);
    void error(const QString &fileName, int line, const QString &reason);

    QList<Entry> m_entries;
    QStringList m_errors;
};

} // namespace Moltdesk::Config
