#include "agent/chatcommands.h"

#include "providers/router/routedrequest.h"
#include "sessions/sessionstore.h"
#include "usage/usagestore.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {
const QStringList kCommands = {u"help"_s, u"start"_s, u"reset"_s, u"usage"_s, u"model"_s};

QString tr(const char *text)
{
    return QCoreApplication::translate("Moltdesk::Agent::ChatCommands", text);
}

QString tokens(qint64 count)
{
    return QLocale::c().toString(count);
}
} // namespace

std::optional<QString> ChatCommands::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'/'))
        return std::nullopt;
    qsizetype end = 1;
    while (end < trimmed.size() && !trimmed.at(end).isSpace())
        ++end;
    const QString word = trimmed.mid(1, end - 1).toLower();
    // "/reset@some_bot" is addressed to a bot by name. The channel strips its own bot's name
    // (docs/channels/telegram.md "Conversion"), so a name still here is another bot's.
    if (!kCommands.contains(word))
        return std::nullopt;
    return word == u"start"_s ? u"help"_s : word;
}

QString ChatCommands::helpText()
{
    return tr("I'm your Moltdesk assistant. Just write to me. Commands:\n"
              "/reset – start a new conversation (the old one is archived)\n"
              "/usage – tokens and cost of this conversation\n"
              "/model – which model answers\n"
              "/help – this message");
}

ChatCommands::Reply ChatCommands::run(const QString &command, const Sessions::SessionKey &key,
                                      const AgentServices &services, const Config::AiSettings &settings)
{
    if (command == u"help"_s)
        return {helpText()};

    if (command == u"reset"_s) {
        const auto generation = services.sessions->reset(key);
        if (!generation)
            return {tr("I could not start a new conversation: %1").arg(generation.error().message), false};
        return {tr("Done – this is a new conversation. The earlier one is archived, not deleted.")};
    }

    if (command == u"model"_s) {
        const QStringList chain = Providers::RoutedRequest::modelChain(settings);
        QString text = tr("Model: %1").arg(chain.value(0));
        if (chain.size() > 1)
            text += u'\n' + tr("If it fails: %1").arg(chain.mid(1).join(u", "_s));
        return {text};
    }

    // usage
    const auto totals = services.usage->sessionTotals(key.toString());
    if (!totals)
        return {tr("I could not read the usage: %1").arg(totals.error().message), false};
    const Usage::UsageTotals &t = totals.value();
    if (t.calls == 0)
        return {tr("This conversation has not used the model yet.")};
    QString text = tr("This conversation: %1 model calls, %2 input and %3 output tokens")
                       .arg(t.calls)
                       .arg(tokens(t.inputTokens + t.cacheReadTokens + t.cacheWriteTokens), tokens(t.outputTokens));
    if (t.cacheReadTokens > 0)
        text += tr(" (%1 read from the prompt cache)").arg(tokens(t.cacheReadTokens));
    text += u'\n' + tr("Cost: $%1").arg(QLocale::c().toString(t.costUsd, 'f', 4));
    if (t.unknownCostCalls > 0)
        text += tr(" plus %1 calls of unknown price").arg(t.unknownCostCalls);
    if (t.estimatedCalls > 0)
        text += u'\n' + tr("%1 calls had no usage report; their tokens are estimated.").arg(t.estimatedCalls);
    return {text};
}

} // namespace Moltdesk::Agent
