#include "ws/connectparams.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ws {

namespace {

// Reads an optional string field; false if present with another type.
bool readString(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

// Reads an optional protocol number; OpenClaw requires an integer >= 1.
bool readProtocol(const QJsonObject &object, const QString &key, int *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 1 || number > 1'000'000 || number != static_cast<int>(number))
        return false;
    *out = static_cast<int>(number);
    return true;
}

} // namespace

std::optional<RpcError> ConnectParams::parse(const QJsonObject &params, ConnectParams *out)
{
    ConnectParams result;

    // Missing bounds default to our version, so a minimal client ({auth:{token}}) connects.
    int minProtocol = kProtocolVersion;
    int maxProtocol = kProtocolVersion;
    if (!readProtocol(params, u"minProtocol"_s, &minProtocol)
        || !readProtocol(params, u"maxProtocol"_s, &maxProtocol)) {
        return RpcError::invalidRequest(u"invalid connect params: minProtocol/maxProtocol must be integers >= 1"_s);
    }
    if (minProtocol > maxProtocol)
        return RpcError::invalidRequest(u"invalid connect params: minProtocol > maxProtocol"_s);
    if (kProtocolVersion < minProtocol || kProtocolVersion > maxProtocol) {
        result.m_protocolMismatch = true;
        *out = result;
        return RpcError::invalidRequest(u"protocol mismatch"_s,
                                        QJsonObject{{u"expectedProtocol"_s, kProtocolVersion}});
    }
    result.m_client.protocol = kProtocolVersion;

    const QJsonValue client = params.value(u"client"_s);
    if (client.isObject()) {
        const QJsonObject c = client.toObject();
        if (!readString(c, u"id"_s, &result.m_client.id)
            || !readString(c, u"displayName"_s, &result.m_client.displayName)
            || !readString(c, u"version"_s, &result.m_client.version)
            || !readString(c, u"platform"_s, &result.m_client.platform)
            || !readString(c, u"mode"_s, &result.m_client.mode)) {
            return RpcError::invalidRequest(u"invalid connect params: client fields must be strings"_s);
        }
    } else if (!client.isUndefined() && !client.isNull()) {
        return RpcError::invalidRequest(u"invalid connect params: client must be an object"_s);
    }

    if (!readString(params, u"role"_s, &result.m_client.role)
        || !readString(params, u"userAgent"_s, &result.m_client.userAgent)) {
        return RpcError::invalidRequest(u"invalid connect params: role/userAgent must be strings"_s);
    }
    if (result.m_client.role.isEmpty())
        result.m_client.role = u"operator"_s;

    const QJsonValue scopes = params.value(u"scopes"_s);
    if (scopes.isArray()) {
        const QJsonArray array = scopes.toArray();
        for (const QJsonValue &scope : array) {
            if (!scope.isString())
                return RpcError::invalidRequest(u"invalid connect params: scopes must be strings"_s);
            result.m_client.scopes.append(scope.toString());
        }
    } else if (!scopes.isUndefined() && !scopes.isNull()) {
        return RpcError::invalidRequest(u"invalid connect params: scopes must be an array"_s);
    }

    const QJsonValue auth = params.value(u"auth"_s);
    if (auth.isObject()) {
        const QJsonValue token = auth.toObject().value(u"token"_s);
        if (token.isString())
            result.m_token = token.toString();
        else if (!token.isUndefined() && !token.isNull())
            return RpcError::invalidRequest(u"invalid connect params: auth.token must be a string"_s);
    } else if (!auth.isUndefined() && !auth.isNull()) {
        return RpcError::invalidRequest(u"invalid connect params: auth must be an object"_s);
    }

    *out = result;
    return std::nullopt;
}

} // namespace Moltdesk::Ws
