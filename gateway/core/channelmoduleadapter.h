#pragma once

#include "channels/modulemethod.h"
#include "channels/webhook.h"

namespace Moltdesk::Http {
class Router;
}
namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Core {

// Puts what a channel module offers onto the gateway's transports: its webhook routes on the HTTP
// router, its methods in the protocol's method table. The channel folders stay free of http/ and
// ws/ (docs/architecture.md "Layers"); this file is the one translation.
void addWebhookRoute(Http::Router &router, const Channels::WebhookRoute &route);
// False when the name is taken (a module's method may not replace a gateway method).
bool addModuleMethod(Ws::MethodRegistry &methods, const Channels::ModuleMethod &method);

} // namespace Moltdesk::Core
