#pragma once

#include <QObject>

class QSocketNotifier;

namespace Moltdesk::App {

// Turns SIGTERM/SIGINT into a Qt signal using the self-pipe trick from Qt's documentation
// ("Calling Qt Functions From Unix Signal Handlers"): the handler only write()s a byte, which is
// async-signal-safe; the event loop reads it and emits terminationRequested().
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Moltdesk::App
