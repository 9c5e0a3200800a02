#include "pages/objectpreview.h"

#include "storage/objectstore.h"
#include "valueformat.h"

#include <QFontDatabase>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ObjectPreview::ObjectPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"objectPreview"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(u"objPreviewHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(u"objPreviewInfo"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(u"objPreviewText"_s);
    m_text->setAccessibleName(tr("Text preview"));
    m_text->setAccessibleDescription(tr("The start of the selected object as text, read-only"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true); // no focus trap: Tab leaves the preview
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *scroll = new QScrollArea(m_stack);
    m_scroll = scroll;
    scroll->setAlignment(Qt::AlignCenter);
    // Focusable so a large image can be scrolled with the arrow keys.
    scroll->setAccessibleName(tr("Image preview"));
    scroll->setAccessibleDescription(tr("The selected object as an image; scroll it with the arrow keys"));
    m_image = new QLabel(scroll);
    m_image->setObjectName(u"objPreviewImage"_s);
    m_image->setAccessibleName(tr("Image preview"));
    m_image->setAlignment(Qt::AlignCenter);
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack, 1);
    clear();
}

Storage::Result<std::optional<ObjectPreview::Content>> ObjectPreview::read(Storage::ObjectStore *store,
                                                                            const QString &key)
{
    auto got = store->get(key);
    if (!got)
        return got.error();
    if (!got.value())
        return std::optional<Content>();
    Storage::ObjectData &data = *got.value();
    Content content;
    content.info = data.info;
    QFile *body = data.body.get();

    if (data.info.size <= ImageBytes) {
        // The reader sniffs the format from the bytes, so a wrongly labelled image still shows.
        QImageReader reader(body);
        reader.setAutoTransform(true);
        if (reader.canRead()) {
            content.imageSize = reader.size();
            QImage image = reader.read();
            if (!image.isNull()) {
                content.imageSize = image.size();
                if (image.width() > ImageEdge || image.height() > ImageEdge)
                    image = image.scaled(ImageEdge, ImageEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                content.image = image;
                return std::optional<Content>(content);
            }
        }
        body->seek(0);
    }
    const QByteArray head = body->read(TextBytes);
    const bool cut = data.info.size > head.size();
    if (!head.isEmpty() && ValueFormat::isText(head, cut)) {
        content.text = QString::fromUtf8(head);
        content.textCut = cut;
    }
    return std::optional<Content>(content);
}

void ObjectPreview::clear()
{
    m_kind = Kind::None;
    m_header->clear();
    m_text->clear();
    m_image->clear();
    m_pixmap = QPixmap();
    m_message->setText(tr("Select an object to preview it."));
    m_stack->setCurrentWidget(m_message);
}

void ObjectPreview::showMessage(const QString &message)
{
    clear();
    m_message->setText(message);
}

void ObjectPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitImage();
}

void ObjectPreview::fitImage()
{
    if (m_pixmap.isNull())
        return;
    // Shrink to the pane, never enlarge: a 40 px icon stays crisp at its own size.
    const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
    const bool fits = m_pixmap.width() <= room.width() && m_pixmap.height() <= room.height();
    m_image->setPixmap(fits || room.isEmpty() ? m_pixmap
                                              : m_pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void ObjectPreview::showContent(const Content &content)
{
    clear();
    const Storage::ObjectInfo &info = content.info;
    m_header->setText(tr("<b>%1</b><br>%2 · %3 · updated %4")
                          .arg(info.key.toHtmlEscaped(), ValueFormat::byteSize(info.size), info.contentType.toHtmlEscaped(),
                               QLocale().toString(info.updated.toLocalTime(), QLocale::ShortFormat)));
    if (!content.image.isNull()) {
        m_kind = Kind::Image;
        m_pixmap = QPixmap::fromImage(content.image);
        fitImage();
        m_image->setToolTip(tr("%1 × %2 pixels").arg(content.imageSize.width()).arg(content.imageSize.height()));
        m_stack->setCurrentIndex(2);
        return;
    }
    if (!content.text.isNull() || info.size == 0) {
        m_kind = Kind::Text;
        QString text = content.text;
        if (content.textCut)
            text += u"\n\n"_s + tr("[Preview ends here: the first %1 of %2 are shown.]")
                                    .arg(ValueFormat::byteSize(TextBytes), ValueFormat::byteSize(info.size));
        m_text->setPlainText(text);
        m_stack->setCurrentWidget(m_text);
        return;
    }
    m_kind = Kind::Other;
    m_message->setText(tr("No preview for this kind of file (%1). Use “Save to disk…” to open it.")
                           .arg(info.contentType));
}

} // namespace Moltdesk::Ui
