#include "sessions/toolcard.h"

#include "sessions/sessionformat.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ToolCard::ToolCard(const QString &toolCallId, const QString &name, const QJsonValue &input, QWidget *parent)
    : QFrame(parent)
    , m_id(toolCallId)
    , m_name(name)
    , m_input(SessionFormat::prettyJson(input))
{
    setObjectName(u"toolCard"_s);
    setStyleSheet(u"QFrame#toolCard { background: #f8fafc; border: 1px solid #cbd5e1; border-radius: 8px; }"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    m_header = new QToolButton(this);
    m_header->setObjectName(u"toolCardHeader"_s);
    m_header->setCheckable(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setArrowType(Qt::RightArrow);
    m_header->setToolTip(tr("Show or hide what the agent passed to the tool and what it returned"));
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_header);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"toolCardBody"_s);
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true); // no focus trap: Tab leaves the card
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setMaximumHeight(220);
    m_body->setVisible(false);
    m_body->setAccessibleName(tr("Tool input and result"));
    m_body->setAccessibleDescription(tr("What the agent passed to the tool and what it returned, read-only"));
    layout->addWidget(m_body);
    connect(m_header, &QToolButton::toggled, this, &ToolCard::setExpanded);
    updateHeader();
    updateBody();
}

bool ToolCard::isExpanded() const
{
    return m_header->isChecked();
}

void ToolCard::setExpanded(bool expanded)
{
    if (m_header->isChecked() != expanded)
        m_header->setChecked(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void ToolCard::setResult(const QString &text, bool isError)
{
    m_result = text;
    m_state = isError ? State::Failed : State::Done;
    updateHeader();
    updateBody();
}

void ToolCard::setInputUnknown()
{
    m_input = tr("(the call is in an earlier part of the conversation)");
    updateBody();
}

void ToolCard::updateHeader()
{
    QString state;
    switch (m_state) {
    case State::Running:
        state = tr("running…");
        break;
    case State::Done:
        state = tr("done");
        break;
    case State::Failed:
        state = tr("failed");
        break;
    }
    m_header->setText(tr("Tool %1 — %2").arg(m_name, state));
    m_header->setAccessibleName(m_header->text());
    m_header->setStyleSheet(m_state == State::Failed ? u"color: #b91c1c; font-weight: bold;"_s
                                                     : u"font-weight: bold;"_s);
}

void ToolCard::updateBody()
{
    QString text = tr("Input:") + u"\n"_s + (m_input.isEmpty() ? tr("(none)") : m_input);
    if (m_state != State::Running)
        text += u"\n\n"_s + (m_state == State::Failed ? tr("Error:") : tr("Result:")) + u"\n"_s + m_result;
    m_body->setPlainText(text);
}

} // namespace Moltdesk::Ui
