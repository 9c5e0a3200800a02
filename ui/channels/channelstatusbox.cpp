#include "channels/channelstatusbox.h"

#include "channels/channelwords.h"
#include "widgets/banner.h"

#include <QFormLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ChannelStatusBox::ChannelStatusBox(QWidget *parent)
    : QGroupBox(tr("Status"), parent)
{
    setObjectName(u"channelStatus"_s);
    auto *layout = new QVBoxLayout(this);
    m_banner = new Banner(this);
    m_banner->setObjectName(u"state"_s);
    m_banner->setText(tr("Asking the gateway…"));
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    m_lastEvent = new QLabel(this);
    m_lastEvent->setObjectName(u"lastEvent"_s);
    m_lastError = new QLabel(this);
    m_lastError->setObjectName(u"lastError"_s);
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counters = new QLabel(this);
    m_counters->setObjectName(u"counters"_s);
    m_counters->setWordWrap(true);
    form->addRow(tr("Last activity:"), m_lastEvent);
    form->addRow(tr("Last error:"), m_lastError);
    form->addRow(tr("Messages:"), m_counters);
    layout->addLayout(form);

    // "5 min ago" must age while the page is open, without asking the gateway again.
    auto *clock = new QTimer(this);
    clock->setInterval(30'000);
    connect(clock, &QTimer::timeout, this, &ChannelStatusBox::refreshTimes);
    clock->start();
    refreshTimes();
}

void ChannelStatusBox::applyStatus(const QJsonObject &status)
{
    m_state = status.value(u"state"_s).toString();
    const QString detail = status.value(u"detail"_s).toString();
    QString text = ChannelWords::stateName(m_state);
    if (!detail.isEmpty())
        text += u" — "_s + detail;
    else if (m_state == u"disabled"_s)
        text += u" — "_s + tr("turned off in the settings");
    m_banner->setText(text);
    if (m_state == u"running"_s)
        m_banner->setTone(Banner::Tone::Success);
    else if (m_state == u"retrying"_s || m_state == u"starting"_s)
        m_banner->setTone(Banner::Tone::Warning);
    else if (m_state == u"error"_s || m_state == u"conflict"_s || m_state == u"unauthorized"_s)
        m_banner->setTone(Banner::Tone::Error);
    else
        m_banner->setTone(Banner::Tone::Neutral);

    m_lastEventAt = ChannelWords::parseTime(status.value(u"lastEventAt"_s).toString());
    m_lastErrorAt = ChannelWords::parseTime(status.value(u"lastErrorAt"_s).toString());
    m_lastErrorMessage = status.value(u"lastError"_s).toString();

    const QJsonObject counters = status.value(u"counters"_s).toObject();
    auto count = [&counters](const QString &key) { return qint64(counters.value(key).toDouble()); };
    if (counters.isEmpty()) {
        m_counters->setText(tr("none yet"));
    } else {
        m_counters->setText(tr("received %1 · passed to the agent %2 · sent %3 · refused %4 · duplicates %5 · errors %6")
                                .arg(count(u"received"_s))
                                .arg(count(u"dispatched"_s))
                                .arg(count(u"sent"_s))
                                .arg(count(u"rejected"_s))
                                .arg(count(u"duplicates"_s))
                                .arg(count(u"errors"_s)));
    }
    refreshTimes();
}

void ChannelStatusBox::showUnavailable(const QString &why)
{
    m_state.clear();
    m_banner->setTone(Banner::Tone::Warning);
    m_banner->setText(why);
}

void ChannelStatusBox::refreshTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lastEvent->setText(m_lastEventAt.isValid() ? ChannelWords::ago(m_lastEventAt, now) : tr("nothing yet"));
    if (m_lastErrorMessage.isEmpty())
        m_lastError->setText(tr("none"));
    else if (m_lastErrorAt.isValid())
        m_lastError->setText(tr("%1 (%2)").arg(m_lastErrorMessage, ChannelWords::ago(m_lastErrorAt, now)));
    else
        m_lastError->setText(m_lastErrorMessage);
}

QString ChannelStatusBox::stateText() const
{
    return m_banner->text();
}

QString ChannelStatusBox::lastErrorText() const
{
    return m_lastError->text();
}

QString ChannelStatusBox::countersText() const
{
    return m_counters->text();
}

} // namespace Moltdesk::Ui
