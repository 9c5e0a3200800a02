#pragma once

#include "providers/router/routedcall.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Moltdesk::TestSupport {

// Records everything a RoutedCall emits, in order, for assertions.
class ProviderRouterRecorder : public QObject
{
    Q_OBJECT

public:
    explicit ProviderRouterRecorder(Providers::RoutedCall *call, QObject *parent = nullptr);

    // Waits on the event loop (no sleeping) until the call ended; false on timeout.
    bool waitDone(int timeoutMs = 10000) const;

    QStringList order; // "text", "tool_start", "tool_input", "reset", "retry", "attempt", "finished", "failed"
    QStringList textDeltas;
    QString visibleText; // what a consumer would show: the deltas since the last reset()
    int resets = 0;
    int endings = 0;
    std::optional<Providers::ProviderResult> result;
    std::optional<Providers::ProviderError> error;
    QList<Providers::AttemptInfo> attempts;
};

} // namespace Moltdesk::TestSupport
