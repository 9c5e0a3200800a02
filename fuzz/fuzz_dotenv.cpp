// libFuzzer target: the dotenv parser (gateway/config/dotenv.*) behind --env-file, the file that
// holds provider keys and bot tokens in headless mode (docs/configuration.md "Environment file",
// docs/fuzzing.md).
//
// Input: the file's bytes. Properties checked beyond "no crash":
//   - every entry round-trips: written back as NAME="escaped value" (and, where the value allows,
//     as NAME='value' and NAME=value, with "export " and CRLF) the file parses without error to the
//     same names, in the same order, with the same values;
//   - an error message is "FILE:LINE: reason" with one of the parser's fixed reasons: it never
//     carries text from the file, which may be a secret;
//   - an entry's name is a valid NAME and its line lies inside the file.

#include "fuzzcheck.h"

#include "config/dotenv.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdint>

using Moltdesk::Config::DotEnv;

namespace {

const QString kFileName = QStringLiteral("fuzz.env");

// The parser's reasons (gateway/config/dotenv.cpp). A new reason must be added here: the check
// exists so that no message ever quotes the file.
const QStringList kReasons = {
    QStringLiteral("expected NAME=value with NAME made of letters, digits and '_'"),
    QStringLiteral("unterminated double-quoted value"),
    QStringLiteral("unterminated single-quoted value"),
    QStringLiteral("unexpected text after the closing quote"),
};

QString doubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default: out += c;
        }
    }
    return out + u'"';
}

bool isPlain(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("\\A[A-Za-z0-9_./:@+,=-]*\\z"));
    return plain.match(value).hasMatch();
}

// Writes `env` back as a file; `style` picks quoting, "export " and line ends per entry.
QByteArray write(const DotEnv &env, uint32_t style)
{
    QString text;
    uint32_t rng = style;
    for (const DotEnv::Entry &entry : env.entries()) {
        rng = rng * 1103515245u + 12345u;
        const uint32_t bits = rng >> 16;
        // A NAME "export" followed by a blank reads as the prefix: give it the prefix itself.
        if ((bits & 1) || entry.name == QStringLiteral("export"))
            text += QStringLiteral("export ");
        text += entry.name;
        text += (bits & 2) ? QStringLiteral(" = ") : QStringLiteral("=");
        const uint32_t quoting = (bits >> 2) % 3;
        if (quoting == 1 && isPlain(entry.value))
            text += entry.value;
        else if (quoting == 2 && !entry.value.contains(u'\'') && !entry.value.contains(u'\r'))
            text += u'\'' + entry.value + u'\'';
        else
            text += doubleQuoted(entry.value);
        if (bits & 16)
            text += QStringLiteral("   # comment");
        text += (bits & 32) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    }
    return text.toUtf8();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const DotEnv env = DotEnv::parse(bytes, kFileName);

    static const QRegularExpression errorShape(QStringLiteral("\\Afuzz\\.env:([0-9]+): (.*)\\z"),
                                               QRegularExpression::DotMatchesEverythingOption);
    const qsizetype lines = bytes.count('\n') + 1;
    for (const QString &error : env.errors()) {
        const QRegularExpressionMatch match = errorShape.match(error);
        FUZZ_CHECK(match.hasMatch(), "an error is FILE:LINE: reason");
        FUZZ_CHECK(kReasons.contains(match.captured(2)), "an error carries a fixed reason, never text from the file");
        const qsizetype line = match.captured(1).toLongLong();
        FUZZ_CHECK(line >= 1 && line <= lines, "an error's line lies inside the file");
    }

    static const QRegularExpression name(QStringLiteral("\\A[A-Za-z_][A-Za-z0-9_.]*\\z"));
    for (const DotEnv::Entry &entry : env.entries()) {
        FUZZ_CHECK(name.match(entry.name).hasMatch(), "an entry's name is a valid NAME");
        FUZZ_CHECK(entry.line >= 1 && entry.line <= lines, "an entry's line lies inside the file");
    }

    const uint32_t style = size > 0 ? data[size - 1] : 0;
    const QByteArray written = write(env, style);
    const DotEnv again = DotEnv::parse(written, kFileName);
    if (!again.ok() || again.names() != env.names() || again.entries().size() != env.entries().size()
        || !std::equal(env.entries().cbegin(), env.entries().cend(), again.entries().cbegin(),
                       [](const DotEnv::Entry &a, const DotEnv::Entry &b) { return a.value == b.value; }))
        std::fprintf(stderr, "written back as:\n%s\nread back:\n%s\n", written.toPercentEncoding(" =\"'#\n").constData(),
                     qPrintable(again.errors().join(u'\n')));
    FUZZ_CHECK(again.ok(), "a written-back file parses without errors");
    FUZZ_CHECK(again.names() == env.names(), "written back: the same names in the same order");
    for (const DotEnv::Entry &entry : env.entries())
        FUZZ_CHECK(again.value(entry.name) == entry.value, "written back: the same values");
    return 0;
}
