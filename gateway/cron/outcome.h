#pragma once

#include <QString>

#include <optional>

namespace Moltdesk::Cron {

// How one run ended. `detail` is a short result or error text (cut to DetailLimit characters when
// stored) — never a secret: the runner must not put one here.
struct Outcome
{
    enum class Status { Ok, Error, Skipped };
    static constexpr int DetailLimit = 500;

    Status status = Status::Ok;
    QString detail;

    static Outcome ok(const QString &detail = QString()) { return {Status::Ok, detail}; }
    static Outcome error(const QString &detail) { return {Status::Error, detail}; }
    static Outcome skipped(const QString &detail) { return {Status::Skipped, detail}; }

    static QString statusName(Status status);                    // "ok", "error", "skipped"
    static std::optional<Status> statusFromName(const QString &name);
};

} // namespace Moltdesk::Cron
