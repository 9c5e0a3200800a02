#pragma once

#include "http/httperror.h"
#include "http/request.h"

#include <QByteArray>

#include <memory>
#include <optional>

struct http_parser;

namespace Moltdesk::Http {

// Incremental HTTP/1.x request parser over nodejs/http-parser 2.9 (the C parser Qt embeds).
// No I/O and no timers: feed it bytes as they arrive and it reports "need more", "a request is
// ready" or "error, answer with this status". Limits are enforced while parsing, so an oversized
// request is refused before it is buffered:
//   - header block (request line + fields) over maxHeaderBytes -> 431 (RFC 6585 §5)
//   - a declared Content-Length over maxBodyBytes -> 413 as soon as the headers end, before any
//     body byte is read (RFC 9110 §15.5.14)
//   - a chunked body -> 413 the moment the de-chunked size passes maxBodyBytes
//   - anything malformed -> 400; an HTTP major version other than 1 -> 505
//   - strict framing, as a proxy in front would read it (RFC 9112 §2.2, §5.1, §5.2, §7.1, §6.3):
//     a bare LF or a CR without LF in the request line or header section, obs-fold (a field line
//     starting with space or tab), whitespace between a field name and its colon, anything but
//     CRLF after a chunk's data, and Content-Length together with Transfer-Encoding -> 400
// Pipelining: parsing stops after each complete request; bytes of the next request stay inside
// the parser until takeRequest() and the next feed() (an empty feed() just continues).
class RequestParser
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    enum class Status { NeedMoreData, RequestReady, Error };

    explicit RequestParser(Limits limits);
    RequestParser();
    ~RequestParser();
    RequestParser(const RequestParser &) = delete;
    RequestParser &operator=(const RequestParser &) = delete;

    Status feed(QByteArrayView data);
    Status status() const;

    // The completed request; only valid after feed() returned RequestReady.
    Request takeRequest();
    // Why parsing failed; only valid after feed() returned Error.
    HttpError error() const;

    // Bytes received but not parsed yet (the start of a pipelined request, or whatever followed
    // an Upgrade request - which belongs to the new protocol).
    QByteArray pendingInput() const { return m_pending; }
    bool hasPendingInput() const { return !m_pending.isEmpty(); }
    // Some bytes of a request have been parsed but the request is not complete.
    bool messageInProgress() const { return m_inMessage; }
    bool headersComplete() const { return m_headersComplete; }
    // After an Upgrade request the byte stream is no longer HTTP: the parser stops for good.
    bool isUpgraded() const { return m_upgraded; }

    const Limits &limits() const { return m_limits; }

private:
    friend struct ParserCallbacks;

    int onMessageBegin();
    int onUrl(const char *at, size_t length);
    int onHeaderField(const char *at, size_t length);
    int onHeaderValue(const char *at, size_t length);
    int onHeadersComplete();
    int onBody(const char *at, size_t length);
    int onMessageComplete();

    bool countHeaderBytes(size_t length);
    bool scanStrict(QByteArrayView input);
    bool checkChunkEnd(const char *from);
    void flushHeader();
    int fail(ErrorCode kind, const QString &message);
    bool buildTarget();
    Status parse(QByteArrayView input);

    Limits m_limits;
    std::unique_ptr<http_parser> m_parser;
    QByteArray m_pending;
    Request m_request;
    QByteArray m_url;
    QByteArray m_field;
    QByteArray m_value;
    bool m_lastWasValue = false;
    qint64 m_headerBytes = 0;
    qint64 m_bodyBytes = 0;
    bool m_inMessage = false;
    bool m_headersComplete = false;
    bool m_ready = false;
    bool m_upgraded = false;
    std::optional<HttpError> m_error;

    // Strict framing (see above): our own scan of the header section, since http_parser accepts
    // bare LF and obs-fold.
    struct HeaderScan
    {
        bool previousCr = false;
        qsizetype lineLength = 0;
        int line = 0;
        bool sawColon = false;
        bool done = false;
    };
    HeaderScan m_scan;
    // Bytes of the CRLF after a chunk's data still to be checked (they had not arrived yet).
    int m_chunkEndPending = 0;
    const char *m_inputEnd = nullptr;
};

} // namespace Moltdesk::Http
