#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Moltdesk::Ui {

// A one-line status under a view: a busy bar while store calls are running (nested calls counted)
// and the last outcome in words — an error in red, a confirmation in green.
class StatusLine : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    void begin(const QString &what);
    void end();
    void showError(const QString &message);
    void showInfo(const QString &message);
    void clearMessage();

    bool isBusy() const { return m_busy > 0; }
    bool isError() const { return m_error; }
    QString text() const;

private:
    void setMessage(const QString &message, bool error);

    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    QString m_busyText;
    int m_busy = 0;
    bool m_error = false;
};

} // namespace Moltdesk::Ui
