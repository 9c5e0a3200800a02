#pragma once

#include <QLoggingCategory>

// "moltdesk.gateway.providers". Kept in this module so it lands without touching core/; never
// log an API key or a request body (it may hold user content).
Q_DECLARE_LOGGING_CATEGORY(lcProviders)
