#include "desktopintegration.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

DesktopIntegration::DesktopIntegration(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    QAction *open = m_menu->addAction(tr("Open Moltdesk"));
    connect(open, &QAction::triggered, this, &DesktopIntegration::showRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &DesktopIntegration::quitRequested);

    m_tray = new QSystemTrayIcon(stateIcon(Core::GatewayStatus::State::Starting, false), this);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("Moltdesk: starting"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    m_tray->show();
}

DesktopIntegration::~DesktopIntegration()
{
    delete m_menu;
}

bool DesktopIntegration::isTrayVisible() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

void DesktopIntegration::setStatus(const Core::GatewayStatus &status)
{
    if (!m_tray)
        return;
    const bool degraded = status.health.value(u"status"_s).toString() == u"degraded"_s;
    m_tray->setIcon(stateIcon(status.state, degraded));
    QString tip;
    switch (status.state) {
    case Core::GatewayStatus::State::Running:
        tip = degraded ? tr("Moltdesk: running with warnings at %1").arg(status.url)
                       : tr("Moltdesk: running at %1").arg(status.url);
        break;
    case Core::GatewayStatus::State::Failed:
        tip = tr("Moltdesk: stopped: %1").arg(status.error);
        break;
    case Core::GatewayStatus::State::Starting:
        tip = tr("Moltdesk: starting");
        break;
    case Core::GatewayStatus::State::Stopping:
    case Core::GatewayStatus::State::Stopped:
        tip = tr("Moltdesk: stopped");
        break;
    }
    m_tray->setToolTip(tip);
}

void DesktopIntegration::showNotification(const QString &title, const QString &message)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
}

QIcon DesktopIntegration::stateIcon(Core::GatewayStatus::State state, bool warning)
{
    // Drawn rather than shipped: a rounded badge whose colour is the state, legible at 16 px.
    QColor colour(0x2e, 0x9d, 0x5a); // running: green
    if (state == Core::GatewayStatus::State::Failed)
        colour = QColor(0xc6, 0x28, 0x28);
    else if (state != Core::GatewayStatus::State::Running)
        colour = QColor(0x75, 0x75, 0x75);
    else if (warning)
        colour = QColor(0xe0, 0x8e, 0x0b);
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(int(size * 0.62));
        painter.setFont(font);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, u"M"_s);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Moltdesk::Ui
