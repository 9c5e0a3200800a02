// libFuzzer target: the HTTP/1.x request parser (gateway/http/requestparser.*), driven the way
// Http::Connection drives it: bytes fed as they arrive, each ready request taken, pipelined bytes
// continued with an empty feed(), stop at an error or an Upgrade (docs/http.md, docs/fuzzing.md).
//
// Input: byte 0 picks how the stream is cut into reads; the rest is the byte stream a client sends.
// Properties checked beyond "no crash":
//   - the same stream fed in one read and cut into small reads gives the same requests, the same
//     error kind and the same unread rest (a request must not depend on TCP segmentation);
//   - no body is longer than maxBodyBytes, and all bodies together are not longer than the input;
//   - request line + header fields of a request fit in maxHeaderBytes;
//   - a request is HTTP/1.x, has a method, a path that starts with "/" (or is "*"), no NUL in the
//     path, and a Host header when HTTP/1.1;
//   - an error maps to a 4xx/5xx status and its JSON body is {"error":{"code":...,"message":...}};
//   - an empty feed() with bytes pending always makes progress (no busy loop in Connection).

#include "fuzzcheck.h"

#include "http/httperror.h"
#include "http/requestparser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdint>
#include <optional>

using Moltdesk::Http::ErrorCode;
using Moltdesk::Http::HttpError;
using Moltdesk::Http::Request;
using Moltdesk::Http::RequestParser;

namespace {

// Small limits, so that fuzzed inputs reach both of them.
const RequestParser::Limits kLimits{2048, 4096};

struct Outcome
{
    QList<Request> requests;
    std::optional<ErrorCode> error;
    bool upgraded = false;
    QByteArray unread; // pending inside the parser + never fed
};

bool sameRequest(const Request &a, const Request &b)
{
    return a.method == b.method && a.path == b.path && a.target == b.target && a.rawQuery == b.rawQuery
        && a.query == b.query && a.headers == b.headers && a.body == b.body && a.httpMajor == b.httpMajor
        && a.httpMinor == b.httpMinor && a.keepAlive == b.keepAlive && a.upgrade == b.upgrade;
}

void checkError(const HttpError &error)
{
    FUZZ_CHECK(error.status() >= 400 && error.status() <= 599, "an HTTP error is a 4xx or 5xx");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(error.toJson(), &parseError);
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError && document.isObject(), "the error body is JSON");
    const QJsonObject body = document.object().value(QStringLiteral("error")).toObject();
    FUZZ_CHECK(!body.value(QStringLiteral("code")).toString().isEmpty(), "the error body has a code");
    FUZZ_CHECK(body.value(QStringLiteral("message")).isString(), "the error body has a message");
}

void checkRequest(const Request &request)
{
    FUZZ_CHECK(!request.method.isEmpty(), "a request has a method");
    FUZZ_CHECK(request.httpMajor == 1, "only HTTP/1.x is accepted");
    FUZZ_CHECK(request.body.size() <= kLimits.maxBodyBytes, "no body over maxBodyBytes");
    qint64 headerBytes = request.target.size();
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        headerBytes += it.key().size() + it.value().size();
    FUZZ_CHECK(headerBytes <= kLimits.maxHeaderBytes, "target and fields fit in maxHeaderBytes");
    FUZZ_CHECK(request.path == QStringLiteral("*") || request.path.startsWith(u'/'),
               "the path starts with '/' (or is the asterisk-form)");
    FUZZ_CHECK(!request.path.contains(QChar(0)), "no NUL in the decoded path");
    FUZZ_CHECK(request.httpMinor == 0 || request.headers.contains("host"), "an HTTP/1.1 request has Host");
}

// Feeds `stream` as Connection does; `chunkSeed` 0 = one read, otherwise reads of 1..32 bytes.
Outcome drive(QByteArrayView stream, uint32_t chunkSeed)
{
    RequestParser parser(kLimits);
    Outcome outcome;
    qsizetype pos = 0;
    uint32_t rng = chunkSeed;
    for (;;) {
        RequestParser::Status status = parser.status();
        if (status == RequestParser::Status::NeedMoreData) {
            if (parser.isUpgraded())
                break;
            if (parser.hasPendingInput()) {
                status = parser.feed({});
                FUZZ_CHECK(status != RequestParser::Status::NeedMoreData || !parser.hasPendingInput()
                               || parser.isUpgraded(),
                           "an empty feed() with bytes pending makes progress");
            } else {
                if (pos >= stream.size())
                    break;
                qsizetype n = stream.size() - pos;
                if (chunkSeed != 0) {
                    rng = rng * 1103515245u + 12345u;
                    n = std::min<qsizetype>(n, 1 + (rng >> 16) % 32);
                }
                status = parser.feed(stream.sliced(pos, n));
                pos += n;
            }
        }
        if (status == RequestParser::Status::Error) {
            const HttpError error = parser.error();
            checkError(error);
            outcome.error = error.kind();
            break;
        }
        if (status == RequestParser::Status::RequestReady) {
            const Request request = parser.takeRequest();
            checkRequest(request);
            outcome.requests.append(request);
        }
    }
    outcome.upgraded = parser.isUpgraded();
    if (!outcome.error)
        outcome.unread = parser.pendingInput() + stream.sliced(pos).toByteArray();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint32_t chunkSeed = data[0] | 1u;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const Outcome whole = drive(stream, 0);
    const Outcome pieces = drive(stream, chunkSeed);

    qsizetype bodyBytes = 0;
    for (const Request &request : whole.requests)
        bodyBytes += request.body.size();
    FUZZ_CHECK(bodyBytes <= stream.size(), "the bodies are not longer than the input");

    FUZZ_CHECK(whole.requests.size() == pieces.requests.size(), "same number of requests in one read and in pieces");
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        FUZZ_CHECK(sameRequest(whole.requests.at(i), pieces.requests.at(i)), "same request in one read and in pieces");
    FUZZ_CHECK(whole.error == pieces.error, "same error in one read and in pieces");
    FUZZ_CHECK(whole.upgraded == pieces.upgraded, "same upgrade decision in one read and in pieces");
    FUZZ_CHECK(whole.unread == pieces.unread, "same unread rest in one read and in pieces");
    return 0;
}
