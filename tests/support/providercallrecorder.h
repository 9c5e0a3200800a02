#pragma once

#include "providers/providercall.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <optional>

namespace Moltdesk::TestSupport {

// Records everything a ProviderCall emits, in order, for assertions.
class ProviderCallRecorder : public QObject
{
    Q_OBJECT

public:
    explicit ProviderCallRecorder(Providers::ProviderCall *call, QObject *parent = nullptr);

    // Waits on the event loop (no sleeping) until finished() or failed(); false on timeout.
    bool waitDone(int timeoutMs = 10000) const;

    QStringList textDeltas;
    QList<QPair<QString, QString>> toolStarts;     // id, name
    QList<QPair<QString, QString>> toolInputDeltas; // id, piece
    QStringList order; // "text", "tool_start", "tool_input", "finished", "failed"
    std::optional<Providers::ProviderResult> result;
    std::optional<Providers::ProviderError> error;
    int endings = 0; // finished + failed emissions; must end up exactly 1
};

} // namespace Moltdesk::TestSupport
