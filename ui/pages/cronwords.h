#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Moltdesk::Ui {

// A cron job's schedule in plain words for the Cron page ("on weekdays at 09:00", "every 15 min",
// "once, 24 Dec 2026 18:00"). Common crontab(5) shapes are put into words; anything else is shown
// as the expression itself, which is still exact.
class CronWords
{
    Q_DECLARE_TR_FUNCTIONS(CronWords)

public:
    // `job` is one entry of cron.list (Job::toJson: kind, schedule, timezone).
    static QString describe(const QJsonObject &job);
    static QString describeCron(const QString &expression);
};

} // namespace Moltdesk::Ui
