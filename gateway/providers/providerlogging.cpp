#include "providers/providerlogging.h"

Q_LOGGING_CATEGORY(lcProviders, "moltdesk.gateway.providers")
