#pragma once

#include "storage/result.h"

#include <QString>

namespace Moltdesk::Storage {

// The opaque cursor that KV and object listings hand out: it encodes the last key returned, so the
// next page continues strictly after it even if keys were added or removed in between (Workers KV
// and R2 cursors behave the same way: callers must treat them as opaque strings).
class ListCursor
{
public:
    static QString encode(const QString &lastKey);
    // An empty cursor means "from the start"; anything we did not produce is a clear error.
    static Result<QString> decode(const QString &cursor);
};

} // namespace Moltdesk::Storage
