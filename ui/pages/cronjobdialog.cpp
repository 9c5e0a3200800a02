#include "pages/cronjobdialog.h"

#include "cron/job.h"
#include "cron/schedule.h"
#include "pages/cronwords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
constexpr int kPreviewCount = 5;
}

CronJobDialog::CronJobDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"cronJobDialog"_s);
    setWindowTitle(tr("Add scheduled job"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"cronKind"_s);
    m_kind->addItem(tr("Cron expression"), u"cron"_s);
    m_kind->addItem(tr("Every (interval)"), u"every"_s);
    m_kind->addItem(tr("Once at a time"), u"at"_s);
    m_kind->setToolTip(tr("How the job repeats: by a cron expression, at a fixed interval, or once"));
    form->addRow(tr("&Repeat:"), m_kind);

    m_schedule = new QLineEdit(this);
    m_schedule->setObjectName(u"cronSchedule"_s);
    m_schedule->setText(u"0 9 * * MON-FRI"_s);
    form->addRow(tr("&Schedule:"), m_schedule);
    m_hint = new QLabel(this);
    m_hint->setEnabled(false);
    m_hint->setWordWrap(true);
    form->addRow(QString(), m_hint);

    m_zone = new QComboBox(this);
    m_zone->setObjectName(u"cronTimezone"_s);
    m_zone->setEditable(true);
    m_zone->setToolTip(tr("The time zone the schedule is read in, e.g. Europe/Berlin"));
    // Listing the zones reads the whole tz database; once per process is enough.
    static const QStringList zones = [] {
        QStringList names;
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        for (const QByteArray &id : ids)
            names << QString::fromUtf8(id);
        return names;
    }();
    m_zone->addItems(zones);
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    form->addRow(tr("&Time zone:"), m_zone);

    m_prompt = new QPlainTextEdit(this);
    m_prompt->setObjectName(u"cronPrompt"_s);
    m_prompt->setPlaceholderText(tr("What the agent should do, e.g. “Summarise my unread mail”"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setAccessibleDescription(tr("What the agent is asked each time the job runs"));
    m_prompt->setMaximumHeight(90);
    form->addRow(tr("&Prompt:"), m_prompt);

    m_id = new QLineEdit(this);
    m_id->setObjectName(u"cronId"_s);
    m_id->setPlaceholderText(tr("optional, e.g. morning-briefing"));
    form->addRow(tr("&Name:"), m_id);
    m_session = new QLineEdit(this);
    m_session->setObjectName(u"cronSession"_s);
    m_session->setPlaceholderText(tr("optional; default: its own “cron:<name>” conversation"));
    form->addRow(tr("C&onversation:"), m_session);
    m_deliverTo = new QLineEdit(this);
    m_deliverTo->setObjectName(u"cronDeliverTo"_s);
    m_deliverTo->setPlaceholderText(tr("optional, e.g. telegram:123456789"));
    form->addRow(tr("&Deliver to:"), m_deliverTo);
    layout->addLayout(form);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(u"cronPreview"_s);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->setWordWrap(true);
    layout->addWidget(m_previewLabel);
    m_error = new QLabel(this);
    m_error->setObjectName(u"cronError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add job"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without adding a job"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CronJobDialog::update);
    connect(m_schedule, &QLineEdit::textChanged, this, &CronJobDialog::update);
    connect(m_zone, &QComboBox::currentTextChanged, this, &CronJobDialog::update);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &CronJobDialog::update);
    connect(m_id, &QLineEdit::textChanged, this, &CronJobDialog::update);
    update();
}

void CronJobDialog::setNow(const QDateTime &now)
{
    m_now = now;
    update();
}

void CronJobDialog::setSchedule(const QString &kind, const QString &text, const QString &timezone)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    if (!timezone.isEmpty())
        m_zone->setCurrentText(timezone);
    m_schedule->setText(text);
    update();
}

void CronJobDialog::setPrompt(const QString &prompt)
{
    m_prompt->setPlainText(prompt);
}

QString CronJobDialog::errorText() const
{
    return m_error->text();
}

QString CronJobDialog::previewText() const
{
    return m_previewLabel->text();
}

QJsonObject CronJobDialog::params() const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject params{{kind == u"cron" ? u"schedule"_s : kind, m_schedule->text().trimmed()},
                       {u"timezone"_s, m_zone->currentText().trimmed()},
                       {u"prompt"_s, m_prompt->toPlainText().trimmed()}};
    for (const auto &[key, edit] : {std::pair{u"id"_s, m_id}, std::pair{u"session"_s, m_session},
                                    std::pair{u"deliverTo"_s, m_deliverTo}}) {
        if (!edit->text().trimmed().isEmpty())
            params.insert(key, edit->text().trimmed());
    }
    return params;
}

void CronJobDialog::update()
{
    const QString kindName = m_kind->currentData().toString();
    const auto kind = Cron::Schedule::kindFromName(kindName).value_or(Cron::Schedule::Kind::Cron);
    static const QStringList hints = {
        tr("Five fields: minute hour day-of-month month day-of-week, e.g. “0 9 * * MON-FRI” or “*/15 * * * *”; "
           "or @daily, @hourly…"),
        tr("A duration of at least one minute: “15m”, “2h”, “1h30m”."),
        tr("A date and time, e.g. “2026-12-24T18:00”; without an offset it is read in the time zone below.")};
    m_hint->setText(hints.value(m_kind->currentIndex()));
    // What the field expects, for a screen reader: the hint under it is a label of its own.
    m_schedule->setAccessibleDescription(m_hint->text());

    m_preview.clear();
    QStringList problems;
    const QByteArray zoneId = m_zone->currentText().trimmed().toUtf8();
    const QTimeZone zone(zoneId);
    if (zoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zoneId) || !zone.isValid())
        problems << tr("“%1” is not a time zone; choose one such as Europe/Berlin.").arg(m_zone->currentText());
    if (problems.isEmpty()) {
        const Storage::Result<Cron::Schedule> schedule = Cron::Schedule::parse(kind, m_schedule->text().trimmed(), zone);
        if (!schedule) {
            problems << tr("The schedule is not valid: %1").arg(schedule.error().message);
        } else {
            const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
            m_preview = schedule->preview(now, kPreviewCount, now);
            if (m_preview.isEmpty())
                problems << tr("This schedule never runs again: the time is in the past.");
        }
    }
    if (!m_id->text().trimmed().isEmpty() && !Cron::Job::isValidId(m_id->text().trimmed()))
        problems << tr("The name may only use letters, digits, “.”, “_” and “-” (at most 64).");
    const bool hasPrompt = !m_prompt->toPlainText().trimmed().isEmpty();

    QStringList lines;
    const QLocale locale;
    for (const QDateTime &time : std::as_const(m_preview)) {
        const QDateTime local = time.toTimeZone(zone);
        lines << u"• "_s + locale.toString(local, u"dddd, d MMMM yyyy, HH:mm"_s);
    }
    QString heading = tr("Next runs (%1):").arg(QString::fromUtf8(zoneId));
    if (kind == Cron::Schedule::Kind::Cron)
        heading = CronWords::describeCron(m_schedule->text()) + u" — "_s + heading;
    m_previewLabel->setText(m_preview.isEmpty() ? QString() : heading + u'\n' + lines.join(u'\n'));
    m_error->setText(problems.join(u'\n'));
    m_valid = problems.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && hasPrompt);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(m_valid && !hasPrompt ? tr("Write the prompt the agent should run.")
                                           : tr("Add the job to the gateway's schedule"));
}

} // namespace Moltdesk::Ui
