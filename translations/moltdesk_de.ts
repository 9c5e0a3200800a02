<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChannelWords</name>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="10"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="12"/>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="14"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="21"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="23"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="25"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="27"/>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="29"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="31"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="33"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="35"/>
        <source>Token refused</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="36"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="42"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="45"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelwords.cpp" line="47"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelwords.cpp" line="49"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelwords.cpp" line="50"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigUpdate</name>
    <message>
        <source>No configuration file is known, so nothing can be saved.</source>
        <translation type="vanished">Es ist keine Konfigurationsdatei bekannt, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>The configuration file has errors, so it was not changed. Fix them first:
%1</source>
        <translation type="vanished">Die Konfigurationsdatei enthält Fehler und wurde deshalb nicht geändert. Beheben Sie sie zuerst:
%1</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="20"/>
        <source>The gateway is not running, so nothing was saved.</source>
        <translation>Das Gateway läuft nicht, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="30"/>
        <source>The configuration could not be read: %1</source>
        <translation>Die Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="31"/>
        <source>the gateway is gone</source>
        <translation>das Gateway ist nicht mehr da</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="38"/>
        <source>The gateway&apos;s configuration could not be read: %1</source>
        <translation>Die Konfiguration des Gateways konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="55"/>
        <source>The configuration was not saved: %1</source>
        <translation>Die Konfiguration wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CronWords</name>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="44"/>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="46"/>
        <location filename="../ui/pages/cronwords.cpp" line="74"/>
        <source>every day at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="48"/>
        <location filename="../ui/pages/cronwords.cpp" line="81"/>
        <source>every %1 at %2</source>
        <translation>jeden %1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="50"/>
        <location filename="../ui/pages/cronwords.cpp" line="85"/>
        <source>on day %1 of every month at %2</source>
        <translation>am %1. jedes Monats um %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="52"/>
        <source>every year on %1 at %2</source>
        <translation>jährlich am %1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="63"/>
        <source>every %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="65"/>
        <source>every hour at minute %1</source>
        <translation>stündlich zur Minute %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="67"/>
        <source>every %1 h at minute %2</source>
        <translation>alle %1 h zur Minute %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="77"/>
        <source>on weekdays at %1</source>
        <translation>werktags um %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="79"/>
        <source>at weekends at %1</source>
        <translation>am Wochenende um %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="102"/>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="106"/>
        <source>once, %1</source>
        <translation>einmalig, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="114"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Moltdesk::App::Application</name>
    <message>
        <location filename="../app/application.cpp" line="275"/>
        <source>Secrets cannot be kept: %1. The operator token is valid for this run only.</source>
        <translation>Geheimnisse können nicht gespeichert werden: %1. Das Operator-Token gilt nur für diesen Lauf.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="492"/>
        <source>Moltdesk is still starting; try again in a moment.</source>
        <translation>Moltdesk startet noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="505"/>
        <source>Set-up saved and applied.</source>
        <translation>Einrichtung gespeichert und übernommen.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="506"/>
        <source>Set-up saved. Restart Moltdesk to use the new model and channel settings.</source>
        <translation>Einrichtung gespeichert. Starten Sie Moltdesk neu, um das neue Modell und die Kanaleinstellungen zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="428"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::AccessPolicyBox</name>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="26"/>
        <source>Who may write to the bot</source>
        <translation>Wer dem Bot schreiben darf</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="35"/>
        <source>Pairing — strangers get a code you approve here</source>
        <translation>Kopplung — Unbekannte erhalten einen Code, den Sie hier bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="36"/>
        <source>Allow list — only the people below (and those approved earlier)</source>
        <translation>Erlaubnisliste — nur die Personen unten (und früher bestätigte)</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="37"/>
        <source>Open — everyone</source>
        <translation>Offen — alle</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="38"/>
        <source>Direct message policy</source>
        <translation>Regel für Direktnachrichten</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="39"/>
        <source>Who may write to the bot in direct messages, on every channel; the text below explains the choice</source>
        <translation>Wer dem Bot Direktnachrichten schreiben darf, auf allen Kanälen; der Text darunter erklärt die Wahl</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="45"/>
        <source>&amp;Direct messages:</source>
        <translation>&amp;Direktnachrichten:</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="55"/>
        <source>Always &amp;allowed (user ids):</source>
        <translation>Immer &amp;erlaubt (Benutzer-IDs):</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="59"/>
        <source>Always allowed senders</source>
        <translation>Immer erlaubte Absender</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="60"/>
        <source>User ids that may always write to the bot; Delete removes the selected ones</source>
        <translation>Benutzer-IDs, die dem Bot immer schreiben dürfen; Entf entfernt die ausgewählten</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="68"/>
        <source>Telegram user id, e.g. 123456789</source>
        <translation>Telegram-Benutzer-ID, z. B. 123456789</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="69"/>
        <source>Sender id to allow</source>
        <translation>Zu erlaubende Absender-ID</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="70"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="72"/>
        <source>Add the typed user id to the always allowed senders (Enter)</source>
        <translation>Die eingegebene Benutzer-ID zu den immer erlaubten Absendern hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="73"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="75"/>
        <source>Remove the selected senders</source>
        <translation>Ausgewählte Absender entfernen</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="76"/>
        <source>Take the selected user ids off the list (Delete)</source>
        <translation>Die ausgewählten Benutzer-IDs von der Liste nehmen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="86"/>
        <source>Save access policy</source>
        <translation>Zugriffsregel speichern</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="88"/>
        <source>Apply the policy and the list to the running gateway and save them in config.json</source>
        <translation>Regel und Liste im laufenden Gateway anwenden und in config.json speichern</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="157"/>
        <source>Enter a user id first.</source>
        <translation>Geben Sie zuerst eine Benutzer-ID ein.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="159"/>
        <source>“%1” is not a user id. Use the number (the id shown with a pairing request), not the @name: names can change hands.</source>
        <translation>„%1“ ist keine Benutzer-ID. Verwenden Sie die Nummer (die ID, die bei einer Kopplungsanfrage steht), nicht den @Namen: Namen können den Besitzer wechseln.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="163"/>
        <source>%1 is already in the list.</source>
        <translation>%1 steht bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="185"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="205"/>
        <source>Saved. This is the policy in use.</source>
        <translation>Gespeichert. Diese Regel ist bereits aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="214"/>
        <source>Someone new gets a code and a polite note; they can write once you approve them below. People in the list are always let in. A group the bot is added to gets a code too when someone mentions the bot, and is answered once you approve it.</source>
        <translation>Neue Personen erhalten einen Code und einen freundlichen Hinweis; sie können schreiben, sobald Sie sie unten freigeben. Personen in der Liste werden immer zugelassen. Eine Gruppe, in die der Bot aufgenommen wird, erhält ebenfalls einen Code, sobald jemand den Bot erwähnt, und bekommt Antworten, sobald Sie sie freigeben.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="220"/>
        <source>Only the people in the list and those approved by pairing earlier are answered. Everyone else is ignored without a reply, and so is every group not listed in the channel&apos;s settings or approved earlier.</source>
        <translation>Nur Personen in der Liste und früher per Kopplung freigegebene erhalten Antworten. Alle anderen werden ohne Antwort ignoriert, ebenso jede Gruppe, die nicht in den Einstellungen des Kanals steht oder früher freigegeben wurde.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="225"/>
        <source>Anyone who finds the bot can talk to the agent — at your cost, and the bot answers in every group it is added to unless the channel lists its groups. Set a budget before choosing this.</source>
        <translation>Jeder, der den Bot findet, kann mit dem Agenten sprechen — auf Ihre Kosten, und der Bot antwortet in jeder Gruppe, in die er aufgenommen wird, sofern der Kanal seine Gruppen nicht auflistet. Legen Sie vorher ein Budget fest.</translation>
    </message>
    <message>
        <source>Saved. Restart Moltdesk to apply the new policy.</source>
        <translation type="vanished">Gespeichert. Starten Sie Moltdesk neu, um die neue Regel anzuwenden.</translation>
    </message>
    <message>
        <source>Someone new gets a code and a polite note; they can write once you approve them below. People in the list are always let in.</source>
        <translation type="vanished">Wer neu ist, erhält einen Code und einen höflichen Hinweis und kann schreiben, sobald Sie ihn unten bestätigen. Personen in der Liste sind immer zugelassen.</translation>
    </message>
    <message>
        <source>Only the people in the list and those approved by pairing earlier are answered. Everyone else is ignored without a reply.</source>
        <translation type="vanished">Nur Personen in der Liste und früher per Kopplung bestätigte erhalten Antworten. Alle anderen werden ohne Antwort ignoriert.</translation>
    </message>
    <message>
        <source>Anyone who finds the bot can talk to the agent — at your cost. Set a budget before choosing this.</source>
        <translation type="vanished">Jeder, der den Bot findet, kann mit dem Agenten sprechen — auf Ihre Kosten. Legen Sie vorher ein Budget fest.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::BudgetBar</name>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="36"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="36"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="42"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="45"/>
        <source>Reached: %1 — calls resume %2</source>
        <translation>Erreicht: %1 — Aufrufe wieder ab %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="47"/>
        <source>next period</source>
        <translation>im nächsten Zeitraum</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ChannelStatusBox</name>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="22"/>
        <source>Asking the gateway…</source>
        <translation>Gateway wird gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="36"/>
        <source>Last activity:</source>
        <translation>Letzte Aktivität:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="37"/>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="38"/>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="57"/>
        <source>turned off in the settings</source>
        <translation>in den Einstellungen ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="75"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="77"/>
        <source>received %1 · passed to the agent %2 · sent %3 · refused %4 · duplicates %5 · errors %6</source>
        <translation>empfangen %1 · an den Agenten %2 · gesendet %3 · abgewiesen %4 · Duplikate %5 · Fehler %6</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="98"/>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="100"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="102"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ChannelsPage</name>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="38"/>
        <location filename="../ui/pages/channelspage.cpp" line="74"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="39"/>
        <source>The channels the bot is reached through; choose one to see its state and set it up</source>
        <translation>Die Kanäle, über die der Bot erreichbar ist; wählen Sie einen, um seinen Zustand zu sehen und ihn einzurichten</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="55"/>
        <source>Talk to the agent from a Discord server or in direct messages, with the same access policy and pairing as Telegram.</source>
        <translation>Mit dem Agenten auf einem Discord-Server oder per Direktnachricht sprechen, mit derselben Zugriffsregel und Kopplung wie bei Telegram.</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="59"/>
        <source>Answer WhatsApp messages through the WhatsApp Business Cloud API.</source>
        <translation>WhatsApp-Nachrichten über die WhatsApp Business Cloud API beantworten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="115"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="155"/>
        <source>The gateway is not running: no live status and no pairing requests.</source>
        <translation>Das Gateway läuft nicht: kein Live-Status und keine Kopplungsanfragen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="165"/>
        <source>The channel status could not be read: %1</source>
        <translation>Der Kanalstatus konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ComingSoonEntry</name>
    <message>
        <location filename="../ui/channels/comingsoonentry.cpp" line="21"/>
        <source>%1 is coming soon</source>
        <translation>%1 kommt bald</translation>
    </message>
    <message>
        <location filename="../ui/channels/comingsoonentry.cpp" line="29"/>
        <source>Its set-up will appear here, step by step, like Telegram&apos;s. Nothing needs to be done now.</source>
        <translation>Die Einrichtung erscheint hier Schritt für Schritt, wie bei Telegram. Jetzt ist nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../ui/channels/comingsoonentry.cpp" line="52"/>
        <source>Coming soon</source>
        <translation>Kommt bald</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ConfigField</name>
    <message>
        <location filename="../ui/settings/configfield.cpp" line="91"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/settings/configfield.cpp" line="193"/>
        <source>Problem with %1: %2</source>
        <translation>Problem bei %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/configfield.cpp" line="209"/>
        <source>%1 Takes effect after a restart.</source>
        <translation>%1 Wirkt erst nach einem Neustart.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ConfigForm</name>
    <message>
        <location filename="../ui/settings/configform.cpp" line="29"/>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="74"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="85"/>
        <source>Who may talk to the bot</source>
        <translation>Wer mit dem Bot sprechen darf</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="87"/>
        <source>The direct-message policy, the allowed senders and every Telegram setting are on the Channels page, next to the pairing requests they decide.</source>
        <translation>Die Regel für Direktnachrichten, die erlaubten Absender und alle Telegram-Einstellungen stehen auf der Seite „Kanäle“, neben den Kopplungsanfragen, über die sie entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="91"/>
        <source>Open the &amp;Channels page</source>
        <translation>Seite „&amp;Kanäle“ öffnen</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="93"/>
        <source>Open the Channels page</source>
        <translation>Seite „Kanäle“ öffnen</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="94"/>
        <source>Go to the Channels page to set who may write to the bot</source>
        <translation>Zur Seite „Kanäle“ wechseln, um festzulegen, wer dem Bot schreiben darf</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="28"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="29"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="37"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="38"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="45"/>
        <location filename="../ui/wizard/connectpage.cpp" line="113"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="85"/>
        <source>Only if your server was started with a key; it is kept in the system keychain</source>
        <translation>Nur wenn Ihr Server mit einem Schlüssel gestartet wurde; er wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="86"/>
        <source>Check that the server answers at this address (Enter)</source>
        <translation>Prüfen, ob der Server unter dieser Adresse antwortet (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="89"/>
        <source>The provider&apos;s API key; it is kept in the system keychain</source>
        <translation>Der API-Schlüssel des Anbieters; er wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="90"/>
        <source>Your %1 API key; it is kept in the system keychain</source>
        <translation>Ihr API-Schlüssel für %1; er wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="91"/>
        <source>Check the key right away with a free request (Enter)</source>
        <translation>Den Schlüssel sofort mit einer kostenlosen Anfrage prüfen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="101"/>
        <source>Connect to your local server</source>
        <translation>Mit Ihrem lokalen Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="102"/>
        <source>Enter the address of the OpenAI-compatible server. Ollama listens on http://127.0.0.1:11434 unless you changed it. A key is only needed if the server was started with one.</source>
        <translation>Geben Sie die Adresse des OpenAI-kompatiblen Servers ein. Ollama lauscht auf http://127.0.0.1:11434, sofern Sie das nicht geändert haben. Ein Schlüssel ist nur nötig, wenn der Server mit einem gestartet wurde.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="105"/>
        <source>API &amp;key (optional):</source>
        <translation>API-&amp;Schlüssel (optional):</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="106"/>
        <source>Leave empty unless the server asks for one</source>
        <translation>Leer lassen, außer der Server verlangt einen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="107"/>
        <source>Nothing is sent anywhere but this address.</source>
        <translation>Es wird nichts an eine andere als diese Adresse gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="108"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="110"/>
        <source>Paste your %1 API key</source>
        <translation>Fügen Sie Ihren %1-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="111"/>
        <source>The key is checked right away with a free request and kept in your system keychain — never in a file.</source>
        <translation>Der Schlüssel wird sofort mit einer kostenlosen Anfrage geprüft und im Schlüsselbund Ihres Systems aufbewahrt – nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="118"/>
        <source>No key yet? Create one at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, copy it and paste it here.</source>
        <translation>Noch kein Schlüssel? Erstellen Sie einen unter &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, kopieren Sie ihn und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="120"/>
        <source>&amp;Check key</source>
        <translation>Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="126"/>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="126"/>
        <source>%1 API key</source>
        <translation>%1-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="128"/>
        <source>Connect to the server</source>
        <translation>Mit dem Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="128"/>
        <source>Check the key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="166"/>
        <source>Checking with %1…</source>
        <translation>Prüfe bei %1…</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ConversationView</name>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="35"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="45"/>
        <source>Load &amp;earlier messages</source>
        <translation>Ältere Nachrichten &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="48"/>
        <source>Show the messages before the first one shown</source>
        <translation>Die Nachrichten vor der ersten angezeigten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="160"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="171"/>
        <source>*[image]*</source>
        <translation>*[Bild]*</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="182"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="330"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="332"/>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="346"/>
        <source>The agent could not answer.</source>
        <translation>Der Agent konnte nicht antworten.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="158"/>
        <location filename="../ui/sessions/conversationview.cpp" line="256"/>
        <source>sent by you</source>
        <translation>von Ihnen gesendet</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="257"/>
        <source>Message sent by you as the bot</source>
        <translation>Nachricht, die Sie als Bot gesendet haben</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::CronJobDialog</name>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="30"/>
        <source>Add scheduled job</source>
        <translation>Geplanten Auftrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="37"/>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="38"/>
        <source>Every (interval)</source>
        <translation>Alle (Intervall)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="39"/>
        <source>Once at a time</source>
        <translation>Einmal zu einer Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="40"/>
        <source>How the job repeats: by a cron expression, at a fixed interval, or once</source>
        <translation>Wie der Auftrag sich wiederholt: nach einem Cron-Ausdruck, in festem Abstand oder einmal</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="41"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="46"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="55"/>
        <source>The time zone the schedule is read in, e.g. Europe/Berlin</source>
        <translation>Die Zeitzone, in der der Zeitplan gilt, z. B. Europe/Berlin</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="66"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="70"/>
        <source>What the agent should do, e.g. “Summarise my unread mail”</source>
        <translation>Was der Agent tun soll, z. B. „Fasse meine ungelesenen E-Mails zusammen“</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="72"/>
        <source>What the agent is asked each time the job runs</source>
        <translation>Worum der Agent bei jeder Ausführung des Auftrags gebeten wird</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="74"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="78"/>
        <source>optional, e.g. morning-briefing</source>
        <translation>optional, z. B. morgen-briefing</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="79"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="82"/>
        <source>optional; default: its own “cron:&lt;name&gt;” conversation</source>
        <translation>optional; Standard: eine eigene Unterhaltung „cron:&lt;Name&gt;“</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="83"/>
        <source>C&amp;onversation:</source>
        <translation>&amp;Unterhaltung:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="86"/>
        <source>optional, e.g. telegram:123456789</source>
        <translation>optional, z. B. telegram:123456789</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="87"/>
        <source>&amp;Deliver to:</source>
        <translation>Zu&amp;stellen an:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="102"/>
        <source>&amp;Add job</source>
        <translation>Auftrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="103"/>
        <source>Close without adding a job</source>
        <translation>Schließen, ohne einen Auftrag hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="165"/>
        <source>Five fields: minute hour day-of-month month day-of-week, e.g. “0 9 * * MON-FRI” or “*/15 * * * *”; or @daily, @hourly…</source>
        <translation>Fünf Felder: Minute Stunde Tag-im-Monat Monat Wochentag, z. B. „0 9 * * MON-FRI“ oder „*/15 * * * *“; oder @daily, @hourly …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="167"/>
        <source>A duration of at least one minute: “15m”, “2h”, “1h30m”.</source>
        <translation>Eine Dauer von mindestens einer Minute: „15m“, „2h“, „1h30m“.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="168"/>
        <source>A date and time, e.g. “2026-12-24T18:00”; without an offset it is read in the time zone below.</source>
        <translation>Datum und Uhrzeit, z. B. „2026-12-24T18:00“; ohne Versatz gilt die Zeitzone unten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="178"/>
        <source>“%1” is not a time zone; choose one such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone; wählen Sie eine wie Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="182"/>
        <source>The schedule is not valid: %1</source>
        <translation>Der Zeitplan ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="187"/>
        <source>This schedule never runs again: the time is in the past.</source>
        <translation>Dieser Zeitplan läuft nie wieder: der Zeitpunkt liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="191"/>
        <source>The name may only use letters, digits, “.”, “_” and “-” (at most 64).</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten (höchstens 64).</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="200"/>
        <source>Next runs (%1):</source>
        <translation>Nächste Ausführungen (%1):</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="208"/>
        <source>Write the prompt the agent should run.</source>
        <translation>Schreiben Sie den Prompt, den der Agent ausführen soll.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="209"/>
        <source>Add the job to the gateway&apos;s schedule</source>
        <translation>Den Auftrag in den Zeitplan des Gateways aufnehmen</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::CronPage</name>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="69"/>
        <source>&amp;Add job…</source>
        <translation>Auftrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="71"/>
        <source>Schedule a new job: when it runs and what the agent is asked</source>
        <translation>Einen neuen Auftrag planen: wann er läuft und worum der Agent gebeten wird</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="72"/>
        <source>R&amp;un now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="74"/>
        <source>Run the selected job once now, outside its schedule</source>
        <translation>Den ausgewählten Auftrag jetzt einmal ausführen, außerhalb seines Zeitplans</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="78"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="80"/>
        <source>Ask the gateway for the jobs and their runs again (F5)</source>
        <translation>Aufträge und ihre Ausführungen erneut vom Gateway abrufen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="91"/>
        <source>Scheduled jobs</source>
        <translation>Geplante Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="92"/>
        <source>Every scheduled job with its next and last run; select one to see its run history</source>
        <translation>Alle geplanten Aufträge mit nächster und letzter Ausführung; wählen Sie einen, um seinen Verlauf zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="98"/>
        <source>Run history of the selected job</source>
        <translation>Verlauf des ausgewählten Auftrags</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="104"/>
        <source>Run history</source>
        <translation>Ausführungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="105"/>
        <source>The runs of the selected job with their outcome, newest first</source>
        <translation>Die Ausführungen des ausgewählten Auftrags mit ihrem Ergebnis, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="132"/>
        <source>The gateway is not running, so scheduled jobs cannot be shown.</source>
        <translation>Das Gateway läuft nicht, daher können keine geplanten Aufträge angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="144"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="177"/>
        <source>Loading scheduled jobs…</source>
        <translation>Geplante Aufträge werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="182"/>
        <source>Jobs could not be loaded: %1</source>
        <translation>Die Aufträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="200"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="202"/>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="205"/>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="205"/>
        <source>added here</source>
        <translation>hier hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="220"/>
        <source>No scheduled jobs yet. “Add job…” creates one.</source>
        <translation>Noch keine geplanten Aufträge. „Auftrag hinzufügen …“ legt einen an.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="240"/>
        <location filename="../ui/pages/cronpage.cpp" line="309"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="240"/>
        <location filename="../ui/pages/cronpage.cpp" line="309"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="240"/>
        <location filename="../ui/pages/cronpage.cpp" line="309"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="241"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="280"/>
        <source>This job comes from the configuration file (cron.jobs); remove it there.</source>
        <translation>Dieser Auftrag stammt aus der Konfigurationsdatei (cron.jobs); entfernen Sie ihn dort.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="286"/>
        <source>Remove the selected job after asking (Delete)</source>
        <translation>Den ausgewählten Auftrag nach Rückfrage entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="301"/>
        <source>The run history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="311"/>
        <source>%1 (run by hand)</source>
        <translation>%1 (von Hand gestartet)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="338"/>
        <source>Adding the job…</source>
        <translation>Auftrag wird hinzugefügt …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="343"/>
        <source>The job was not added: %1</source>
        <translation>Der Auftrag wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="349"/>
        <source>Job “%1” added.</source>
        <translation>Auftrag „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="360"/>
        <source>“%1” comes from the configuration file (cron.jobs) and cannot be removed here; remove it from the configuration.</source>
        <translation>„%1“ stammt aus der Konfigurationsdatei (cron.jobs) und kann hier nicht entfernt werden; entfernen Sie ihn aus der Konfiguration.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="365"/>
        <source>Remove job</source>
        <translation>Auftrag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="366"/>
        <source>Remove the scheduled job “%1”? Its run history goes with it.</source>
        <translation>Den geplanten Auftrag „%1“ entfernen? Sein Verlauf wird mit gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="366"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="368"/>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="373"/>
        <source>“%1” was not removed: %2</source>
        <translation>„%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="378"/>
        <source>“%1” removed.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="387"/>
        <source>Starting “%1”…</source>
        <translation>„%1“ wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="392"/>
        <source>“%1” did not start: %2</source>
        <translation>„%1“ wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="397"/>
        <source>“%1” started; its outcome appears in the history.</source>
        <translation>„%1“ gestartet; das Ergebnis erscheint im Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="75"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::DecidedSenders</name>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="29"/>
        <source>Decided &amp;earlier:</source>
        <translation>Früher &amp;entschieden:</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="33"/>
        <source>Senders decided earlier</source>
        <translation>Früher entschiedene Absender</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="34"/>
        <source>Senders approved or rejected before, with when; select one to forget the decision</source>
        <translation>Früher bestätigte oder abgelehnte Absender, mit Zeitpunkt; wählen Sie einen, um die Entscheidung zu vergessen</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="35"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="35"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="35"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="40"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="42"/>
        <source>The sender becomes unknown again: with pairing they get a new code when they write.</source>
        <translation>Der Absender ist wieder unbekannt: Mit Kopplung erhält er beim nächsten Schreiben einen neuen Code.</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="70"/>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="70"/>
        <source>Unnamed group</source>
        <translation>Gruppe ohne Namen</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="72"/>
        <source>Group “%1”</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="73"/>
        <source>approved</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="73"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="79"/>
        <source>The title the group&apos;s members gave it; not verified</source>
        <translation>Der Titel, den die Mitglieder der Gruppe vergeben haben; nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="80"/>
        <source>The name given by the sender; not verified</source>
        <translation>Der vom Absender angegebene Name; nicht geprüft</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::KvBrowser</name>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="55"/>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="56"/>
        <source>Key-value namespaces; choose one to list its keys</source>
        <translation>Namensräume des Schlüssel-Wert-Speichers; wählen Sie einen, um seine Schlüssel aufzulisten</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="57"/>
        <source>&amp;Namespaces</source>
        <translation>&amp;Namensräume</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="59"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="61"/>
        <source>List the namespaces and keys again (F5)</source>
        <translation>Namensräume und Schlüssel neu auflisten (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="62"/>
        <source>New n&amp;amespace…</source>
        <translation>Neuer N&amp;amensraum…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="64"/>
        <source>Name a new namespace and start its first key</source>
        <translation>Einen neuen Namensraum benennen und seinen ersten Schlüssel beginnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="74"/>
        <source>Filter by key prefix</source>
        <translation>Nach Schlüsselpräfix filtern</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="75"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="79"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="80"/>
        <source>Keys of the chosen namespace with their expiry; select one to edit its value</source>
        <translation>Schlüssel des gewählten Namensraums mit ihrem Ablauf; wählen Sie einen, um seinen Wert zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="81"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="81"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="93"/>
        <source>List the next page of keys</source>
        <translation>Die nächste Seite der Schlüssel auflisten</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="97"/>
        <source>Start a new key in the chosen namespace</source>
        <translation>Einen neuen Schlüssel im gewählten Namensraum beginnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="137"/>
        <source>The key-value store is not available.</source>
        <translation>Der Schlüssel-Wert-Speicher ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="165"/>
        <source>Loading namespaces…</source>
        <translation>Namensräume werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="170"/>
        <source>Could not list the namespaces: %1</source>
        <translation>Die Namensräume konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="180"/>
        <source>No keys stored yet.</source>
        <translation>Noch keine Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="188"/>
        <source>New namespace</source>
        <translation>Neuer Namensraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="188"/>
        <source>Namespace name (letters, digits, _ - .):</source>
        <translation>Name des Namensraums (Buchstaben, Ziffern, _ - .):</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="224"/>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="231"/>
        <source>Could not list the keys: %1</source>
        <translation>Die Schlüssel konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/kvbrowser.cpp" line="245"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/kvbrowser.cpp" line="246"/>
        <source>First %n key(s) shown; more are available.</source>
        <translation>
            <numerusform>Der erste Schlüssel wird angezeigt; es gibt weitere.</numerusform>
            <numerusform>Die ersten %n Schlüssel werden angezeigt; es gibt weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="266"/>
        <source>Loading the value…</source>
        <translation>Wert wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="273"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="279"/>
        <source>The key %1 no longer exists (it expired or was deleted).</source>
        <translation>Den Schlüssel %1 gibt es nicht mehr (abgelaufen oder gelöscht).</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="313"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="319"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="331"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="341"/>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="342"/>
        <source>Delete the key “%1” from the namespace “%2”? This cannot be undone.</source>
        <translation>Den Schlüssel „%1“ aus dem Namensraum „%2“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="343"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="346"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="351"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="356"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="87"/>
        <source>Ke&amp;ys</source>
        <translation>Sc&amp;hlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="91"/>
        <source>&amp;Load more</source>
        <translation>Mehr &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="95"/>
        <source>Ne&amp;w key</source>
        <translation>Neuer Schl&amp;üssel</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::KvEditor</name>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="57"/>
        <source>Name of the new key</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="58"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="63"/>
        <source>Value type</source>
        <translation>Werttyp</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="64"/>
        <source>How the value is stored: text, JSON (checked before saving) or binary</source>
        <translation>Wie der Wert gespeichert wird: Text, JSON (vor dem Speichern geprüft) oder binär</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="65"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="66"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="67"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="68"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="79"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="80"/>
        <source>The value of the selected key; Tab leaves the field</source>
        <translation>Der Wert des ausgewählten Schlüssels; Tab verlässt das Feld</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="87"/>
        <source>E&amp;xpires after</source>
        <translation>Läuft a&amp;b nach</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="89"/>
        <source>Let the key expire after the time set next to it; unchecked, it never expires</source>
        <translation>Den Schlüssel nach der daneben eingestellten Zeit ablaufen lassen; ohne Haken läuft er nie ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="92"/>
        <source>Time to live</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="93"/>
        <source>How long the key lives after it is saved, in the unit next to it</source>
        <translation>Wie lange der Schlüssel nach dem Speichern lebt, in der Einheit daneben</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="97"/>
        <source>Time to live unit</source>
        <translation>Einheit der Lebensdauer</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="98"/>
        <source>The unit of the time to live</source>
        <translation>Die Einheit der Lebensdauer</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="99"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="99"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="99"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="99"/>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="109"/>
        <source>&amp;Format JSON</source>
        <translation>JSON &amp;formatieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="111"/>
        <source>Indent the JSON value for reading</source>
        <translation>Den JSON-Wert zum Lesen einrücken</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="112"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="114"/>
        <source>Write the value and its expiry to the store</source>
        <translation>Wert und Ablauf in den Speicher schreiben</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="115"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="117"/>
        <source>Delete the key after asking (Delete)</source>
        <translation>Den Schlüssel nach Rückfrage löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="147"/>
        <source>Select a key to see its value.</source>
        <translation>Wählen Sie einen Schlüssel, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="164"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="204"/>
        <source>binary: shown as hex, not editable here</source>
        <translation>binär: als Hex angezeigt, hier nicht bearbeitbar</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="206"/>
        <source>too large to edit here; the first %1 are shown</source>
        <translation>zu groß zum Bearbeiten; die ersten %1 werden angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="209"/>
        <source>metadata: %1</source>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="265"/>
        <source>will expire %1 after saving</source>
        <translation>läuft %1 nach dem Speichern ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="266"/>
        <source>will never expire</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="286"/>
        <source>Select a key first.</source>
        <translation>Wählen Sie zuerst einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="292"/>
        <source>The key needs a name.</source>
        <translation>Der Schlüssel braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="307"/>
        <source>Binary values cannot be typed in; choose Text or JSON.</source>
        <translation>Binärwerte lassen sich nicht eintippen; wählen Sie Text oder JSON.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="59"/>
        <source>K&amp;ey:</source>
        <translation>Schlüss&amp;el:</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::LanguageSwitcher</name>
    <message>
        <location filename="../ui/settings/languageswitcher.cpp" line="47"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::LogsPage</name>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="64"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="67"/>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="68"/>
        <source>Show only lines of this level or a more severe one</source>
        <translation>Nur Zeilen dieser oder einer schwereren Stufe zeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="69"/>
        <source>Everything (debug)</source>
        <translation>Alles (Debug)</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="70"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="71"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="72"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="77"/>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="78"/>
        <source>Search messages and categories…</source>
        <translation>Meldungen und Kategorien durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="80"/>
        <location filename="../ui/pages/logspage.cpp" line="138"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="83"/>
        <source>Stop following new lines so you can read; new lines are still collected.</source>
        <translation>Neuen Zeilen nicht mehr folgen, damit Sie lesen können; neue Zeilen werden weiter gesammelt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="84"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="86"/>
        <source>Copy the selected lines, or every shown line when none is selected.</source>
        <translation>Die ausgewählten Zeilen kopieren, oder alle angezeigten, wenn keine ausgewählt ist.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="95"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="95"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="95"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="95"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="100"/>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="101"/>
        <source>The gateway&apos;s log with time, level, category and message; new lines are added at the bottom</source>
        <translation>Das Protokoll des Gateways mit Zeit, Stufe, Kategorie und Nachricht; neue Zeilen kommen unten hinzu</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="138"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="145"/>
        <source>No event log is attached: the gateway is not running in this process.</source>
        <translation>Kein Ereignisprotokoll verbunden: das Gateway läuft nicht in diesem Prozess.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="155"/>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="274"/>
        <source>%1 of %2 lines shown (the newest %3 are kept)</source>
        <translation>%1 von %2 Zeilen angezeigt (die neuesten %3 werden behalten)</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="31"/>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Moltdesk</source>
        <translation>Moltdesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Moltdesk</source>
        <translation>&amp;Moltdesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Run &amp;set-up again…</source>
        <translation>&amp;Einrichtung erneut ausführen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Choose a page of the control panel with the arrow keys</source>
        <translation>Wählen Sie mit den Pfeiltasten eine Seite des Kontrollzentrums</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>Gateway state</source>
        <translation>Zustand des Gateways</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Some pages keep the previous language until Moltdesk is restarted, because rebuilding them now would lose work: %1.</source>
        <translation>Einige Seiten behalten die bisherige Sprache bis zum Neustart von Moltdesk, weil ein Neuaufbau jetzt Arbeit verlieren würde: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>Moltdesk is still running</source>
        <translation>Moltdesk läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>The gateway keeps answering in the background. Use the tray icon to open the panel or quit.</source>
        <translation>Das Gateway antwortet weiter im Hintergrund. Über das Symbol im Infobereich öffnen Sie das Kontrollzentrum oder beenden Moltdesk.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>The bot is paused</source>
        <translation>Der Bot ist pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>The bot accepts messages but answers no one until you resume it (Overview, or the tray menu).</source>
        <translation>Der Bot nimmt Nachrichten an, antwortet aber niemandem, bis Sie ihn fortsetzen (Übersicht oder Menü im Infobereich).</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::MessageBubble</name>
    <message>
        <location filename="../ui/sessions/messagebubble.cpp" line="88"/>
        <source>Message from the user</source>
        <translation>Nachricht des Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/sessions/messagebubble.cpp" line="92"/>
        <source>Message from the agent</source>
        <translation>Nachricht des Agenten</translation>
    </message>
    <message>
        <location filename="../ui/sessions/messagebubble.cpp" line="96"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/sessions/messagebubble.cpp" line="100"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ModelPage</name>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="19"/>
        <source>Choose a model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="23"/>
        <source>Type to filter…</source>
        <translation>Zum Filtern tippen…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="25"/>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="26"/>
        <source>&amp;Models:</source>
        <translation>&amp;Modelle:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="29"/>
        <source>Available models</source>
        <translation>Verfügbare Modelle</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="30"/>
        <source>The models your provider offers; the one you choose answers your messages</source>
        <translation>Die Modelle Ihres Anbieters; das gewählte beantwortet Ihre Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="54"/>
        <source>These are the models %1 offers you. The one selected is a good start; you can change it later in the settings.</source>
        <translation>Diese Modelle bietet %1 Ihnen an. Das ausgewählte ist ein guter Anfang; Sie können es später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="101"/>
        <source>No model matches &quot;%1&quot;.</source>
        <translation>Kein Modell passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="114"/>
        <source>1 model listed.</source>
        <translation>1 Modell aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="114"/>
        <source>%1 models listed.</source>
        <translation>%1 Modelle aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::Notifier</name>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="62"/>
        <source>no reason was given</source>
        <translation>es wurde kein Grund genannt</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="84"/>
        <source>%1 stopped working</source>
        <translation>%1 funktioniert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="98"/>
        <source>A group (id %1)</source>
        <translation>Eine Gruppe (ID %1)</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="98"/>
        <source>The group “%1”</source>
        <translation>Die Gruppe „%1“</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="99"/>
        <source>New group pairing request</source>
        <translation>Neue Kopplungsanfrage einer Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="100"/>
        <source>%1 wants your bot to answer there on %2 — code %3, approve it in Channels.</source>
        <translation>%1 möchte, dass Ihr Bot dort auf %2 antwortet — Code %3, freigeben unter Kanäle.</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="103"/>
        <source>Someone (id %1)</source>
        <translation>Jemand (ID %1)</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="103"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="104"/>
        <source>New pairing request</source>
        <translation>Neue Kopplungsanfrage</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="105"/>
        <source>%1 wants to talk to your bot on %2 — code %3, approve it in Channels.</source>
        <translation>%1 möchte auf %2 mit Ihrem Bot sprechen — Code %3, bestätigen Sie unter „Kanäle“.</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="109"/>
        <source>Budget reached</source>
        <translation>Budget erreicht</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="110"/>
        <source>The spending cap is reached: the bot stops answering until it resets.</source>
        <translation>Die Ausgabengrenze ist erreicht: Der Bot antwortet erst wieder, wenn sie zurückgesetzt wird.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ObjectBrowser</name>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="41"/>
        <source>the object no longer exists</source>
        <translation>das Objekt existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="64"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="85"/>
        <source>Filter by key prefix, e.g. media/</source>
        <translation>Nach Schlüsselpräfix filtern, z. B. media/</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="86"/>
        <source>Object key prefix</source>
        <translation>Präfix des Objektschlüssels</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="92"/>
        <source>Stored objects with size, type and last change; select one to preview it</source>
        <translation>Gespeicherte Objekte mit Größe, Typ und letzter Änderung; wählen Sie eines für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="93"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="93"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="93"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="93"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="105"/>
        <source>List the next page of objects</source>
        <translation>Die nächste Seite der Objekte auflisten</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="107"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="109"/>
        <source>List the objects again from the start (F5)</source>
        <translation>Die Objekte von vorn neu auflisten (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="110"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="112"/>
        <source>Store a file from disk as an object, under a key you choose</source>
        <translation>Eine Datei vom Datenträger als Objekt speichern, unter einem Schlüssel Ihrer Wahl</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="113"/>
        <source>&amp;Save to disk…</source>
        <translation>Auf Datenträger &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="115"/>
        <source>Copy the selected object to a file on disk</source>
        <translation>Das ausgewählte Objekt in eine Datei auf dem Datenträger kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="116"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="118"/>
        <source>Delete the selected object after asking (Delete)</source>
        <translation>Das ausgewählte Objekt nach Rückfrage löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="158"/>
        <source>The object store is not available.</source>
        <translation>Der Objektspeicher ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="190"/>
        <source>Loading objects…</source>
        <translation>Objekte werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="197"/>
        <source>Could not list the objects: %1</source>
        <translation>Die Objekte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/objectbrowser.cpp" line="213"/>
        <source>First %n object(s) shown; more are available.</source>
        <translation>
            <numerusform>Das erste Objekt wird angezeigt; es gibt weitere.</numerusform>
            <numerusform>Die ersten %n Objekte werden angezeigt; es gibt weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/objectbrowser.cpp" line="214"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="264"/>
        <location filename="../ui/pages/objectbrowser.cpp" line="265"/>
        <source>Loading the preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="272"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="278"/>
        <source>The object %1 no longer exists.</source>
        <translation>Das Objekt %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="287"/>
        <location filename="../ui/pages/objectbrowser.cpp" line="290"/>
        <source>Upload a file</source>
        <translation>Datei hochladen</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="290"/>
        <source>Store it under the key:</source>
        <translation>Unter diesem Schlüssel speichern:</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="300"/>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="305"/>
        <source>Could not upload %1: %2</source>
        <translation>%1 konnte nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="316"/>
        <source>Uploaded %1 (%2).</source>
        <translation>%1 hochgeladen (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="327"/>
        <source>Save object to disk</source>
        <translation>Objekt auf Datenträger speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="335"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="340"/>
        <source>Could not save %1 to %2: %3</source>
        <translation>%1 konnte nicht unter %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="343"/>
        <source>Saved %1 to %2.</source>
        <translation>%1 unter %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="353"/>
        <source>Delete object</source>
        <translation>Objekt löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="354"/>
        <source>Delete the object “%1”? This cannot be undone.</source>
        <translation>Das Objekt „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="354"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="357"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="362"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="367"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="103"/>
        <source>&amp;Load more</source>
        <translation>Mehr &amp;laden</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ObjectPreview</name>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="39"/>
        <source>Text preview</source>
        <translation>Textvorschau</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="40"/>
        <source>The start of the selected object as text, read-only</source>
        <translation>Der Anfang des ausgewählten Objekts als Text, nur lesbar</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="48"/>
        <location filename="../ui/pages/objectpreview.cpp" line="52"/>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="49"/>
        <source>The selected object as an image; scroll it with the arrow keys</source>
        <translation>Das ausgewählte Objekt als Bild; mit den Pfeiltasten blättern</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="109"/>
        <source>Select an object to preview it.</source>
        <translation>Wählen Sie ein Objekt für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="140"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · updated %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · geändert %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="147"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="155"/>
        <source>[Preview ends here: the first %1 of %2 are shown.]</source>
        <translation>[Die Vorschau endet hier: die ersten %1 von %2 werden angezeigt.]</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="162"/>
        <source>No preview for this kind of file (%1). Use “Save to disk…” to open it.</source>
        <translation>Keine Vorschau für diese Art Datei (%1). Mit „Auf Datenträger speichern…“ können Sie sie öffnen.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="157"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="159"/>
        <source>Copy the address to the clipboard</source>
        <translation>Adresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="160"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="170"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="171"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="172"/>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="173"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="176"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="184"/>
        <source>Component health</source>
        <translation>Zustand der Komponenten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="185"/>
        <source>Each part of the gateway with its status and details</source>
        <translation>Jeder Teil des Gateways mit Status und Details</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="186"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="186"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="186"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="204"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="216"/>
        <source>Running, with warnings</source>
        <translation>Läuft, mit Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="217"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="219"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="221"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="223"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="225"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="233"/>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="270"/>
        <source>No key for %1: answers come from the fallback models until you add one.</source>
        <translation>Kein Schlüssel für %1: Bis Sie einen hinzufügen, antworten die Ersatzmodelle.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="271"/>
        <source>No key for %1 (%2): answers come from the fallback models until you add one.</source>
        <translation>Kein Schlüssel für %1 (%2): Bis Sie einen hinzufügen, antworten die Ersatzmodelle.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="275"/>
        <source>Moltdesk cannot answer yet: no key for %1.</source>
        <translation>Moltdesk kann noch nicht antworten: kein Schlüssel für %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="276"/>
        <source>Moltdesk cannot answer yet: no key for %1 (%2).</source>
        <translation>Moltdesk kann noch nicht antworten: kein Schlüssel für %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="283"/>
        <source>The gateway is running, but some components need attention.</source>
        <translation>Das Gateway läuft, aber einige Komponenten brauchen Aufmerksamkeit.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="284"/>
        <source>The gateway is running and answering.</source>
        <translation>Das Gateway läuft und antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="294"/>
        <source>The gateway stopped: %1</source>
        <translation>Das Gateway wurde angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="328"/>
        <source>not listening</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="351"/>
        <source>%1, no key</source>
        <translation>%1, kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="133"/>
        <source>&amp;Resume the bot</source>
        <translation>Bot &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="55"/>
        <source>the local server</source>
        <translation>den lokalen Server</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="117"/>
        <source>&amp;Add a key…</source>
        <translation>Schlüssel &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="119"/>
        <source>Add a key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="120"/>
        <source>Open the Secrets page to store the provider&apos;s API key</source>
        <translation>Öffnet die Seite „Geheimnisse“, um den API-Schlüssel des Anbieters zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="135"/>
        <source>Resume the bot</source>
        <translation>Bot fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="136"/>
        <source>Answer the messages that arrived while paused, in order, then go on as usual</source>
        <translation>Die während der Pause eingegangenen Nachrichten der Reihe nach beantworten, dann wie gewohnt weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="153"/>
        <source>The address the gateway listens on; the link opens its health check in the browser</source>
        <translation>Die Adresse, unter der das Gateway lauscht; der Link öffnet seine Zustandsprüfung im Browser</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="248"/>
        <source>Running, the bot is paused</source>
        <translation>Läuft, der Bot ist pausiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="256"/>
        <source>Paused since %1. Messages are kept and answered in order when you resume.</source>
        <translation>Pausiert seit %1. Nachrichten werden aufbewahrt und beim Fortsetzen der Reihe nach beantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="258"/>
        <source>Messages are kept and answered in order when you resume.</source>
        <translation>Nachrichten werden aufbewahrt und beim Fortsetzen der Reihe nach beantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="260"/>
        <source>The bot is paused: it accepts messages but answers no one until you resume.</source>
        <translation>Der Bot ist pausiert: Er nimmt Nachrichten an, antwortet aber niemandem, bis Sie fortsetzen.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::Page</name>
    <message>
        <location filename="../ui/page.cpp" line="40"/>
        <source>%1 is still working</source>
        <translation>%1 arbeitet noch</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::PairingBox</name>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="18"/>
        <location filename="../ui/channels/pairingbox.cpp" line="217"/>
        <source>Waiting for approval</source>
        <translation>Warten auf Bestätigung</translation>
    </message>
    <message>
        <source>People who wrote to the bot and got a pairing code. Approve only people you know: an approved sender can talk to the agent, at your cost.</source>
        <translation type="vanished">Personen, die dem Bot geschrieben und einen Kopplungscode erhalten haben. Bestätigen Sie nur Personen, die Sie kennen: Ein bestätigter Absender kann auf Ihre Kosten mit dem Agenten sprechen.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="24"/>
        <source>People who wrote to the bot, and groups that mentioned it, got a pairing code. Approve only people and groups you know: they can talk to the agent, at your cost.</source>
        <translation>Personen, die dem Bot geschrieben haben, und Gruppen, die ihn erwähnt haben, haben einen Kopplungscode erhalten. Geben Sie nur Personen und Gruppen frei, die Sie kennen: Sie können mit dem Agenten sprechen, auf Ihre Kosten.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="34"/>
        <source>No one is waiting.</source>
        <translation>Niemand wartet.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="82"/>
        <source>The gateway is not running, so pairing requests cannot be shown.</source>
        <translation>Das Gateway läuft nicht, daher können keine Kopplungsanfragen angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="87"/>
        <source>Loading pairing requests…</source>
        <translation>Kopplungsanfragen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="95"/>
        <source>Pairing requests could not be loaded: %1</source>
        <translation>Die Kopplungsanfragen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="126"/>
        <source>Approving %1…</source>
        <translation>%1 wird bestätigt…</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="126"/>
        <source>Rejecting %1…</source>
        <translation>%1 wird abgelehnt…</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="135"/>
        <source>%1 was not decided: %2</source>
        <translation>Über %1 wurde nicht entschieden: %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="143"/>
        <source>%1 can talk to the bot now.</source>
        <translation>%1 kann jetzt mit dem Bot sprechen.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="144"/>
        <source>%1 was declined and will be told once.</source>
        <translation>%1 wurde abgelehnt und erhält einmal eine Mitteilung.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="179"/>
        <source>Forgetting %1…</source>
        <translation>%1 wird vergessen…</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="187"/>
        <source>%1 was not forgotten: %2</source>
        <translation>%1 wurde nicht vergessen: %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="190"/>
        <source>%1 is unknown again.</source>
        <translation>%1 ist wieder unbekannt.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="217"/>
        <source>Waiting for approval (%1)</source>
        <translation>Warten auf Bestätigung (%1)</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::PairingRow</name>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="32"/>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="vanished">ID %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="32"/>
        <source>Unnamed group</source>
        <translation>Gruppe ohne Namen</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="37"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="38"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="39"/>
        <source>The title the group&apos;s members gave it; not verified</source>
        <translation>Der Titel, den die Mitglieder der Gruppe vergeben haben; nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="40"/>
        <source>The name given by the sender; not verified</source>
        <translation>Der vom Absender angegebene Name; nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="44"/>
        <source>group id %1 · title given by the group&apos;s members</source>
        <translation>Gruppen-ID %1 · Titel von den Mitgliedern der Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="45"/>
        <source>id %1 · name given by the sender</source>
        <translation>ID %1 · vom Absender angegebener Name</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="58"/>
        <source>The code the bot posted in the group: ask a member you trust which code they see before approving.</source>
        <translation>Der Code, den der Bot in der Gruppe gepostet hat: Fragen Sie vor der Freigabe ein Mitglied, dem Sie vertrauen, welchen Code es sieht.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="60"/>
        <source>The code the sender was given: ask them which code they see before approving.</source>
        <translation>Der Code, den der Absender erhalten hat: Fragen Sie vor dem Bestätigen, welchen Code er sieht.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="64"/>
        <source>Approve</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="66"/>
        <source>Approve %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="66"/>
        <source>Approve group %1</source>
        <translation>Gruppe %1 freigeben</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="67"/>
        <source>Let the bot answer in this group from now on (members who mention it), at your cost; compare the code first</source>
        <translation>Der Bot antwortet ab jetzt in dieser Gruppe (Mitgliedern, die ihn erwähnen), auf Ihre Kosten; vergleichen Sie zuerst den Code</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="69"/>
        <source>Let this sender write to the bot from now on; compare the code first</source>
        <translation>Diesem Absender ab jetzt erlauben, dem Bot zu schreiben; vergleichen Sie zuerst den Code</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="70"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="72"/>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="72"/>
        <source>Reject group %1</source>
        <translation>Gruppe %1 ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="73"/>
        <source>Refuse the request: the bot does not answer in this group</source>
        <translation>Anfrage ablehnen: Der Bot antwortet nicht in dieser Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="74"/>
        <source>Refuse the request: the bot does not answer this sender</source>
        <translation>Die Anfrage ablehnen: der Bot antwortet diesem Absender nicht</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="102"/>
        <source>asked %1</source>
        <translation>gefragt %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="108"/>
        <source>%1 · code valid for %2</source>
        <translation>%1 · Code noch %2 gültig</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="109"/>
        <source>%1 · code expired</source>
        <translation>%1 · Code abgelaufen</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ProviderPage</name>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="16"/>
        <source>Which AI should answer?</source>
        <translation>Welche KI soll antworten?</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="17"/>
        <source>Moltdesk sends your conversations to the AI you choose here. You can add more providers and fallbacks later in the settings.</source>
        <translation>Moltdesk sendet Ihre Unterhaltungen an die KI, die Sie hier wählen. Weitere Anbieter und Ausweichmodelle können Sie später in den Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="24"/>
        <source>&amp;Anthropic (Claude)</source>
        <translation>&amp;Anthropic (Claude)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="25"/>
        <source>Needs an API key from console.anthropic.com. Strong at long conversations and tool use.</source>
        <translation>Braucht einen API-Schlüssel von console.anthropic.com. Stark bei langen Unterhaltungen und beim Einsatz von Werkzeugen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="27"/>
        <source>&amp;OpenAI (GPT)</source>
        <translation>&amp;OpenAI (GPT)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="28"/>
        <source>Needs an API key from platform.openai.com.</source>
        <translation>Braucht einen API-Schlüssel von platform.openai.com.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="29"/>
        <source>A &amp;local server (Ollama, llama.cpp, …)</source>
        <translation>Ein &amp;lokaler Server (Ollama, llama.cpp, …)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="30"/>
        <source>Runs on your own computer or network; usually no key and no cost. The server must speak the OpenAI-compatible API.</source>
        <translation>Läuft auf Ihrem eigenen Rechner oder in Ihrem Netz; meist ohne Schlüssel und ohne Kosten. Der Server muss die OpenAI-kompatible API sprechen.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SecretRow</name>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="41"/>
        <source>New value for %1</source>
        <translation>Neuer Wert für %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="43"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="45"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="47"/>
        <location filename="../ui/pages/secretrow.cpp" line="169"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="49"/>
        <source>Reveal %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="50"/>
        <source>Show the stored value below until you hide it or leave the page</source>
        <translation>Den gespeicherten Wert darunter zeigen, bis Sie ihn verbergen oder die Seite verlassen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="54"/>
        <location filename="../ui/pages/secretrow.cpp" line="55"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="60"/>
        <source>Current value of %1</source>
        <translation>Aktueller Wert von %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="95"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="99"/>
        <source>✔ set</source>
        <translation>✔ gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="99"/>
        <source>✔ set (%1)</source>
        <translation>✔ gesetzt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="103"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="107"/>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="111"/>
        <source>Type a new value to replace it</source>
        <translation>Neuen Wert eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="111"/>
        <source>Type the value to set it</source>
        <translation>Wert eingeben, um ihn zu setzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="136"/>
        <source>Store the typed value in the keychain, replacing any stored value</source>
        <translation>Den eingegebenen Wert im Schlüsselbund speichern und einen gespeicherten Wert ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="150"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="150"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="160"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SecretsPage</name>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="46"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="50"/>
        <source>The operator token lets the API, WebSocket clients and scripts in. Rotate it if it may have leaked.</source>
        <translation>Das Betreiber-Token gewährt API, WebSocket-Clients und Skripten Zugang. Erneuern Sie es, falls es bekannt geworden sein könnte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="54"/>
        <source>Rotate &amp;operator token…</source>
        <translation>Betreiber-T&amp;oken erneuern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="56"/>
        <source>Replace the operator token with a new one (after asking); every client must then connect with the new token</source>
        <translation>Das Betreiber-Token durch ein neues ersetzen (nach Rückfrage); jeder Client muss sich dann mit dem neuen Token verbinden</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="96"/>
        <source>Use “Rotate operator token” so the gateway switches to the new token at once.</source>
        <translation>Verwenden Sie „Betreiber-Token erneuern“, damit das Gateway sofort das neue Token nutzt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="102"/>
        <source>A new operator token is in use. Connected clients must use it from now on.</source>
        <translation>Ein neues Betreiber-Token ist aktiv. Verbundene Clients müssen ab jetzt dieses verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="110"/>
        <source>The operator token was not rotated: %1</source>
        <translation>Das Betreiber-Token wurde nicht erneuert: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="115"/>
        <source>No secret store is configured.</source>
        <translation>Es ist kein Geheimnisspeicher eingerichtet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="118"/>
        <source>no secret store</source>
        <translation>kein Geheimnisspeicher</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="127"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="192"/>
        <source>Secrets are kept in the %1. Values are never shown unless you click “Reveal”.</source>
        <translation>Geheimnisse werden hier aufbewahrt: %1. Werte erscheinen nur, wenn Sie auf „Anzeigen“ klicken.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="195"/>
        <source>Secrets are read from the %1, which cannot be changed from here.</source>
        <translation>Geheimnisse werden hieraus gelesen: %1; von hier aus lässt sich das nicht ändern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="199"/>
        <source>Secrets cannot be stored right now: %1</source>
        <translation>Geheimnisse können gerade nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="261"/>
        <source>Replacing or deleting this key would make data encrypted with it unreadable.</source>
        <translation>Wird dieser Schlüssel ersetzt oder gelöscht, sind damit verschlüsselte Daten nicht mehr lesbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="269"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="276"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="285"/>
        <source>%1 saved. The environment sets it too, and its value stays in use until it is removed there.</source>
        <translation>%1 gespeichert. Die Umgebung setzt es ebenfalls; ihr Wert bleibt in Gebrauch, bis er dort entfernt wird.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="289"/>
        <source>%1 saved and in use.</source>
        <translation>%1 gespeichert und in Gebrauch.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="290"/>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="299"/>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="300"/>
        <source>Delete secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="301"/>
        <source>Delete %1 from the %2? Whatever uses it stops working until it is set again.</source>
        <translation>%1 aus folgendem Speicher löschen: %2? Was es nutzt, funktioniert erst wieder, wenn es neu gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="303"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="305"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="310"/>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="316"/>
        <source>%1 deleted from the keychain; the environment still sets it.</source>
        <translation>%1 aus dem Schlüsselbund gelöscht; die Umgebung setzt es weiterhin.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="318"/>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="347"/>
        <source>Rotate operator token</source>
        <translation>Betreiber-Token erneuern</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="348"/>
        <source>A new operator token replaces the current one at once. Every connected client, script and WebSocket session must use the new token to connect again.</source>
        <translation>Ein neues Betreiber-Token ersetzt das aktuelle sofort. Jeder verbundene Client, jedes Skript und jede WebSocket-Sitzung muss sich mit dem neuen Token erneut verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="350"/>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="353"/>
        <source>Rotating the operator token…</source>
        <translation>Betreiber-Token wird erneuert…</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SessionListModel</name>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="276"/>
        <source>Chat with your agent</source>
        <translation>Mit Ihrem Agenten chatten</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="302"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="304"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="306"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="308"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="310"/>
        <source>Cost (30 d)</source>
        <translation>Kosten (30 T.)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="42"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="261"/>
        <source>%1
You are answering here: the agent is paused in this conversation.</source>
        <translation>%1
Sie antworten hier selbst: Der Agent pausiert in dieser Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="279"/>
        <source>%1 (you are answering)</source>
        <translation>%1 (Sie antworten)</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SessionsPage</name>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="74"/>
        <source>The gateway is not running, so there are no conversations to show.</source>
        <translation>Das Gateway läuft nicht, daher gibt es keine Unterhaltungen anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="99"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="115"/>
        <source>Search conversations…</source>
        <translation>Unterhaltungen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="116"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="121"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="122"/>
        <source>Show only the conversations of one channel</source>
        <translation>Nur die Unterhaltungen eines Kanals zeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="123"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="134"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="135"/>
        <source>Select a conversation to read it; Delete removes it after asking</source>
        <translation>Wählen Sie eine Unterhaltung, um sie zu lesen; Entf löscht sie nach Rückfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="162"/>
        <source>Loading conversations…</source>
        <translation>Unterhaltungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="167"/>
        <source>Could not list the conversations: %1</source>
        <translation>Die Unterhaltungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="199"/>
        <source>Choose a conversation</source>
        <translation>Wählen Sie eine Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="213"/>
        <location filename="../ui/pages/sessionspage.cpp" line="583"/>
        <source>&amp;Take over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="216"/>
        <source>Reply as the bot yourself; the agent pauses in this conversation until you release it.</source>
        <translation>Selbst als Bot antworten; der Agent pausiert in dieser Unterhaltung, bis Sie sie freigeben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="218"/>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="220"/>
        <source>Start a new conversation; the old messages are archived, not deleted.</source>
        <translation>Eine neue Unterhaltung beginnen; die alten Nachrichten werden archiviert, nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="224"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="228"/>
        <source>Save the whole conversation, archived messages included, as JSON or as readable text</source>
        <translation>Die ganze Unterhaltung samt archivierten Nachrichten als JSON oder als lesbaren Text speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="230"/>
        <source>As &amp;JSON…</source>
        <translation>Als &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="231"/>
        <source>As readable &amp;text…</source>
        <translation>Als lesbaren &amp;Text…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="233"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="235"/>
        <source>Delete the conversation and its messages after asking (Delete)</source>
        <translation>Die Unterhaltung und ihre Nachrichten nach Rückfrage löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="245"/>
        <source>The messages of the chosen conversation, oldest at the top</source>
        <translation>Die Nachrichten der gewählten Unterhaltung, die ältesten oben</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="248"/>
        <source>Could not read the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="257"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="258"/>
        <location filename="../ui/pages/sessionspage.cpp" line="588"/>
        <source>Write to your agent… (Ctrl+Enter sends)</source>
        <translation>Schreiben Sie Ihrem Agenten… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="264"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="270"/>
        <source>Stop the agent&apos;s answer that is running</source>
        <translation>Die laufende Antwort des Agenten stoppen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="316"/>
        <source>Chat with your agent</source>
        <translation>Mit Ihrem Agenten chatten</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="317"/>
        <source>Messages you send here go to the agent like any other conversation (%1).</source>
        <translation>Nachrichten von hier gehen wie jede andere Unterhaltung an den Agenten (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="406"/>
        <source>Sending as the bot…</source>
        <translation>Wird als Bot gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="412"/>
        <source>Could not send: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="591"/>
        <source>Your reply, sent to the sender as the bot&apos;s answer</source>
        <translation>Ihre Antwort, die der Absender als Antwort des Bots erhält</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="592"/>
        <source>Your message to the agent</source>
        <translation>Ihre Nachricht an den Agenten</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="593"/>
        <source>Send the reply to the sender as the bot (Ctrl+Enter)</source>
        <translation>Die Antwort als Bot an den Absender senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="594"/>
        <source>Send the message to your agent (Ctrl+Enter)</source>
        <translation>Die Nachricht an Ihren Agenten senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="382"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="390"/>
        <source>The message was not sent: %1</source>
        <translation>Die Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="434"/>
        <source>Could not stop the reply: %1</source>
        <translation>Die Antwort konnte nicht angehalten werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="436"/>
        <source>Nothing was running.</source>
        <translation>Es lief nichts.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="444"/>
        <source>Reset conversation</source>
        <translation>Unterhaltung zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="445"/>
        <source>Start a new conversation in %1? The agent forgets the earlier messages; they stay archived and are still exported.</source>
        <translation>Eine neue Unterhaltung in %1 beginnen? Der Agent vergisst die früheren Nachrichten; sie bleiben archiviert und werden weiterhin exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="448"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="455"/>
        <source>Could not reset: %1</source>
        <translation>Zurücksetzen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="458"/>
        <source>The conversation was reset.</source>
        <translation>Die Unterhaltung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="471"/>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="472"/>
        <source>Delete %1 and all its messages? This cannot be undone.</source>
        <translation>%1 und alle Nachrichten löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="472"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="475"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="480"/>
        <source>Could not delete: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="485"/>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="508"/>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="508"/>
        <source>Export as text</source>
        <translation>Als Text exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="512"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="543"/>
        <source>Could not change take-over: %1</source>
        <translation>Übernahme konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="551"/>
        <source>You are answering in %1; the agent is paused there.</source>
        <translation>Sie antworten in %1; der Agent pausiert dort.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="553"/>
        <source>The agent answers in %1 again.</source>
        <translation>Der Agent antwortet wieder in %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="583"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="585"/>
        <source>Needs gateway support: this gateway has no sessions.takeover method yet.</source>
        <translation>Benötigt Gateway-Unterstützung: dieses Gateway hat noch keine Methode sessions.takeover.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="587"/>
        <source>Reply as the bot… (Ctrl+Enter sends)</source>
        <translation>Als Bot antworten… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="268"/>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;pp</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="78"/>
        <source>Settings groups</source>
        <translation>Einstellungsgruppen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="80"/>
        <source>Panel</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="80"/>
        <source>Settings of this panel: its language</source>
        <translation>Einstellungen dieser Oberfläche: ihre Sprache</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="81"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="82"/>
        <source>The whole configuration as JSON, for keys the other tabs do not show</source>
        <translation>Die ganze Konfiguration als JSON, für Schlüssel, die die anderen Reiter nicht zeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="89"/>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="91"/>
        <source>Discard the changes you have not saved</source>
        <translation>Nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="92"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="94"/>
        <source>Check and save the configuration (Ctrl+S)</source>
        <translation>Konfiguration prüfen und speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="114"/>
        <source>The gateway is not running, so its settings cannot be shown.</source>
        <translation>Das Gateway läuft nicht, daher können seine Einstellungen nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="122"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="151"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="155"/>
        <source>Language of the panel</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="158"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="160"/>
        <source>Applies at once to the whole panel. Kept on this computer with the panel&apos;s own settings, not in config.json.</source>
        <translation>Gilt sofort für die ganze Oberfläche. Wird auf diesem Rechner bei den Einstellungen der Oberfläche gespeichert, nicht in config.json.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="178"/>
        <source>The language can be chosen in the desktop application only.</source>
        <translation>Die Sprache lässt sich nur in der Desktop-Anwendung wählen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="189"/>
        <source>The whole configuration as config.json holds it, with every key spelt out. It is checked as you type; secrets never belong here.</source>
        <translation>Die ganze Konfiguration so, wie config.json sie enthält, mit allen Schlüsseln ausgeschrieben. Sie wird beim Tippen geprüft; Geheimnisse gehören nie hierher.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="195"/>
        <source>Configuration as JSON</source>
        <translation>Konfiguration als JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="196"/>
        <source>The whole of config.json, checked as you type; Tab leaves the field</source>
        <translation>Die ganze config.json, beim Tippen geprüft; Tab verlässt das Feld</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="230"/>
        <source>Loading the configuration…</source>
        <translation>Konfiguration wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="237"/>
        <source>This gateway cannot show its configuration (it has no config.get).</source>
        <translation>Dieses Gateway kann seine Konfiguration nicht anzeigen (ihm fehlt config.get).</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="239"/>
        <source>Cannot load the configuration: %1</source>
        <translation>Die Konfiguration kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="259"/>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="260"/>
        <source>%1 does not exist yet: every key has its default.</source>
        <translation>%1 gibt es noch nicht: Alle Schlüssel haben ihren Standardwert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="350"/>
        <source>Fix these before saving:
%1</source>
        <translation>Vor dem Speichern bitte beheben:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="369"/>
        <source>Saving the configuration…</source>
        <translation>Konfiguration wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="383"/>
        <source>This gateway cannot save settings (it has no config.set).</source>
        <translation>Dieses Gateway kann keine Einstellungen speichern (ihm fehlt config.set).</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="401"/>
        <location filename="../ui/pages/settingspage.cpp" line="414"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="403"/>
        <source>Applied now: %1.</source>
        <translation>Sofort übernommen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="405"/>
        <source>Takes effect after a restart: %1.</source>
        <translation>Wirkt erst nach einem Neustart: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="407"/>
        <source>Nothing the gateway uses has changed.</source>
        <translation>Nichts, was das Gateway verwendet, hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="410"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="423"/>
        <source>Not saved: the gateway refused these settings. Nothing was written; the problems are shown at their fields.</source>
        <translation>Nicht gespeichert: Das Gateway hat diese Einstellungen abgelehnt. Es wurde nichts geschrieben; die Probleme stehen bei ihren Feldern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="426"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="443"/>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="452"/>
        <source>Unsaved settings</source>
        <translation>Nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="453"/>
        <source>You changed settings without saving them. Discard the changes?</source>
        <translation>Sie haben Einstellungen geändert, ohne sie zu speichern. Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="454"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="463"/>
        <source>unsaved changes on the Settings page</source>
        <translation>nicht gespeicherte Änderungen auf der Seite „Einstellungen“</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="473"/>
        <source>Switch language</source>
        <translation>Sprache wechseln</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="474"/>
        <source>Switching the language rebuilds the panel&apos;s pages, which discards the settings you have not saved. Switch anyway?</source>
        <translation>Beim Sprachwechsel werden die Seiten der Oberfläche neu aufgebaut; nicht gespeicherte Einstellungen gehen dabei verloren. Trotzdem wechseln?</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="476"/>
        <source>Switch and discard</source>
        <translation>Wechseln und verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="503"/>
        <source>The configuration was changed elsewhere. Save applies only the fields you edited on top of it; Revert loads it.</source>
        <translation>Die Konfiguration wurde anderswo geändert. „Speichern“ übernimmt nur die von Ihnen bearbeiteten Felder darauf; „Zurücksetzen“ lädt sie.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="505"/>
        <source>The configuration was changed elsewhere (%1). Save applies only the fields you edited on top of it; Revert loads it.</source>
        <translation>Die Konfiguration wurde anderswo geändert (%1). „Speichern“ übernimmt nur die von Ihnen bearbeiteten Felder darauf; „Zurücksetzen“ lädt sie.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere. Revert to load it, or Save to replace it with your version.</source>
        <translation type="vanished">Die Konfiguration wurde an anderer Stelle geändert. „Verwerfen“ lädt sie, „Speichern“ ersetzt sie durch Ihre Fassung.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere (%1). Revert to load it, or Save to replace it with your version.</source>
        <translation type="vanished">Die Konfiguration wurde an anderer Stelle geändert (%1). „Verwerfen“ lädt sie, „Speichern“ ersetzt sie durch Ihre Fassung.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SetupFlow</name>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="102"/>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="227"/>
        <source>Paste your %1 API key first.</source>
        <translation>Fügen Sie zuerst Ihren %1-API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="232"/>
        <source>The address must look like http://127.0.0.1:11434 (http:// or https://, a host and optionally a port).</source>
        <translation>Die Adresse muss wie http://127.0.0.1:11434 aussehen (http:// oder https://, ein Host und optional ein Port).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="258"/>
        <source>Connected: 1 model available.</source>
        <translation>Verbunden: 1 Modell verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="259"/>
        <source>Connected: %1 models available.</source>
        <translation>Verbunden: %1 Modelle verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="323"/>
        <source>Paste the token @BotFather gave you, or skip this step.</source>
        <translation>Fügen Sie das Token von @BotFather ein oder überspringen Sie diesen Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="344"/>
        <source>Connected to %1 (@%2).</source>
        <translation>Verbunden mit %1 (@%2).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="395"/>
        <source>The set-up is not complete yet: choose a provider and a model first.</source>
        <translation>Die Einrichtung ist noch nicht vollständig: Wählen Sie zuerst einen Anbieter und ein Modell.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="399"/>
        <source>The existing configuration file has errors, so it was not replaced. Fix or remove it, then run the set-up again:
%1</source>
        <translation>Die vorhandene Konfigurationsdatei enthält Fehler und wurde daher nicht ersetzt. Korrigieren oder entfernen Sie sie und starten Sie die Einrichtung erneut:
%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="414"/>
        <source>There is no secret store to keep the key in, so nothing was saved.</source>
        <translation>Es gibt keinen Geheimnisspeicher für den Schlüssel, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="437"/>
        <source>%1 could not be saved: %2. Nothing was written to the configuration; press Finish to try again once the keychain is available.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. In die Konfiguration wurde nichts geschrieben; klicken Sie erneut auf „Fertigstellen“, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="486"/>
        <source>The keys were saved, but the configuration was refused: %1</source>
        <translation>Die Schlüssel wurden gespeichert, aber die Konfiguration wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="495"/>
        <source>The keys were saved, but the configuration could not be written: %1</source>
        <translation>Die Schlüssel wurden gespeichert, aber die Konfiguration konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="483"/>
        <location filename="../ui/wizard/setupflow.cpp" line="499"/>
        <source>Saved. Moltdesk now answers with %1.</source>
        <translation>Gespeichert. Moltdesk antwortet jetzt mit %1.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SetupMessages</name>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="23"/>
        <source>Cannot reach %1: is the server running? Start it (for Ollama: &quot;ollama serve&quot;) or correct the address.</source>
        <translation>%1 ist nicht erreichbar: Läuft der Server? Starten Sie ihn (bei Ollama: „ollama serve“) oder korrigieren Sie die Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="25"/>
        <source>Cannot reach %1: is the server running? Check your internet connection, a proxy or firewall.</source>
        <translation>%1 ist nicht erreichbar: Läuft der Server? Prüfen Sie Ihre Internetverbindung, einen Proxy oder die Firewall.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="28"/>
        <source>%1 did not answer in time. Check the address and your connection, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="32"/>
        <source>%1 accepted the key but refuses to use it here (HTTP 403): check that the key belongs to an active project or workspace with API access.</source>
        <translation>%1 hat den Schlüssel angenommen, verweigert hier aber seine Verwendung (HTTP 403): Prüfen Sie, ob der Schlüssel zu einem aktiven Projekt oder Workspace mit API-Zugang gehört.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="34"/>
        <source>The server refused the request (HTTP 401): it wants an API key — paste the key the server was started with.</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP 401): Er verlangt einen API-Schlüssel – fügen Sie den Schlüssel ein, mit dem der Server gestartet wurde.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="36"/>
        <source>The key was refused — check you copied all of it (no spaces, nothing cut off) and that it has not been revoked.</source>
        <translation>Der Schlüssel wurde abgelehnt – prüfen Sie, ob Sie ihn vollständig kopiert haben (keine Leerzeichen, nichts abgeschnitten) und ob er nicht widerrufen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="39"/>
        <source>The %1 account has no credit or quota left: add credit in your %1 billing settings, then check again.</source>
        <translation>Das %1-Konto hat kein Guthaben oder Kontingent mehr: Laden Sie in den %1-Abrechnungseinstellungen Guthaben auf und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="43"/>
        <source>%1 is limiting requests right now (HTTP 429): wait %2 seconds and check again.</source>
        <translation>%1 begrenzt gerade die Anfragen (HTTP 429): Warten Sie %2 Sekunden und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="46"/>
        <source>%1 is limiting requests right now (HTTP 429): wait a minute and check again.</source>
        <translation>%1 begrenzt gerade die Anfragen (HTTP 429): Warten Sie eine Minute und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="49"/>
        <source>%1 has a problem on its side (HTTP %2): this is not your key — try again in a few minutes.</source>
        <translation>%1 hat ein Problem auf seiner Seite (HTTP %2): Es liegt nicht an Ihrem Schlüssel – versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="54"/>
        <source>%1 has no model list at this address (HTTP 404): is it really an %2 server? Check the address.</source>
        <translation>%1 bietet unter dieser Adresse keine Modellliste an (HTTP 404): Ist das wirklich ein %2-Server? Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="56"/>
        <source>%1 refused the request (HTTP %2): %3</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="59"/>
        <source>%1 answered, but not like the %2 API does: check the address.</source>
        <translation>%1 hat geantwortet, aber nicht so wie die %2-API: Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="61"/>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="68"/>
        <source>The server is running but has no models yet: download one first (for Ollama: &quot;ollama pull llama3.2&quot;), then check again.</source>
        <translation>Der Server läuft, hat aber noch keine Modelle: Laden Sie zuerst eines herunter (bei Ollama: „ollama pull llama3.2“) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="70"/>
        <source>%1 accepted the key but lists no chat models for it: check the key&apos;s project or permissions.</source>
        <translation>%1 hat den Schlüssel angenommen, listet dafür aber keine Chat-Modelle: Prüfen Sie das Projekt oder die Berechtigungen des Schlüssels.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="81"/>
        <source>Telegram refused this token — copy it again from @BotFather (it looks like 123456789:AA…, with nothing cut off).</source>
        <translation>Telegram hat dieses Token abgelehnt – kopieren Sie es erneut von @BotFather (es sieht aus wie 123456789:AA…, ohne dass etwas fehlt).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="84"/>
        <source>That does not look like a bot token: @BotFather gives one like 123456789:AA… (digits, a colon, then letters).</source>
        <translation>Das sieht nicht wie ein Bot-Token aus: @BotFather gibt eines wie 123456789:AA… aus (Ziffern, ein Doppelpunkt, dann Buchstaben).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="87"/>
        <source>Cannot reach %1: check your internet connection, a proxy or firewall.</source>
        <translation>%1 ist nicht erreichbar: Prüfen Sie Ihre Internetverbindung, einen Proxy oder die Firewall.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="89"/>
        <source>Telegram did not answer in time: check your connection and try again.</source>
        <translation>Telegram hat nicht rechtzeitig geantwortet: Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="91"/>
        <source>Telegram asks to slow down: wait %1 seconds and check again.</source>
        <translation>Telegram bittet um weniger Anfragen: Warten Sie %1 Sekunden und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="93"/>
        <source>Telegram has a problem on its side (HTTP %1): try again in a few minutes.</source>
        <translation>Telegram hat ein Problem auf seiner Seite (HTTP %1): Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="103"/>
        <source>Telegram could not check the token: %1</source>
        <translation>Telegram konnte das Token nicht prüfen: %1</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SetupWizard</name>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="22"/>
        <source>Set up Moltdesk</source>
        <translation>Moltdesk einrichten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="23"/>
        <source>Moltdesk set-up</source>
        <translation>Moltdesk-Einrichtung</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="28"/>
        <source>Set up &amp;later</source>
        <translation>&amp;Später einrichten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="29"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="30"/>
        <source>Close without saving; run the set-up again from the menu.</source>
        <translation>Ohne Speichern schließen; die Einrichtung lässt sich über das Menü erneut starten.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="56"/>
        <source>Step %1 of %2 — </source>
        <translation>Schritt %1 von %2 – </translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SqlConsolePanel</name>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="47"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="48"/>
        <source>Table / column</source>
        <translation>Tabelle / Spalte</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="48"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="50"/>
        <source>Double-click a table to query its first rows.</source>
        <translation>Doppelklicken Sie auf eine Tabelle, um ihre ersten Zeilen abzufragen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="59"/>
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="61"/>
        <source>SELECT … (read-only: one statement, no changes)</source>
        <translation>SELECT … (nur lesend: eine Anweisung, keine Änderungen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="63"/>
        <source>One read-only SQL statement; Ctrl+Return runs it</source>
        <translation>Eine lesende SQL-Anweisung; Strg+Eingabe führt sie aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="66"/>
        <source>Row &amp;cap:</source>
        <translation>Zeilen&amp;grenze:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="72"/>
        <source>Show at most this many rows of the result</source>
        <translation>Höchstens so viele Zeilen des Ergebnisses zeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="73"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="75"/>
        <source>Run the query (Ctrl+Return)</source>
        <translation>Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="91"/>
        <source>Query results</source>
        <translation>Abfrageergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="92"/>
        <source>The rows the last query returned</source>
        <translation>Die Zeilen, die die letzte Abfrage geliefert hat</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="125"/>
        <source>The SQL console is not available.</source>
        <translation>Die SQL-Konsole ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="145"/>
        <source>Loading tables…</source>
        <translation>Tabellen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="150"/>
        <source>Could not list the tables: %1</source>
        <translation>Die Tabellen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="160"/>
        <source>(primary key)</source>
        <translation>(Primärschlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="162"/>
        <source>(not null)</source>
        <translation>(nicht NULL)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="173"/>
        <source>Type a query first, e.g. SELECT * FROM kv LIMIT 10.</source>
        <translation>Geben Sie zuerst eine Abfrage ein, z. B. SELECT * FROM kv LIMIT 10.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="179"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="192"/>
        <source>Not run: this console only reads data. (%1)</source>
        <translation>Nicht ausgeführt: Diese Konsole liest nur Daten. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="194"/>
        <source>Stopped: the query took too long. (%1)</source>
        <translation>Abgebrochen: Die Abfrage dauerte zu lange. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="196"/>
        <source>The query failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="202"/>
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n Zeile in %1 ms</numerusform>
            <numerusform>%n Zeilen in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="204"/>
        <source>only the first %n row(s) are shown (row cap)</source>
        <translation>
            <numerusform>nur die erste Zeile wird angezeigt (Zeilengrenze)</numerusform>
            <numerusform>nur die ersten %n Zeilen werden angezeigt (Zeilengrenze)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SqlResultModel</name>
    <message>
        <location filename="../ui/pages/sqlresultmodel.cpp" line="54"/>
        <source>&lt;%1 of binary data&gt;</source>
        <translation>&lt;%1 Binärdaten&gt;</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::StatusLine</name>
    <message>
        <location filename="../ui/widgets/statusline.cpp" line="21"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::StoragePage</name>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="34"/>
        <source>&amp;Key-value</source>
        <translation>&amp;Schlüssel-Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="35"/>
        <source>&amp;Objects</source>
        <translation>&amp;Objekte</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="36"/>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="37"/>
        <source>Namespaced keys and values with expiry (Workers KV)</source>
        <translation>Schlüssel und Werte in Namensräumen, mit Ablauf (Workers KV)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="38"/>
        <source>Stored files: media, transcripts, exports (R2)</source>
        <translation>Gespeicherte Dateien: Medien, Protokolle, Exporte (R2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="39"/>
        <source>Read-only SQL over the database (D1)</source>
        <translation>Nur lesendes SQL auf der Datenbank (D1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="51"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="29"/>
        <source>Storage areas</source>
        <translation>Speicherbereiche</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="30"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab switch between key-value, objects and SQL</source>
        <translation>Strg+Tab und Strg+Umschalt+Tab wechseln zwischen Schlüssel-Wert, Objekten und SQL</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SummaryPage</name>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="18"/>
        <source>Ready to go</source>
        <translation>Startklar</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="19"/>
        <source>Check the summary, then press Finish to save it.</source>
        <translation>Prüfen Sie die Zusammenfassung und klicken Sie dann auf „Fertigstellen“, um sie zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="25"/>
        <source>The provider, model and channel that Finish saves</source>
        <translation>Anbieter, Modell und Kanal, die „Fertigstellen“ speichert</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="52"/>
        <source>AI provider</source>
        <translation>KI-Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="54"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="55"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="57"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="57"/>
        <source>kept in your keychain as %1, never in the file</source>
        <translation>im Schlüsselbund als %1 aufbewahrt, nie in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="59"/>
        <location filename="../ui/wizard/summarypage.cpp" line="62"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="59"/>
        <source>not now — set it up later on the Channels page</source>
        <translation>jetzt nicht – später auf der Seite „Kanäle“ einrichten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="63"/>
        <source>%1 — &lt;a href=&quot;%2&quot;&gt;@%3&lt;/a&gt;</source>
        <translation>%1 – &lt;a href=&quot;%2&quot;&gt;@%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="67"/>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="24"/>
        <source>What will be saved</source>
        <translation>Was gespeichert wird</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TelegramEntry</name>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="45"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="47"/>
        <source>Telegram channel enabled</source>
        <translation>Telegram-Kanal aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="49"/>
        <source>Saved to config.json; the running gateway starts or stops the channel at once.</source>
        <translation>In config.json gespeichert; das laufende Gateway startet oder stoppt den Kanal sofort.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="81"/>
        <source>The gateway is not running, so there is no live status.</source>
        <translation>Das Gateway läuft nicht, daher gibt es keinen Live-Status.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="108"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="108"/>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="169"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="183"/>
        <source>Enabled.</source>
        <translation>Aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="183"/>
        <source>Disabled.</source>
        <translation>Deaktiviert.</translation>
    </message>
    <message>
        <source>Enabled. Restart Moltdesk to start Telegram.</source>
        <translation type="vanished">Aktiviert. Starten Sie Moltdesk neu, um Telegram zu starten.</translation>
    </message>
    <message>
        <source>Disabled. Restart Moltdesk to stop Telegram.</source>
        <translation type="vanished">Deaktiviert. Starten Sie Moltdesk neu, um Telegram zu stoppen.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TelegramPage</name>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="21"/>
        <source>Connect a Telegram bot</source>
        <translation>Einen Telegram-Bot verbinden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="22"/>
        <source>Optional: people can then talk to your agent in Telegram. Leave the field empty to skip — you can do this later on the Channels page.</source>
        <translation>Optional: Dann können Menschen in Telegram mit Ihrem Agenten sprechen. Lassen Sie das Feld leer, um den Schritt zu überspringen – Sie können das später auf der Seite „Kanäle“ nachholen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="26"/>
        <source>&lt;table cellspacing=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;In Telegram, open &lt;a href=&quot;https://t.me/BotFather&quot;&gt;@BotFather&lt;/a&gt; and send &lt;b&gt;/newbot&lt;/b&gt;.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;2.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Choose a name, then a user name ending in “bot”.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copy the token it sends you and paste it below.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Öffnen Sie in Telegram &lt;a href=&quot;https://t.me/BotFather&quot;&gt;@BotFather&lt;/a&gt; und senden Sie &lt;b&gt;/newbot&lt;/b&gt;.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;2.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Wählen Sie einen Namen, dann einen Benutzernamen, der auf „bot“ endet.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kopieren Sie das Token, das Sie erhalten, und fügen Sie es unten ein.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="45"/>
        <source>Telegram bot token</source>
        <translation>Telegram-Bot-Token</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="46"/>
        <source>The token @BotFather sent you; it is kept in the system keychain</source>
        <translation>Das Token, das @BotFather Ihnen geschickt hat; es wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="47"/>
        <source>&amp;Check token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="49"/>
        <source>Check the Telegram token</source>
        <translation>Telegram-Token prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="50"/>
        <source>Ask Telegram which bot the token belongs to (Enter)</source>
        <translation>Telegram fragen, zu welchem Bot das Token gehört (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="55"/>
        <source>Bot &amp;token:</source>
        <translation>Bot-&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="116"/>
        <source>&amp;Skip &gt;</source>
        <translation>Über&amp;springen &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="116"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="119"/>
        <source>Press Return or Check token.</source>
        <translation>Drücken Sie die Eingabetaste oder „Token prüfen“.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="122"/>
        <source>Asking Telegram…</source>
        <translation>Frage bei Telegram nach…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="133"/>
        <source>Open your bot: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Ihren Bot öffnen: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TelegramSetup</name>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="59"/>
        <source>Paste the token @BotFather gave you.</source>
        <translation>Fügen Sie das Token ein, das Ihnen @BotFather gegeben hat.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="63"/>
        <source>Asking Telegram about this token…</source>
        <translation>Telegram wird zu diesem Token befragt…</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="73"/>
        <source>Telegram answered with a user account, not a bot. Use a token from @BotFather.</source>
        <translation>Telegram hat mit einem Benutzerkonto geantwortet, nicht mit einem Bot. Verwenden Sie ein Token von @BotFather.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="81"/>
        <source>Telegram knows this bot.</source>
        <translation>Telegram kennt diesen Bot.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="92"/>
        <source>Enter the public https:// address of this computer, then set up the webhook.</source>
        <translation>Geben Sie die öffentliche https://-Adresse dieses Computers ein und richten Sie dann den Webhook ein.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="93"/>
        <source>Long polling needs no public address.</source>
        <translation>Long Polling braucht keine öffentliche Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="99"/>
        <source>Enter the public address, e.g. https://bot.example.org</source>
        <translation>Geben Sie die öffentliche Adresse ein, z. B. https://bot.example.org</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="101"/>
        <source>This is not a web address. Enter it like https://bot.example.org</source>
        <translation>Das ist keine Webadresse. Geben Sie sie so ein: https://bot.example.org</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="103"/>
        <source>Telegram only delivers to https:// addresses. Put Moltdesk behind a reverse proxy or tunnel with TLS.</source>
        <translation>Telegram liefert nur an https://-Adressen. Stellen Sie Moltdesk hinter einen Reverse-Proxy oder Tunnel mit TLS.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="106"/>
        <source>Telegram only delivers to ports 443, 80, 88 or 8443, not %1.</source>
        <translation>Telegram liefert nur an die Ports 443, 80, 88 oder 8443, nicht an %1.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="108"/>
        <source>Leave out the ?query and #fragment: the address is the base the webhook path is added to.</source>
        <translation>Lassen Sie ?Abfrage und #Fragment weg: An die Adresse wird der Webhook-Pfad angehängt.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="134"/>
        <location filename="../ui/channels/telegramsetup.cpp" line="177"/>
        <source>Check the token first.</source>
        <translation>Prüfen Sie zuerst das Token.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="148"/>
        <source>Telling Telegram to deliver to %1…</source>
        <translation>Telegram wird angewiesen, an %1 zu liefern…</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="158"/>
        <source>Telegram confirmed the webhook at %1.</source>
        <translation>Telegram hat den Webhook unter %1 bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="160"/>
        <source>Its last delivery attempt failed: %1</source>
        <translation>Der letzte Zustellversuch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="178"/>
        <source>Set up and verify the webhook first, or choose long polling.</source>
        <translation>Richten Sie zuerst den Webhook ein und prüfen Sie ihn, oder wählen Sie Long Polling.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="182"/>
        <source>No secret store is available, so the token cannot be saved.</source>
        <translation>Es ist kein Geheimnisspeicher verfügbar, daher kann das Token nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="185"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="201"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="222"/>
        <source>The token is saved, but the settings are not. %1</source>
        <translation>Das Token ist gespeichert, die Einstellungen aber nicht. %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="228"/>
        <source>Saved. Telegram restarts with the new settings.</source>
        <translation>Gespeichert. Telegram startet mit den neuen Einstellungen neu.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="229"/>
        <source>Saved. Some settings take effect after a restart: %1.</source>
        <translation>Gespeichert. Einige Einstellungen wirken erst nach einem Neustart: %1.</translation>
    </message>
    <message>
        <source>Saved. Restart Moltdesk to use the new token.</source>
        <translation type="vanished">Gespeichert. Starten Sie Moltdesk neu, um das neue Token zu verwenden.</translation>
    </message>
    <message>
        <source>Saved. Restart Moltdesk to apply: the gateway reads the channel settings when it starts.</source>
        <translation type="vanished">Gespeichert. Starten Sie Moltdesk neu, um die Änderung anzuwenden: Das Gateway liest die Kanaleinstellungen beim Start.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="240"/>
        <source>Telegram does not know this token — copy it again from @BotFather.</source>
        <translation>Telegram kennt dieses Token nicht — kopieren Sie es erneut von @BotFather.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="242"/>
        <source>Telegram did not recognise this as a bot token (or the API address is wrong) — copy the token again from @BotFather.</source>
        <translation>Telegram hat dies nicht als Bot-Token erkannt (oder die API-Adresse ist falsch) — kopieren Sie das Token erneut von @BotFather.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="245"/>
        <source>This is not a bot token. It looks like 123456789:AAE… — copy it from @BotFather&apos;s message.</source>
        <translation>Das ist kein Bot-Token. Es sieht so aus: 123456789:AAE… — kopieren Sie es aus der Nachricht von @BotFather.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="247"/>
        <source>Telegram could not be reached. Check the internet connection. (%1)</source>
        <translation>Telegram ist nicht erreichbar. Prüfen Sie die Internetverbindung. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="249"/>
        <source>Telegram did not answer in time. Try again in a moment.</source>
        <translation>Telegram hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/telegramsetup.cpp" line="251"/>
        <source>Telegram asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Telegram bittet, %n Sekunde zu warten, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Telegram bittet, %n Sekunden zu warten, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="254"/>
        <source>Telegram has a problem right now (HTTP %1). Try again in a minute.</source>
        <translation>Telegram hat gerade ein Problem (HTTP %1). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="256"/>
        <source>Telegram reports a conflict: %1</source>
        <translation>Telegram meldet einen Konflikt: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="259"/>
        <source>The answer was not Telegram&apos;s. Is channels.telegram.apiBaseUrl right? (%1)</source>
        <translation>Die Antwort kam nicht von Telegram. Stimmt channels.telegram.apiBaseUrl? (%1)</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="261"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="267"/>
        <source>Telegram refused: %1</source>
        <translation>Telegram hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TelegramSetupPanel</name>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="53"/>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="61"/>
        <source>1. Bot &amp;token</source>
        <translation>1. Bot-&amp;Token</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="63"/>
        <source>In Telegram, open @BotFather, send /newbot and follow its questions. Paste the token it gives you (it looks like 123456789:AAE…).</source>
        <translation>Öffnen Sie in Telegram @BotFather, senden Sie /newbot und beantworten Sie die Fragen. Fügen Sie das Token ein, das Sie erhalten (es sieht so aus: 123456789:AAE…).</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="71"/>
        <source>Telegram bot token</source>
        <translation>Telegram-Bot-Token</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="72"/>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="187"/>
        <source>Paste the token from @BotFather</source>
        <translation>Token von @BotFather einfügen</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="74"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="76"/>
        <source>Check the token with Telegram</source>
        <translation>Token bei Telegram prüfen</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="77"/>
        <source>Ask Telegram which bot the token belongs to (Enter in the token field)</source>
        <translation>Telegram fragen, zu welchem Bot das Token gehört (Eingabe im Token-Feld)</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="91"/>
        <source>2. How Telegram reaches Moltdesk</source>
        <translation>2. Wie Telegram Moltdesk erreicht</translation>
    </message>
    <message>
        <source>&amp;Long polling — Moltdesk asks Telegram for new messages. Works anywhere; recommended.</source>
        <translation type="vanished">&amp;Long Polling — Moltdesk fragt Telegram nach neuen Nachrichten. Funktioniert überall; empfohlen.</translation>
    </message>
    <message>
        <source>&amp;Webhook — Telegram calls this computer. Needs a public https:// address (reverse proxy or tunnel).</source>
        <translation type="vanished">&amp;Webhook — Telegram ruft diesen Computer auf. Braucht eine öffentliche https://-Adresse (Reverse-Proxy oder Tunnel).</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="94"/>
        <source>&amp;Long polling</source>
        <translation>&amp;Long Polling</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="96"/>
        <source>Moltdesk asks Telegram for new messages. Works anywhere; recommended.</source>
        <translation>Moltdesk fragt Telegram nach neuen Nachrichten. Funktioniert überall; empfohlen.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="98"/>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="100"/>
        <source>Telegram calls this computer. Needs a public https:// address (reverse proxy or tunnel).</source>
        <translation>Telegram ruft diesen Computer auf. Braucht eine öffentliche https://-Adresse (Reverse Proxy oder Tunnel).</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="120"/>
        <source>Public https address of this gateway</source>
        <translation>Öffentliche https-Adresse dieses Gateways</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="121"/>
        <source>Public &amp;address:</source>
        <translation>Öffentliche &amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="123"/>
        <source>Set &amp;up webhook</source>
        <translation>Webhook &amp;einrichten</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="125"/>
        <source>Tell Telegram to deliver the bot&apos;s messages to the public address (Enter in the address field)</source>
        <translation>Telegram anweisen, die Nachrichten des Bots an die öffentliche Adresse zu liefern (Eingabe im Adressfeld)</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="134"/>
        <source>Setting the webhook takes effect at Telegram at once: a running long poll stops until Moltdesk restarts with the saved settings.</source>
        <translation>Der Webhook gilt bei Telegram sofort: Ein laufendes Long Polling stoppt, bis Moltdesk mit den gespeicherten Einstellungen neu startet.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="142"/>
        <source>3. Save</source>
        <translation>3. Speichern</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="143"/>
        <source>The token goes to the keychain, never into config.json.</source>
        <translation>Das Token kommt in den Schlüsselbund, niemals in config.json.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="145"/>
        <source>&amp;Save and enable</source>
        <translation>&amp;Speichern und aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="147"/>
        <source>Store the token in the keychain, save the mode in config.json and start the channel</source>
        <translation>Das Token im Schlüsselbund speichern, den Modus in config.json sichern und den Kanal starten</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="186"/>
        <source>A token is stored — paste a new one to replace it</source>
        <translation>Ein Token ist gespeichert — fügen Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="205"/>
        <source>This is &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Das ist &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="225"/>
        <source>Check the token first.</source>
        <translation>Prüfen Sie zuerst das Token.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ToolCard</name>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="31"/>
        <source>Show or hide what the agent passed to the tool and what it returned</source>
        <translation>Zeigen oder verbergen, was der Agent dem Werkzeug übergeben hat und was es geliefert hat</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="41"/>
        <source>Tool input and result</source>
        <translation>Eingabe und Ergebnis des Werkzeugs</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="42"/>
        <source>What the agent passed to the tool and what it returned, read-only</source>
        <translation>Was der Agent dem Werkzeug übergeben hat und was es geliefert hat, nur lesbar</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="72"/>
        <source>(the call is in an earlier part of the conversation)</source>
        <translation>(der Aufruf steht weiter oben in der Unterhaltung)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="81"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="84"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="87"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="90"/>
        <source>Tool %1 — %2</source>
        <translation>Werkzeug %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="98"/>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="98"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="100"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="100"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TranscriptExporter</name>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="32"/>
        <source>The gateway is not running.</source>
        <translation>Das Gateway läuft nicht.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="46"/>
        <source>Could not read the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="67"/>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="72"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/transcriptexporter.cpp" line="75"/>
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="90"/>
        <source>Conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="91"/>
        <source>Exported %1</source>
        <translation>Exportiert %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="98"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="98"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="102"/>
        <source>[archived]</source>
        <translation>[archiviert]</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="111"/>
        <source>→ tool %1 %2</source>
        <translation>→ Werkzeug %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="118"/>
        <source>← tool error: %1</source>
        <translation>← Werkzeugfehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="118"/>
        <source>← tool result: %1</source>
        <translation>← Werkzeugergebnis: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="121"/>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TrayMenu</name>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="83"/>
        <source>Open Moltdesk</source>
        <translation>Moltdesk öffnen</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="181"/>
        <source>Pause the bot</source>
        <translation>Bot pausieren</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="84"/>
        <source>Recent conversations</source>
        <translation>Letzte Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="85"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="143"/>
        <source>Could not pause the bot</source>
        <translation>Der Bot konnte nicht pausiert werden</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="143"/>
        <source>Could not resume the bot</source>
        <translation>Der Bot konnte nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="181"/>
        <source>Resume the bot</source>
        <translation>Bot fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="183"/>
        <source>Answer the messages that arrived while paused, then go on as usual</source>
        <translation>Die während der Pause eingegangenen Nachrichten beantworten, dann wie gewohnt weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="184"/>
        <source>Keep accepting messages but answer none until you resume</source>
        <translation>Weiter Nachrichten annehmen, aber keine beantworten, bis Sie fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="205"/>
        <source>Could not list them: %1</source>
        <translation>Konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="239"/>
        <source>Chat with your agent</source>
        <translation>Mit Ihrem Agenten chatten</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="242"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="252"/>
        <source>The gateway is not running</source>
        <translation>Das Gateway läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="253"/>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="254"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::UsagePage</name>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="78"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="81"/>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="82"/>
        <source>How many days back the figures, charts and top conversations go</source>
        <translation>Wie viele Tage Zahlen, Diagramme und teuerste Unterhaltungen zurückreichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="83"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="84"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="85"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="88"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="90"/>
        <source>Ask the gateway for the usage figures again (F5)</source>
        <translation>Die Nutzungszahlen erneut vom Gateway abrufen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="91"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="93"/>
        <source>Save the usage per day of the chosen range as a CSV file</source>
        <translation>Die Nutzung pro Tag im gewählten Zeitraum als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="111"/>
        <source>Selected range</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="117"/>
        <location filename="../ui/pages/usagepage.cpp" line="161"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="118"/>
        <location filename="../ui/pages/usagepage.cpp" line="161"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="119"/>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="120"/>
        <source>Model calls</source>
        <translation>Modellaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="134"/>
        <source>Today and this month</source>
        <translation>Heute und diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="139"/>
        <source>Cost and tokens per day</source>
        <translation>Kosten und Tokens pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="146"/>
        <source>Cost by model</source>
        <translation>Kosten nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="148"/>
        <source>Cost by channel</source>
        <translation>Kosten nach Kanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="155"/>
        <location filename="../ui/pages/usagepage.cpp" line="159"/>
        <source>Top conversations by cost</source>
        <translation>Teuerste Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="160"/>
        <source>The conversations that cost most in the chosen range, with calls and tokens</source>
        <translation>Die teuersten Unterhaltungen im gewählten Zeitraum, mit Aufrufen und Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="161"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="161"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="196"/>
        <source>The gateway is not running, so there is no usage to show.</source>
        <translation>Das Gateway läuft nicht, daher gibt es keine Nutzung anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="204"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="253"/>
        <source>Loading budgets…</source>
        <translation>Budgets werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="254"/>
        <source>Loading usage per day…</source>
        <translation>Nutzung pro Tag wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="256"/>
        <source>Loading usage by model…</source>
        <translation>Nutzung nach Modell wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="258"/>
        <source>Loading usage by channel…</source>
        <translation>Nutzung nach Kanal wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="260"/>
        <source>Loading conversations…</source>
        <translation>Unterhaltungen werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="276"/>
        <source>Usage could not be loaded: %1</source>
        <translation>Die Nutzung konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="286"/>
        <source>%1: %2 · %3 tokens · %n call(s)</source>
        <translation>
            <numerusform>%1: %2 · %3 Tokens · %n Aufruf</numerusform>
            <numerusform>%1: %2 · %3 Tokens · %n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="302"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="303"/>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="315"/>
        <source>No budget is set. Set ai.budgets.dailyUsd or ai.budgets.monthlyUsd in the configuration to cap spending.</source>
        <translation>Kein Budget gesetzt. Setzen Sie ai.budgets.dailyUsd oder ai.budgets.monthlyUsd in der Konfiguration, um die Ausgaben zu begrenzen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="334"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="336"/>
        <source>+ %n call(s) of unknown price (models missing from the price table; see ai.pricing)</source>
        <translation>
            <numerusform>+ %n Aufruf mit unbekanntem Preis (Modelle fehlen in der Preistabelle; siehe ai.pricing)</numerusform>
            <numerusform>+ %n Aufrufe mit unbekanntem Preis (Modelle fehlen in der Preistabelle; siehe ai.pricing)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="343"/>
        <source>Share of model calls that read from the provider&apos;s prompt cache.</source>
        <translation>Anteil der Modellaufrufe, die aus dem Prompt-Cache des Anbieters lesen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="350"/>
        <source>(unknown model)</source>
        <translation>(unbekanntes Modell)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="355"/>
        <source>(no channel)</source>
        <translation>(kein Kanal)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="364"/>
        <source>(no conversation)</source>
        <translation>(keine Unterhaltung)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="381"/>
        <source>Export usage per day</source>
        <translation>Nutzung pro Tag exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="387"/>
        <source>The CSV was not written to %1: %2</source>
        <translation>Die CSV-Datei wurde nicht nach %1 geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="390"/>
        <source>%n day(s) exported to %1.</source>
        <translation>
            <numerusform>%n Tag nach %1 exportiert.</numerusform>
            <numerusform>%n Tage nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="141"/>
        <source>Bars: cost per day; line: tokens per day. Export CSV saves the same numbers.</source>
        <translation>Balken: Kosten pro Tag; Linie: Tokens pro Tag. „CSV exportieren“ speichert dieselben Zahlen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="150"/>
        <source>Horizontal bars: cost of each model in the selected range.</source>
        <translation>Waagerechte Balken: Kosten jedes Modells im gewählten Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="152"/>
        <source>Ring: share of the cost per channel in the selected range.</source>
        <translation>Ring: Anteil jedes Kanals an den Kosten im gewählten Zeitraum.</translation>
    </message>
</context>
<context>
    <name>SecretWriter</name>
    <message>
        <location filename="../ui/secretwriter.cpp" line="52"/>
        <source>No secret store is available.</source>
        <translation>Kein Geheimnisspeicher verfügbar.</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="17"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="20"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionformat.cpp" line="22"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionformat.cpp" line="24"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="26"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionformat.cpp" line="28"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="67"/>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="81"/>
        <source>%1 in / %2 out</source>
        <translation>%1 ein / %2 aus</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="86"/>
        <source>(%1 cached)</source>
        <translation>(%1 aus dem Cache)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="88"/>
        <source>(estimated)</source>
        <translation>(geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="105"/>
        <source>Web chat</source>
        <translation>Web-Chat</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="107"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="109"/>
        <source>API</source>
        <translation>API</translation>
    </message>
</context>
<context>
    <name>SettingsFields</name>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="15"/>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="17"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="19"/>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="20"/>
        <source>Written as provider/model; used unless a conversation picks another.</source>
        <translation>Geschrieben als Anbieter/Modell; gilt, sofern eine Unterhaltung kein anderes wählt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="22"/>
        <source>Fallback models</source>
        <translation>Ausweichmodelle</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="23"/>
        <source>Tried in this order when the default model fails; separate them with commas.</source>
        <translation>Werden der Reihe nach versucht, wenn das Standardmodell versagt; durch Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="24"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="25"/>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="26"/>
        <source>Instructions given to the model before every conversation.</source>
        <translation>Anweisungen, die das Modell vor jeder Unterhaltung erhält.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="27"/>
        <source>Empty: the agent&apos;s built-in prompt</source>
        <translation>Leer: die eingebaute Anweisung des Agenten</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="28"/>
        <source>Max output tokens</source>
        <translation>Max. Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="29"/>
        <source>Longest reply the model may write, from 1 to 1,000,000 tokens.</source>
        <translation>Längste Antwort, die das Modell schreiben darf, von 1 bis 1.000.000 Tokens.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="31"/>
        <source>Response cache</source>
        <translation>Antwort-Cache</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="33"/>
        <source>Reuse answers to identical requests</source>
        <translation>Antworten auf gleiche Anfragen wiederverwenden</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="34"/>
        <source>Saves cost when the same question is asked again; off by default.</source>
        <translation>Spart Kosten, wenn dieselbe Frage erneut gestellt wird; standardmäßig aus.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="36"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="38"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="39"/>
        <source>Spending cap per day over all providers; empty means no cap.</source>
        <translation>Ausgabenobergrenze pro Tag über alle Anbieter; leer heißt keine Grenze.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="39"/>
        <location filename="../ui/settings/settingsfields.cpp" line="41"/>
        <location filename="../ui/settings/settingsfields.cpp" line="99"/>
        <location filename="../ui/settings/settingsfields.cpp" line="101"/>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="40"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="41"/>
        <source>Spending cap per calendar month over all providers; empty means no cap.</source>
        <translation>Ausgabenobergrenze pro Kalendermonat über alle Anbieter; leer heißt keine Grenze.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="45"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="47"/>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="49"/>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="50"/>
        <source>Sustained requests allowed per client or sender.</source>
        <translation>Dauerhaft erlaubte Anfragen pro Client oder Absender.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="51"/>
        <source>Burst</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="52"/>
        <source>Extra requests allowed at once on top of the sustained rate.</source>
        <translation>Zusätzliche Anfragen, die auf einmal über die Dauerrate hinaus erlaubt sind.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="54"/>
        <source>Browser access</source>
        <translation>Browserzugriff</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="56"/>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="57"/>
        <source>Web pages (scheme://host[:port]) that may use the API and WebSocket; empty means this computer only. Separate them with commas.</source>
        <translation>Webseiten (schema://host[:port]), die API und WebSocket nutzen dürfen; leer heißt nur dieser Rechner. Durch Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="59"/>
        <source>none: loopback origins only</source>
        <translation>keine: nur Loopback-Ursprünge</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="63"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="65"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="67"/>
        <source>Keep idle conversations for</source>
        <translation>Ruhende Unterhaltungen behalten</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="68"/>
        <source>Conversations untouched this long are removed: seconds or 45s, 90m, 12h, 30d, 2w.</source>
        <translation>So lange unberührte Unterhaltungen werden entfernt: Sekunden oder 45s, 90m, 12h, 30d, 2w.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="70"/>
        <source>Max conversation size</source>
        <translation>Max. Größe einer Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="71"/>
        <source>Stored history per conversation, 1 KiB to 1 GiB: bytes or 512kB, 10MiB, 1GiB.</source>
        <translation>Gespeicherter Verlauf pro Unterhaltung, 1 KiB bis 1 GiB: Bytes oder 512kB, 10MiB, 1GiB.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="76"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="78"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="80"/>
        <source>Listen address</source>
        <translation>Lauschadresse</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="81"/>
        <source>HOST:PORT the gateway listens on; anything but loopback needs an operator token.</source>
        <translation>HOST:PORT, auf dem das Gateway lauscht; alles außer Loopback braucht ein Operator-Token.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="83"/>
        <source>Max request body</source>
        <translation>Max. Anfragekörper</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="84"/>
        <source>Larger requests are refused with 413: bytes or 512kB, 1MiB, 1GiB.</source>
        <translation>Größere Anfragen werden mit 413 abgelehnt: Bytes oder 512kB, 1MiB, 1GiB.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="85"/>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="86"/>
        <source>The https address the outside world reaches this gateway at (for webhooks).</source>
        <translation>Die https-Adresse, unter der die Außenwelt dieses Gateway erreicht (für Webhooks).</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="87"/>
        <source>not reachable from outside</source>
        <translation>von außen nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="95"/>
        <source>Budgets per provider</source>
        <translation>Budgets pro Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="98"/>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="99"/>
        <source>Daily cap for %1 alone; empty means no cap.</source>
        <translation>Tagesgrenze nur für %1; leer heißt keine Grenze.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="100"/>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="101"/>
        <source>Monthly cap for %1 alone; empty means no cap.</source>
        <translation>Monatsgrenze nur für %1; leer heißt keine Grenze.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="118"/>
        <source>budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="119"/>
        <source>response cache</source>
        <translation>Antwort-Cache</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="120"/>
        <source>prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="121"/>
        <source>providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="122"/>
        <source>rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="123"/>
        <source>who may talk to the bot</source>
        <translation>wer mit dem Bot sprechen darf</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="124"/>
        <source>allowed senders</source>
        <translation>erlaubte Absender</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="125"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="126"/>
        <source>scheduled jobs</source>
        <translation>geplante Aufgaben</translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="55"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="57"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="59"/>
        <source>reconnecting</source>
        <translation>verbindet erneut</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="82"/>
        <source>Moltdesk: starting</source>
        <translation>Moltdesk: startet</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="85"/>
        <source>Moltdesk: stopped</source>
        <translation>Moltdesk: angehalten</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="88"/>
        <source>Moltdesk: not working, see the panel</source>
        <translation>Moltdesk: funktioniert nicht, siehe Kontrollzentrum</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="89"/>
        <source>Moltdesk: stopped: %1</source>
        <translation>Moltdesk: angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="93"/>
        <source>Moltdesk: the bot is paused since %1</source>
        <translation>Moltdesk: Der Bot ist seit %1 pausiert</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="94"/>
        <source>Moltdesk: the bot is paused</source>
        <translation>Moltdesk: Der Bot ist pausiert</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="97"/>
        <source>Moltdesk: running with warnings</source>
        <translation>Moltdesk: läuft, mit Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="100"/>
        <source>Moltdesk: running</source>
        <translation>Moltdesk: läuft</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="107"/>
        <source>no channel enabled</source>
        <translation>kein Kanal aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="109"/>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="49"/>
        <location filename="../ui/pages/usagecharts.cpp" line="99"/>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="52"/>
        <location filename="../ui/pages/usagecharts.cpp" line="91"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="84"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="125"/>
        <source>* has calls of unknown price, not counted</source>
        <translation>* hat Aufrufe mit unbekanntem Preis, nicht mitgezählt</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagecharts.cpp" line="145"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageFormat</name>
    <message numerus="yes">
        <location filename="../ui/pages/usageformat.cpp" line="68"/>
        <source>unknown price (%n call(s))</source>
        <translation>
            <numerusform>unbekannter Preis (%n Aufruf)</numerusform>
            <numerusform>unbekannter Preis (%n Aufrufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usageformat.cpp" line="69"/>
        <source>%1 + %n call(s) of unknown price</source>
        <translation>
            <numerusform>%1 + %n Aufruf mit unbekanntem Preis</numerusform>
            <numerusform>%1 + %n Aufrufe mit unbekanntem Preis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <location filename="../ui/valueformat.cpp" line="18"/>
        <source>The value is empty; a JSON value such as {}, [] or &quot;text&quot; is needed.</source>
        <translation>Der Wert ist leer; nötig ist ein JSON-Wert wie {}, [] oder &quot;Text&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="37"/>
        <source>more than one value (wrap them in [ ] to store a list)</source>
        <translation>mehr als ein Wert (in [ ] einschließen, um eine Liste zu speichern)</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="47"/>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="73"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 T %2 Std. %3 Min.</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="75"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="77"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="78"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="84"/>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="87"/>
        <location filename="../ui/valueformat.cpp" line="97"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="88"/>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="98"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="127"/>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 weitere Bytes nicht angezeigt</translation>
    </message>
</context>
</TS>
