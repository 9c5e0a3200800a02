#pragma once

#include <QString>

namespace Moltdesk::TestSupport {

// Compiles translations/moltdesk_<language>.ts from the sources into `qmPath` with lrelease, as the
// build does for the app (which embeds the result); true on success.
bool compileCatalogue(const QString &language, const QString &qmPath);

} // namespace Moltdesk::TestSupport
