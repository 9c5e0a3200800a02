#include "channels/accesspolicybox.h"

#include "asynctask.h"
#include "channels/configupdate.h"
#include "widgets/keyboardshortcuts.h"
#include "widgets/statusline.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

using DmPolicy = Config::SecuritySettings::DmPolicy;

AccessPolicyBox::AccessPolicyBox(const QString &channelId, const Config::SecuritySettings &running, QWidget *parent)
    : QGroupBox(tr("Who may write to the bot"), parent)
    , m_channel(channelId)
    , m_running(running)
{
    setObjectName(u"accessPolicy"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_policy = new QComboBox(this);
    m_policy->setObjectName(u"dmPolicy"_s);
    m_policy->addItem(tr("Pairing — strangers get a code you approve here"), int(DmPolicy::Pairing));
    m_policy->addItem(tr("Allow list — only the people below (and those approved earlier)"), int(DmPolicy::Allowlist));
    m_policy->addItem(tr("Open — everyone"), int(DmPolicy::Open));
    m_policy->setAccessibleName(tr("Direct message policy"));
    m_policy->setToolTip(tr("Who may write to the bot in direct messages, on every channel; the text below explains the choice"));
    // The choices are sentences: the closed box elides them rather than widening the window; the
    // explanation under it says the whole thing anyway.
    m_policy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_policy->setMinimumContentsLength(16);
    m_policy->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *policyLabel = new QLabel(tr("&Direct messages:"), this);
    policyLabel->setBuddy(m_policy);
    form->addRow(policyLabel, m_policy);
    layout->addLayout(form);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"policyExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_explanation);

    auto *allowLabel = new QLabel(tr("Always &allowed (user ids):"), this);
    layout->addWidget(allowLabel);
    m_allow = new QListWidget(this);
    m_allow->setObjectName(u"allowFrom"_s);
    m_allow->setAccessibleName(tr("Always allowed senders"));
    m_allow->setAccessibleDescription(tr("User ids that may always write to the bot; Delete removes the selected ones"));
    m_allow->setMaximumHeight(90);
    m_allow->setSelectionMode(QAbstractItemView::ExtendedSelection);
    allowLabel->setBuddy(m_allow);
    layout->addWidget(m_allow);
    auto *addRow = new QHBoxLayout;
    m_newSender = new QLineEdit(this);
    m_newSender->setObjectName(u"newSender"_s);
    m_newSender->setPlaceholderText(tr("Telegram user id, e.g. 123456789"));
    m_newSender->setAccessibleName(tr("Sender id to allow"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(u"addSender"_s);
    m_add->setToolTip(tr("Add the typed user id to the always allowed senders (Enter)"));
    m_remove = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove"), this);
    m_remove->setObjectName(u"removeSender"_s);
    m_remove->setAccessibleName(tr("Remove the selected senders"));
    m_remove->setToolTip(tr("Take the selected user ids off the list (Delete)"));
    addRow->addWidget(m_newSender, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);
    KeyboardShortcuts::deleteSelected(m_allow, m_remove);

    auto *saveRow = new QHBoxLayout;
    m_status = new StatusLine(this);
    m_status->setObjectName(u"accessStatus"_s);
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save access policy"), this);
    m_save->setObjectName(u"saveAccess"_s);
    m_save->setToolTip(tr("Apply the policy and the list to the running gateway and save them in config.json"));
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);

    setPolicy(running.dmPolicy);
    for (const QString &id : running.allowFrom.value(channelId))
        m_allow->addItem(id);

    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        updateExplanation();
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString problem = addSender(m_newSender->text());
        if (!problem.isEmpty())
            m_status->showError(problem);
        else
            m_newSender->clear();
    });
    connect(m_newSender, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &AccessPolicyBox::removeSelected);
    connect(m_allow, &QListWidget::itemSelectionChanged, this, &AccessPolicyBox::updateButtons);
    connect(m_newSender, &QLineEdit::textChanged, this, &AccessPolicyBox::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &AccessPolicyBox::save);
    updateExplanation();
    updateButtons();
}

DmPolicy AccessPolicyBox::policy() const
{
    return DmPolicy(m_policy->currentData().toInt());
}

void AccessPolicyBox::applyConfig(const Config::SecuritySettings &security)
{
    // What the user has not changed follows the gateway (another page or the Settings page may
    // have changed it); an edit in progress is left alone.
    const bool edited = policy() != m_running.dmPolicy || allowFrom() != m_running.allowFrom.value(m_channel);
    m_running = security;
    if (edited || m_saving)
        return;
    setPolicy(security.dmPolicy);
    m_allow->clear();
    for (const QString &id : security.allowFrom.value(m_channel))
        m_allow->addItem(id);
    updateButtons();
}

void AccessPolicyBox::setPolicy(DmPolicy policy)
{
    m_policy->setCurrentIndex(m_policy->findData(int(policy)));
}

QStringList AccessPolicyBox::allowFrom() const
{
    QStringList ids;
    for (int i = 0; i < m_allow->count(); ++i)
        ids.append(m_allow->item(i)->text());
    return ids;
}

QString AccessPolicyBox::addSender(const QString &id)
{
    const QString trimmed = id.trimmed();
    // Sender ids are the channel's numeric user ids (Telegram User.id, Discord snowflakes), kept as
    // strings because snowflakes exceed 2^53. Usernames can change hands, so they are not accepted.
    static const QRegularExpression numeric(u"^-?[0-9]{1,20}$"_s);
    if (trimmed.isEmpty())
        return tr("Enter a user id first.");
    if (trimmed.startsWith(u'@') || !numeric.match(trimmed).hasMatch())
        return tr("“%1” is not a user id. Use the number (the id shown with a pairing request), not the @name: "
                  "names can change hands.")
            .arg(trimmed);
    if (allowFrom().contains(trimmed))
        return tr("%1 is already in the list.").arg(trimmed);
    m_allow->addItem(trimmed);
    m_status->clearMessage();
    updateButtons();
    return {};
}

void AccessPolicyBox::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_allow->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    updateButtons();
}

void AccessPolicyBox::save()
{
    const DmPolicy policy = this->policy();
    const QStringList ids = allowFrom();
    const QString channel = m_channel;
    m_save->setEnabled(false);
    m_saving = true;
    m_status->begin(tr("Saving…"));
    ConfigUpdate::applyLive(
        m_gateway, this,
        [policy, ids, channel](Config::Settings &settings) {
            settings.security.dmPolicy = policy;
            if (ids.isEmpty())
                settings.security.allowFrom.remove(channel);
            else
                settings.security.allowFrom.insert(channel, ids);
        },
        [this](const ConfigUpdate::Outcome &outcome) {
            m_status->end();
            m_save->setEnabled(true);
            m_saving = false;
            if (!outcome.ok) {
                m_status->showError(outcome.error);
                return;
            }
            // Through config.set the gateway's AccessPolicy changes at once.
            m_running = outcome.settings.security;
            m_status->showInfo(tr("Saved. This is the policy in use."));
            Q_EMIT saved(outcome.settings.security);
        });
}

void AccessPolicyBox::updateExplanation()
{
    switch (policy()) {
    case DmPolicy::Pairing:
        m_explanation->setText(tr("Someone new gets a code and a polite note; they can write once you approve "
                                  "them below. People in the list are always let in. A group the bot is "
                                  "added to gets a code too when someone mentions the bot, and is answered "
                                  "once you approve it."));
        break;
    case DmPolicy::Allowlist:
        m_explanation->setText(tr("Only the people in the list and those approved by pairing earlier are "
                                  "answered. Everyone else is ignored without a reply, and so is every group "
                                  "not listed in the channel's settings or approved earlier."));
        break;
    case DmPolicy::Open:
        m_explanation->setText(tr("Anyone who finds the bot can talk to the agent — at your cost, and the bot "
                                  "answers in every group it is added to unless the channel lists its groups. "
                                  "Set a budget before choosing this."));
        break;
    }
}

void AccessPolicyBox::updateButtons()
{
    m_add->setEnabled(!m_newSender->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_allow->selectedItems().isEmpty());
}

} // namespace Moltdesk::Ui
