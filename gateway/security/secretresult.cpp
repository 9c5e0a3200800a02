#include "security/secretresult.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

SecretResult SecretResult::ok(const QString &value, const QString &source)
{
    SecretResult r;
    r.m_status = Status::Ok;
    r.m_value = value;
    r.m_source = source;
    return r;
}

SecretResult SecretResult::failure(Status status, const QString &message, const QString &source)
{
    SecretResult r;
    r.m_status = status;
    r.m_message = message;
    r.m_source = source;
    return r;
}

QString SecretResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return u"ok"_s;
    case Status::NotFound:
        return u"not-found"_s;
    case Status::Unavailable:
        return u"unavailable"_s;
    case Status::Denied:
        return u"denied"_s;
    case Status::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

} // namespace Moltdesk::Security
