#include "pages/cronwords.h"

#include "valueformat.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

bool isNumber(const QString &field, int max)
{
    bool ok = false;
    const int value = field.toInt(&ok);
    return ok && value >= 0 && value <= max;
}

// crontab(5) day of week: 0-7 (0 and 7 are Sunday) or SUN..SAT; Qt counts 1 = Monday .. 7 = Sunday.
int qtDay(const QString &field)
{
    static const QStringList names = {u"SUN"_s, u"MON"_s, u"TUE"_s, u"WED"_s, u"THU"_s, u"FRI"_s, u"SAT"_s};
    int cron = names.indexOf(field.toUpper());
    if (cron < 0) {
        bool ok = false;
        cron = field.toInt(&ok);
        if (!ok || cron < 0 || cron > 7)
            return 0;
    }
    return cron == 0 ? 7 : cron;
}

} // namespace

QString CronWords::describeCron(const QString &expression)
{
    const QString text = expression.simplified();
    const QString macro = text.toLower();
    if (macro == u"@hourly")
        return tr("every hour");
    if (macro == u"@daily" || macro == u"@midnight")
        return tr("every day at %1").arg(u"00:00"_s);
    if (macro == u"@weekly")
        return tr("every %1 at %2").arg(QLocale().dayName(7), u"00:00"_s);
    if (macro == u"@monthly")
        return tr("on day %1 of every month at %2").arg(1).arg(u"00:00"_s);
    if (macro == u"@yearly" || macro == u"@annually")
        return tr("every year on %1 at %2").arg(QLocale().toString(QDate(2000, 1, 1), u"d MMMM"_s), u"00:00"_s);

    const QStringList f = text.split(u' ');
    if (f.size() != 5)
        return text;
    const QString &minute = f.at(0), &hour = f.at(1), &dom = f.at(2), &month = f.at(3), &dow = f.at(4);
    if (month != u"*")
        return text;
    static const QRegularExpression step(u"^\\*/(\\d+)$"_s);
    if (dom == u"*" && dow == u"*") {
        if (const auto m = step.match(minute); m.hasMatch() && hour == u"*")
            return tr("every %1 min").arg(m.captured(1).toInt());
        if (isNumber(minute, 59) && hour == u"*")
            return tr("every hour at minute %1").arg(minute.toInt());
        if (const auto m = step.match(hour); m.hasMatch() && isNumber(minute, 59))
            return tr("every %1 h at minute %2").arg(m.captured(1).toInt()).arg(minute.toInt());
    }
    if (!isNumber(minute, 59) || !isNumber(hour, 23))
        return text;
    const QString at = QTime(hour.toInt(), minute.toInt()).toString(u"HH:mm"_s);
    if (dom == u"*") {
        if (dow == u"*")
            return tr("every day at %1").arg(at);
        const QString upper = dow.toUpper();
        if (upper == u"MON-FRI" || upper == u"1-5")
            return tr("on weekdays at %1").arg(at);
        if (upper == u"SAT,SUN" || upper == u"SUN,SAT" || upper == u"0,6" || upper == u"6,0" || upper == u"6,7")
            return tr("at weekends at %1").arg(at);
        if (const int day = qtDay(dow); day > 0)
            return tr("every %1 at %2").arg(QLocale().dayName(day), at);
        return text;
    }
    if (dow == u"*" && isNumber(dom, 31) && dom.toInt() >= 1)
        return tr("on day %1 of every month at %2").arg(dom.toInt()).arg(at);
    return text;
}

QString CronWords::describe(const QJsonObject &job)
{
    const QString kind = job.value(u"kind"_s).toString();
    const QString schedule = job.value(u"schedule"_s).toString();
    const QByteArray zoneId = job.value(u"timezone"_s).toString().toUtf8();
    QString words;
    if (kind == u"every") {
        // Job::toJson stores the interval as seconds, "900s".
        QString seconds = schedule;
        if (seconds.endsWith(u's'))
            seconds.chop(1);
        bool ok = false;
        const qint64 n = seconds.toLongLong(&ok);
        words = ok ? tr("every %1").arg(ValueFormat::duration(n)) : schedule;
    } else if (kind == u"at") {
        const QDateTime at = QDateTime::fromString(schedule, Qt::ISODateWithMs);
        const QTimeZone zone(zoneId);
        words = at.isValid() ? tr("once, %1").arg(QLocale().toString(zone.isValid() ? at.toTimeZone(zone) : at,
                                                                     QLocale::ShortFormat))
                             : schedule;
    } else {
        words = describeCron(schedule);
    }
    // The zone matters only when it is not the one the user's clock shows.
    if (!zoneId.isEmpty() && zoneId != QTimeZone::systemTimeZoneId() && kind != u"every")
        words = tr("%1 (%2)").arg(words, QString::fromUtf8(zoneId));
    return words;
}

} // namespace Moltdesk::Ui
