#include "ws/framecodec.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ws {

namespace {

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

IncomingFrame FrameCodec::parse(const QByteArray &utf8)
{
    IncomingFrame frame;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        frame.problem = u"invalid JSON: "_s + parseError.errorString();
        return frame;
    }
    if (!document.isObject()) {
        frame.problem = u"frame must be a JSON object"_s;
        return frame;
    }
    const QJsonObject object = document.object();

    if (object.value(u"type"_s).toString() != u"req"_s) {
        frame.kind = IncomingFrame::Kind::NotRequest;
        frame.problem = u"expected a frame with type \"req\""_s;
        return frame;
    }

    frame.kind = IncomingFrame::Kind::InvalidRequest;
    const QJsonValue id = object.value(u"id"_s);
    if (!id.isString() || id.toString().isEmpty()) {
        frame.problem = u"request id must be a non-empty string"_s;
        return frame;
    }
    frame.id = id.toString();

    const QJsonValue method = object.value(u"method"_s);
    if (!method.isString() || method.toString().isEmpty()) {
        frame.problem = u"request method must be a non-empty string"_s;
        return frame;
    }
    frame.method = method.toString();

    // `params` is optional in the schema; absent or null means "no params".
    const QJsonValue params = object.value(u"params"_s);
    if (params.isObject()) {
        frame.params = params.toObject();
    } else if (!params.isUndefined() && !params.isNull()) {
        frame.problem = u"request params must be an object"_s;
        return frame;
    }

    frame.kind = IncomingFrame::Kind::Request;
    return frame;
}

QByteArray FrameCodec::response(const QString &id, const QJsonValue &payload)
{
    QJsonObject frame{{u"type"_s, u"res"_s}, {u"id"_s, id}, {u"ok"_s, true}};
    if (!payload.isUndefined())
        frame.insert(u"payload"_s, payload);
    return encode(frame);
}

QByteArray FrameCodec::errorResponse(const QString &id, const RpcError &error)
{
    return encode(QJsonObject{
        {u"type"_s, u"res"_s}, {u"id"_s, id}, {u"ok"_s, false}, {u"error"_s, error.toJson()}});
}

QByteArray FrameCodec::event(const QString &event, const QJsonValue &payload, qint64 seq)
{
    QJsonObject frame{{u"type"_s, u"event"_s}, {u"event"_s, event}};
    if (!payload.isUndefined())
        frame.insert(u"payload"_s, payload);
    if (seq >= 0)
        frame.insert(u"seq"_s, seq);
    return encode(frame);
}

QByteArray FrameCodec::request(const QString &id, const QString &method, const QJsonObject &params)
{
    return encode(QJsonObject{
        {u"type"_s, u"req"_s}, {u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}});
}

} // namespace Moltdesk::Ws
