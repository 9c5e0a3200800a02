#include "storage/spoolfile.h"

#include "base/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Moltdesk::Storage {

SpoolFile::SpoolFile(const QString &tempPath, const ObjectLimits &limits)
    : m_limits(limits)
    , m_file(tempPath)
{
}

SpoolFile::~SpoolFile()
{
    if (m_kept)
        return;
    m_file.close();
    if (!m_placedPath.isEmpty())
        QFile::remove(m_placedPath);
    else if (m_file.exists())
        m_file.remove();
}

bool SpoolFile::syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Result<void> SpoolFile::fail(const QString &why)
{
    m_file.close();
    m_file.remove();
    return Error::io(why);
}

Result<void> SpoolFile::fill(QIODevice *source)
{
    if (!source || !source->isOpen() || !source->isReadable())
        return Error::invalid(u"object source is not open for reading"_s);
    // NewOnly: the name is random, so an existing file means something is badly wrong.
    // Owner-only from the start (docs/storage.md "File modes"); the rename keeps the mode.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::io(u"cannot create temp file %1: %2"_s.arg(m_file.fileName(), m_file.errorString()));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(m_limits.chunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source->read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(u"reading the object source failed after %1 bytes: %2"_s.arg(m_size).arg(source->errorString()));
        if (n == 0) {
            // Files and buffers are at their end; a sequential device may just be waiting for more.
            if (source->waitForReadyRead(m_limits.readTimeoutMs))
                continue;
            if (source->atEnd() || !source->isOpen())
                break;
            return fail(u"the object source stalled after %1 bytes: %2"_s.arg(m_size).arg(source->errorString()));
        }
        m_size += n;
        if (m_size > m_limits.maxObjectBytes)
            return fail(u"object is larger than the limit of %1 bytes"_s.arg(m_limits.maxObjectBytes));
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (m_file.write(buffer.constData(), n) != n)
            return fail(u"writing %1 failed: %2"_s.arg(m_file.fileName(), m_file.errorString()));
    }
    // Data must be on disk before the rename makes it reachable, or a power loss could leave a
    // renamed but empty file behind a committed row.
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
        return fail(u"flushing %1 to disk failed: %2"_s.arg(m_file.fileName(), m_file.errorString()));
    m_file.close();
    m_sha256 = QString::fromLatin1(hash.result().toHex());
    return {};
}

Result<void> SpoolFile::moveTo(const QString &finalPath)
{
    const QString dir = QFileInfo(finalPath).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(u"cannot create directory %1"_s.arg(dir));
    // rename(2) is atomic within one file system; .tmp lives under the same root for that reason.
    if (::rename(QFile::encodeName(m_file.fileName()).constData(), QFile::encodeName(finalPath).constData()) != 0)
        return fail(u"cannot move %1 into place: %2"_s.arg(m_file.fileName(), QString::fromLocal8Bit(strerror(errno))));
    m_placedPath = finalPath;
    if (!syncPath(dir))
        qCWarning(lcStorage) << "fsync of directory failed:" << dir;
    return {};
}

} // namespace Moltdesk::Storage
