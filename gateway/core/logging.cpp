#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApp, "moltdesk.app")
Q_LOGGING_CATEGORY(lcGateway, "moltdesk.gateway")
Q_LOGGING_CATEGORY(lcHttp, "moltdesk.gateway.http")
Q_LOGGING_CATEGORY(lcWs, "moltdesk.gateway.ws")
Q_LOGGING_CATEGORY(lcConfig, "moltdesk.gateway.config")
Q_LOGGING_CATEGORY(lcStorage, "moltdesk.gateway.storage")
Q_LOGGING_CATEGORY(lcSecurity, "moltdesk.gateway.security")
Q_LOGGING_CATEGORY(lcMetrics, "moltdesk.gateway.metrics")
Q_LOGGING_CATEGORY(lcUi, "moltdesk.ui")
