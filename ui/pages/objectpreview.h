#pragma once

#include "storage/objecttypes.h"
#include "storage/result.h"

#include <QImage>
#include <QPixmap>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

namespace Moltdesk::Storage {
class ObjectStore;
}

namespace Moltdesk::Ui {

// The Objects tab's preview pane: text (the first TextBytes), images (decoded and scaled on the
// worker, so a large photo never stalls the GUI thread), or a description for anything else.
class ObjectPreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 TextBytes = 256 * 1024;
    static constexpr qint64 ImageBytes = 64LL * 1024 * 1024;
    static constexpr int ImageEdge = 1200;

    struct Content
    {
        Storage::ObjectInfo info;
        QString text;        // set for text objects (maybe cut at TextBytes)
        bool textCut = false;
        QImage image;        // set for decodable images (scaled to ImageEdge)
        QSize imageSize;     // the original size
    };

    explicit ObjectPreview(QWidget *parent = nullptr);

    // Runs on a worker thread: reads only what the preview needs, never the whole object.
    static Storage::Result<std::optional<Content>> read(Storage::ObjectStore *store, const QString &key);

    void showContent(const Content &content);
    void showMessage(const QString &message);
    void clear();

    enum class Kind { None, Text, Image, Other };
    Kind kind() const { return m_kind; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitImage();

    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPixmap m_pixmap;
    QLabel *m_header = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_message = nullptr;
    Kind m_kind = Kind::None;
};

} // namespace Moltdesk::Ui
