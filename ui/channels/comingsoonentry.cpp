#include "channels/comingsoonentry.h"

#include "channels/channelicon.h"
#include "channels/channelwords.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ComingSoonEntry::ComingSoonEntry(const QString &channelId, const QString &description, QWidget *parent)
    : ChannelEntry(parent)
    , m_id(channelId)
{
    setObjectName(u"channel_"_s + channelId);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    auto *title = new QLabel(tr("%1 is coming soon").arg(displayName()), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *text = new QLabel(description, this);
    text->setObjectName(u"description"_s);
    text->setWordWrap(true);
    auto *later = new QLabel(tr("Its set-up will appear here, step by step, like Telegram's. Nothing needs to be "
                                "done now."),
                             this);
    later->setWordWrap(true);
    later->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(later);
    layout->addStretch(1);
}

QString ComingSoonEntry::displayName() const
{
    return ChannelWords::channelName(m_id);
}

QIcon ComingSoonEntry::icon() const
{
    return ChannelIcon::make(m_id, palette(), false);
}

QString ComingSoonEntry::summary() const
{
    return tr("Coming soon");
}

} // namespace Moltdesk::Ui
