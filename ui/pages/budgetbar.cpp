#include "pages/budgetbar.h"

#include "pages/usageformat.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

BudgetBar::BudgetBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(14);
    m_detail = new QLabel(this);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_detail, 0, 1, Qt::AlignRight);
    layout->addWidget(m_bar, 1, 0, 1, 2);
}

void BudgetBar::setState(const QJsonObject &state)
{
    const QString provider = state.value(u"provider"_s).toString();
    const bool daily = state.value(u"period"_s).toString() == u"daily";
    const QString period = daily ? tr("Daily budget") : tr("Monthly budget");
    m_title->setText(provider.isEmpty() ? period : tr("%1 (%2)").arg(period, provider));
    const double cap = state.value(u"capUsd"_s).toDouble();
    const double spent = state.value(u"spentUsd"_s).toDouble();
    m_reached = state.value(u"reached"_s).toBool();
    m_bar->setValue(cap > 0 ? int(qBound(0.0, spent / cap, 1.0) * 1000) : 1000);
    QString detail = tr("%1 of %2").arg(UsageFormat::dollars(spent), UsageFormat::dollars(cap));
    if (m_reached) {
        const QDateTime resumes = QDateTime::fromString(state.value(u"resumesAt"_s).toString(), Qt::ISODate);
        detail = tr("Reached: %1 — calls resume %2")
                     .arg(detail, resumes.isValid() ? QLocale().toString(resumes.toLocalTime(), QLocale::ShortFormat)
                                                    : tr("next period"));
    }
    m_detail->setText(detail);
    // The style sheet only colours the chunk, so the native frame stays; red is the one signal
    // that calls are being refused.
    m_bar->setStyleSheet(m_reached ? u"QProgressBar::chunk { background: #c62828; }"_s
                                   : (spent >= cap * 0.8 ? u"QProgressBar::chunk { background: #ef6c00; }"_s
                                                         : u"QProgressBar::chunk { background: #2e7d32; }"_s));
    m_detail->setStyleSheet(m_reached ? u"color: #c62828; font-weight: bold;"_s : QString());
    m_bar->setAccessibleName(m_title->text());
    m_bar->setAccessibleDescription(detail);
}

QString BudgetBar::text() const
{
    return m_title->text() + u": "_s + m_detail->text();
}

} // namespace Moltdesk::Ui
