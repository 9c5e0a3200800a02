#include "wizard/modelchoice.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

// OpenAI's GET /v1/models lists every model of the account, most of them not chat models
// (https://platform.openai.com/docs/models). These markers identify the ones the Chat
// Completions API refuses.
bool isNonChatOpenAiModel(const QString &id)
{
    static const QStringList prefixes = {u"text-embedding"_s, u"whisper"_s, u"tts"_s, u"dall-e"_s,
                                         u"omni-moderation"_s, u"text-moderation"_s, u"babbage"_s,
                                         u"davinci"_s, u"gpt-image"_s, u"sora"_s, u"codex-mini"_s};
    static const QStringList infixes = {u"embedding"_s, u"-realtime"_s, u"-audio"_s, u"-transcribe"_s,
                                        u"-tts"_s, u"-search-"_s, u"-instruct"_s};
    for (const QString &prefix : prefixes)
        if (id.startsWith(prefix))
            return true;
    for (const QString &infix : infixes)
        if (id.contains(infix))
            return true;
    return false;
}

// Natural order, case-insensitive: digit runs compare by value, so "gpt-4.1" < "gpt-4.10" and
// "m9" < "m10". Done by hand because QCollator's numeric mode depends on ICU and the locale.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            // Compare digit runs by length after leading zeros, then lexically: no overflow.
            QStringView runA = QStringView(a).mid(i, endA - i);
            QStringView runB = QStringView(b).mid(j, endB - j);
            while (runA.size() > 1 && runA.front() == u'0')
                runA = runA.mid(1);
            while (runB.size() > 1 && runB.front() == u'0')
                runB = runB.mid(1);
            if (runA.size() != runB.size())
                return runA.size() < runB.size();
            if (const int c = runA.compare(runB); c != 0)
                return c < 0;
            i = endA;
            j = endB;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b; // equal ignoring case: a stable, deterministic tie-break
}

} // namespace

QStringList ModelChoice::chatModels(Family family, const QStringList &listed)
{
    QStringList models;
    for (const QString &id : listed) {
        const QString trimmed = id.trimmed();
        if (trimmed.isEmpty() || models.contains(trimmed))
            continue;
        if (family == Family::OpenAi && isNonChatOpenAiModel(trimmed))
            continue;
        models.append(trimmed);
    }
    std::sort(models.begin(), models.end(), naturalLess);
    return models;
}

QString ModelChoice::preferred(Family family, const QStringList &models)
{
    if (models.isEmpty())
        return {};
    // Ordered by preference: a capable model at moderate cost for a chat bot. Anthropic lists
    // dated ids ("claude-sonnet-4-5-20250929"), so prefixes match; among several matches the
    // newest (last in natural order) wins.
    QStringList wanted;
    switch (family) {
    case Family::Anthropic:
        wanted = {u"claude-sonnet-4-5"_s, u"claude-sonnet-4"_s, u"claude-3-7-sonnet"_s, u"claude-3-5-sonnet"_s,
                  u"claude-haiku-4-5"_s, u"claude-3-5-haiku"_s};
        break;
    case Family::OpenAi:
        wanted = {u"gpt-4.1-mini"_s, u"gpt-4o-mini"_s, u"gpt-4.1"_s, u"gpt-4o"_s, u"gpt-5-mini"_s};
        break;
    case Family::Local:
        wanted = {u"llama3"_s, u"qwen"_s, u"mistral"_s, u"gemma"_s};
        break;
    }
    for (const QString &prefix : wanted) {
        // An alias ("gpt-4.1-mini") beats its dated snapshots: the alias follows updates.
        if (models.contains(prefix))
            return prefix;
        QString match;
        for (const QString &id : models)
            if (id == prefix || id.startsWith(prefix + u'-') || id.startsWith(prefix + u':')
                || (family == Family::Local && id.startsWith(prefix)))
                match = id;
        if (!match.isEmpty())
            return match;
    }
    return models.first();
}

} // namespace Moltdesk::Ui
