#include "core/channelmoduleadapter.h"

#include "http/httperror.h"
#include "http/request.h"
#include "http/responder.h"
#include "http/response.h"
#include "http/router.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

namespace Moltdesk::Core {

namespace {

Http::ErrorCode errorKindFor(int status)
{
    switch (status) {
    case 400:
        return Http::ErrorCode::BadRequest;
    case 401:
        return Http::ErrorCode::Unauthorized;
    case 403:
        return Http::ErrorCode::Forbidden;
    case 404:
        return Http::ErrorCode::NotFound;
    case 413:
        return Http::ErrorCode::PayloadTooLarge;
    case 429:
        return Http::ErrorCode::TooManyRequests;
    case 503:
        return Http::ErrorCode::ServiceUnavailable;
    default:
        return Http::ErrorCode::InternalError;
    }
}

Channels::WebhookRequest toWebhookRequest(const Http::Request &request)
{
    Channels::WebhookRequest out;
    out.method = request.method;
    out.path = request.path;
    out.target = request.target;
    out.query = request.query;
    out.headers = request.headers;
    out.body = request.body;
    return out;
}

Http::Response toResponse(const Channels::WebhookReply &reply)
{
    if (reply.isError())
        return Http::Response::error(Http::HttpError(errorKindFor(reply.status), reply.errorMessage, reply.errorCode));
    return Http::Response(reply.status, reply.contentType, reply.body);
}

} // namespace

void addWebhookRoute(Http::Router &router, const Channels::WebhookRoute &route)
{
    router.addRoute(route.method, route.path,
                    [handle = route.handle](const Http::Request &request, Http::Responder responder) {
                        // Responder::send is safe from any thread, once; later sends are ignored.
                        handle(toWebhookRequest(request),
                               [responder](const Channels::WebhookReply &reply) { responder.send(toResponse(reply)); });
                    });
}

bool addModuleMethod(Ws::MethodRegistry &methods, const Channels::ModuleMethod &method)
{
    if (methods.hasMethod(method.name))
        return false;
    return methods.registerMethod(
        method.name, [call = method.call](const QJsonObject &params, const Ws::CallContext &, Ws::Reply reply) {
            call(params, [reply](const QJsonValue &result, const std::optional<Channels::MethodError> &error) mutable {
                if (!error) {
                    reply.resolve(result);
                    return;
                }
                const QString code = error->kind == Channels::MethodError::Kind::Unavailable
                    ? Ws::RpcError::kUnavailable
                    : Ws::RpcError::kInvalidRequest;
                reply.reject(Ws::RpcError(code, error->message));
            });
        });
}

} // namespace Moltdesk::Core
