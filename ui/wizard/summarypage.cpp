#include "wizard/summarypage.h"

#include "widgets/banner.h"
#include "wizard/setupflow.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

SummaryPage::SummaryPage(SetupFlow *flow, QWidget *parent)
    : QWizardPage(parent)
    , m_flow(flow)
{
    setTitle(tr("Ready to go"));
    setSubTitle(tr("Check the summary, then press Finish to save it."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setAccessibleName(tr("What will be saved"));
    m_summary->setAccessibleDescription(tr("The provider, model and channel that Finish saves"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setOpenExternalLinks(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result = new Banner(this);
    m_result->setObjectName(u"finishResult"_s);
    m_result->hide();
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_result);
    layout->addStretch(1);
    connect(m_flow, &SetupFlow::changed, this, &SummaryPage::completeChanged);
}

void SummaryPage::initializePage()
{
    // The table for the eye, the same lines in plain words as the description a screen reader reads.
    QString html = u"<table>"_s;
    QStringList spoken;
    const auto row = [&html, &spoken](const QString &label, const QString &valueHtml, const QString &valueText) {
        html += u"<tr><td style=\"padding: 3px 16px 3px 0; color: palette(placeholder-text);\">%1</td>"
                "<td style=\"padding: 3px 0;\"><b>%2</b></td></tr>"_s.arg(label.toHtmlEscaped(), valueHtml);
        spoken << tr("%1: %2").arg(label, valueText);
    };
    const auto plainRow = [&row](const QString &label, const QString &value) { row(label, value.toHtmlEscaped(), value); };
    const SetupFlow::Choice choice = m_flow->choice();
    plainRow(tr("AI provider"), SetupFlow::providerTitle(choice));
    if (choice == SetupFlow::Choice::Local)
        plainRow(tr("Server"), m_flow->baseUrl().toString());
    plainRow(tr("Model"), m_flow->model());
    if (!m_flow->apiKey().isEmpty())
        plainRow(tr("API key"), tr("kept in your keychain as %1, never in the file").arg(SetupFlow::secretName(choice)));
    if (m_flow->telegramSkipped() || m_flow->botUsername().isEmpty()) {
        plainRow(tr("Telegram"), tr("not now — set it up later on the Channels page"));
    } else {
        const QString link = m_flow->botLink().toString().toHtmlEscaped();
        row(tr("Telegram"),
            tr("%1 — <a href=\"%2\">@%3</a>")
                .arg(m_flow->botName().toHtmlEscaped(), link, m_flow->botUsername().toHtmlEscaped()),
            m_flow->botName() + u" — @"_s + m_flow->botUsername());
    }
    plainRow(tr("Settings file"), QDir::toNativeSeparators(m_flow->configPath()));
    html += u"</table>"_s;
    m_summary->setText(html);
    m_summary->setAccessibleDescription(spoken.join(u"; "_s));
    m_result->hide();
}

void SummaryPage::cleanupPage()
{
    m_flow->back();
}

bool SummaryPage::isComplete() const
{
    return !m_flow->isFinishing();
}

void SummaryPage::showResult(bool ok, const QString &message)
{
    m_result->setTone(ok ? Banner::Tone::Success : Banner::Tone::Error);
    m_result->setText(message);
    m_result->setAccessibleDescription(message);
    m_result->show();
}

} // namespace Moltdesk::Ui
