#pragma once

#include "storage/objecttypes.h"
#include "storage/result.h"

#include <QFile>
#include <QIODevice>

namespace Moltdesk::Storage {

// One object body on its way into the store: streamed from a source into a temp file (hashing as
// it goes), made durable, then renamed into place. Until keep() is called the destructor removes
// whatever exists (temp or placed file), so every failure path cleans up by itself.
class SpoolFile
{
public:
    SpoolFile(const QString &tempPath, const ObjectLimits &limits);
    ~SpoolFile();
    SpoolFile(const SpoolFile &) = delete;
    SpoolFile &operator=(const SpoolFile &) = delete;

    // Copies `source` to its end: a bounded buffer, never the whole object.
    Result<void> fill(QIODevice *source);
    // Atomic rename(2) into `finalPath`, then fsync of its directory so the entry is durable too.
    Result<void> moveTo(const QString &finalPath);
    void keep() { m_kept = true; }

    qint64 size() const { return m_size; }
    QString sha256() const { return m_sha256; }

    // fsync(2) a file or directory; false on failure (https://man7.org/linux/man-pages/man2/fsync.2.html).
    static bool syncPath(const QString &path);

private:
    Result<void> fail(const QString &why);

    ObjectLimits m_limits;
    QFile m_file;
    QString m_placedPath;
    qint64 m_size = 0;
    QString m_sha256;
    bool m_kept = false;
};

} // namespace Moltdesk::Storage
