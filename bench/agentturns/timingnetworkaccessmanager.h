#pragma once

#include <QList>
#include <QNetworkAccessManager>

namespace Moltdesk::Bench {

// The providers' QNetworkAccessManager, timing every request from its creation (the provider
// client hands it over) to QNetworkReply::finished - the HTTP round trip as the gateway sees it,
// in nanoseconds. Its own finished handler is connected before the provider client's, so the
// client's parsing of the reply is not counted as provider time.
class TimingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit TimingNetworkAccessManager(QObject *parent = nullptr);

    qint64 totalNs() const { return m_totalNs; }
    qsizetype finishedCount() const { return m_roundTripsNs.size(); }
    // Round trips from index `from` on (calls finished after a warm-up).
    QList<qint64> roundTripsNs(qsizetype from = 0) const { return m_roundTripsNs.mid(from); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    qint64 m_totalNs = 0;
    QList<qint64> m_roundTripsNs;
};

} // namespace Moltdesk::Bench
