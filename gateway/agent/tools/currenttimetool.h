#pragma once

#include "agent/tool.h"
#include "base/clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace Moltdesk::Agent {

// current_time: "now" in an IANA time zone (https://www.iana.org/time-zones), the gateway's own
// zone by default. Models have no clock; this is what lets them answer "what day is it".
class CurrentTimeTool : public Tool
{
public:
    using Clock = Base::Clock;
    static QDateTime systemClock() { return QDateTime::currentDateTimeUtc(); }

    explicit CurrentTimeTool(Clock clock = &CurrentTimeTool::systemClock,
                             QTimeZone defaultZone = QTimeZone::systemTimeZone());

    QString name() const override;
    QString description() const override;
    QJsonObject inputSchema() const override;
    std::chrono::milliseconds timeout() const override { return std::chrono::seconds(5); }
    void run(const QJsonObject &input, const ToolContext &context, Done done) override;

    // The answer itself, synchronous (run() only wraps it).
    ToolResult now(const QString &zoneId) const;

private:
    Clock m_clock;
    QTimeZone m_defaultZone;
};

} // namespace Moltdesk::Agent
