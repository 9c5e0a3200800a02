#include "security/tokenfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TokenFile", text);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

constexpr qsizetype kMaxFileSize = 4096;
} // namespace

TokenFile::TokenFile(const QString &path)
    : m_path(path)
{
}

bool TokenFile::isAcceptable(const QString &token)
{
    if (token.size() < 32 || token.size() > 1024)
        return false;
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

TokenFile::ReadStatus TokenFile::read(QString *token, QString *error) const
{
    const QByteArray native = QFile::encodeName(m_path);
    // O_NOFOLLOW: a symlink planted at the token path must not redirect us to another file.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            return ReadStatus::Missing;
        *error = tr(QT_TRANSLATE_NOOP("TokenFile", "Cannot open the operator token file %1: %2")).arg(m_path, errnoText(errno));
        return ReadStatus::Error;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = tr(QT_TRANSLATE_NOOP("TokenFile", "The operator token file %1 is not a regular file.")).arg(m_path);
        return ReadStatus::Error;
    }
    if ((st.st_mode & 077) != 0 || st.st_uid != ::geteuid()) {
        ::close(fd);
        *error = tr(QT_TRANSLATE_NOOP("TokenFile", "The operator token file %1 is accessible to other users (mode %2) or owned by someone else; "
                       "run: chmod 600 %1 (or delete it to create a new token)."))
                     .arg(m_path, QString::number(st.st_mode & 0777, 8));
        return ReadStatus::Error;
    }
    QByteArray content(kMaxFileSize + 1, Qt::Uninitialized);
    qsizetype total = 0;
    while (total < content.size()) {
        const ssize_t n = ::read(fd, content.data() + total, static_cast<size_t>(content.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        total += n;
    }
    ::close(fd);
    content.truncate(total);
    const QString value = QString::fromUtf8(content).trimmed();
    if (total > kMaxFileSize || !isAcceptable(value)) {
        *error = tr(QT_TRANSLATE_NOOP("TokenFile", "The operator token file %1 does not hold a valid token (32 to 1024 printable characters, "
                       "no spaces); delete it to create a new one."))
                     .arg(m_path);
        return ReadStatus::Error;
    }
    *token = value;
    return ReadStatus::Ok;
}

bool TokenFile::writeNew(const QString &path, const QString &token, QString *error) const
{
    const QByteArray native = QFile::encodeName(path);
    // Mode 0600 from the very first instant (umask can only remove bits); O_EXCL refuses to reuse
    // an existing file or follow a symlink someone placed there.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *error = tr(QT_TRANSLATE_NOOP("TokenFile", "Cannot create the operator token file %1: %2")).arg(path, errnoText(errno));
        return false;
    }
    const QByteArray data = token.toUtf8() + '\n';
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const int savedErrno = errno;
    // fsync so a crash right after start-up cannot leave an empty token file behind.
    const bool ok = written == data.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(native.constData());
        *error = tr(QT_TRANSLATE_NOOP("TokenFile", "Cannot write the operator token file %1: %2")).arg(path, errnoText(savedErrno));
        return false;
    }
    return true;
}

bool TokenFile::create(const QString &token, QString *error) const
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = tr(QT_TRANSLATE_NOOP("TokenFile", "Cannot create the data directory %1.")).arg(dir);
        return false;
    }
    return writeNew(m_path, token, error);
}

bool TokenFile::replace(const QString &token, QString *error) const
{
    const QString temp = m_path + u".new"_s;
    ::unlink(QFile::encodeName(temp).constData()); // a leftover from a crash during an earlier rotation
    if (!writeNew(temp, token, error))
        return false;
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int savedErrno = errno;
        ::unlink(QFile::encodeName(temp).constData());
        *error = tr(QT_TRANSLATE_NOOP("TokenFile", "Cannot replace the operator token file %1: %2")).arg(m_path, errnoText(savedErrno));
        return false;
    }
    return true;
}

} // namespace Moltdesk::Security
