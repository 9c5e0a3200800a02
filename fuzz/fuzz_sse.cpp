// libFuzzer target: the text/event-stream parser (gateway/providers/sseparser.*), which reads the
// providers' streamed answers (docs/providers.md, docs/fuzzing.md).
//
// Input: byte 0 picks how the stream is cut into chunks; the rest is the stream.
// Properties checked beyond "no crash" (the parser's own contract in sseparser.h):
//   - the stream fed at once and cut into chunks (inside a CRLF, a UTF-8 sequence, the BOM) gives
//     the same events, the same last event id, retry value and "something pending" answer;
//   - no event's data or type is longer than the input, an event's type is never empty;
//   - retry is -1 or a non-negative number.

#include "fuzzcheck.h"

#include "providers/sseparser.h"

#include <algorithm>
#include <cstdint>

using Moltdesk::Providers::SseMessage;
using Moltdesk::Providers::SseParser;

namespace {

struct Outcome
{
    QList<SseMessage> events;
    QString lastEventId;
    int retryMs = -1;
    bool pending = false;
};

Outcome drive(const QByteArray &stream, uint32_t chunkSeed)
{
    SseParser parser;
    Outcome outcome;
    qsizetype pos = 0;
    uint32_t rng = chunkSeed;
    while (pos < stream.size()) {
        qsizetype n = stream.size() - pos;
        if (chunkSeed != 0) {
            rng = rng * 1103515245u + 12345u;
            // Mostly tiny chunks, sometimes an empty one (a read that returned nothing new).
            n = std::min<qsizetype>(n, (rng >> 16) % 8);
        }
        outcome.events += parser.feed(stream.sliced(pos, n));
        pos += n;
    }
    outcome.lastEventId = parser.lastEventId();
    outcome.retryMs = parser.reconnectionTimeMs();
    outcome.pending = parser.hasPendingData();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint32_t chunkSeed = data[0] | 1u;
    const QByteArray stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const Outcome whole = drive(stream, 0);
    const Outcome pieces = drive(stream, chunkSeed);

    FUZZ_CHECK(whole.events == pieces.events, "same events at once and in chunks");
    FUZZ_CHECK(whole.lastEventId == pieces.lastEventId, "same last event id at once and in chunks");
    FUZZ_CHECK(whole.retryMs == pieces.retryMs, "same retry at once and in chunks");
    FUZZ_CHECK(whole.pending == pieces.pending, "same pending state at once and in chunks");
    FUZZ_CHECK(whole.retryMs >= -1, "retry is -1 or a time");
    // UTF-8 never decodes to more UTF-16 code units than it has bytes.
    for (const SseMessage &event : whole.events) {
        FUZZ_CHECK(!event.event.isEmpty(), "an event always has a type");
        FUZZ_CHECK(event.data.size() <= stream.size(), "event data is not longer than the stream");
        FUZZ_CHECK(event.event.size() <= std::max<qsizetype>(stream.size(), 7), "event type is not longer than the stream");
    }
    return 0;
}
