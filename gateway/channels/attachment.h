#pragma once

#include "storage/result.h"

#include <QJsonObject>
#include <QString>

namespace Moltdesk::Channels {

// One media item of a message, normalised across channels. Inbound, `fileRef` is the channel's own
// handle (Telegram's file_id) until the adapter has downloaded the bytes into the object store and
// filled `objectKey`; outbound, `objectKey` names what to upload.
struct Attachment
{
    enum class Kind { Image, Audio, Document, Video };

    Kind kind = Kind::Document;
    QString fileRef;
    QString mimeType;
    QString fileName;
    qint64 sizeBytes = -1; // -1: the channel did not say
    QString objectKey;     // empty until stored

    static QString kindName(Kind kind); // "image", "audio", "document", "video"
    static Storage::Result<Kind> kindFromName(const QString &name);

    QJsonObject toJson() const;
    static Storage::Result<Attachment> fromJson(const QJsonObject &json);

    bool operator==(const Attachment &) const = default;
};

} // namespace Moltdesk::Channels
