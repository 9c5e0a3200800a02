#pragma once

#include "channels/channelentry.h"

namespace Moltdesk::Ui {

// A channel the gateway does not have an adapter for yet: listed so users see what is coming,
// with a short description and nothing to set up.
class ComingSoonEntry : public ChannelEntry
{
    Q_OBJECT

public:
    ComingSoonEntry(const QString &channelId, const QString &description, QWidget *parent = nullptr);

    QString channelId() const override { return m_id; }
    QString displayName() const override;
    QIcon icon() const override;
    QString summary() const override;

private:
    QString m_id;
};

} // namespace Moltdesk::Ui
