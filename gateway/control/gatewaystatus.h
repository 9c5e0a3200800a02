#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Control {

// A snapshot of the gateway's state, passed by value from the gateway thread to the GUI thread.
struct GatewayStatus
{
    enum class State { Stopped, Starting, Running, Stopping, Failed };

    State state = State::Stopped;
    QString url;          // "http://127.0.0.1:8787" once listening
    QDateTime startedAt;  // UTC, when listening began
    QJsonObject health;   // the /healthz document
    QString error;        // for Failed: one line saying what went wrong

    static QString stateName(State state);
};

} // namespace Moltdesk::Control

Q_DECLARE_METATYPE(Moltdesk::Control::GatewayStatus)
