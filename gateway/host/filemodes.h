#pragma once

#include <QString>
#include <QStringList>

namespace Moltdesk::Host {

// What is on disk is readable by its owner only (docs/storage.md "File modes"): the data directory
// and every directory under it 0700; the database (and its -wal/-shm), logs, objects (attachments,
// workspace files), the config file, the token file and the env file 0600.
class FileModes
{
public:
    static constexpr int DirectoryMode = 0700;
    static constexpr int FileMode = 0600;

    // Sets the process umask to 077, so that every file and directory the process creates from now
    // on -- SQLite's -wal/-shm, log rotation, lock files, QSaveFile -- starts owner-only whatever
    // umask the process was started with. The creating code also sets modes explicitly where it can.
    static void restrictUmask();

    // Tightens `root` (a directory) and everything under it: directories to 0700, regular files to
    // 0600. Symbolic links are neither followed nor changed; files owned by another user are left
    // alone (and reported). Returns one line per change, "PATH: 0644 -> 0600", or per problem.
    // `leave`: paths not touched because their owner judges them, e.g. the operator-token file,
    // which is refused when others could read it (a token others could read is not fixed by chmod).
    static QStringList tighten(const QString &root, const QStringList &leave = {});
    // The same for one regular file (the config file may live outside the data directory).
    static QStringList tightenFile(const QString &path);
};

} // namespace Moltdesk::Host
