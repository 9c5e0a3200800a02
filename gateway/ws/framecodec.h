#pragma once

#include "ws/rpcerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Moltdesk::Ws {

// One client→server frame after parsing. Only `req` frames are valid input; OpenClaw's
// RequestFrameSchema is {type:"req", id: non-empty string, method: non-empty string, params?}.
struct IncomingFrame
{
    enum class Kind {
        Malformed,      // not JSON, or not a JSON object: nothing to answer to
        NotRequest,     // a JSON object whose `type` is not "req"
        InvalidRequest, // type "req" but a bad id/method/params; `id` is set when it was usable
        Request,        // a well-formed request
    };

    Kind kind = Kind::Malformed;
    QString id;
    QString method;
    QJsonObject params;
    QString problem; // why the frame was rejected, for the error response / close reason
};

// Encodes and decodes the JSON text frames of the gateway protocol (OpenClaw protocol v3,
// docs/gateway/protocol.md "Framing"):
//   request  {"type":"req","id","method","params"}
//   response {"type":"res","id","ok":true,"payload"} | {"type":"res","id","ok":false,"error"}
//   event    {"type":"event","event","payload","seq"}
// Pure functions: no sockets, no state, so they are tested on their own.
class FrameCodec
{
public:
    static IncomingFrame parse(const QByteArray &utf8);

    static QByteArray response(const QString &id, const QJsonValue &payload);
    static QByteArray errorResponse(const QString &id, const RpcError &error);
    // seq < 0 leaves `seq` out (OpenClaw sends connect.challenge before the event stream starts).
    static QByteArray event(const QString &event, const QJsonValue &payload, qint64 seq);
    static QByteArray request(const QString &id, const QString &method, const QJsonObject &params);
};

} // namespace Moltdesk::Ws
