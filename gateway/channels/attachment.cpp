#include "channels/attachment.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

QString Attachment::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Image:
        return u"image"_s;
    case Kind::Audio:
        return u"audio"_s;
    case Kind::Document:
        return u"document"_s;
    case Kind::Video:
        return u"video"_s;
    }
    return u"document"_s;
}

Storage::Result<Attachment::Kind> Attachment::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Image, Kind::Audio, Kind::Document, Kind::Video}) {
        if (kindName(kind) == name)
            return kind;
    }
    return Storage::Error::invalid(u"attachment kind must be image, audio, document or video, not \"%1\""_s.arg(name));
}

QJsonObject Attachment::toJson() const
{
    QJsonObject json{{u"kind"_s, kindName(kind)}, {u"fileRef"_s, fileRef}};
    if (!mimeType.isEmpty())
        json.insert(u"mimeType"_s, mimeType);
    if (!fileName.isEmpty())
        json.insert(u"fileName"_s, fileName);
    if (sizeBytes >= 0)
        json.insert(u"sizeBytes"_s, double(sizeBytes));
    if (!objectKey.isEmpty())
        json.insert(u"objectKey"_s, objectKey);
    return json;
}

Storage::Result<Attachment> Attachment::fromJson(const QJsonObject &json)
{
    const Storage::Result<Kind> kind = kindFromName(json.value(u"kind"_s).toString());
    if (!kind)
        return kind.error();
    Attachment attachment;
    attachment.kind = kind.value();
    attachment.fileRef = json.value(u"fileRef"_s).toString();
    attachment.mimeType = json.value(u"mimeType"_s).toString();
    attachment.fileName = json.value(u"fileName"_s).toString();
    attachment.sizeBytes = json.contains(u"sizeBytes"_s) ? qint64(json.value(u"sizeBytes"_s).toDouble(-1)) : -1;
    attachment.objectKey = json.value(u"objectKey"_s).toString();
    if (attachment.fileRef.isEmpty() && attachment.objectKey.isEmpty())
        return Storage::Error::invalid(u"an attachment needs a fileRef or an objectKey"_s);
    return attachment;
}

} // namespace Moltdesk::Channels
