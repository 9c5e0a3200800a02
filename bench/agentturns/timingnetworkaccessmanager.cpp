#include "timingnetworkaccessmanager.h"

#include <QElapsedTimer>
#include <QNetworkReply>

namespace Moltdesk::Bench {

TimingNetworkAccessManager::TimingNetworkAccessManager(QObject *parent) : QNetworkAccessManager(parent)
{
}

QNetworkReply *TimingNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                         QIODevice *outgoingData)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    connect(reply, &QNetworkReply::finished, this, [this, timer] {
        const qint64 ns = timer.nsecsElapsed();
        m_totalNs += ns;
        m_roundTripsNs.append(ns);
    });
    return reply;
}

} // namespace Moltdesk::Bench
