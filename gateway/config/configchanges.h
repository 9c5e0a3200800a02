#pragma once

#include <QJsonObject>

namespace Moltdesk::Config {

// The difference between two config documents as the key paths `config.set {changes}` takes
// ({"ai.defaultModel": "openai/gpt-4o", "channels.telegram.enabled": true}), so a page sends only
// what its user changed and never writes back a value it merely displayed (docs/protocol.md
// "Configuration").
class ConfigChanges
{
public:
    // Objects are compared key by key and recursed into; anything else (strings, numbers, arrays)
    // is sent whole when it differs. An object whose keys contain a '.' (model names in
    // ai.pricing, e.g. "gpt-4.1") cannot be addressed by a key path below it, so it is sent
    // whole. A key that `after` no longer has is sent as null, which config.set reads as "remove it
    // from the file": back to its default.
    static QJsonObject between(const QJsonObject &before, const QJsonObject &after);
};

} // namespace Moltdesk::Config
