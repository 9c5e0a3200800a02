#pragma once

#include "providers/providerrequest.h"

#include <QStringList>

namespace Moltdesk::Config {
struct AiSettings;
}

namespace Moltdesk::Providers {

// What the agent asks the router for: one request and the models allowed to answer it, in order
// of preference. `request.model` is ignored - each attempt fills in the model of its chain entry.
struct RoutedRequest
{
    QStringList models; // "provider/model": ai.defaultModel, then ai.fallbackModels
    ProviderRequest request;
    // Look up / store the answer in the response cache. Off by default: conversations rarely
    // repeat exactly; the lead turns it on for cron prompts and when ai.cache.enabled is set.
    bool cacheable = false;

    // ai.defaultModel followed by ai.fallbackModels, duplicates dropped.
    static QStringList modelChain(const Config::AiSettings &ai);
};

} // namespace Moltdesk::Providers
