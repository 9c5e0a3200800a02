#pragma once

#include <QByteArray>
#include <QString>

namespace Moltdesk::TestSupport {

// Helpers for the config tests: JSON written with single quotes reads better in C++ source.
class ConfigTestFiles
{
public:
    // Replaces every ' with " (test inputs never need a literal apostrophe).
    static QByteArray json(const char *singleQuoted);
    // Writes data to path, creating parent directories; returns false on any I/O error.
    static bool write(const QString &path, const QByteArray &data);
};

} // namespace Moltdesk::TestSupport
