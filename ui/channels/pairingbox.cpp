#include "channels/pairingbox.h"

#include "channels/decidedsenders.h"
#include "channels/pairingrow.h"
#include "gatewayclient.h"
#include "widgets/statusline.h"

#include <QJsonArray>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

PairingBox::PairingBox(const QString &channelId, GatewayClient *gateway, QWidget *parent)
    : QGroupBox(tr("Waiting for approval"), parent)
    , m_channel(channelId)
    , m_gateway(gateway)
{
    setObjectName(u"pairingBox"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("People who wrote to the bot, and groups that mentioned it, got a pairing code. "
                                "Approve only people and groups you know: they can talk to the agent, at your "
                                "cost."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);
    m_list = new QVBoxLayout;
    m_list->setSpacing(0);
    layout->addLayout(m_list);
    m_empty = new QLabel(tr("No one is waiting."), this);
    m_empty->setObjectName(u"noPairings"_s);
    layout->addWidget(m_empty);
    m_decided = new DecidedSenders(this);
    m_decided->hide();
    layout->addWidget(m_decided);
    connect(m_decided, &DecidedSenders::forgetRequested, this, &PairingBox::forget);
    m_status = new StatusLine(this);
    m_status->setObjectName(u"pairingStatus"_s);
    layout->addWidget(m_status);

    if (m_gateway)
        connect(m_gateway, &GatewayClient::event, this, &PairingBox::onEvent);
    // Codes expire after an hour; keep "valid for …" honest while the page is open.
    auto *clock = new QTimer(this);
    clock->setInterval(30'000);
    connect(clock, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<PairingRow *> all = rows();
        for (PairingRow *r : all)
            r->refreshTimes(now);
    });
    clock->start();
}

QList<PairingRow *> PairingBox::rows() const
{
    return findChildren<PairingRow *>(QString(), Qt::FindDirectChildrenOnly);
}

PairingRow *PairingBox::row(const QString &code) const
{
    const QList<PairingRow *> all = rows();
    for (PairingRow *r : all) {
        if (r->code() == code)
            return r;
    }
    return nullptr;
}

void PairingBox::reload()
{
    load(true);
}

void PairingBox::load(bool announce)
{
    if (!m_gateway) {
        m_status->showError(tr("The gateway is not running, so pairing requests cannot be shown."));
        return;
    }
    const quint64 generation = ++m_generation;
    if (announce)
        m_status->begin(tr("Loading pairing requests…"));
    m_gateway->call(u"pairing.list"_s, QJsonObject{{u"channel"_s, m_channel}}, this,
                    [this, generation, announce](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                        if (announce)
                            m_status->end();
                        if (generation != m_generation)
                            return;
                        if (error) {
                            m_status->showError(tr("Pairing requests could not be loaded: %1").arg(error->message()));
                            return;
                        }
                        const QList<PairingRow *> old = rows();
                        for (PairingRow *r : old)
                            delete r;
                        const QJsonArray pending = payload.toObject().value(u"pending"_s).toArray();
                        for (const QJsonValue &entry : pending)
                            addRow(entry.toObject());
                        m_decided->setSenders(payload.toObject().value(u"senders"_s).toArray());
                        updateEmpty();
                    });
}

void PairingBox::approve(const QString &code)
{
    decide(code, true);
}

void PairingBox::reject(const QString &code)
{
    decide(code, false);
}

void PairingBox::decide(const QString &code, bool approve)
{
    PairingRow *target = row(code);
    if (!m_gateway || !target)
        return;
    target->setBusy(true);
    const QString who = target->senderName().isEmpty() ? target->senderId() : target->senderName();
    m_status->begin(approve ? tr("Approving %1…").arg(who) : tr("Rejecting %1…").arg(who));
    m_gateway->call(approve ? u"pairing.approve"_s : u"pairing.reject"_s,
                    QJsonObject{{u"channel"_s, m_channel}, {u"code"_s, code}}, this,
                    [this, code, who, approve](const QJsonValue &, const std::optional<Ws::RpcError> &error) {
                        m_status->end();
                        PairingRow *done = row(code);
                        if (error) {
                            if (done)
                                done->setBusy(false);
                            m_status->showError(tr("%1 was not decided: %2").arg(who, error->message()));
                            // An expired or already decided code: show what is really pending.
                            load(false);
                            return;
                        }
                        if (done)
                            removeRowsOf(done->senderId());
                        load(false); // the decision joins "decided earlier"
                        m_status->showInfo(approve ? tr("%1 can talk to the bot now.").arg(who)
                                                   : tr("%1 was declined and will be told once.").arg(who));
                    });
}

void PairingBox::onEvent(const QString &name, const QJsonValue &payload)
{
    if (name == u"pairing.requested"_s) {
        const QJsonObject pairing = payload.toObject().value(u"pairing"_s).toObject();
        if (pairing.value(u"channel"_s).toString() != m_channel)
            return;
        // The same sender asking again keeps its code; a new code replaces an expired one.
        removeRowsOf(pairing.value(u"senderId"_s).toString());
        addRow(pairing);
        updateEmpty();
    } else if (name == u"pairing.dropped"_s) {
        // Pushed out by a newer request (at most three wait per channel and kind).
        const QJsonObject pairing = payload.toObject().value(u"pairing"_s).toObject();
        if (pairing.value(u"channel"_s).toString() == m_channel) {
            if (PairingRow *gone = row(pairing.value(u"code"_s).toString()))
                delete gone;
            updateEmpty();
        }
    } else if (name == u"pairing.resolved"_s) {
        const QJsonObject sender = payload.toObject().value(u"sender"_s).toObject();
        if (sender.value(u"channel"_s).toString() == m_channel) {
            removeRowsOf(sender.value(u"senderId"_s).toString());
            load(false);
        }
    }
}

void PairingBox::forget(const QString &senderId, const QString &name, bool group)
{
    if (!m_gateway)
        return;
    m_status->begin(tr("Forgetting %1…").arg(name));
    QJsonObject params{{u"channel"_s, m_channel}, {u"senderId"_s, senderId}};
    if (group)
        params.insert(u"kind"_s, u"group"_s);
    m_gateway->call(u"pairing.forget"_s, params, this,
                    [this, name](const QJsonValue &, const std::optional<Ws::RpcError> &error) {
                        m_status->end();
                        if (error) {
                            m_status->showError(tr("%1 was not forgotten: %2").arg(name, error->message()));
                            return;
                        }
                        m_status->showInfo(tr("%1 is unknown again.").arg(name));
                        load(false);
                    });
}

void PairingBox::addRow(const QJsonObject &pairing)
{
    auto *r = new PairingRow(pairing, this);
    connect(r, &PairingRow::approveRequested, this, &PairingBox::approve);
    connect(r, &PairingRow::rejectRequested, this, &PairingBox::reject);
    m_list->addWidget(r);
}

void PairingBox::removeRowsOf(const QString &senderId)
{
    const QList<PairingRow *> all = rows();
    for (PairingRow *r : all) {
        if (r->senderId() == senderId)
            delete r;
    }
    updateEmpty();
}

void PairingBox::updateEmpty()
{
    const bool none = rows().isEmpty();
    m_empty->setVisible(none);
    setTitle(none ? tr("Waiting for approval") : tr("Waiting for approval (%1)").arg(rows().size()));
}

} // namespace Moltdesk::Ui
