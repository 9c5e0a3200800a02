#include "host/filemodes.h"

#include <QDirIterator>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Moltdesk::Host {

namespace {

QString octal(mode_t mode)
{
    return u"0%1"_s.arg(QString::number(mode & 07777, 8));
}

// lstat, never following a link: a link planted in the data directory must not make us chmod
// whatever it points at.
void tightenOne(const QString &path, QStringList &changes)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::lstat(native.constData(), &info) != 0)
        return;
    mode_t wanted = 0;
    if (S_ISDIR(info.st_mode))
        wanted = FileModes::DirectoryMode;
    else if (S_ISREG(info.st_mode))
        wanted = FileModes::FileMode;
    else
        return; // links, sockets, fifos
    if ((info.st_mode & 07777) == wanted)
        return;
    if (info.st_uid != ::geteuid()) {
        changes.append(u"%1: mode %2, owned by uid %3, not by this user: left as it is"_s.arg(
            path, octal(info.st_mode), QString::number(info.st_uid)));
        return;
    }
    if (::chmod(native.constData(), wanted) != 0) {
        changes.append(u"%1: cannot change mode %2 to %3: %4"_s.arg(path, octal(info.st_mode), octal(wanted),
                                                                    QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    changes.append(u"%1: %2 -> %3"_s.arg(path, octal(info.st_mode), octal(wanted)));
}

} // namespace

void FileModes::restrictUmask()
{
    ::umask(077);
}

QStringList FileModes::tighten(const QString &root, const QStringList &leave)
{
    QStringList changes;
    tightenOne(root, changes);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories); // does not descend into linked directories
    while (it.hasNext()) {
        const QString path = it.next();
        if (!leave.contains(path))
            tightenOne(path, changes);
    }
    return changes;
}

QStringList FileModes::tightenFile(const QString &path)
{
    QStringList changes;
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISREG(info.st_mode))
        tightenOne(path, changes);
    return changes;
}

} // namespace Moltdesk::Host
