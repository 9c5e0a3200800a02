#pragma once

#include "providers/modellisting.h"
#include "providers/providerrequest.h"

#include <QString>

#include <functional>

class QObject;

namespace Moltdesk::Providers {

class ProviderCall;

// One AI provider dialect. Calls run on the calling thread's event loop (the provider's
// QNetworkAccessManager must live on that thread).
class Provider
{
public:
    virtual ~Provider() = default;

    // "anthropic", "openai", "openaiCompatible"...
    virtual QString name() const = 0;

    // Starts the call at once. The returned object reports progress through its signals and
    // ends with exactly one finished() or failed(); it is parented to `parent` (the caller
    // deletes it, with deleteLater() from a slot connected to those signals).
    virtual ProviderCall *start(const ProviderRequest &request, QObject *parent) = 0;

    // GET /v1/models; `done` runs once on the calling thread unless `context` is destroyed first.
    virtual void listModels(QObject *context, std::function<void(const ModelListing &)> done) = 0;
};

} // namespace Moltdesk::Providers
