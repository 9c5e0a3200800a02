#include "agent/pauseswitch.h"

#include "base/logging.h"
#include "storage/kvstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

PauseSwitch::PauseSwitch(Storage::KvStore &kv, Clock clock, QObject *parent)
    : QObject(parent)
    , m_kv(kv)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

Storage::Result<void> PauseSwitch::load()
{
    const auto stored = m_kv.get(Namespace, Key);
    if (!stored)
        return stored.error();
    if (!stored.value()) {
        m_since = {};
        return {};
    }
    const QJsonObject doc = QJsonDocument::fromJson(stored.value()->data).object();
    QDateTime since = QDateTime::fromString(doc.value(u"since"_s).toString(), Qt::ISODateWithMs);
    if (!since.isValid()) {
        qCWarning(lcAgent) << "the stored pause state is unreadable; the bot stays paused";
        since = m_clock();
    }
    m_since = since.toUTC();
    return {};
}

Storage::Result<bool> PauseSwitch::pause()
{
    if (isPaused())
        return false;
    const QDateTime since = m_clock().toUTC();
    const QJsonObject doc{{u"since"_s, since.toString(Qt::ISODateWithMs)}};
    if (auto written = m_kv.putJson(Namespace, Key, QJsonDocument(doc)); !written)
        return written.error();
    m_since = since;
    qCInfo(lcAgent) << "bot paused: channel messages are stored and wait, scheduled runs are skipped";
    emit changed(true);
    return true;
}

Storage::Result<bool> PauseSwitch::resume()
{
    if (!isPaused())
        return false;
    if (auto removed = m_kv.remove(Namespace, Key); !removed)
        return removed.error();
    m_since = {};
    qCInfo(lcAgent) << "bot resumed";
    emit changed(false);
    return true;
}

QJsonObject PauseSwitch::toJson() const
{
    QJsonObject doc{{u"paused"_s, isPaused()}};
    if (isPaused())
        doc.insert(u"since"_s, m_since.toString(Qt::ISODateWithMs));
    return doc;
}

} // namespace Moltdesk::Agent
