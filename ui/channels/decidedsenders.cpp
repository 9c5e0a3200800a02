#include "channels/decidedsenders.h"

#include "channels/channelwords.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int GroupRole = Qt::UserRole + 2;
} // namespace

DecidedSenders::DecidedSenders(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"decidedSenders"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *title = new QLabel(tr("Decided &earlier:"), this);
    layout->addWidget(title);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"decidedList"_s);
    m_tree->setAccessibleName(tr("Senders decided earlier"));
    m_tree->setAccessibleDescription(tr("Senders approved or rejected before, with when; select one to forget the decision"));
    m_tree->setHeaderLabels({tr("Name"), tr("User id"), tr("Decision"), tr("When")});
    m_tree->setRootIsDecorated(false);
    m_tree->setMaximumHeight(130);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    title->setBuddy(m_tree);
    m_forget = new QPushButton(tr("&Forget"), this);
    m_forget->setObjectName(u"forget"_s);
    m_forget->setToolTip(tr("The sender becomes unknown again: with pairing they get a new code when they write."));
    m_forget->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_forget);
    layout->addWidget(m_tree);
    layout->addLayout(row);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_forget->setEnabled(m_tree->currentItem() && m_tree->currentItem()->isSelected()); });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            Q_EMIT forgetRequested(item->data(0, IdRole).toString(), item->text(0), item->data(0, GroupRole).toBool());
    });
}

void DecidedSenders::setSenders(const QJsonArray &senders)
{
    m_tree->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : senders) {
        const QJsonObject sender = value.toObject();
        const QString id = sender.value(u"senderId"_s).toString();
        const bool approved = sender.value(u"status"_s).toString() == u"approved"_s;
        const bool group = sender.value(u"kind"_s).toString() == u"group"_s;
        // Untrusted: the name the sender (or the group's members) chose, cleaned by the gateway.
        QString name = sender.value(u"senderName"_s).toString();
        if (name.isEmpty())
            name = group ? tr("Unnamed group") : tr("Unknown sender");
        if (group)
            name = tr("Group “%1”").arg(name);
        auto *item = new QTreeWidgetItem(m_tree, {name, id, approved ? tr("approved") : tr("declined"),
                                                  ChannelWords::ago(ChannelWords::parseTime(
                                                                        sender.value(u"decidedAt"_s).toString()),
                                                                    now)});
        item->setData(0, IdRole, id);
        item->setData(0, GroupRole, group);
        item->setToolTip(0, group ? tr("The title the group's members gave it; not verified")
                                  : tr("The name given by the sender; not verified"));
    }
    m_forget->setEnabled(false);
    setVisible(!senders.isEmpty());
}

int DecidedSenders::count() const
{
    return m_tree->topLevelItemCount();
}

bool DecidedSenders::select(const QString &senderId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, IdRole).toString() == senderId) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

} // namespace Moltdesk::Ui
