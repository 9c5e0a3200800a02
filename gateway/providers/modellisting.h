#pragma once

#include "providers/providererror.h"

#include <QStringList>

#include <optional>

namespace Moltdesk::Providers {

// The answer to Provider::listModels: model ids, or why they could not be fetched.
struct ModelListing
{
    QStringList models;
    std::optional<ProviderError> error;
    bool ok() const { return !error.has_value(); }
};

} // namespace Moltdesk::Providers
