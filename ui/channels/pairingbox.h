#pragma once

#include <QGroupBox>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace Moltdesk::Ui {

class DecidedSenders;
class GatewayClient;
class PairingRow;
class StatusLine;

// The pending pairing requests of one channel (docs/channels/README.md "Pairing"): loaded with
// pairing.list, kept current by the pairing.requested / pairing.resolved events (another client
// may decide too), each with Approve / Reject (pairing.approve / pairing.reject).
class PairingBox : public QGroupBox
{
    Q_OBJECT

public:
    PairingBox(const QString &channelId, GatewayClient *gateway, QWidget *parent = nullptr);

    void reload();
    void approve(const QString &code);
    void reject(const QString &code);
    // pairing.forget: the sender is unknown again.
    void forget(const QString &senderId, const QString &name, bool group);

    QList<PairingRow *> rows() const;
    PairingRow *row(const QString &code) const;
    StatusLine *status() const { return m_status; }
    DecidedSenders *decided() const { return m_decided; }

private:
    // `announce`: show "Loading…"; off when an error from a decision must stay readable.
    void load(bool announce);
    void decide(const QString &code, bool approve);
    void onEvent(const QString &name, const QJsonValue &payload);
    void addRow(const QJsonObject &pairing);
    void removeRowsOf(const QString &senderId);
    void updateEmpty();

    QString m_channel;
    QPointer<GatewayClient> m_gateway;
    QVBoxLayout *m_list = nullptr;
    QLabel *m_empty = nullptr;
    DecidedSenders *m_decided = nullptr;
    StatusLine *m_status = nullptr;
    quint64 m_generation = 0;
};

} // namespace Moltdesk::Ui
