#include "providers/router/routedrequest.h"

#include "config/aisettings.h"

namespace Moltdesk::Providers {

QStringList RoutedRequest::modelChain(const Config::AiSettings &ai)
{
    QStringList chain;
    if (!ai.defaultModel.isEmpty())
        chain.append(ai.defaultModel);
    for (const QString &model : ai.fallbackModels) {
        if (!model.isEmpty() && !chain.contains(model))
            chain.append(model);
    }
    return chain;
}

} // namespace Moltdesk::Providers
