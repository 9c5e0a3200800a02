#include "support/configtestfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Moltdesk::TestSupport {

QByteArray ConfigTestFiles::json(const char *singleQuoted)
{
    QByteArray data(singleQuoted);
    data.replace('\'', '"');
    return data;
}

bool ConfigTestFiles::write(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    // Owner-only, as an operator's env file must be (--env-file refuses anything wider).
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(data) == data.size();
}

} // namespace Moltdesk::TestSupport
