#pragma once

#include <QByteArray>
#include <QtGlobal>

// Shared test support. Module-specific helpers live beside this file, prefixed with the module name.
namespace Moltdesk::TestSupport {

// A field of /proc/<pid>/status in KiB ("VmRSS" resident now, "VmHWM" the peak); pid 0 is this
// process. -1 when the process or the field is gone. The memory checks of the attack tests use it.
qint64 procStatusKiB(const QByteArray &field, qint64 pid = 0);

} // namespace Moltdesk::TestSupport
