#include "config/dotenv.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isNameStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'.';
}

// Cursor over the normalised text; counts lines as it crosses '\n'.
struct Cursor {
    const QString &text;
    qsizetype pos = 0;
    int line = 1;

    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return atEnd() ? QChar() : text.at(pos); }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(text.at(pos)))
            ++pos;
    }
    void skipLine() // to just past the next '\n'
    {
        while (!atEnd() && text.at(pos) != u'\n')
            ++pos;
        if (!atEnd()) {
            ++pos;
            ++line;
        }
    }
};

} // namespace

QString DotEnv::accessProblem(const QString &path, int fd)
{
    struct stat info = {};
    if (::fstat(fd, &info) != 0)
        return path + u": cannot read: "_s + QString::fromLocal8Bit(std::strerror(errno));
    if (!S_ISREG(info.st_mode))
        return path + u": refused: the env file is not a regular file"_s;
    if (info.st_uid != ::geteuid())
        return u"%1: refused: the env file holds secrets and is owned by uid %2, not by this user (uid %3); "
               "chown it to this user and chmod 600"_s.arg(path, QString::number(info.st_uid),
                                                            QString::number(::geteuid()));
    if ((info.st_mode & 077) != 0)
        return u"%1: refused: the env file holds secrets but group or others can access it (mode 0%2); "
               "run chmod 600 %1"_s.arg(path, QString::number(info.st_mode & 0777, 8));
    return {};
}

DotEnv DotEnv::load(const QString &path)
{
    DotEnv env;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        env.m_errors.append(path + u": cannot read: "_s + QString::fromLocal8Bit(std::strerror(errno)));
        return env;
    }
    // Checked on the opened file itself, so a swap between check and read changes nothing.
    if (const QString problem = accessProblem(path, fd); !problem.isEmpty()) {
        ::close(fd);
        env.m_errors.append(problem);
        return env;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        env.m_errors.append(path + u": cannot read: "_s + file.errorString());
        return env;
    }
    return parse(file.readAll(), path);
}

DotEnv DotEnv::parse(const QByteArray &data, const QString &fileName)
{
    DotEnv env;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF))) // editors on Windows like to add a BOM
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);

    Cursor c{text};
    while (!c.atEnd()) {
        c.skipBlanks();
        if (c.atEnd())
            break;
        if (c.peek() == u'\n' || c.peek() == u'#') {
            c.skipLine();
            continue;
        }
        const int line = c.line;

        if (QStringView(text).mid(c.pos).startsWith(u"export") && c.pos + 6 < text.size()
            && isBlank(text.at(c.pos + 6))) {
            c.pos += 6;
            c.skipBlanks();
        }
        const qsizetype nameStart = c.pos;
        if (!isNameStart(c.peek())) {
            env.error(fileName, line, u"expected NAME=value with NAME made of letters, digits and '_'"_s);
            c.skipLine();
            continue;
        }
        while (!c.atEnd() && isNameChar(c.peek()))
            ++c.pos;
        const QString name = text.mid(nameStart, c.pos - nameStart);
        c.skipBlanks();
        if (c.peek() != u'=') {
            env.error(fileName, line, u"expected NAME=value with NAME made of letters, digits and '_'"_s);
            c.skipLine();
            continue;
        }
        ++c.pos;
        c.skipBlanks();

        const QChar quote = c.peek();
        if (quote == u'"' || quote == u'\'') {
            ++c.pos;
            QString value;
            bool closed = false;
            while (!c.atEnd()) {
                const QChar ch = text.at(c.pos++);
                if (ch == quote) {
                    closed = true;
                    break;
                }
                if (ch == u'\n')
                    ++c.line;
                if (quote == u'"' && ch == u'\\' && !c.atEnd()) {
                    const QChar next = text.at(c.pos++);
                    switch (next.unicode()) {
                    case u'n': value += u'\n'; break;
                    case u'r': value += u'\r'; break;
                    case u't': value += u'\t'; break;
                    case u'"': value += u'"'; break;
                    case u'\\': value += u'\\'; break;
                    default:
                        // Unknown escapes stay as written, so Windows paths and regexes survive.
                        value += u'\\';
                        value += next;
                        if (next == u'\n')
                            ++c.line;
                    }
                    continue;
                }
                value += ch;
            }
            if (!closed) {
                env.error(fileName, line,
                          quote == u'"' ? u"unterminated double-quoted value"_s : u"unterminated single-quoted value"_s);
                break;
            }
            c.skipBlanks();
            if (!c.atEnd() && c.peek() != u'\n' && c.peek() != u'#') {
                env.error(fileName, c.line, u"unexpected text after the closing quote"_s);
                c.skipLine();
                continue;
            }
            c.skipLine();
            env.add(name, value, line);
            continue;
        }

        // Unquoted: the rest of the line, minus an inline comment that starts with blank + '#'.
        const qsizetype start = c.pos;
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QString value = text.mid(start, end - start);
        if (value.startsWith(u'#')) {
            value.clear(); // "NAME= # comment": the blank before '#' was skipped above
        } else {
            for (qsizetype i = 1; i < value.size(); ++i) {
                if (value.at(i) == u'#' && isBlank(value.at(i - 1))) {
                    value.truncate(i);
                    break;
                }
            }
        }
        c.pos = end;
        c.skipLine();
        env.add(name, value.trimmed(), line);
    }
    return env;
}

void DotEnv::add(const QString &name, const QString &value, int line)
{
    for (Entry &entry : m_entries) {
        if (entry.name == name) {
            entry.value = value;
            entry.line = line;
            return;
        }
    }
    m_entries.append(Entry{name, value, line});
}

void DotEnv::error(const QString &fileName, int line, const QString &reason)
{
    const QString where = fileName.isEmpty() ? QString(u"line "_s + QString::number(line))
                                             : QString(fileName + u':' + QString::number(line));
    m_errors.append(where + u": "_s + reason);
}

QStringList DotEnv::names() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        result.append(entry.name);
    return result;
}

bool DotEnv::contains(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return true;
    }
    return false;
}

QString DotEnv::value(const QString &name, const QString &fallback) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return entry.value;
    }
    return fallback;
}

} // namespace Moltdesk::Config
