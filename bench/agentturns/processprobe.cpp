#include "processprobe.h"

#include <QFile>

namespace Moltdesk::Bench {

qint64 ProcessProbe::rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // procfs files report size 0, so atEnd() is true before the first read: read it whole.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace Moltdesk::Bench
