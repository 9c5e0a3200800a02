#include "channels/pairingrow.h"

#include "channels/channelwords.h"
#include "valueformat.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

PairingRow::PairingRow(const QJsonObject &pairing, QWidget *parent)
    : QWidget(parent)
    , m_code(pairing.value(u"code"_s).toString())
    , m_senderId(pairing.value(u"senderId"_s).toString())
    , m_senderName(pairing.value(u"senderName"_s).toString())
    , m_group(pairing.value(u"kind"_s).toString() == u"group"_s)
    , m_requestedAt(ChannelWords::parseTime(pairing.value(u"requestedAt"_s).toString()))
    , m_expiresAt(ChannelWords::parseTime(pairing.value(u"expiresAt"_s).toString()))
{
    setObjectName(u"pairing_"_s + m_code);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);

    const QString who = m_senderName.isEmpty() ? (m_group ? tr("Unnamed group") : tr("Unknown sender")) : m_senderName;
    auto *name = new QLabel(this);
    name->setObjectName(u"name"_s);
    name->setTextFormat(Qt::PlainText);
    // Quoted: the text is the sender's own choice and could say anything ("Operator", "approved").
    const QString quoted = m_senderName.isEmpty() ? who : tr("“%1”").arg(m_senderName);
    name->setText(m_group ? tr("Group %1").arg(quoted) : quoted);
    name->setToolTip(m_group ? tr("The title the group's members gave it; not verified") :
                               tr("The name given by the sender; not verified"));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    auto *id = new QLabel(m_group ? tr("group id %1 · title given by the group's members").arg(m_senderId)
                                  : tr("id %1 · name given by the sender").arg(m_senderId),
                          this);
    id->setObjectName(u"id"_s);
    id->setTextFormat(Qt::PlainText);
    id->setForegroundRole(QPalette::PlaceholderText);
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *code = new QLabel(m_code, this);
    code->setObjectName(u"code"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setBold(true);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
    code->setFont(mono);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    code->setToolTip(m_group ? tr("The code the bot posted in the group: ask a member you trust which code they see "
                                  "before approving.")
                             : tr("The code the sender was given: ask them which code they see before approving."));
    m_when = new QLabel(this);
    m_when->setForegroundRole(QPalette::PlaceholderText);

    m_approve = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Approve"), this);
    m_approve->setObjectName(u"approve"_s);
    m_approve->setAccessibleName(m_group ? tr("Approve group %1").arg(who) : tr("Approve %1").arg(who));
    m_approve->setToolTip(m_group ? tr("Let the bot answer in this group from now on (members who mention it), at "
                                       "your cost; compare the code first")
                                  : tr("Let this sender write to the bot from now on; compare the code first"));
    m_reject = new QPushButton(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("Reject"), this);
    m_reject->setObjectName(u"reject"_s);
    m_reject->setAccessibleName(m_group ? tr("Reject group %1").arg(who) : tr("Reject %1").arg(who));
    m_reject->setToolTip(m_group ? tr("Refuse the request: the bot does not answer in this group")
                                 : tr("Refuse the request: the bot does not answer this sender"));

    // Name and id wrap on lines of their own: a 64-character name or a group's label must never push
    // the buttons out of a 1,024-pixel window (docs/panel.md "Window size").
    name->setWordWrap(true);
    id->setWordWrap(true);
    m_when->setWordWrap(true);
    grid->addWidget(name, 0, 0);
    grid->addWidget(code, 0, 1, Qt::AlignRight);
    grid->addWidget(m_approve, 0, 2, 3, 1);
    grid->addWidget(m_reject, 0, 3, 3, 1);
    grid->addWidget(id, 1, 0, 1, 2);
    grid->addWidget(m_when, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_approve, &QPushButton::clicked, this, [this] { Q_EMIT approveRequested(m_code); });
    connect(m_reject, &QPushButton::clicked, this, [this] { Q_EMIT rejectRequested(m_code); });
    refreshTimes(QDateTime::currentDateTimeUtc());
}

void PairingRow::setBusy(bool busy)
{
    m_approve->setEnabled(!busy);
    m_reject->setEnabled(!busy);
}

void PairingRow::refreshTimes(const QDateTime &now)
{
    const QString asked = tr("asked %1").arg(ChannelWords::ago(m_requestedAt, now));
    if (!m_expiresAt.isValid()) {
        m_when->setText(asked);
        return;
    }
    const qint64 left = now.secsTo(m_expiresAt);
    m_when->setText(left > 0 ? tr("%1 · code valid for %2").arg(asked, ValueFormat::duration(left))
                             : tr("%1 · code expired").arg(asked));
}

} // namespace Moltdesk::Ui
