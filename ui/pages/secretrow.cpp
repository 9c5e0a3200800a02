#include "pages/secretrow.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

SecretRow::SecretRow(const QString &name, const QString &description, bool confidential, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_confidential(confidential)
{
    setObjectName(u"secret_"_s + name);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 6, 0, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);

    auto *nameLabel = new QLabel(name, this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setBold(true);
    nameLabel->setFont(mono);
    nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *descriptionLabel = new QLabel(description, this);
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_input = new QLineEdit(this);
    m_input->setObjectName(u"value"_s);
    m_input->setEchoMode(confidential ? QLineEdit::Password : QLineEdit::Normal);
    m_input->setAccessibleName(tr("New value for %1").arg(name));
    m_input->setClearButtonEnabled(true);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"save"_s);
    m_save->setAccessibleName(tr("Save %1").arg(name));
    m_save->setAccessibleDescription(saveDescription());
    m_reveal = new QPushButton(tr("Reveal"), this);
    m_reveal->setObjectName(u"reveal"_s);
    m_reveal->setAccessibleName(tr("Reveal %1").arg(name));
    m_reveal->setToolTip(tr("Show the stored value below until you hide it or leave the page"));
    m_reveal->setCheckable(true);
    m_delete = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), QString(), this);
    m_delete->setObjectName(u"delete"_s);
    m_delete->setToolTip(tr("Delete %1").arg(name));
    m_delete->setAccessibleName(tr("Delete %1").arg(name));
    m_revealed = new QLineEdit(this);
    m_revealed->setObjectName(u"revealed"_s);
    m_revealed->setReadOnly(true);
    m_revealed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_revealed->setAccessibleName(tr("Current value of %1").arg(name));
    m_revealed->hide();

    grid->addWidget(nameLabel, 0, 0);
    grid->addWidget(m_status, 0, 1, 1, 4);
    grid->addWidget(descriptionLabel, 1, 0, 1, 5);
    grid->addWidget(m_input, 2, 0, 1, 2);
    grid->addWidget(m_save, 2, 2);
    grid->addWidget(m_reveal, 2, 3);
    grid->addWidget(m_delete, 2, 4);
    grid->addWidget(m_revealed, 3, 0, 1, 5);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_input, &QLineEdit::textChanged, this, &SecretRow::updateButtons);
    connect(m_input, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_input->text().isEmpty())
            Q_EMIT saveRequested(m_name, m_input->text());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_name); });
    connect(m_reveal, &QPushButton::clicked, this, [this](bool checked) {
        if (checked)
            Q_EMIT revealRequested(m_name);
        else
            hideRevealed();
    });
    setState(State::Checking);
}

void SecretRow::setState(State state, const QString &detail)
{
    m_state = state;
    switch (state) {
    case State::Checking:
        m_status->setText(tr("checking…"));
        m_status->setStyleSheet({});
        break;
    case State::Set:
        m_status->setText(detail.isEmpty() ? tr("✔ set") : tr("✔ set (%1)").arg(detail));
        m_status->setStyleSheet(u"color: #1e7a3c; font-weight: bold;"_s);
        break;
    case State::NotSet:
        m_status->setText(tr("not set"));
        m_status->setStyleSheet(u"color: #8a6d00;"_s);
        break;
    case State::Unknown:
        m_status->setText(tr("unknown: %1").arg(detail));
        m_status->setStyleSheet(u"color: #b3261e;"_s);
        break;
    }
    m_input->setPlaceholderText(state == State::Set ? tr("Type a new value to replace it") : tr("Type the value to set it"));
    if (state != State::Set)
        hideRevealed();
    updateButtons();
}

QString SecretRow::statusText() const
{
    return m_status->text();
}

void SecretRow::setLocked(const QString &reason)
{
    m_lockReason = reason;
    m_input->setToolTip(reason);
    m_save->setToolTip(reason);
    m_save->setAccessibleDescription(saveDescription());
    updateButtons();
}

// The lock reason while locked (it is the tooltip too), else what the button does.
QString SecretRow::saveDescription() const
{
    if (!m_lockReason.isEmpty())
        return m_lockReason;
    return tr("Store the typed value in the keychain, replacing any stored value");
}

void SecretRow::setWritable(bool writable)
{
    m_writable = writable;
    updateButtons();
}

void SecretRow::updateButtons()
{
    const bool canChange = m_writable && m_lockReason.isEmpty();
    m_input->setEnabled(canChange);
    m_save->setEnabled(canChange && !m_input->text().isEmpty());
    m_save->setText(m_state == State::Set ? tr("Replace") : tr("Set"));
    m_delete->setEnabled(canChange && m_state == State::Set);
    m_reveal->setEnabled(m_state == State::Set);
}

void SecretRow::showRevealed(const QString &value)
{
    m_revealed->setText(value);
    m_revealed->show();
    m_reveal->setChecked(true);
    m_reveal->setText(tr("Hide"));
}

void SecretRow::hideRevealed()
{
    // Clear the text as well: a hidden widget still holds its value in memory and in accessibility.
    m_revealed->clear();
    m_revealed->hide();
    m_reveal->setChecked(false);
    m_reveal->setText(tr("Reveal"));
}

bool SecretRow::isRevealed() const
{
    return !m_revealed->isHidden();
}

QString SecretRow::revealedText() const
{
    return m_revealed->text();
}

void SecretRow::clearInput()
{
    m_input->clear();
}

} // namespace Moltdesk::Ui
