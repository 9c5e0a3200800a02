#pragma once

#include <QtGlobal>

namespace Moltdesk::Bench {

// What the process costs, from /proc/self/status (proc(5)).
class ProcessProbe
{
public:
    // VmRSS in kB; -1 when /proc is unreadable.
    static qint64 rssKb();
};

} // namespace Moltdesk::Bench
