#pragma once

#include "latencystats.h"

#include <QString>

namespace Moltdesk::Bench {

// SessionStore::append alone - one small user message per call, one session, in a fresh
// database - to show what one durable message write costs next to a whole turn.
class AppendBench
{
public:
    struct Result
    {
        LatencyStats appendNs;
        QString error; // empty when every append succeeded
    };

    static Result run(int appends, bool synchronousOff);
};

} // namespace Moltdesk::Bench
