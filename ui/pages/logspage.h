#pragma once

#include "page.h"
#include "panelservices.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace Moltdesk::Base {
class EventLog;
}

namespace Moltdesk::Ui {

class LogFilterModel;

// The Logs page: the gateway's bounded in-memory Base::EventLog (already redacted by the LogSink),
// followed live while shown, with a level filter, text search, pause/resume of the autoscroll and
// copy. It keeps at most the log's own capacity of rows, so it stays bounded however long it runs.
// EventLog has no change signal (it is fed from every thread under a mutex), so the page polls
// tail(afterSeq) twice a second while it is visible — cheap, and never blocks on the gateway.
class LogsPage : public Page
{
    Q_OBJECT

public:
    // `log` may be null (the page says there is no log); it must outlive the page.
    LogsPage(const PanelServices &services, Base::EventLog *log, QWidget *parent = nullptr);
    ~LogsPage() override;

    QString title() const override;
    QIcon icon() const override;

    // Fetches entries appended since the last poll.
    void poll();
    // QtDebugMsg, QtInfoMsg, QtWarningMsg or QtCriticalMsg: that level and above are shown.
    void setMinimumLevel(QtMsgType level);
    void setSearchText(const QString &text);
    void setPaused(bool paused);
    bool isPaused() const;
    // The selected rows, or every shown row when none is selected, as text lines; copy() puts
    // them on the clipboard.
    QString shownText() const;
    void copy();

    int totalRows() const;
    int shownRows() const;

protected:
    void onActivated(bool first) override;
    void onDeactivated() override;

private:
    void updateCount();

    Base::EventLog *m_log = nullptr;
    QStandardItemModel *m_model = nullptr;
    LogFilterModel *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_timer = nullptr;
    quint64 m_lastSeq = 0;
    qsizetype m_capacity = 2000;
};

} // namespace Moltdesk::Ui
