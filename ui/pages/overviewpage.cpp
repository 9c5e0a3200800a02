#include "pages/overviewpage.h"

#include "valueformat.h"
#include "widgets/banner.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
QString describe(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (auto it = object.begin(); it != object.end(); ++it) {
            // state/status/role are shown in their own column already.
            if (it.value().isObject() || it.value().isArray() || it.key() == u"status"_s || it.key() == u"state"_s
                || it.key() == u"role"_s)
                continue;
            const QString text = it.value().toVariant().toString();
            if (text.isEmpty() || it.value().isNull())
                continue; // "lastError: " with nothing after it says nothing
            parts << u"%1: %2"_s.arg(it.key(), text);
        }
        return parts.join(u", "_s);
    }
    return value.toVariant().toString();
}

// How a provider of the configuration is called in a sentence.
QString providerTitle(const QString &name)
{
    if (name == u"anthropic"_s)
        return u"Anthropic"_s;
    if (name == u"openai"_s)
        return u"OpenAI"_s;
    if (name == u"openaiCompatible"_s)
        return OverviewPage::tr("the local server");
    return name;
}

// "ANTHROPIC_API_KEY is not set" → "ANTHROPIC_API_KEY" (the gateway names the secret first).
QString secretOf(const QString &detail)
{
    static const QRegularExpression name(u"^([A-Z][A-Z0-9_]*)\\b"_s);
    const QRegularExpressionMatch match = name.match(detail);
    return match.hasMatch() ? match.captured(1) : QString();
}

// "ok", "warning", "error" or "" for a state/status/role word of the health document.
QString healthLevel(const QString &status)
{
    if (status == u"ok"_s || status == u"running"_s || status == u"default"_s || status == u"polling"_s)
        return u"ok"_s;
    if (status == u"degraded"_s || status == u"warning"_s || status == u"retrying"_s)
        return u"warning"_s;
    if (status == u"error"_s || status == u"failed"_s || status == u"down"_s)
        return u"error"_s;
    return {};
}

QIcon levelIcon(const QString &level)
{
    QStyle *style = QApplication::style();
    if (level == u"ok"_s)
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    if (level == u"warning"_s)
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    if (level == u"error"_s)
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    return {};
}

// The status column shows the level as an icon and keeps it as data (HealthLevelRole).
void setLevel(QTreeWidgetItem *item, const QString &level)
{
    item->setIcon(1, levelIcon(level));
    item->setData(1, OverviewPage::HealthLevelRole, level);
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(u"overviewPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    m_banner = new Banner(this);
    m_banner->setObjectName(u"stateBanner"_s);
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.15);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    // The banner says what is wrong; when it is a missing key, the way to fix it sits beside it.
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(0, 0, 0, 0);
    bannerRow->addWidget(m_banner, 1);
    m_addKeyButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Add a key…"), this);
    m_addKeyButton->setObjectName(u"addKeyButton"_s);
    m_addKeyButton->setAccessibleName(tr("Add a key"));
    m_addKeyButton->setToolTip(tr("Open the Secrets page to store the provider's API key"));
    m_addKeyButton->hide();
    connect(m_addKeyButton, &QPushButton::clicked, this, [this] { Q_EMIT addKeyRequested(m_missingSecret); });
    bannerRow->addWidget(m_addKeyButton, 0, Qt::AlignVCenter);
    layout->addLayout(bannerRow);

    m_pausedRow = new QWidget(this);
    m_pausedRow->setObjectName(u"pausedRow"_s);
    auto *pausedLayout = new QHBoxLayout(m_pausedRow);
    pausedLayout->setContentsMargins(0, 0, 0, 0);
    m_pausedLabel = new QLabel(m_pausedRow);
    m_pausedLabel->setObjectName(u"pausedLabel"_s);
    m_pausedLabel->setWordWrap(true);
    m_resumeButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Resume the bot"), m_pausedRow);
    m_resumeButton->setObjectName(u"resumeButton"_s);
    m_resumeButton->setAccessibleName(tr("Resume the bot"));
    m_resumeButton->setToolTip(tr("Answer the messages that arrived while paused, in order, then go on as usual"));
    connect(m_resumeButton, &QPushButton::clicked, this, &OverviewPage::resumeRequested);
    pausedLayout->addWidget(m_pausedLabel, 1);
    pausedLayout->addWidget(m_resumeButton);
    m_pausedRow->hide();
    layout->addWidget(m_pausedRow);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"stateLabel"_s);
    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(u"urlLabel"_s);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextBrowserInteraction);
    m_urlLabel->setOpenExternalLinks(true);
    m_urlLabel->setToolTip(tr("The address the gateway listens on; the link opens its health check in the browser"));
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(u"copyAddress"_s);
    m_copyButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyButton->setToolTip(tr("Copy the address to the clipboard"));
    m_copyButton->setAccessibleName(tr("Copy address"));
    connect(m_copyButton, &QToolButton::clicked, this, &OverviewPage::copyAddress);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlLabel);
    urlRow->addWidget(m_copyButton);
    urlRow->addStretch(1);
    m_uptimeLabel = new QLabel(this);
    m_uptimeLabel->setObjectName(u"uptimeLabel"_s);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(u"versionLabel"_s);
    form->addRow(tr("State:"), m_stateLabel);
    form->addRow(tr("Address:"), urlRow);
    form->addRow(tr("Uptime:"), m_uptimeLabel);
    form->addRow(tr("Version:"), m_versionLabel);
    layout->addLayout(form);

    auto *componentsTitle = new QLabel(tr("Components"), this);
    QFont sectionFont = componentsTitle->font();
    sectionFont.setBold(true);
    componentsTitle->setFont(sectionFont);
    layout->addWidget(componentsTitle);

    m_components = new QTreeWidget(this);
    m_components->setObjectName(u"components"_s);
    m_components->setAccessibleName(tr("Component health"));
    m_components->setAccessibleDescription(tr("Each part of the gateway with its status and details"));
    m_components->setHeaderLabels({tr("Component"), tr("Status"), tr("Details")});
    m_components->setRootIsDecorated(true);
    m_components->setAlternatingRowColors(true);
    m_components->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_components->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    componentsTitle->setBuddy(m_components);
    setMainControl(m_components);
    layout->addWidget(m_components, 1);

    m_uptimeTimer = new QTimer(this);
    m_uptimeTimer->setInterval(1000);
    connect(m_uptimeTimer, &QTimer::timeout, this, &OverviewPage::updateUptime);
    m_uptimeTimer->start();
    setStatus(m_status);
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QIcon OverviewPage::icon() const
{
    return style()->standardIcon(QStyle::SP_ComputerIcon);
}

QString OverviewPage::stateText(const Control::GatewayStatus &status)
{
    switch (status.state) {
    case Control::GatewayStatus::State::Running:
        return status.health.value(u"status"_s).toString() == u"degraded"_s ? tr("Running, with warnings")
                                                                             : tr("Running");
    case Control::GatewayStatus::State::Starting:
        return tr("Starting…");
    case Control::GatewayStatus::State::Stopping:
        return tr("Stopping…");
    case Control::GatewayStatus::State::Stopped:
        return tr("Stopped");
    case Control::GatewayStatus::State::Failed:
        return tr("Stopped: %1").arg(status.error);
    }
    return {};
}

QString OverviewPage::summary(const Control::GatewayStatus &status)
{
    if (status.state == Control::GatewayStatus::State::Running && !status.url.isEmpty())
        return tr("%1 at %2").arg(stateText(status), status.url);
    return stateText(status);
}

void OverviewPage::setPause(const PauseState &pause)
{
    m_pause = pause;
    updateBanner();
}

void OverviewPage::updateBanner()
{
    const Control::GatewayStatus &status = m_status;
    const bool degraded = status.health.value(u"status"_s).toString() == u"degraded"_s;
    const bool paused = m_pause.paused && status.state == Control::GatewayStatus::State::Running;
    m_stateLabel->setText(paused ? tr("Running, the bot is paused") : stateText(status));
    m_pausedRow->setVisible(paused);
    const bool running = status.state == Control::GatewayStatus::State::Running;
    const bool keyMissing = running && !m_missingProvider.isEmpty();
    m_addKeyButton->setVisible(keyMissing);
    if (paused) {
        m_pausedLabel->setText(
            m_pause.since.isValid()
                ? tr("Paused since %1. Messages are kept and answered in order when you resume.")
                      .arg(QLocale().toString(m_pause.since.toLocalTime(), QLocale::ShortFormat))
                : tr("Messages are kept and answered in order when you resume."));
        m_banner->setTone(Banner::Tone::Warning);
        m_banner->setText(tr("The bot is paused: it accepts messages but answers no one until you resume."));
        return;
    }
    if (keyMissing) {
        // Said in words on the banner, not only as a detail in the components below: without
        // this key the default model cannot answer.
        m_banner->setTone(Banner::Tone::Warning);
        if (m_fallbackHasKey)
            m_banner->setText(
                m_missingDetail.isEmpty()
                    ? tr("No key for %1: answers come from the fallback models until you add one.").arg(m_missingProvider)
                    : tr("No key for %1 (%2): answers come from the fallback models until you add one.")
                          .arg(m_missingProvider, m_missingDetail));
        else
            m_banner->setText(m_missingDetail.isEmpty()
                                  ? tr("Moltdesk cannot answer yet: no key for %1.").arg(m_missingProvider)
                                  : tr("Moltdesk cannot answer yet: no key for %1 (%2).")
                                        .arg(m_missingProvider, m_missingDetail));
        return;
    }
    switch (status.state) {
    case Control::GatewayStatus::State::Running:
        m_banner->setTone(degraded ? Banner::Tone::Warning : Banner::Tone::Success);
        m_banner->setText(degraded ? tr("The gateway is running, but some components need attention.")
                                   : tr("The gateway is running and answering."));
        break;
    case Control::GatewayStatus::State::Starting:
    case Control::GatewayStatus::State::Stopping:
    case Control::GatewayStatus::State::Stopped:
        m_banner->setTone(Banner::Tone::Neutral);
        m_banner->setText(stateText(status));
        break;
    case Control::GatewayStatus::State::Failed:
        m_banner->setTone(Banner::Tone::Error);
        m_banner->setText(tr("The gateway stopped: %1").arg(status.error));
        break;
    }
}

void OverviewPage::findMissingKey()
{
    m_missingProvider.clear();
    m_missingSecret.clear();
    m_missingDetail.clear();
    m_fallbackHasKey = false;
    const QJsonObject providers = m_status.health.value(u"providers"_s).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        const QJsonObject provider = it.value().toObject();
        const QString role = provider.value(u"role"_s).toString();
        // keyPresent is there only when the gateway knows (its agent runs); absent says nothing.
        const bool keyMissing = provider.value(u"keyPresent"_s) == QJsonValue(false);
        if (role == u"default"_s && keyMissing) {
            m_missingProvider = providerTitle(it.key());
            m_missingDetail = provider.value(u"detail"_s).toString();
            m_missingSecret = secretOf(m_missingDetail);
        } else if (role == u"fallback"_s && !keyMissing) {
            m_fallbackHasKey = true;
        }
    }
}

void OverviewPage::setStatus(const Control::GatewayStatus &status)
{
    m_status = status;
    if (const auto pause = PauseState::fromHealth(status.health))
        m_pause = *pause;
    findMissingKey();
    updateBanner();
    m_urlLabel->setText(status.url.isEmpty() ? tr("not listening")
                                             : u"<a href=\"%1/healthz\">%1</a>"_s.arg(status.url.toHtmlEscaped()));
    m_copyButton->setEnabled(!status.url.isEmpty());
    const QString version = status.health.value(u"version"_s).toString();
    m_versionLabel->setText(version.isEmpty() ? u"—"_s : version);

    m_components->clear();
    for (const QString &section : {u"storage"_s, u"channels"_s, u"providers"_s}) {
        const QJsonValue value = status.health.value(section);
        auto *top = new QTreeWidgetItem(m_components, {section});
        const QJsonObject object = value.toObject();
        top->setText(1, object.value(u"status"_s).toString());
        setLevel(top, healthLevel(top->text(1)));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isObject())
                continue;
            const QJsonObject child = it.value().toObject();
            auto *item = new QTreeWidgetItem(top, {it.key()});
            item->setText(1, child.value(u"state"_s).toString(
                                 child.value(u"status"_s).toString(child.value(u"role"_s).toString())));
            setLevel(item, healthLevel(item->text(1)));
            if (child.value(u"keyPresent"_s) == QJsonValue(false)) {
                // A provider that cannot be called is no tick, whatever its role.
                item->setText(1, tr("%1, no key").arg(item->text(1)));
                setLevel(item, u"warning"_s);
            }
            item->setText(2, describe(child));
        }
        if (top->childCount() == 0)
            top->setText(2, describe(object));
        top->setExpanded(true);
    }
    updateUptime();
}

void OverviewPage::updateUptime()
{
    if (m_status.state != Control::GatewayStatus::State::Running || !m_status.startedAt.isValid()) {
        m_uptimeLabel->setText(u"—"_s);
        return;
    }
    m_uptimeLabel->setText(ValueFormat::duration(m_status.startedAt.secsTo(QDateTime::currentDateTimeUtc())));
}

void OverviewPage::copyAddress()
{
    if (!m_status.url.isEmpty())
        QGuiApplication::clipboard()->setText(m_status.url);
}

} // namespace Moltdesk::Ui
