#pragma once

// Shared test support. Module-specific helpers live beside this file, prefixed with the module name.
namespace Moltdesk::TestSupport {
}
