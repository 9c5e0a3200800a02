#pragma once

#include <QLoggingCategory>

// The sessions module's category ("moltdesk.gateway.sessions"). It lives here rather than in
// core/logging.h so this module stays self-contained; the lead may move it there at merge time.
Q_DECLARE_LOGGING_CATEGORY(lcSessions)
