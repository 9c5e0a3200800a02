#include "channels/channelicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

QIcon ChannelIcon::make(const QString &channelId, const QPalette &palette, bool available)
{
    QColor colour = palette.color(QPalette::Mid);
    if (available) {
        if (channelId == u"telegram"_s)
            colour = QColor(0x22, 0x9e, 0xd9);
        else if (channelId == u"discord"_s)
            colour = QColor(0x58, 0x65, 0xf2);
        else if (channelId == u"whatsapp"_s)
            colour = QColor(0x25, 0xd3, 0x66);
    }
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(2, 2, 60, 60));
    if (channelId == u"telegram"_s) {
        // Telegram's paper plane, simplified.
        QPainterPath plane;
        plane.moveTo(14, 31);
        plane.lineTo(48, 17);
        plane.lineTo(42, 48);
        plane.lineTo(31, 39);
        plane.lineTo(25, 45);
        plane.lineTo(25, 36);
        plane.closeSubpath();
        painter.setBrush(Qt::white);
        painter.drawPath(plane);
    } else {
        QFont font;
        font.setPixelSize(32);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, 64, 64), Qt::AlignCenter, channelId.left(1).toUpper());
    }
    painter.end();
    return QIcon(pixmap);
}

QIcon ChannelIcon::pageIcon(const QPalette &palette)
{
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = palette.color(QPalette::WindowText);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(4, 6, 32, 22), 7, 7);
    bubble.moveTo(11, 27);
    bubble.lineTo(9, 36);
    bubble.lineTo(19, 27);
    bubble.closeSubpath();
    painter.drawPath(bubble.simplified());
    painter.setBrush(palette.color(QPalette::Window));
    for (int i = 0; i < 3; ++i)
        painter.drawEllipse(QPointF(12 + i * 8, 17), 2.5, 2.5);
    painter.end();
    return QIcon(pixmap);
}

} // namespace Moltdesk::Ui
