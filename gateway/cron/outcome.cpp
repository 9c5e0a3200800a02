#include "cron/outcome.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Cron {

QString Outcome::statusName(Status status)
{
    switch (status) {
    case Status::Ok: return u"ok"_s;
    case Status::Error: return u"error"_s;
    case Status::Skipped: return u"skipped"_s;
    }
    return {};
}

std::optional<Outcome::Status> Outcome::statusFromName(const QString &name)
{
    for (Status status : {Status::Ok, Status::Error, Status::Skipped}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace Moltdesk::Cron
