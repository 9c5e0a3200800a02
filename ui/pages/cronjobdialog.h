#pragma once

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Moltdesk::Ui {

// "Add a scheduled job": a cron expression, an interval ("every") or a one-off time ("at"), its
// time zone, the prompt, and optionally the session and where to deliver the answer. The next five
// runs are computed locally with Cron::Schedule (the same code the scheduler uses) as the user
// types, and a schedule that does not parse says why and cannot be saved.
class CronJobDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CronJobDialog(QWidget *parent = nullptr);

    // The moment the preview counts from; the current time unless a test fixes it.
    void setNow(const QDateTime &now);

    // Field setters for tests and for "duplicate"; `kind` is "cron", "every" or "at".
    void setSchedule(const QString &kind, const QString &text, const QString &timezone = QString());
    void setPrompt(const QString &prompt);

    bool isValid() const { return m_valid; }
    QString errorText() const;
    QList<QDateTime> previewTimes() const { return m_preview; }
    QString previewText() const;
    // The cron.add params (docs/cron.md).
    QJsonObject params() const;

private:
    void update();

    QDateTime m_now;
    QLineEdit *m_id = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_schedule = nullptr;
    QComboBox *m_zone = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QLineEdit *m_session = nullptr;
    QLineEdit *m_deliverTo = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QDateTime> m_preview;
    bool m_valid = false;
};

} // namespace Moltdesk::Ui
