#include "settings/settingsfields.h"

#include "settings/configdocument.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

using Kind = ConfigField::Kind;

QList<SettingsFields::Tab> SettingsFields::tabs()
{
    return {
        {u"ai"_s,
         tr("AI"),
         {
             {tr("Model"),
              {
                  {u"ai.defaultModel"_s, Kind::Text, tr("Default model"),
                   tr("Written as provider/model; used unless a conversation picks another."),
                   u"anthropic/claude-sonnet-4-5"_s},
                  {u"ai.fallbackModels"_s, Kind::List, tr("Fallback models"),
                   tr("Tried in this order when the default model fails; separate them with commas."),
                   tr("none")},
                  {u"ai.systemPrompt"_s, Kind::MultiLine, tr("System prompt"),
                   tr("Instructions given to the model before every conversation."),
                   tr("Empty: the agent's built-in prompt")},
                  {u"ai.maxOutputTokens"_s, Kind::Integer, tr("Max output tokens"),
                   tr("Longest reply the model may write, from 1 to 1,000,000 tokens."), u"4096"_s},
              }},
             {tr("Response cache"),
              {
                  {u"ai.cache.enabled"_s, Kind::Toggle, tr("Reuse answers to identical requests"),
                   tr("Saves cost when the same question is asked again; off by default."), QString()},
              }},
             {tr("Budgets"),
              {
                  {u"ai.budgets.dailyUsd"_s, Kind::Money, tr("Daily budget"),
                   tr("Spending cap per day over all providers; empty means no cap."), tr("no cap")},
                  {u"ai.budgets.monthlyUsd"_s, Kind::Money, tr("Monthly budget"),
                   tr("Spending cap per calendar month over all providers; empty means no cap."), tr("no cap")},
              }},
         }},
        {u"security"_s,
         tr("Security"),
         {
             {tr("Rate limit"),
              {
                  {u"security.rateLimit.requestsPerMinute"_s, Kind::Integer, tr("Requests per minute"),
                   tr("Sustained requests allowed per client or sender."), u"20"_s},
                  {u"security.rateLimit.burstSize"_s, Kind::Integer, tr("Burst"),
                   tr("Extra requests allowed at once on top of the sustained rate."), u"5"_s},
              }},
             {tr("Browser access"),
              {
                  {u"security.allowedOrigins"_s, Kind::List, tr("Allowed origins"),
                   tr("Web pages (scheme://host[:port]) that may use the API and WebSocket; empty means "
                      "this computer only. Separate them with commas."),
                   tr("none: loopback origins only")},
              }},
         }},
        {u"storage"_s,
         tr("Storage"),
         {
             {tr("Conversations"),
              {
                  {u"storage.sessionTTL"_s, Kind::Duration, tr("Keep idle conversations for"),
                   tr("Conversations untouched this long are removed: seconds or 45s, 90m, 12h, 30d, 2w."),
                   u"30d"_s},
                  {u"storage.maxSessionSize"_s, Kind::Size, tr("Max conversation size"),
                   tr("Stored history per conversation, 1 KiB to 1 GiB: bytes or 512kB, 10MiB, 1GiB."),
                   u"10MiB"_s},
              }},
         }},
        {u"gateway"_s,
         tr("Gateway"),
         {
             {tr("Network"),
              {
                  {u"gateway.listen"_s, Kind::Text, tr("Listen address"),
                   tr("HOST:PORT the gateway listens on; anything but loopback needs an operator token."),
                   u"127.0.0.1:8787"_s},
                  {u"gateway.maxBodyBytes"_s, Kind::Size, tr("Max request body"),
                   tr("Larger requests are refused with 413: bytes or 512kB, 1MiB, 1GiB."), u"1MiB"_s},
                  {u"gateway.publicUrl"_s, Kind::Text, tr("Public URL"),
                   tr("The https address the outside world reaches this gateway at (for webhooks)."),
                   tr("not reachable from outside")},
              }},
         }},
    };
}

SettingsFields::Group SettingsFields::providerBudgets(const QStringList &providers)
{
    Group group{tr("Budgets per provider"), {}};
    for (const QString &name : providers) {
        const QString base = u"ai.budgets.perProvider."_s + name;
        group.fields.append({base + u".dailyUsd"_s, Kind::Money, tr("%1 per day").arg(name),
                             tr("Daily cap for %1 alone; empty means no cap.").arg(name), tr("no cap")});
        group.fields.append({base + u".monthlyUsd"_s, Kind::Money, tr("%1 per month").arg(name),
                             tr("Monthly cap for %1 alone; empty means no cap.").arg(name), tr("no cap")});
    }
    return group;
}

QString SettingsFields::describe(const QString &path)
{
    const QList<Tab> all = tabs();
    for (const Tab &tab : all) {
        for (const Group &group : tab.groups) {
            for (const ConfigField::Spec &spec : group.fields) {
                if (spec.key == path)
                    return spec.label;
            }
        }
    }
    static const QList<std::pair<QString, const char *>> groups{
        {u"ai.budgets"_s, QT_TR_NOOP("budgets")},
        {u"ai.cache"_s, QT_TR_NOOP("response cache")},
        {u"ai.pricing"_s, QT_TR_NOOP("prices")},
        {u"ai.providers"_s, QT_TR_NOOP("providers")},
        {u"security.rateLimit"_s, QT_TR_NOOP("rate limit")},
        {u"security.dmPolicy"_s, QT_TR_NOOP("who may talk to the bot")},
        {u"security.allowFrom"_s, QT_TR_NOOP("allowed senders")},
        {u"channels.telegram"_s, QT_TR_NOOP("Telegram")},
        {u"cron"_s, QT_TR_NOOP("scheduled jobs")},
    };
    for (const auto &[prefix, words] : groups) {
        if (ConfigDocument::belongsTo(path, prefix))
            return tr(words);
    }
    return path;
}

} // namespace Moltdesk::Ui
