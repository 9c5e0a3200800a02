#pragma once

#include "base/result.h"
#include "storage/error.h"

namespace Moltdesk::Storage {

// Base::Result under the name most of the code base knows it by.
template <typename T>
using Result = Base::Result<T>;

} // namespace Moltdesk::Storage
