#include "support/fakeproviderreply.h"

#include <QJsonDocument>

namespace Moltdesk::TestSupport {

FakeProviderReply FakeProviderReply::json(int status, const QJsonObject &body,
                                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    FakeProviderReply reply;
    reply.status = status;
    reply.headers = headers;
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    reply.pieces = {QJsonDocument(body).toJson(QJsonDocument::Compact)};
    return reply;
}

FakeProviderReply FakeProviderReply::eventStream(const QList<QByteArray> &events)
{
    FakeProviderReply reply;
    reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream; charset=utf-8")},
                     {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}};
    reply.pieces = events;
    reply.chunked = true;
    return reply;
}

FakeProviderReply FakeProviderReply::silence()
{
    FakeProviderReply reply;
    reply.neverAnswer = true;
    return reply;
}

QByteArray FakeProviderReply::body() const
{
    QByteArray all;
    for (const QByteArray &piece : pieces)
        all += piece;
    return all;
}

FakeProviderReply FakeProviderReply::rechunked(int size) const
{
    FakeProviderReply copy = *this;
    const QByteArray all = body();
    copy.pieces.clear();
    for (qsizetype i = 0; i < all.size(); i += size)
        copy.pieces.append(all.mid(i, size));
    return copy;
}

FakeProviderReply FakeProviderReply::cutAfter(qsizetype bytes) const
{
    FakeProviderReply copy = *this;
    copy.pieces = {body().left(bytes)};
    copy.ending = Ending::Cut;
    return copy;
}

} // namespace Moltdesk::TestSupport
