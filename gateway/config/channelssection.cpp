#include "config/channelssection.h"

#include "config/channelnames.h"
#include "config/schemareader.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {

const QString kPath = u"channels"_s;
const QStringList kHttpSchemes = {u"http"_s, u"https"_s};
const QStringList kTelegramModes = {u"polling"_s, u"webhook"_s};
const QStringList kDiscordModes = {u"gateway"_s, u"interactions"_s};

// Telegram chat ids are integers, negative for groups (Bot API, "Chat"); kept as strings.
QString checkChatId(const QString &id)
{
    static const QRegularExpression pattern(u"^-?[0-9]{1,20}$"_s);
    return pattern.match(id).hasMatch() ? QString() : u"a chat id such as \"-1001234567890\""_s;
}

void readTelegram(const QJsonObject &json, SchemaReader &reader, TelegramSettings &out)
{
    const QString path = SchemaReader::join(kPath, u"telegram"_s);
    reader.checkKeys(json, path, {u"enabled"_s, u"mode"_s, u"apiBaseUrl"_s, u"pollTimeoutSeconds"_s, u"groups"_s});
    reader.readBool(json, path, u"enabled"_s, out.enabled);
    if (const int mode = reader.readEnum(json, path, u"mode"_s, kTelegramModes); mode >= 0)
        out.mode = static_cast<TelegramSettings::Mode>(mode);
    reader.readUrl(json, path, u"apiBaseUrl"_s, kHttpSchemes, false, out.apiBaseUrl);
    // 0 = short polling; Telegram keeps long polls open for at most about a minute in practice.
    reader.readInt(json, path, u"pollTimeoutSeconds"_s, 0, 300, out.pollTimeoutSeconds);
    if (const std::optional<QJsonObject> groups = reader.object(json, path, u"groups"_s)) {
        const QString groupsPath = SchemaReader::join(path, u"groups"_s);
        reader.checkKeys(*groups, groupsPath, {u"requireMention"_s, u"allow"_s});
        reader.readBool(*groups, groupsPath, u"requireMention"_s, out.groupsRequireMention);
        reader.readStringList(*groups, groupsPath, u"allow"_s, out.groupsAllow, checkChatId);
    }
}

void readDiscord(const QJsonObject &json, SchemaReader &reader, DiscordSettings &out)
{
    const QString path = SchemaReader::join(kPath, u"discord"_s);
    reader.checkKeys(json, path, {u"enabled"_s, u"mode"_s, u"apiBaseUrl"_s, u"gatewayUrl"_s});
    reader.readBool(json, path, u"enabled"_s, out.enabled);
    if (const int mode = reader.readEnum(json, path, u"mode"_s, kDiscordModes); mode >= 0)
        out.mode = static_cast<DiscordSettings::Mode>(mode);
    reader.readUrl(json, path, u"apiBaseUrl"_s, kHttpSchemes, false, out.apiBaseUrl);
    // The Discord gateway is a WebSocket endpoint (discord.com/developers/docs/topics/gateway).
    reader.readUrl(json, path, u"gatewayUrl"_s, {u"ws"_s, u"wss"_s}, false, out.gatewayUrl);
}

void readWhatsApp(const QJsonObject &json, SchemaReader &reader, WhatsAppSettings &out)
{
    const QString path = SchemaReader::join(kPath, u"whatsapp"_s);
    reader.checkKeys(json, path, {u"enabled"_s, u"apiBaseUrl"_s, u"phoneNumberId"_s});
    reader.readBool(json, path, u"enabled"_s, out.enabled);
    reader.readUrl(json, path, u"apiBaseUrl"_s, kHttpSchemes, false, out.apiBaseUrl);
    const QJsonValue phone = json.value(u"phoneNumberId"_s);
    bool phoneInvalid = false;
    if (!phone.isUndefined()) {
        // The Cloud API addresses the sending number by its numeric id (Graph API, /{phone-number-id}/messages).
        static const QRegularExpression digits(u"^[0-9]*$"_s);
        if (phone.isString() && digits.match(phone.toString()).hasMatch())
            out.phoneNumberId = phone.toString();
        else
            reader.fail(SchemaReader::join(path, u"phoneNumberId"_s), u"a numeric phone number id as a string"_s, phone);
        phoneInvalid = !phone.isString() || out.phoneNumberId != phone.toString();
    }
    if (out.enabled && out.phoneNumberId.isEmpty() && !phoneInvalid) {
        reader.failText(SchemaReader::join(path, u"phoneNumberId"_s),
                        u"expected a phone number id because channels.whatsapp.enabled is true, got \"\""_s);
    }
}

} // namespace

void ChannelsSection::read(const QJsonObject &json, SchemaReader &reader, ChannelsSettings &out)
{
    reader.checkKeys(json, kPath, ChannelNames::messaging());
    if (const std::optional<QJsonObject> telegram = reader.object(json, kPath, u"telegram"_s))
        readTelegram(*telegram, reader, out.telegram);
    if (const std::optional<QJsonObject> discord = reader.object(json, kPath, u"discord"_s))
        readDiscord(*discord, reader, out.discord);
    if (const std::optional<QJsonObject> whatsapp = reader.object(json, kPath, u"whatsapp"_s))
        readWhatsApp(*whatsapp, reader, out.whatsapp);
}

QJsonObject ChannelsSection::toJson(const ChannelsSettings &s)
{
    const TelegramSettings &t = s.telegram;
    const DiscordSettings &d = s.discord;
    const WhatsAppSettings &w = s.whatsapp;
    return {
        {u"telegram"_s,
         QJsonObject{{u"enabled"_s, t.enabled},
                     {u"mode"_s, kTelegramModes.at(static_cast<int>(t.mode))},
                     {u"apiBaseUrl"_s, t.apiBaseUrl.toString()},
                     {u"pollTimeoutSeconds"_s, t.pollTimeoutSeconds},
                     {u"groups"_s, QJsonObject{{u"requireMention"_s, t.groupsRequireMention},
                                               {u"allow"_s, QJsonArray::fromStringList(t.groupsAllow)}}}}},
        {u"discord"_s,
         QJsonObject{{u"enabled"_s, d.enabled},
                     {u"mode"_s, kDiscordModes.at(static_cast<int>(d.mode))},
                     {u"apiBaseUrl"_s, d.apiBaseUrl.toString()},
                     {u"gatewayUrl"_s, d.gatewayUrl.toString()}}},
        {u"whatsapp"_s,
         QJsonObject{{u"enabled"_s, w.enabled},
                     {u"apiBaseUrl"_s, w.apiBaseUrl.toString()},
                     {u"phoneNumberId"_s, w.phoneNumberId}}},
    };
}

} // namespace Moltdesk::Config
