#include "sessions/sessionslogging.h"

Q_LOGGING_CATEGORY(lcSessions, "moltdesk.gateway.sessions")
