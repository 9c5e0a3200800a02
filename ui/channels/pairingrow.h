#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Moltdesk::Ui {

// One pending pairing request (PendingPairing::toJson): who asks - a person, or a group the bot
// was addressed in - the code they were given, how long ago and until when, with Approve and
// Reject. The name is what the sender (or the group's members) chose: shown quoted (the gateway
// cleaned it, docs/channels/README.md "Pairing") and labelled as given by the sender, never as a verified
// identity.
class PairingRow : public QWidget
{
    Q_OBJECT

public:
    explicit PairingRow(const QJsonObject &pairing, QWidget *parent = nullptr);

    QString code() const { return m_code; }
    QString senderId() const { return m_senderId; }
    QString senderName() const { return m_senderName; }
    bool isGroup() const { return m_group; }
    void setBusy(bool busy);
    void refreshTimes(const QDateTime &now);

Q_SIGNALS:
    void approveRequested(const QString &code);
    void rejectRequested(const QString &code);

private:
    QString m_code;
    QString m_senderId;
    QString m_senderName;
    bool m_group = false;
    QDateTime m_requestedAt;
    QDateTime m_expiresAt;
    QLabel *m_when = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace Moltdesk::Ui
