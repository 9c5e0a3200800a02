#include "control/usagequeryparams.h"

#include "usage/timeranges.h"
#include "ws/rpcerror.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Usage::GroupBy;
using Usage::TimeRanges;

namespace {

QDate parseDate(const QJsonObject &params, const QString &key)
{
    const QJsonValue value = params.value(key);
    const QDate date = value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
    if (!date.isValid() || value.toString().size() != 10)
        throw Ws::RpcError::invalidRequest(u"usage: \"%1\" must be a date like \"2026-03-29\""_s.arg(key));
    return date;
}

const QList<std::pair<QString, GroupBy>> kGroups = {{u"day"_s, GroupBy::Day},
                                                    {u"model"_s, GroupBy::Model},
                                                    {u"provider"_s, GroupBy::Provider},
                                                    {u"channel"_s, GroupBy::Channel},
                                                    {u"session"_s, GroupBy::Session}};

} // namespace

QString UsageQueryParams::groupName(GroupBy groupBy)
{
    for (const auto &[name, value] : kGroups) {
        if (value == groupBy)
            return name;
    }
    return {};
}

UsageQueryParams UsageQueryParams::parse(const QJsonObject &params, const QDateTime &now,
                                         const QTimeZone &defaultZone, bool allowGrouping)
{
    static const QSet<QString> rangeKeys = {u"from"_s, u"to"_s, u"days"_s, u"timezone"_s};
    static const QSet<QString> groupKeys = {u"groupBy"_s, u"limit"_s};
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!rangeKeys.contains(it.key()) && !(allowGrouping && groupKeys.contains(it.key()))) {
            throw Ws::RpcError::invalidRequest(
                u"usage: unknown param \"%1\" (known: from, to, days, timezone%2)"_s.arg(
                    it.key(), allowGrouping ? u", groupBy, limit"_s : QString()));
        }
    }

    UsageQueryParams result;
    result.zone = defaultZone.isValid() ? defaultZone : QTimeZone::utc();
    if (params.contains(u"timezone"_s)) {
        const QJsonValue tz = params.value(u"timezone"_s);
        const QByteArray id = tz.toString().toUtf8();
        if (!tz.isString() || !QTimeZone::isTimeZoneIdAvailable(id))
            throw Ws::RpcError::invalidRequest(u"usage: \"timezone\" must be an IANA zone such as \"Europe/Berlin\""_s);
        result.zone = QTimeZone(id);
    }

    const QDate today = TimeRanges::localDate(now, result.zone);
    const bool hasFrom = params.contains(u"from"_s);
    const bool hasTo = params.contains(u"to"_s);
    if (params.contains(u"days"_s)) {
        if (hasFrom || hasTo)
            throw Ws::RpcError::invalidRequest(u"usage: give either \"days\" or \"from\"/\"to\", not both"_s);
        const QJsonValue days = params.value(u"days"_s);
        const double n = days.toDouble(-1);
        if (!days.isDouble() || n != double(qint64(n)) || n < 1 || n > MaxDays)
            throw Ws::RpcError::invalidRequest(u"usage: \"days\" must be a whole number from 1 to %1"_s.arg(MaxDays));
        result.toDate = today;
        result.fromDate = today.addDays(1 - qint64(n));
    } else {
        result.toDate = hasTo ? parseDate(params, u"to"_s) : today;
        result.fromDate = hasFrom ? parseDate(params, u"from"_s) : result.toDate.addDays(-29);
        if (result.fromDate > result.toDate)
            throw Ws::RpcError::invalidRequest(u"usage: \"from\" is after \"to\""_s);
        if (result.fromDate.daysTo(result.toDate) >= MaxDays)
            throw Ws::RpcError::invalidRequest(u"usage: a range covers at most %1 days"_s.arg(MaxDays));
    }

    result.query.zone = result.zone;
    result.query.fromMs = TimeRanges::day(result.fromDate, result.zone).fromMs;
    result.query.toMs = TimeRanges::day(result.toDate, result.zone).toMs;

    if (params.contains(u"groupBy"_s)) {
        const QString name = params.value(u"groupBy"_s).toString();
        bool found = false;
        for (const auto &[groupName, value] : kGroups) {
            if (groupName == name) {
                result.query.groupBy = value;
                found = true;
            }
        }
        if (!found)
            throw Ws::RpcError::invalidRequest(u"usage: \"groupBy\" must be one of day, model, provider, channel, session"_s);
    }
    if (params.contains(u"limit"_s)) {
        const QJsonValue limit = params.value(u"limit"_s);
        const double n = limit.toDouble(-1);
        if (!limit.isDouble() || n != double(qint64(n)) || n < 1 || n > 1000)
            throw Ws::RpcError::invalidRequest(u"usage: \"limit\" must be a whole number from 1 to 1000"_s);
        result.query.limit = int(n);
    }
    return result;
}

} // namespace Moltdesk::Control
