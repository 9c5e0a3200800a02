<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="23"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="25"/>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="27"/>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="29"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="31"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="33"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="35"/>
        <source>Token refused</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="36"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="42"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelwords.cpp" line="45"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelwords.cpp" line="47"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelwords.cpp" line="49"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelwords.cpp" line="50"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigUpdate</name>
    <message>
        <source>No configuration file is known, so nothing can be saved.</source>
        <translation type="vanished">Aucun fichier de configuration n&apos;est connu : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>The configuration file has errors, so it was not changed. Fix them first:
%1</source>
        <translation type="vanished">Le fichier de configuration contient des erreurs, il n&apos;a donc pas été modifié. Corrigez-les d&apos;abord :
%1</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="20"/>
        <source>The gateway is not running, so nothing was saved.</source>
        <translation>La passerelle ne tourne pas : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="30"/>
        <source>The configuration could not be read: %1</source>
        <translation>La configuration n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="31"/>
        <source>the gateway is gone</source>
        <translation>la passerelle a disparu</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="38"/>
        <source>The gateway&apos;s configuration could not be read: %1</source>
        <translation>La configuration de la passerelle n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/configupdate.cpp" line="55"/>
        <source>The configuration was not saved: %1</source>
        <translation>La configuration n&apos;a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>CronWords</name>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="44"/>
        <source>every hour</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="46"/>
        <location filename="../ui/pages/cronwords.cpp" line="74"/>
        <source>every day at %1</source>
        <translation>tous les jours à %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="48"/>
        <location filename="../ui/pages/cronwords.cpp" line="81"/>
        <source>every %1 at %2</source>
        <translation>chaque %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="50"/>
        <location filename="../ui/pages/cronwords.cpp" line="85"/>
        <source>on day %1 of every month at %2</source>
        <translation>le %1 de chaque mois à %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="52"/>
        <source>every year on %1 at %2</source>
        <translation>chaque année le %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="63"/>
        <source>every %1 min</source>
        <translation>toutes les %1 min</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="65"/>
        <source>every hour at minute %1</source>
        <translation>toutes les heures à la minute %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="67"/>
        <source>every %1 h at minute %2</source>
        <translation>toutes les %1 h à la minute %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="77"/>
        <source>on weekdays at %1</source>
        <translation>en semaine à %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="79"/>
        <source>at weekends at %1</source>
        <translation>le week-end à %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="102"/>
        <source>every %1</source>
        <translation>toutes les %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronwords.cpp" line="106"/>
        <source>once, %1</source>
        <translation>une fois, %1</translation>
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
        <translation>Les secrets ne peuvent pas être conservés : %1. Le jeton opérateur n’est valable que pour cette exécution.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="492"/>
        <source>Moltdesk is still starting; try again in a moment.</source>
        <translation>Moltdesk démarre encore ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="505"/>
        <source>Set-up saved and applied.</source>
        <translation>Configuration enregistrée et appliquée.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="506"/>
        <source>Set-up saved. Restart Moltdesk to use the new model and channel settings.</source>
        <translation>Configuration enregistrée. Redémarrez Moltdesk pour utiliser le nouveau modèle et les nouveaux réglages de canal.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="428"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::AccessPolicyBox</name>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="26"/>
        <source>Who may write to the bot</source>
        <translation>Qui peut écrire au bot</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="35"/>
        <source>Pairing — strangers get a code you approve here</source>
        <translation>Appairage — les inconnus reçoivent un code que vous approuvez ici</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="36"/>
        <source>Allow list — only the people below (and those approved earlier)</source>
        <translation>Liste autorisée — seulement les personnes ci-dessous (et celles approuvées avant)</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="37"/>
        <source>Open — everyone</source>
        <translation>Ouvert — tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="38"/>
        <source>Direct message policy</source>
        <translation>Règle des messages directs</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="39"/>
        <source>Who may write to the bot in direct messages, on every channel; the text below explains the choice</source>
        <translation>Qui peut écrire au bot en message direct, sur tous les canaux ; le texte en dessous explique le choix</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="45"/>
        <source>&amp;Direct messages:</source>
        <translation>Messages &amp;directs :</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="55"/>
        <source>Always &amp;allowed (user ids):</source>
        <translation>Toujours &amp;autorisés (identifiants) :</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="59"/>
        <source>Always allowed senders</source>
        <translation>Expéditeurs toujours autorisés</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="60"/>
        <source>User ids that may always write to the bot; Delete removes the selected ones</source>
        <translation>Identifiants qui peuvent toujours écrire au bot ; Suppr retire ceux sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="68"/>
        <source>Telegram user id, e.g. 123456789</source>
        <translation>Identifiant d&apos;utilisateur Telegram, p. ex. 123456789</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="69"/>
        <source>Sender id to allow</source>
        <translation>Identifiant de l&apos;expéditeur à autoriser</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="70"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="72"/>
        <source>Add the typed user id to the always allowed senders (Enter)</source>
        <translation>Ajouter l’identifiant saisi aux expéditeurs toujours autorisés (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="73"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="75"/>
        <source>Remove the selected senders</source>
        <translation>Retirer les expéditeurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="76"/>
        <source>Take the selected user ids off the list (Delete)</source>
        <translation>Retirer de la liste les identifiants sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="86"/>
        <source>Save access policy</source>
        <translation>Enregistrer la règle d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="88"/>
        <source>Apply the policy and the list to the running gateway and save them in config.json</source>
        <translation>Appliquer la règle et la liste à la passerelle en cours et les enregistrer dans config.json</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="157"/>
        <source>Enter a user id first.</source>
        <translation>Saisissez d&apos;abord un identifiant.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="159"/>
        <source>“%1” is not a user id. Use the number (the id shown with a pairing request), not the @name: names can change hands.</source>
        <translation>« %1 » n&apos;est pas un identifiant. Utilisez le numéro (l&apos;identifiant affiché avec une demande d&apos;appairage), pas le @nom : un nom peut changer de propriétaire.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="163"/>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="185"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="205"/>
        <source>Saved. This is the policy in use.</source>
        <translation>Enregistré. Cette règle est déjà en vigueur.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="214"/>
        <source>Someone new gets a code and a polite note; they can write once you approve them below. People in the list are always let in. A group the bot is added to gets a code too when someone mentions the bot, and is answered once you approve it.</source>
        <translation>Une nouvelle personne reçoit un code et un mot poli ; elle peut écrire dès que vous l’approuvez ci-dessous. Les personnes de la liste sont toujours admises. Un groupe auquel le bot est ajouté reçoit aussi un code quand quelqu’un mentionne le bot, et obtient des réponses dès que vous l’approuvez.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="220"/>
        <source>Only the people in the list and those approved by pairing earlier are answered. Everyone else is ignored without a reply, and so is every group not listed in the channel&apos;s settings or approved earlier.</source>
        <translation>Seules les personnes de la liste et celles approuvées auparavant par appairage obtiennent une réponse. Tous les autres sont ignorés sans réponse, de même que tout groupe absent des réglages du canal ou non approuvé auparavant.</translation>
    </message>
    <message>
        <location filename="../ui/channels/accesspolicybox.cpp" line="225"/>
        <source>Anyone who finds the bot can talk to the agent — at your cost, and the bot answers in every group it is added to unless the channel lists its groups. Set a budget before choosing this.</source>
        <translation>Quiconque trouve le bot peut parler à l’agent — à vos frais, et le bot répond dans chaque groupe auquel il est ajouté, sauf si le canal liste ses groupes. Fixez un budget avant de choisir cette option.</translation>
    </message>
    <message>
        <source>Saved. Restart Moltdesk to apply the new policy.</source>
        <translation type="vanished">Enregistré. Redémarrez Moltdesk pour appliquer la nouvelle règle.</translation>
    </message>
    <message>
        <source>Someone new gets a code and a polite note; they can write once you approve them below. People in the list are always let in.</source>
        <translation type="vanished">Un nouveau venu reçoit un code et un message poli ; il peut écrire dès que vous l’approuvez ci-dessous. Les personnes de la liste sont toujours admises.</translation>
    </message>
    <message>
        <source>Only the people in the list and those approved by pairing earlier are answered. Everyone else is ignored without a reply.</source>
        <translation type="vanished">Seules les personnes de la liste et celles approuvées par appairage reçoivent une réponse. Les autres sont ignorées sans réponse.</translation>
    </message>
    <message>
        <source>Anyone who finds the bot can talk to the agent — at your cost. Set a budget before choosing this.</source>
        <translation type="vanished">Quiconque trouve le bot peut parler à l&apos;agent — à vos frais. Fixez un budget avant de choisir ceci.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::BudgetBar</name>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="36"/>
        <source>Daily budget</source>
        <translation>Budget quotidien</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="36"/>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="42"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="45"/>
        <source>Reached: %1 — calls resume %2</source>
        <translation>Atteint : %1 — les appels reprennent %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetbar.cpp" line="47"/>
        <source>next period</source>
        <translation>à la prochaine période</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ChannelStatusBox</name>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="16"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="22"/>
        <source>Asking the gateway…</source>
        <translation>Interrogation de la passerelle…</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="36"/>
        <source>Last activity:</source>
        <translation>Dernière activité :</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="37"/>
        <source>Last error:</source>
        <translation>Dernière erreur :</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="38"/>
        <source>Messages:</source>
        <translation>Messages :</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="57"/>
        <source>turned off in the settings</source>
        <translation>désactivé dans les réglages</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="75"/>
        <source>none yet</source>
        <translation>aucun pour le moment</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="77"/>
        <source>received %1 · passed to the agent %2 · sent %3 · refused %4 · duplicates %5 · errors %6</source>
        <translation>reçus %1 · transmis à l&apos;agent %2 · envoyés %3 · refusés %4 · doublons %5 · erreurs %6</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="98"/>
        <source>nothing yet</source>
        <translation>rien pour le moment</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelstatusbox.cpp" line="100"/>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="39"/>
        <source>The channels the bot is reached through; choose one to see its state and set it up</source>
        <translation>Les canaux par lesquels on joint le bot ; choisissez-en un pour voir son état et le configurer</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="55"/>
        <source>Talk to the agent from a Discord server or in direct messages, with the same access policy and pairing as Telegram.</source>
        <translation>Parler à l&apos;agent depuis un serveur Discord ou en message direct, avec la même règle d&apos;accès et le même appairage que Telegram.</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="59"/>
        <source>Answer WhatsApp messages through the WhatsApp Business Cloud API.</source>
        <translation>Répondre aux messages WhatsApp via l&apos;API WhatsApp Business Cloud.</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="115"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="155"/>
        <source>The gateway is not running: no live status and no pairing requests.</source>
        <translation>La passerelle n&apos;est pas lancée : ni état en direct ni demandes d&apos;appairage.</translation>
    </message>
    <message>
        <location filename="../ui/pages/channelspage.cpp" line="165"/>
        <source>The channel status could not be read: %1</source>
        <translation>L&apos;état des canaux n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ComingSoonEntry</name>
    <message>
        <location filename="../ui/channels/comingsoonentry.cpp" line="21"/>
        <source>%1 is coming soon</source>
        <translation>%1 arrive bientôt</translation>
    </message>
    <message>
        <location filename="../ui/channels/comingsoonentry.cpp" line="29"/>
        <source>Its set-up will appear here, step by step, like Telegram&apos;s. Nothing needs to be done now.</source>
        <translation>Sa configuration apparaîtra ici, pas à pas, comme celle de Telegram. Il n&apos;y a rien à faire pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/channels/comingsoonentry.cpp" line="52"/>
        <source>Coming soon</source>
        <translation>Bientôt</translation>
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
        <translation>Problème avec %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/configfield.cpp" line="209"/>
        <source>%1 Takes effect after a restart.</source>
        <translation>%1 Prend effet après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ConfigForm</name>
    <message>
        <location filename="../ui/settings/configform.cpp" line="29"/>
        <source>Settings: %1</source>
        <translation>Réglages : %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="74"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="85"/>
        <source>Who may talk to the bot</source>
        <translation>Qui peut parler au bot</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="87"/>
        <source>The direct-message policy, the allowed senders and every Telegram setting are on the Channels page, next to the pairing requests they decide.</source>
        <translation>La règle des messages directs, les expéditeurs autorisés et tous les réglages Telegram se trouvent sur la page Canaux, à côté des demandes d’appairage qu’ils départagent.</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="91"/>
        <source>Open the &amp;Channels page</source>
        <translation>Ouvrir la page &amp;Canaux</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="93"/>
        <source>Open the Channels page</source>
        <translation>Ouvrir la page Canaux</translation>
    </message>
    <message>
        <location filename="../ui/settings/configform.cpp" line="94"/>
        <source>Go to the Channels page to set who may write to the bot</source>
        <translation>Aller à la page Canaux pour définir qui peut écrire au bot</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="28"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="29"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="37"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="38"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="45"/>
        <location filename="../ui/wizard/connectpage.cpp" line="113"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="85"/>
        <source>Only if your server was started with a key; it is kept in the system keychain</source>
        <translation>Seulement si votre serveur a été lancé avec une clé ; elle est conservée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="86"/>
        <source>Check that the server answers at this address (Enter)</source>
        <translation>Vérifier que le serveur répond à cette adresse (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="89"/>
        <source>The provider&apos;s API key; it is kept in the system keychain</source>
        <translation>La clé d’API du fournisseur ; elle est conservée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="90"/>
        <source>Your %1 API key; it is kept in the system keychain</source>
        <translation>Votre clé d’API %1 ; elle est conservée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="91"/>
        <source>Check the key right away with a free request (Enter)</source>
        <translation>Vérifier la clé tout de suite par une requête gratuite (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="101"/>
        <source>Connect to your local server</source>
        <translation>Connexion à votre serveur local</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="102"/>
        <source>Enter the address of the OpenAI-compatible server. Ollama listens on http://127.0.0.1:11434 unless you changed it. A key is only needed if the server was started with one.</source>
        <translation>Saisissez l’adresse du serveur compatible OpenAI. Ollama écoute sur http://127.0.0.1:11434, sauf si vous l’avez modifié. Une clé n’est nécessaire que si le serveur a été lancé avec une clé.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="105"/>
        <source>API &amp;key (optional):</source>
        <translation>&amp;Clé d’API (facultative) :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="106"/>
        <source>Leave empty unless the server asks for one</source>
        <translation>Laissez vide sauf si le serveur en demande une</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="107"/>
        <source>Nothing is sent anywhere but this address.</source>
        <translation>Rien n’est envoyé ailleurs qu’à cette adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="108"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="110"/>
        <source>Paste your %1 API key</source>
        <translation>Collez votre clé d’API %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="111"/>
        <source>The key is checked right away with a free request and kept in your system keychain — never in a file.</source>
        <translation>La clé est vérifiée tout de suite par une requête gratuite et conservée dans le trousseau de votre système — jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="118"/>
        <source>No key yet? Create one at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, copy it and paste it here.</source>
        <translation>Pas encore de clé ? Créez-en une sur &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, copiez-la et collez-la ici.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="120"/>
        <source>&amp;Check key</source>
        <translation>&amp;Vérifier la clé</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="126"/>
        <source>API key (optional)</source>
        <translation>Clé d’API (facultative)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="126"/>
        <source>%1 API key</source>
        <translation>Clé d’API %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="128"/>
        <source>Connect to the server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="128"/>
        <source>Check the key</source>
        <translation>Vérifier la clé</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="166"/>
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ConversationView</name>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="35"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="45"/>
        <source>Load &amp;earlier messages</source>
        <translation>Charger les messages &amp;précédents</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="48"/>
        <source>Show the messages before the first one shown</source>
        <translation>Afficher les messages précédant le premier affiché</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="160"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="171"/>
        <source>*[image]*</source>
        <translation>*[image]*</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="182"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="330"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="332"/>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="346"/>
        <source>The agent could not answer.</source>
        <translation>L&apos;agent n&apos;a pas pu répondre.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="158"/>
        <location filename="../ui/sessions/conversationview.cpp" line="256"/>
        <source>sent by you</source>
        <translation>envoyé par vous</translation>
    </message>
    <message>
        <location filename="../ui/sessions/conversationview.cpp" line="257"/>
        <source>Message sent by you as the bot</source>
        <translation>Message envoyé par vous en tant que bot</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::CronJobDialog</name>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="30"/>
        <source>Add scheduled job</source>
        <translation>Ajouter une tâche planifiée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="37"/>
        <source>Cron expression</source>
        <translation>Expression cron</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="38"/>
        <source>Every (interval)</source>
        <translation>Toutes les (intervalle)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="39"/>
        <source>Once at a time</source>
        <translation>Une fois à une heure donnée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="40"/>
        <source>How the job repeats: by a cron expression, at a fixed interval, or once</source>
        <translation>Comment la tâche se répète : selon une expression cron, à intervalle fixe, ou une seule fois</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="41"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétition :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="46"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Planification :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="55"/>
        <source>The time zone the schedule is read in, e.g. Europe/Berlin</source>
        <translation>Le fuseau horaire dans lequel la planification est lue, p. ex. Europe/Berlin</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="66"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="70"/>
        <source>What the agent should do, e.g. “Summarise my unread mail”</source>
        <translation>Ce que l’agent doit faire, p. ex. « Résume mes e-mails non lus »</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="72"/>
        <source>What the agent is asked each time the job runs</source>
        <translation>Ce qui est demandé à l’agent à chaque exécution de la tâche</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="74"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Consigne :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="78"/>
        <source>optional, e.g. morning-briefing</source>
        <translation>facultatif, p. ex. briefing-matin</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="79"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="82"/>
        <source>optional; default: its own “cron:&lt;name&gt;” conversation</source>
        <translation>facultatif ; par défaut : sa propre conversation « cron:&lt;nom&gt; »</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="83"/>
        <source>C&amp;onversation:</source>
        <translation>C&amp;onversation :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="86"/>
        <source>optional, e.g. telegram:123456789</source>
        <translation>facultatif, p. ex. telegram:123456789</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="87"/>
        <source>&amp;Deliver to:</source>
        <translation>&amp;Livrer à :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="102"/>
        <source>&amp;Add job</source>
        <translation>&amp;Ajouter la tâche</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="103"/>
        <source>Close without adding a job</source>
        <translation>Fermer sans ajouter de tâche</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="165"/>
        <source>Five fields: minute hour day-of-month month day-of-week, e.g. “0 9 * * MON-FRI” or “*/15 * * * *”; or @daily, @hourly…</source>
        <translation>Cinq champs : minute heure jour-du-mois mois jour-de-la-semaine, p. ex. « 0 9 * * MON-FRI » ou « */15 * * * * » ; ou @daily, @hourly…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="167"/>
        <source>A duration of at least one minute: “15m”, “2h”, “1h30m”.</source>
        <translation>Une durée d’au moins une minute : « 15m », « 2h », « 1h30m ».</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="168"/>
        <source>A date and time, e.g. “2026-12-24T18:00”; without an offset it is read in the time zone below.</source>
        <translation>Une date et une heure, p. ex. « 2026-12-24T18:00 » ; sans décalage, elle est lue dans le fuseau horaire ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="178"/>
        <source>“%1” is not a time zone; choose one such as Europe/Berlin.</source>
        <translation>« %1 » n’est pas un fuseau horaire ; choisissez-en un comme Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="182"/>
        <source>The schedule is not valid: %1</source>
        <translation>La planification n’est pas valide : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="187"/>
        <source>This schedule never runs again: the time is in the past.</source>
        <translation>Cette planification ne s’exécutera plus : l’heure est passée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="191"/>
        <source>The name may only use letters, digits, “.”, “_” and “-” (at most 64).</source>
        <translation>Le nom ne peut contenir que des lettres, des chiffres, « . », « _ » et « - » (64 au plus).</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="200"/>
        <source>Next runs (%1):</source>
        <translation>Prochaines exécutions (%1) :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="208"/>
        <source>Write the prompt the agent should run.</source>
        <translation>Écrivez la consigne que l’agent doit exécuter.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="209"/>
        <source>Add the job to the gateway&apos;s schedule</source>
        <translation>Ajouter la tâche au planning de la passerelle</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::CronPage</name>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="69"/>
        <source>&amp;Add job…</source>
        <translation>&amp;Ajouter une tâche…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="71"/>
        <source>Schedule a new job: when it runs and what the agent is asked</source>
        <translation>Planifier une nouvelle tâche : quand elle s’exécute et ce qui est demandé à l’agent</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="72"/>
        <source>R&amp;un now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="74"/>
        <source>Run the selected job once now, outside its schedule</source>
        <translation>Exécuter la tâche sélectionnée une fois maintenant, hors de sa planification</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="78"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="80"/>
        <source>Ask the gateway for the jobs and their runs again (F5)</source>
        <translation>Redemander les tâches et leurs exécutions à la passerelle (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="89"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="91"/>
        <source>Scheduled jobs</source>
        <translation>Tâches planifiées</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="92"/>
        <source>Every scheduled job with its next and last run; select one to see its run history</source>
        <translation>Toutes les tâches planifiées avec leur prochaine et dernière exécution ; sélectionnez-en une pour voir son historique</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="98"/>
        <source>Run history of the selected job</source>
        <translation>Historique de la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="102"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="104"/>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="105"/>
        <source>The runs of the selected job with their outcome, newest first</source>
        <translation>Les exécutions de la tâche sélectionnée avec leur résultat, les plus récentes d’abord</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="132"/>
        <source>The gateway is not running, so scheduled jobs cannot be shown.</source>
        <translation>La passerelle ne fonctionne pas, les tâches planifiées ne peuvent donc pas être affichées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="144"/>
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="177"/>
        <source>Loading scheduled jobs…</source>
        <translation>Chargement des tâches planifiées…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="182"/>
        <source>Jobs could not be loaded: %1</source>
        <translation>Les tâches n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="200"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="202"/>
        <source>running now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="205"/>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="205"/>
        <source>added here</source>
        <translation>ajoutée ici</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="220"/>
        <source>No scheduled jobs yet. “Add job…” creates one.</source>
        <translation>Aucune tâche planifiée pour l’instant. « Ajouter une tâche… » en crée une.</translation>
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
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="240"/>
        <location filename="../ui/pages/cronpage.cpp" line="309"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="241"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="280"/>
        <source>This job comes from the configuration file (cron.jobs); remove it there.</source>
        <translation>Cette tâche vient du fichier de configuration (cron.jobs) ; supprimez-la là.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="286"/>
        <source>Remove the selected job after asking (Delete)</source>
        <translation>Supprimer la tâche sélectionnée après confirmation (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="301"/>
        <source>The run history could not be loaded: %1</source>
        <translation>L’historique n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="311"/>
        <source>%1 (run by hand)</source>
        <translation>%1 (lancée à la main)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="338"/>
        <source>Adding the job…</source>
        <translation>Ajout de la tâche…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="343"/>
        <source>The job was not added: %1</source>
        <translation>La tâche n’a pas été ajoutée : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="349"/>
        <source>Job “%1” added.</source>
        <translation>Tâche « %1 » ajoutée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="360"/>
        <source>“%1” comes from the configuration file (cron.jobs) and cannot be removed here; remove it from the configuration.</source>
        <translation>« %1 » vient du fichier de configuration (cron.jobs) et ne peut pas être supprimée ici ; supprimez-la de la configuration.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="365"/>
        <source>Remove job</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="366"/>
        <source>Remove the scheduled job “%1”? Its run history goes with it.</source>
        <translation>Supprimer la tâche planifiée « %1 » ? Son historique sera supprimé avec elle.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="366"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="368"/>
        <source>Removing “%1”…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="373"/>
        <source>“%1” was not removed: %2</source>
        <translation>« %1 » n’a pas été supprimée : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="378"/>
        <source>“%1” removed.</source>
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="387"/>
        <source>Starting “%1”…</source>
        <translation>Démarrage de « %1 »…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="392"/>
        <source>“%1” did not start: %2</source>
        <translation>« %1 » n’a pas démarré : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="397"/>
        <source>“%1” started; its outcome appears in the history.</source>
        <translation>« %1 » démarrée ; son résultat apparaîtra dans l’historique.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="75"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::DecidedSenders</name>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="29"/>
        <source>Decided &amp;earlier:</source>
        <translation>Décidés &amp;auparavant :</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="33"/>
        <source>Senders decided earlier</source>
        <translation>Expéditeurs décidés auparavant</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="34"/>
        <source>Senders approved or rejected before, with when; select one to forget the decision</source>
        <translation>Expéditeurs approuvés ou refusés auparavant, avec la date ; sélectionnez-en un pour oublier la décision</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="35"/>
        <source>User id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="35"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="35"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="40"/>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="42"/>
        <source>The sender becomes unknown again: with pairing they get a new code when they write.</source>
        <translation>L&apos;expéditeur redevient inconnu : avec l&apos;appairage, il reçoit un nouveau code quand il écrit.</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="70"/>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="70"/>
        <source>Unnamed group</source>
        <translation>Groupe sans nom</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="72"/>
        <source>Group “%1”</source>
        <translation>Groupe « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="73"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="73"/>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="79"/>
        <source>The title the group&apos;s members gave it; not verified</source>
        <translation>Le titre donné par les membres du groupe ; non vérifié</translation>
    </message>
    <message>
        <location filename="../ui/channels/decidedsenders.cpp" line="80"/>
        <source>The name given by the sender; not verified</source>
        <translation>Le nom donné par l’expéditeur ; non vérifié</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::KvBrowser</name>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="55"/>
        <source>Namespaces</source>
        <translation>Espaces de noms</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="56"/>
        <source>Key-value namespaces; choose one to list its keys</source>
        <translation>Espaces de noms clé-valeur ; choisissez-en un pour lister ses clés</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="57"/>
        <source>&amp;Namespaces</source>
        <translation>Espaces de &amp;noms</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="59"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="61"/>
        <source>List the namespaces and keys again (F5)</source>
        <translation>Relister les espaces de noms et les clés (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="62"/>
        <source>New n&amp;amespace…</source>
        <translation>Nouvel esp&amp;ace de noms…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="64"/>
        <source>Name a new namespace and start its first key</source>
        <translation>Nommer un nouvel espace de noms et commencer sa première clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="74"/>
        <source>Filter by key prefix</source>
        <translation>Filtrer par préfixe de clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="75"/>
        <source>Key prefix</source>
        <translation>Préfixe de clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="79"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="80"/>
        <source>Keys of the chosen namespace with their expiry; select one to edit its value</source>
        <translation>Clés de l’espace de noms choisi avec leur expiration ; sélectionnez-en une pour modifier sa valeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="81"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="81"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="93"/>
        <source>List the next page of keys</source>
        <translation>Lister la page suivante des clés</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="97"/>
        <source>Start a new key in the chosen namespace</source>
        <translation>Commencer une nouvelle clé dans l’espace de noms choisi</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="137"/>
        <source>The key-value store is not available.</source>
        <translation>Le stockage clé-valeur n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="165"/>
        <source>Loading namespaces…</source>
        <translation>Chargement des espaces de noms…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="170"/>
        <source>Could not list the namespaces: %1</source>
        <translation>Impossible de lister les espaces de noms : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="180"/>
        <source>No keys stored yet.</source>
        <translation>Aucune clé enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="188"/>
        <source>New namespace</source>
        <translation>Nouvel espace de noms</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="188"/>
        <source>Namespace name (letters, digits, _ - .):</source>
        <translation>Nom de l’espace de noms (lettres, chiffres, _ - .) :</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="224"/>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="231"/>
        <source>Could not list the keys: %1</source>
        <translation>Impossible de lister les clés : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/kvbrowser.cpp" line="245"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/kvbrowser.cpp" line="246"/>
        <source>First %n key(s) shown; more are available.</source>
        <translation>
            <numerusform>La première clé est affichée ; il y en a d’autres.</numerusform>
            <numerusform>Les %n premières clés sont affichées ; il y en a d’autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="266"/>
        <source>Loading the value…</source>
        <translation>Chargement de la valeur…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="273"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="279"/>
        <source>The key %1 no longer exists (it expired or was deleted).</source>
        <translation>La clé %1 n’existe plus (elle a expiré ou a été supprimée).</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="313"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="319"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="331"/>
        <source>Saved %1.</source>
        <translation>Enregistrement de %1 terminé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="341"/>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="342"/>
        <source>Delete the key “%1” from the namespace “%2”? This cannot be undone.</source>
        <translation>Supprimer la clé « %1 » de l’espace de noms « %2 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="343"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="346"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="351"/>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="356"/>
        <source>Deleted %1.</source>
        <translation>Suppression de %1 terminée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="87"/>
        <source>Ke&amp;ys</source>
        <translation>C&amp;lés</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="91"/>
        <source>&amp;Load more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="95"/>
        <source>Ne&amp;w key</source>
        <translation>No&amp;uvelle clé</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::KvEditor</name>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="57"/>
        <source>Name of the new key</source>
        <translation>Nom de la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="58"/>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="63"/>
        <source>Value type</source>
        <translation>Type de valeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="64"/>
        <source>How the value is stored: text, JSON (checked before saving) or binary</source>
        <translation>Comment la valeur est stockée : texte, JSON (vérifié avant l’enregistrement) ou binaire</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="65"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="66"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="67"/>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="68"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="79"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="80"/>
        <source>The value of the selected key; Tab leaves the field</source>
        <translation>La valeur de la clé sélectionnée ; Tab quitte le champ</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="87"/>
        <source>E&amp;xpires after</source>
        <translation>E&amp;xpire après</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="89"/>
        <source>Let the key expire after the time set next to it; unchecked, it never expires</source>
        <translation>Faire expirer la clé après la durée indiquée à côté ; décochée, elle n’expire jamais</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="92"/>
        <source>Time to live</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="93"/>
        <source>How long the key lives after it is saved, in the unit next to it</source>
        <translation>Combien de temps la clé vit après l’enregistrement, dans l’unité à côté</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="97"/>
        <source>Time to live unit</source>
        <translation>Unité de la durée de vie</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="98"/>
        <source>The unit of the time to live</source>
        <translation>L’unité de la durée de vie</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="99"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="99"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="99"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="99"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="109"/>
        <source>&amp;Format JSON</source>
        <translation>&amp;Formater le JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="111"/>
        <source>Indent the JSON value for reading</source>
        <translation>Indenter la valeur JSON pour la lire</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="112"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="114"/>
        <source>Write the value and its expiry to the store</source>
        <translation>Écrire la valeur et son expiration dans le stockage</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="115"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="117"/>
        <source>Delete the key after asking (Delete)</source>
        <translation>Supprimer la clé après confirmation (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="147"/>
        <source>Select a key to see its value.</source>
        <translation>Sélectionnez une clé pour voir sa valeur.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="164"/>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="204"/>
        <source>binary: shown as hex, not editable here</source>
        <translation>binaire : affiché en hexadécimal, non modifiable ici</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="206"/>
        <source>too large to edit here; the first %1 are shown</source>
        <translation>trop volumineux pour être modifié ici ; les premiers %1 sont affichés</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="209"/>
        <source>metadata: %1</source>
        <translation>métadonnées : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="265"/>
        <source>will expire %1 after saving</source>
        <translation>expirera %1 après l’enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="266"/>
        <source>will never expire</source>
        <translation>n’expirera jamais</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="286"/>
        <source>Select a key first.</source>
        <translation>Sélectionnez d’abord une clé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="292"/>
        <source>The key needs a name.</source>
        <translation>La clé doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="307"/>
        <source>Binary values cannot be typed in; choose Text or JSON.</source>
        <translation>Les valeurs binaires ne peuvent pas être saisies ; choisissez Texte ou JSON.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="59"/>
        <source>K&amp;ey:</source>
        <translation>Cl&amp;é :</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::LanguageSwitcher</name>
    <message>
        <location filename="../ui/settings/languageswitcher.cpp" line="47"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::LogsPage</name>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="64"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="67"/>
        <source>Minimum level</source>
        <translation>Niveau minimal</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="68"/>
        <source>Show only lines of this level or a more severe one</source>
        <translation>N’afficher que les lignes de ce niveau ou d’un niveau plus grave</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="69"/>
        <source>Everything (debug)</source>
        <translation>Tout (débogage)</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="70"/>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="71"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="72"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="77"/>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="78"/>
        <source>Search messages and categories…</source>
        <translation>Rechercher dans les messages et catégories…</translation>
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
        <translation>Ne plus suivre les nouvelles lignes pour pouvoir lire ; elles sont toujours collectées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="84"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="86"/>
        <source>Copy the selected lines, or every shown line when none is selected.</source>
        <translation>Copier les lignes sélectionnées, ou toutes les lignes affichées si aucune n’est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="95"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="95"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="95"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="95"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="100"/>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="101"/>
        <source>The gateway&apos;s log with time, level, category and message; new lines are added at the bottom</source>
        <translation>Le journal de la passerelle avec heure, niveau, catégorie et message ; les nouvelles lignes s’ajoutent en bas</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="138"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="145"/>
        <source>No event log is attached: the gateway is not running in this process.</source>
        <translation>Aucun journal d’événements : la passerelle ne fonctionne pas dans ce processus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="155"/>
        <source>Logs</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="274"/>
        <source>%1 of %2 lines shown (the newest %3 are kept)</source>
        <translation>%1 lignes affichées sur %2 (les %3 plus récentes sont conservées)</translation>
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
        <translation>Relancer la &amp;configuration…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Choose a page of the control panel with the arrow keys</source>
        <translation>Choisissez une page du panneau de contrôle avec les touches fléchées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>Gateway state</source>
        <translation>État de la passerelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Some pages keep the previous language until Moltdesk is restarted, because rebuilding them now would lose work: %1.</source>
        <translation>Certaines pages gardent l’ancienne langue jusqu’au redémarrage de Moltdesk, car les reconstruire maintenant perdrait du travail : %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>Moltdesk is still running</source>
        <translation>Moltdesk fonctionne toujours</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>The gateway keeps answering in the background. Use the tray icon to open the panel or quit.</source>
        <translation>La passerelle continue de répondre en arrière-plan. Utilisez l’icône de la zone de notification pour ouvrir le panneau ou quitter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>The bot is paused</source>
        <translation>Le bot est en pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>The bot accepts messages but answers no one until you resume it (Overview, or the tray menu).</source>
        <translation>Le bot accepte les messages mais ne répond à personne tant que vous ne le relancez pas (Vue d’ensemble ou menu de la zone de notification).</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::MessageBubble</name>
    <message>
        <location filename="../ui/sessions/messagebubble.cpp" line="88"/>
        <source>Message from the user</source>
        <translation>Message de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/sessions/messagebubble.cpp" line="92"/>
        <source>Message from the agent</source>
        <translation>Message de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/sessions/messagebubble.cpp" line="96"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/sessions/messagebubble.cpp" line="100"/>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ModelPage</name>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="19"/>
        <source>Choose a model</source>
        <translation>Choisissez un modèle</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="23"/>
        <source>Type to filter…</source>
        <translation>Tapez pour filtrer…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="25"/>
        <source>Filter models</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="26"/>
        <source>&amp;Models:</source>
        <translation>&amp;Modèles :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="29"/>
        <source>Available models</source>
        <translation>Modèles disponibles</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="30"/>
        <source>The models your provider offers; the one you choose answers your messages</source>
        <translation>Les modèles de votre fournisseur ; celui que vous choisissez répond à vos messages</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="54"/>
        <source>These are the models %1 offers you. The one selected is a good start; you can change it later in the settings.</source>
        <translation>Voici les modèles que %1 vous propose. Celui qui est sélectionné est un bon début ; vous pourrez le changer plus tard dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="101"/>
        <source>No model matches &quot;%1&quot;.</source>
        <translation>Aucun modèle ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="114"/>
        <source>1 model listed.</source>
        <translation>1 modèle listé.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="114"/>
        <source>%1 models listed.</source>
        <translation>%1 modèles listés.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::Notifier</name>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="62"/>
        <source>no reason was given</source>
        <translation>aucune raison n&apos;a été donnée</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="84"/>
        <source>%1 stopped working</source>
        <translation>%1 ne fonctionne plus</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="98"/>
        <source>A group (id %1)</source>
        <translation>Un groupe (id %1)</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="98"/>
        <source>The group “%1”</source>
        <translation>Le groupe « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="99"/>
        <source>New group pairing request</source>
        <translation>Nouvelle demande d’appairage d’un groupe</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="100"/>
        <source>%1 wants your bot to answer there on %2 — code %3, approve it in Channels.</source>
        <translation>%1 veut que votre bot y réponde sur %2 — code %3, approuvez-la dans Canaux.</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="103"/>
        <source>Someone (id %1)</source>
        <translation>Quelqu&apos;un (id %1)</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="103"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="104"/>
        <source>New pairing request</source>
        <translation>Nouvelle demande d&apos;appairage</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="105"/>
        <source>%1 wants to talk to your bot on %2 — code %3, approve it in Channels.</source>
        <translation>%1 veut parler à votre bot sur %2 — code %3, approuvez-le dans « Canaux ».</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="109"/>
        <source>Budget reached</source>
        <translation>Budget atteint</translation>
    </message>
    <message>
        <location filename="../ui/channels/notifier.cpp" line="110"/>
        <source>The spending cap is reached: the bot stops answering until it resets.</source>
        <translation>Le plafond de dépenses est atteint : le bot ne répond plus avant sa remise à zéro.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ObjectBrowser</name>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="41"/>
        <source>the object no longer exists</source>
        <translation>l’objet n’existe plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="64"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="85"/>
        <source>Filter by key prefix, e.g. media/</source>
        <translation>Filtrer par préfixe de clé, p. ex. media/</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="86"/>
        <source>Object key prefix</source>
        <translation>Préfixe de clé d’objet</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="92"/>
        <source>Stored objects with size, type and last change; select one to preview it</source>
        <translation>Objets stockés avec taille, type et dernière modification ; sélectionnez-en un pour l’aperçu</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="93"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="93"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="93"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="93"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="105"/>
        <source>List the next page of objects</source>
        <translation>Lister la page suivante des objets</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="107"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="109"/>
        <source>List the objects again from the start (F5)</source>
        <translation>Relister les objets depuis le début (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="110"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Téléverser…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="112"/>
        <source>Store a file from disk as an object, under a key you choose</source>
        <translation>Stocker un fichier du disque comme objet, sous une clé de votre choix</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="113"/>
        <source>&amp;Save to disk…</source>
        <translation>&amp;Enregistrer sur le disque…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="115"/>
        <source>Copy the selected object to a file on disk</source>
        <translation>Copier l’objet sélectionné dans un fichier sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="116"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="118"/>
        <source>Delete the selected object after asking (Delete)</source>
        <translation>Supprimer l’objet sélectionné après confirmation (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="158"/>
        <source>The object store is not available.</source>
        <translation>Le stockage d’objets n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="190"/>
        <source>Loading objects…</source>
        <translation>Chargement des objets…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="197"/>
        <source>Could not list the objects: %1</source>
        <translation>Impossible de lister les objets : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/objectbrowser.cpp" line="213"/>
        <source>First %n object(s) shown; more are available.</source>
        <translation>
            <numerusform>Le premier objet est affiché ; il y en a d’autres.</numerusform>
            <numerusform>Les %n premiers objets sont affichés ; il y en a d’autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/objectbrowser.cpp" line="214"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="264"/>
        <location filename="../ui/pages/objectbrowser.cpp" line="265"/>
        <source>Loading the preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="272"/>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="278"/>
        <source>The object %1 no longer exists.</source>
        <translation>L’objet %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="287"/>
        <location filename="../ui/pages/objectbrowser.cpp" line="290"/>
        <source>Upload a file</source>
        <translation>Téléverser un fichier</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="290"/>
        <source>Store it under the key:</source>
        <translation>L’enregistrer sous la clé :</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="300"/>
        <source>Uploading %1…</source>
        <translation>Téléversement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="305"/>
        <source>Could not upload %1: %2</source>
        <translation>Impossible de téléverser %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="316"/>
        <source>Uploaded %1 (%2).</source>
        <translation>%1 téléversé (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="327"/>
        <source>Save object to disk</source>
        <translation>Enregistrer l’objet sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="335"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="340"/>
        <source>Could not save %1 to %2: %3</source>
        <translation>Impossible d’enregistrer %1 dans %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="343"/>
        <source>Saved %1 to %2.</source>
        <translation>%1 enregistrés dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="353"/>
        <source>Delete object</source>
        <translation>Supprimer l’objet</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="354"/>
        <source>Delete the object “%1”? This cannot be undone.</source>
        <translation>Supprimer l’objet « %1 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="354"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="357"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="362"/>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="367"/>
        <source>Deleted %1.</source>
        <translation>Suppression de %1 terminée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="103"/>
        <source>&amp;Load more</source>
        <translation>Charger &amp;plus</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ObjectPreview</name>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="39"/>
        <source>Text preview</source>
        <translation>Aperçu du texte</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="40"/>
        <source>The start of the selected object as text, read-only</source>
        <translation>Le début de l’objet sélectionné en texte, en lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="48"/>
        <location filename="../ui/pages/objectpreview.cpp" line="52"/>
        <source>Image preview</source>
        <translation>Aperçu de l’image</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="49"/>
        <source>The selected object as an image; scroll it with the arrow keys</source>
        <translation>L’objet sélectionné en image ; faites-le défiler avec les touches fléchées</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="109"/>
        <source>Select an object to preview it.</source>
        <translation>Sélectionnez un objet pour l’afficher.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="140"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · updated %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · modifié le %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="147"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="155"/>
        <source>[Preview ends here: the first %1 of %2 are shown.]</source>
        <translation>[Fin de l’aperçu : les premiers %1 sur %2 sont affichés.]</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="162"/>
        <source>No preview for this kind of file (%1). Use “Save to disk…” to open it.</source>
        <translation>Pas d’aperçu pour ce type de fichier (%1). Utilisez « Enregistrer sur le disque… » pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="157"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="159"/>
        <source>Copy the address to the clipboard</source>
        <translation>Copier l’adresse dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="160"/>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="170"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="171"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="172"/>
        <source>Uptime:</source>
        <translation>Temps de fonctionnement :</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="173"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="176"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="184"/>
        <source>Component health</source>
        <translation>État des composants</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="185"/>
        <source>Each part of the gateway with its status and details</source>
        <translation>Chaque partie de la passerelle avec son état et ses détails</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="186"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="186"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="186"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="204"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="216"/>
        <source>Running, with warnings</source>
        <translation>En marche, avec des avertissements</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="217"/>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="219"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="221"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="223"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="225"/>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="233"/>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="270"/>
        <source>No key for %1: answers come from the fallback models until you add one.</source>
        <translation>Pas de clé pour %1 : les modèles de secours répondent jusqu’à ce que vous en ajoutiez une.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="271"/>
        <source>No key for %1 (%2): answers come from the fallback models until you add one.</source>
        <translation>Pas de clé pour %1 (%2) : les modèles de secours répondent jusqu’à ce que vous en ajoutiez une.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="275"/>
        <source>Moltdesk cannot answer yet: no key for %1.</source>
        <translation>Moltdesk ne peut pas encore répondre : pas de clé pour %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="276"/>
        <source>Moltdesk cannot answer yet: no key for %1 (%2).</source>
        <translation>Moltdesk ne peut pas encore répondre : pas de clé pour %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="283"/>
        <source>The gateway is running, but some components need attention.</source>
        <translation>La passerelle fonctionne, mais certains composants demandent votre attention.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="284"/>
        <source>The gateway is running and answering.</source>
        <translation>La passerelle fonctionne et répond.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="294"/>
        <source>The gateway stopped: %1</source>
        <translation>La passerelle s’est arrêtée : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="328"/>
        <source>not listening</source>
        <translation>pas à l’écoute</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="351"/>
        <source>%1, no key</source>
        <translation>%1, pas de clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="133"/>
        <source>&amp;Resume the bot</source>
        <translation>&amp;Relancer le bot</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="55"/>
        <source>the local server</source>
        <translation>le serveur local</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="117"/>
        <source>&amp;Add a key…</source>
        <translation>&amp;Ajouter une clé…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="119"/>
        <source>Add a key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="120"/>
        <source>Open the Secrets page to store the provider&apos;s API key</source>
        <translation>Ouvre la page Secrets pour enregistrer la clé d’API du fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="135"/>
        <source>Resume the bot</source>
        <translation>Relancer le bot</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="136"/>
        <source>Answer the messages that arrived while paused, in order, then go on as usual</source>
        <translation>Répondre dans l’ordre aux messages arrivés pendant la pause, puis continuer normalement</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="153"/>
        <source>The address the gateway listens on; the link opens its health check in the browser</source>
        <translation>L’adresse sur laquelle la passerelle écoute ; le lien ouvre son contrôle d’état dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="248"/>
        <source>Running, the bot is paused</source>
        <translation>En marche, le bot est en pause</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="256"/>
        <source>Paused since %1. Messages are kept and answered in order when you resume.</source>
        <translation>En pause depuis %1. Les messages sont conservés et traités dans l’ordre à la reprise.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="258"/>
        <source>Messages are kept and answered in order when you resume.</source>
        <translation>Les messages sont conservés et traités dans l’ordre à la reprise.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="260"/>
        <source>The bot is paused: it accepts messages but answers no one until you resume.</source>
        <translation>Le bot est en pause : il accepte les messages mais ne répond à personne jusqu’à la reprise.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::Page</name>
    <message>
        <location filename="../ui/page.cpp" line="40"/>
        <source>%1 is still working</source>
        <translation>%1 travaille encore</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::PairingBox</name>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="18"/>
        <location filename="../ui/channels/pairingbox.cpp" line="217"/>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>People who wrote to the bot and got a pairing code. Approve only people you know: an approved sender can talk to the agent, at your cost.</source>
        <translation type="vanished">Les personnes qui ont écrit au bot et reçu un code d&apos;appairage. N&apos;approuvez que des personnes que vous connaissez : un expéditeur approuvé peut parler à l&apos;agent, à vos frais.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="24"/>
        <source>People who wrote to the bot, and groups that mentioned it, got a pairing code. Approve only people and groups you know: they can talk to the agent, at your cost.</source>
        <translation>Les personnes qui ont écrit au bot, et les groupes qui l’ont mentionné, ont reçu un code d’appairage. N’approuvez que des personnes et des groupes que vous connaissez : ils peuvent parler à l’agent, à vos frais.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="34"/>
        <source>No one is waiting.</source>
        <translation>Personne n&apos;attend.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="82"/>
        <source>The gateway is not running, so pairing requests cannot be shown.</source>
        <translation>La passerelle n&apos;est pas lancée : les demandes d&apos;appairage ne peuvent pas être affichées.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="87"/>
        <source>Loading pairing requests…</source>
        <translation>Chargement des demandes d&apos;appairage…</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="95"/>
        <source>Pairing requests could not be loaded: %1</source>
        <translation>Les demandes d&apos;appairage n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="126"/>
        <source>Approving %1…</source>
        <translation>Approbation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="126"/>
        <source>Rejecting %1…</source>
        <translation>Refus de %1…</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="135"/>
        <source>%1 was not decided: %2</source>
        <translation>Aucune décision n&apos;a été prise pour %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="143"/>
        <source>%1 can talk to the bot now.</source>
        <translation>%1 peut maintenant parler au bot.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="144"/>
        <source>%1 was declined and will be told once.</source>
        <translation>%1 a été refusé et en sera informé une fois.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="179"/>
        <source>Forgetting %1…</source>
        <translation>Oubli de %1…</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="187"/>
        <source>%1 was not forgotten: %2</source>
        <translation>%1 n&apos;a pas été oublié : %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="190"/>
        <source>%1 is unknown again.</source>
        <translation>%1 est de nouveau inconnu.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingbox.cpp" line="217"/>
        <source>Waiting for approval (%1)</source>
        <translation>En attente d&apos;approbation (%1)</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::PairingRow</name>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="32"/>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="vanished">id %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="32"/>
        <source>Unnamed group</source>
        <translation>Groupe sans nom</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="37"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="38"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="39"/>
        <source>The title the group&apos;s members gave it; not verified</source>
        <translation>Le titre donné par les membres du groupe ; non vérifié</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="40"/>
        <source>The name given by the sender; not verified</source>
        <translation>Le nom donné par l’expéditeur ; non vérifié</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="44"/>
        <source>group id %1 · title given by the group&apos;s members</source>
        <translation>id du groupe %1 · titre donné par les membres du groupe</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="45"/>
        <source>id %1 · name given by the sender</source>
        <translation>id %1 · nom donné par l’expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="58"/>
        <source>The code the bot posted in the group: ask a member you trust which code they see before approving.</source>
        <translation>Le code que le bot a publié dans le groupe : demandez à un membre de confiance quel code il voit avant d’approuver.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="60"/>
        <source>The code the sender was given: ask them which code they see before approving.</source>
        <translation>Le code remis à l&apos;expéditeur : demandez-lui quel code il voit avant d&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="64"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="66"/>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="66"/>
        <source>Approve group %1</source>
        <translation>Approuver le groupe %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="67"/>
        <source>Let the bot answer in this group from now on (members who mention it), at your cost; compare the code first</source>
        <translation>Le bot répond désormais dans ce groupe (aux membres qui le mentionnent), à vos frais ; comparez d’abord le code</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="69"/>
        <source>Let this sender write to the bot from now on; compare the code first</source>
        <translation>Autoriser cet expéditeur à écrire au bot désormais ; comparez d’abord le code</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="70"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="72"/>
        <source>Reject %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="72"/>
        <source>Reject group %1</source>
        <translation>Refuser le groupe %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="73"/>
        <source>Refuse the request: the bot does not answer in this group</source>
        <translation>Refuser la demande : le bot ne répond pas dans ce groupe</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="74"/>
        <source>Refuse the request: the bot does not answer this sender</source>
        <translation>Refuser la demande : le bot ne répond pas à cet expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="102"/>
        <source>asked %1</source>
        <translation>demandé %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="108"/>
        <source>%1 · code valid for %2</source>
        <translation>%1 · code valable encore %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/pairingrow.cpp" line="109"/>
        <source>%1 · code expired</source>
        <translation>%1 · code expiré</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ProviderPage</name>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="16"/>
        <source>Which AI should answer?</source>
        <translation>Quelle IA doit répondre ?</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="17"/>
        <source>Moltdesk sends your conversations to the AI you choose here. You can add more providers and fallbacks later in the settings.</source>
        <translation>Moltdesk envoie vos conversations à l’IA que vous choisissez ici. Vous pourrez ajouter d’autres fournisseurs et des modèles de secours plus tard dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="24"/>
        <source>&amp;Anthropic (Claude)</source>
        <translation>&amp;Anthropic (Claude)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="25"/>
        <source>Needs an API key from console.anthropic.com. Strong at long conversations and tool use.</source>
        <translation>Nécessite une clé d’API de console.anthropic.com. Excellent pour les longues conversations et l’utilisation d’outils.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="27"/>
        <source>&amp;OpenAI (GPT)</source>
        <translation>&amp;OpenAI (GPT)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="28"/>
        <source>Needs an API key from platform.openai.com.</source>
        <translation>Nécessite une clé d’API de platform.openai.com.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="29"/>
        <source>A &amp;local server (Ollama, llama.cpp, …)</source>
        <translation>Un serveur &amp;local (Ollama, llama.cpp, …)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="30"/>
        <source>Runs on your own computer or network; usually no key and no cost. The server must speak the OpenAI-compatible API.</source>
        <translation>Fonctionne sur votre ordinateur ou votre réseau ; en général sans clé et sans frais. Le serveur doit parler l’API compatible OpenAI.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SecretRow</name>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="41"/>
        <source>New value for %1</source>
        <translation>Nouvelle valeur pour %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="43"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="45"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="47"/>
        <location filename="../ui/pages/secretrow.cpp" line="169"/>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="49"/>
        <source>Reveal %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="50"/>
        <source>Show the stored value below until you hide it or leave the page</source>
        <translation>Afficher la valeur stockée en dessous jusqu’à ce que vous la masquiez ou quittiez la page</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="54"/>
        <location filename="../ui/pages/secretrow.cpp" line="55"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="60"/>
        <source>Current value of %1</source>
        <translation>Valeur actuelle de %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="95"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="99"/>
        <source>✔ set</source>
        <translation>✔ défini</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="99"/>
        <source>✔ set (%1)</source>
        <translation>✔ défini (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="103"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="107"/>
        <source>unknown: %1</source>
        <translation>inconnu : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="111"/>
        <source>Type a new value to replace it</source>
        <translation>Saisissez une nouvelle valeur pour la remplacer</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="111"/>
        <source>Type the value to set it</source>
        <translation>Saisissez la valeur pour la définir</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="136"/>
        <source>Store the typed value in the keychain, replacing any stored value</source>
        <translation>Enregistrer la valeur saisie dans le trousseau, en remplaçant toute valeur stockée</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="150"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="150"/>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="160"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SecretsPage</name>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="46"/>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="50"/>
        <source>The operator token lets the API, WebSocket clients and scripts in. Rotate it if it may have leaked.</source>
        <translation>Le jeton d’opérateur donne accès à l’API, aux clients WebSocket et aux scripts. Renouvelez-le s’il a pu fuiter.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="54"/>
        <source>Rotate &amp;operator token…</source>
        <translation>Renouveler le jeton d’&amp;opérateur…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="56"/>
        <source>Replace the operator token with a new one (after asking); every client must then connect with the new token</source>
        <translation>Remplacer le jeton d’opérateur par un nouveau (après confirmation) ; chaque client doit ensuite se connecter avec le nouveau jeton</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="96"/>
        <source>Use “Rotate operator token” so the gateway switches to the new token at once.</source>
        <translation>Utilisez « Renouveler le jeton d’opérateur » pour que la passerelle adopte aussitôt le nouveau jeton.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="102"/>
        <source>A new operator token is in use. Connected clients must use it from now on.</source>
        <translation>Un nouveau jeton d’opérateur est en service. Les clients connectés doivent désormais l’utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="110"/>
        <source>The operator token was not rotated: %1</source>
        <translation>Le jeton d’opérateur n’a pas été renouvelé : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="115"/>
        <source>No secret store is configured.</source>
        <translation>Aucun stockage de secrets n’est configuré.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="118"/>
        <source>no secret store</source>
        <translation>pas de stockage de secrets</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="127"/>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="192"/>
        <source>Secrets are kept in the %1. Values are never shown unless you click “Reveal”.</source>
        <translation>Les secrets sont conservés ici : %1. Les valeurs ne s’affichent que si vous cliquez sur « Afficher ».</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="195"/>
        <source>Secrets are read from the %1, which cannot be changed from here.</source>
        <translation>Les secrets sont lus ici : %1, qui ne peut pas être modifié depuis ce panneau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="199"/>
        <source>Secrets cannot be stored right now: %1</source>
        <translation>Les secrets ne peuvent pas être enregistrés pour le moment : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="261"/>
        <source>Replacing or deleting this key would make data encrypted with it unreadable.</source>
        <translation>Remplacer ou supprimer cette clé rendrait illisibles les données chiffrées avec elle.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="269"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="276"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 n’a pas été enregistré : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="285"/>
        <source>%1 saved. The environment sets it too, and its value stays in use until it is removed there.</source>
        <translation>%1 enregistré. L’environnement le définit aussi, et sa valeur reste utilisée jusqu’à ce qu’elle y soit retirée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="289"/>
        <source>%1 saved and in use.</source>
        <translation>%1 enregistré et utilisé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="290"/>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="299"/>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="300"/>
        <source>Delete secret</source>
        <translation>Supprimer le secret</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="301"/>
        <source>Delete %1 from the %2? Whatever uses it stops working until it is set again.</source>
        <translation>Supprimer %1 de ce stockage : %2 ? Ce qui l’utilise cessera de fonctionner jusqu’à ce qu’il soit redéfini.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="303"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="305"/>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="310"/>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n’a pas été supprimé : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="316"/>
        <source>%1 deleted from the keychain; the environment still sets it.</source>
        <translation>%1 supprimé du trousseau ; l’environnement le définit encore.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="318"/>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="347"/>
        <source>Rotate operator token</source>
        <translation>Renouveler le jeton d’opérateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="348"/>
        <source>A new operator token replaces the current one at once. Every connected client, script and WebSocket session must use the new token to connect again.</source>
        <translation>Un nouveau jeton d’opérateur remplace immédiatement l’actuel. Chaque client connecté, script et session WebSocket devra utiliser le nouveau jeton pour se reconnecter.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="350"/>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="353"/>
        <source>Rotating the operator token…</source>
        <translation>Renouvellement du jeton d’opérateur…</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SessionListModel</name>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="276"/>
        <source>Chat with your agent</source>
        <translation>Discuter avec votre agent</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="302"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="304"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="306"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="308"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="310"/>
        <source>Cost (30 d)</source>
        <translation>Coût (30 j)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="42"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="261"/>
        <source>%1
You are answering here: the agent is paused in this conversation.</source>
        <translation>%1
C’est vous qui répondez ici : l’agent est en pause dans cette conversation.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionlistmodel.cpp" line="279"/>
        <source>%1 (you are answering)</source>
        <translation>%1 (vous répondez)</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SessionsPage</name>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="74"/>
        <source>The gateway is not running, so there are no conversations to show.</source>
        <translation>La passerelle ne fonctionne pas : il n&apos;y a aucune conversation à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="99"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="115"/>
        <source>Search conversations…</source>
        <translation>Rechercher des conversations…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="116"/>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="121"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="122"/>
        <source>Show only the conversations of one channel</source>
        <translation>N’afficher que les conversations d’un canal</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="123"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="134"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="135"/>
        <source>Select a conversation to read it; Delete removes it after asking</source>
        <translation>Sélectionnez une conversation pour la lire ; Suppr la supprime après confirmation</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="162"/>
        <source>Loading conversations…</source>
        <translation>Chargement des conversations…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="167"/>
        <source>Could not list the conversations: %1</source>
        <translation>Impossible de lister les conversations : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="199"/>
        <source>Choose a conversation</source>
        <translation>Choisissez une conversation</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="213"/>
        <location filename="../ui/pages/sessionspage.cpp" line="583"/>
        <source>&amp;Take over</source>
        <translation>&amp;Prendre la main</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="216"/>
        <source>Reply as the bot yourself; the agent pauses in this conversation until you release it.</source>
        <translation>Répondre vous-même en tant que bot ; l&apos;agent se met en pause dans cette conversation jusqu&apos;à ce que vous la rendiez.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="218"/>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="220"/>
        <source>Start a new conversation; the old messages are archived, not deleted.</source>
        <translation>Commencer une nouvelle conversation ; les anciens messages sont archivés, pas supprimés.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="224"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="228"/>
        <source>Save the whole conversation, archived messages included, as JSON or as readable text</source>
        <translation>Enregistrer toute la conversation, messages archivés compris, en JSON ou en texte lisible</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="230"/>
        <source>As &amp;JSON…</source>
        <translation>En &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="231"/>
        <source>As readable &amp;text…</source>
        <translation>En &amp;texte lisible…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="233"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="235"/>
        <source>Delete the conversation and its messages after asking (Delete)</source>
        <translation>Supprimer la conversation et ses messages après confirmation (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="245"/>
        <source>The messages of the chosen conversation, oldest at the top</source>
        <translation>Les messages de la conversation choisie, les plus anciens en haut</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="248"/>
        <source>Could not read the conversation: %1</source>
        <translation>Impossible de lire la conversation : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="257"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="258"/>
        <location filename="../ui/pages/sessionspage.cpp" line="588"/>
        <source>Write to your agent… (Ctrl+Enter sends)</source>
        <translation>Écrivez à votre agent… (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="264"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="270"/>
        <source>Stop the agent&apos;s answer that is running</source>
        <translation>Arrêter la réponse de l’agent en cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="316"/>
        <source>Chat with your agent</source>
        <translation>Discuter avec votre agent</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="317"/>
        <source>Messages you send here go to the agent like any other conversation (%1).</source>
        <translation>Les messages envoyés ici vont à l&apos;agent comme toute autre conversation (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="406"/>
        <source>Sending as the bot…</source>
        <translation>Envoi en tant que bot…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="412"/>
        <source>Could not send: %1</source>
        <translation>Échec de l&apos;envoi : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="591"/>
        <source>Your reply, sent to the sender as the bot&apos;s answer</source>
        <translation>Votre réponse, envoyée à l’expéditeur comme réponse du bot</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="592"/>
        <source>Your message to the agent</source>
        <translation>Votre message à l’agent</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="593"/>
        <source>Send the reply to the sender as the bot (Ctrl+Enter)</source>
        <translation>Envoyer la réponse à l’expéditeur en tant que bot (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="594"/>
        <source>Send the message to your agent (Ctrl+Enter)</source>
        <translation>Envoyer le message à votre agent (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="382"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="390"/>
        <source>The message was not sent: %1</source>
        <translation>Le message n&apos;a pas été envoyé : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="434"/>
        <source>Could not stop the reply: %1</source>
        <translation>Impossible d&apos;arrêter la réponse : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="436"/>
        <source>Nothing was running.</source>
        <translation>Rien n&apos;était en cours.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="444"/>
        <source>Reset conversation</source>
        <translation>Réinitialiser la conversation</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="445"/>
        <source>Start a new conversation in %1? The agent forgets the earlier messages; they stay archived and are still exported.</source>
        <translation>Commencer une nouvelle conversation dans %1 ? L&apos;agent oublie les messages précédents ; ils restent archivés et sont toujours exportés.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="448"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="455"/>
        <source>Could not reset: %1</source>
        <translation>Échec de la réinitialisation : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="458"/>
        <source>The conversation was reset.</source>
        <translation>La conversation a été réinitialisée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="471"/>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="472"/>
        <source>Delete %1 and all its messages? This cannot be undone.</source>
        <translation>Supprimer %1 et tous ses messages ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="472"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="475"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="480"/>
        <source>Could not delete: %1</source>
        <translation>Échec de la suppression : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="485"/>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="508"/>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="508"/>
        <source>Export as text</source>
        <translation>Exporter en texte</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="512"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="543"/>
        <source>Could not change take-over: %1</source>
        <translation>Impossible de changer la prise de main : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="551"/>
        <source>You are answering in %1; the agent is paused there.</source>
        <translation>Vous répondez dans %1 ; l&apos;agent y est en pause.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="553"/>
        <source>The agent answers in %1 again.</source>
        <translation>L&apos;agent répond de nouveau dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="583"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Rendre la main</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="585"/>
        <source>Needs gateway support: this gateway has no sessions.takeover method yet.</source>
        <translation>Nécessite la prise en charge par la passerelle : elle n&apos;a pas encore de méthode sessions.takeover.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="587"/>
        <source>Reply as the bot… (Ctrl+Enter sends)</source>
        <translation>Répondre en tant que bot… (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="268"/>
        <source>Sto&amp;p</source>
        <translation>&amp;Arrêter</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="78"/>
        <source>Settings groups</source>
        <translation>Groupes de réglages</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="80"/>
        <source>Panel</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="80"/>
        <source>Settings of this panel: its language</source>
        <translation>Réglages de cette interface : sa langue</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="81"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="82"/>
        <source>The whole configuration as JSON, for keys the other tabs do not show</source>
        <translation>Toute la configuration en JSON, pour les clés que les autres onglets n’affichent pas</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="89"/>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="91"/>
        <source>Discard the changes you have not saved</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="92"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="94"/>
        <source>Check and save the configuration (Ctrl+S)</source>
        <translation>Vérifier et enregistrer la configuration (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="114"/>
        <source>The gateway is not running, so its settings cannot be shown.</source>
        <translation>La passerelle ne tourne pas : ses réglages ne peuvent pas être affichés.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="122"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="151"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="155"/>
        <source>Language of the panel</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="158"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="160"/>
        <source>Applies at once to the whole panel. Kept on this computer with the panel&apos;s own settings, not in config.json.</source>
        <translation>S’applique immédiatement à toute l’interface. Conservé sur cet ordinateur avec les réglages de l’interface, pas dans config.json.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="178"/>
        <source>The language can be chosen in the desktop application only.</source>
        <translation>La langue se choisit uniquement dans l’application de bureau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="189"/>
        <source>The whole configuration as config.json holds it, with every key spelt out. It is checked as you type; secrets never belong here.</source>
        <translation>Toute la configuration telle que config.json la contient, chaque clé écrite en entier. Elle est vérifiée pendant la saisie ; les secrets n’ont jamais leur place ici.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="195"/>
        <source>Configuration as JSON</source>
        <translation>Configuration en JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="196"/>
        <source>The whole of config.json, checked as you type; Tab leaves the field</source>
        <translation>Tout config.json, vérifié pendant la saisie ; Tab quitte le champ</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="230"/>
        <source>Loading the configuration…</source>
        <translation>Chargement de la configuration…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="237"/>
        <source>This gateway cannot show its configuration (it has no config.get).</source>
        <translation>Cette passerelle ne peut pas afficher sa configuration (config.get lui manque).</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="239"/>
        <source>Cannot load the configuration: %1</source>
        <translation>Impossible de charger la configuration : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="259"/>
        <source>Saved in %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="260"/>
        <source>%1 does not exist yet: every key has its default.</source>
        <translation>%1 n’existe pas encore : chaque clé a sa valeur par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="350"/>
        <source>Fix these before saving:
%1</source>
        <translation>À corriger avant d’enregistrer :
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="369"/>
        <source>Saving the configuration…</source>
        <translation>Enregistrement de la configuration…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="383"/>
        <source>This gateway cannot save settings (it has no config.set).</source>
        <translation>Cette passerelle ne peut pas enregistrer de réglages (config.set lui manque).</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="401"/>
        <location filename="../ui/pages/settingspage.cpp" line="414"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="403"/>
        <source>Applied now: %1.</source>
        <translation>Appliqué immédiatement : %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="405"/>
        <source>Takes effect after a restart: %1.</source>
        <translation>Prend effet après un redémarrage : %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="407"/>
        <source>Nothing the gateway uses has changed.</source>
        <translation>Rien de ce qu’utilise la passerelle n’a changé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="410"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="423"/>
        <source>Not saved: the gateway refused these settings. Nothing was written; the problems are shown at their fields.</source>
        <translation>Non enregistré : la passerelle a refusé ces réglages. Rien n’a été écrit ; les problèmes sont indiqués à côté de leurs champs.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="426"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="443"/>
        <source>Changes discarded.</source>
        <translation>Modifications abandonnées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="452"/>
        <source>Unsaved settings</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="453"/>
        <source>You changed settings without saving them. Discard the changes?</source>
        <translation>Vous avez modifié des réglages sans les enregistrer. Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="454"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="463"/>
        <source>unsaved changes on the Settings page</source>
        <translation>modifications non enregistrées sur la page Réglages</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="473"/>
        <source>Switch language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="474"/>
        <source>Switching the language rebuilds the panel&apos;s pages, which discards the settings you have not saved. Switch anyway?</source>
        <translation>Changer de langue reconstruit les pages de l’interface, ce qui abandonne les réglages non enregistrés. Changer quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="476"/>
        <source>Switch and discard</source>
        <translation>Changer et abandonner</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="503"/>
        <source>The configuration was changed elsewhere. Save applies only the fields you edited on top of it; Revert loads it.</source>
        <translation>La configuration a été modifiée ailleurs. Enregistrer n’y applique que les champs que vous avez modifiés ; Rétablir la charge.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="505"/>
        <source>The configuration was changed elsewhere (%1). Save applies only the fields you edited on top of it; Revert loads it.</source>
        <translation>La configuration a été modifiée ailleurs (%1). Enregistrer n’y applique que les champs que vous avez modifiés ; Rétablir la charge.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere. Revert to load it, or Save to replace it with your version.</source>
        <translation type="vanished">La configuration a été modifiée ailleurs. « Annuler les modifications » la charge, « Enregistrer » la remplace par votre version.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere (%1). Revert to load it, or Save to replace it with your version.</source>
        <translation type="vanished">La configuration a été modifiée ailleurs (%1). « Annuler les modifications » la charge, « Enregistrer » la remplace par votre version.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SetupFlow</name>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="102"/>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="227"/>
        <source>Paste your %1 API key first.</source>
        <translation>Collez d’abord votre clé d’API %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="232"/>
        <source>The address must look like http://127.0.0.1:11434 (http:// or https://, a host and optionally a port).</source>
        <translation>L’adresse doit ressembler à http://127.0.0.1:11434 (http:// ou https://, un hôte et éventuellement un port).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="258"/>
        <source>Connected: 1 model available.</source>
        <translation>Connecté : 1 modèle disponible.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="259"/>
        <source>Connected: %1 models available.</source>
        <translation>Connecté : %1 modèles disponibles.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="323"/>
        <source>Paste the token @BotFather gave you, or skip this step.</source>
        <translation>Collez le jeton donné par @BotFather, ou passez cette étape.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="344"/>
        <source>Connected to %1 (@%2).</source>
        <translation>Connecté à %1 (@%2).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="395"/>
        <source>The set-up is not complete yet: choose a provider and a model first.</source>
        <translation>La configuration n’est pas terminée : choisissez d’abord un fournisseur et un modèle.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="399"/>
        <source>The existing configuration file has errors, so it was not replaced. Fix or remove it, then run the set-up again:
%1</source>
        <translation>Le fichier de configuration existant contient des erreurs ; il n’a donc pas été remplacé. Corrigez-le ou supprimez-le, puis relancez la configuration :
%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="414"/>
        <source>There is no secret store to keep the key in, so nothing was saved.</source>
        <translation>Aucun magasin de secrets n’est disponible pour la clé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="437"/>
        <source>%1 could not be saved: %2. Nothing was written to the configuration; press Finish to try again once the keychain is available.</source>
        <translation>%1 n’a pas pu être enregistré : %2. Rien n’a été écrit dans la configuration ; cliquez à nouveau sur « Terminer » dès que le trousseau est disponible.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="486"/>
        <source>The keys were saved, but the configuration was refused: %1</source>
        <translation>Les clés ont été enregistrées, mais la configuration a été refusée : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="495"/>
        <source>The keys were saved, but the configuration could not be written: %1</source>
        <translation>Les clés ont été enregistrées, mais la configuration n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="483"/>
        <location filename="../ui/wizard/setupflow.cpp" line="499"/>
        <source>Saved. Moltdesk now answers with %1.</source>
        <translation>Enregistré. Moltdesk répond désormais avec %1.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SetupMessages</name>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="23"/>
        <source>Cannot reach %1: is the server running? Start it (for Ollama: &quot;ollama serve&quot;) or correct the address.</source>
        <translation>Impossible de joindre %1 : le serveur est-il lancé ? Démarrez-le (pour Ollama : « ollama serve ») ou corrigez l’adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="25"/>
        <source>Cannot reach %1: is the server running? Check your internet connection, a proxy or firewall.</source>
        <translation>Impossible de joindre %1 : le serveur est-il lancé ? Vérifiez votre connexion Internet, un proxy ou le pare-feu.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="28"/>
        <source>%1 did not answer in time. Check the address and your connection, then try again.</source>
        <translation>%1 n’a pas répondu à temps. Vérifiez l’adresse et votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="32"/>
        <source>%1 accepted the key but refuses to use it here (HTTP 403): check that the key belongs to an active project or workspace with API access.</source>
        <translation>%1 a accepté la clé mais refuse de l’utiliser ici (HTTP 403) : vérifiez que la clé appartient à un projet ou un espace de travail actif avec accès à l’API.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="34"/>
        <source>The server refused the request (HTTP 401): it wants an API key — paste the key the server was started with.</source>
        <translation>Le serveur a refusé la requête (HTTP 401) : il demande une clé d’API — collez la clé avec laquelle le serveur a été lancé.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="36"/>
        <source>The key was refused — check you copied all of it (no spaces, nothing cut off) and that it has not been revoked.</source>
        <translation>La clé a été refusée — vérifiez que vous l’avez copiée en entier (sans espaces, rien de coupé) et qu’elle n’a pas été révoquée.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="39"/>
        <source>The %1 account has no credit or quota left: add credit in your %1 billing settings, then check again.</source>
        <translation>Le compte %1 n’a plus de crédit ni de quota : ajoutez du crédit dans les paramètres de facturation %1, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="43"/>
        <source>%1 is limiting requests right now (HTTP 429): wait %2 seconds and check again.</source>
        <translation>%1 limite les requêtes en ce moment (HTTP 429) : attendez %2 secondes et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="46"/>
        <source>%1 is limiting requests right now (HTTP 429): wait a minute and check again.</source>
        <translation>%1 limite les requêtes en ce moment (HTTP 429) : attendez une minute et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="49"/>
        <source>%1 has a problem on its side (HTTP %2): this is not your key — try again in a few minutes.</source>
        <translation>%1 a un problème de son côté (HTTP %2) : ce n’est pas votre clé — réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="54"/>
        <source>%1 has no model list at this address (HTTP 404): is it really an %2 server? Check the address.</source>
        <translation>%1 n’a pas de liste de modèles à cette adresse (HTTP 404) : est-ce vraiment un serveur %2 ? Vérifiez l’adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="56"/>
        <source>%1 refused the request (HTTP %2): %3</source>
        <translation>%1 a refusé la requête (HTTP %2) : %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="59"/>
        <source>%1 answered, but not like the %2 API does: check the address.</source>
        <translation>%1 a répondu, mais pas comme l’API %2 : vérifiez l’adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="61"/>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="68"/>
        <source>The server is running but has no models yet: download one first (for Ollama: &quot;ollama pull llama3.2&quot;), then check again.</source>
        <translation>Le serveur fonctionne mais n’a encore aucun modèle : téléchargez-en un d’abord (pour Ollama : « ollama pull llama3.2 »), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="70"/>
        <source>%1 accepted the key but lists no chat models for it: check the key&apos;s project or permissions.</source>
        <translation>%1 a accepté la clé mais ne liste aucun modèle de discussion pour elle : vérifiez le projet ou les autorisations de la clé.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="81"/>
        <source>Telegram refused this token — copy it again from @BotFather (it looks like 123456789:AA…, with nothing cut off).</source>
        <translation>Telegram a refusé ce jeton — copiez-le à nouveau depuis @BotFather (il ressemble à 123456789:AA…, sans rien de coupé).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="84"/>
        <source>That does not look like a bot token: @BotFather gives one like 123456789:AA… (digits, a colon, then letters).</source>
        <translation>Cela ne ressemble pas à un jeton de bot : @BotFather en donne un comme 123456789:AA… (des chiffres, deux-points, puis des lettres).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="87"/>
        <source>Cannot reach %1: check your internet connection, a proxy or firewall.</source>
        <translation>Impossible de joindre %1 : vérifiez votre connexion Internet, un proxy ou le pare-feu.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="89"/>
        <source>Telegram did not answer in time: check your connection and try again.</source>
        <translation>Telegram n’a pas répondu à temps : vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="91"/>
        <source>Telegram asks to slow down: wait %1 seconds and check again.</source>
        <translation>Telegram demande de ralentir : attendez %1 secondes et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="93"/>
        <source>Telegram has a problem on its side (HTTP %1): try again in a few minutes.</source>
        <translation>Telegram a un problème de son côté (HTTP %1) : réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupmessages.cpp" line="103"/>
        <source>Telegram could not check the token: %1</source>
        <translation>Telegram n’a pas pu vérifier le jeton : %1</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SetupWizard</name>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="22"/>
        <source>Set up Moltdesk</source>
        <translation>Configurer Moltdesk</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="23"/>
        <source>Moltdesk set-up</source>
        <translation>Configuration de Moltdesk</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="28"/>
        <source>Set up &amp;later</source>
        <translation>Configurer &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="29"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="30"/>
        <source>Close without saving; run the set-up again from the menu.</source>
        <translation>Fermer sans enregistrer ; relancez la configuration depuis le menu.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="56"/>
        <source>Step %1 of %2 — </source>
        <translation>Étape %1 sur %2 — </translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SqlConsolePanel</name>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="47"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="48"/>
        <source>Table / column</source>
        <translation>Table / colonne</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="48"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="50"/>
        <source>Double-click a table to query its first rows.</source>
        <translation>Double-cliquez sur une table pour interroger ses premières lignes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="59"/>
        <source>SQL query</source>
        <translation>Requête SQL</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="61"/>
        <source>SELECT … (read-only: one statement, no changes)</source>
        <translation>SELECT … (lecture seule : une instruction, aucune modification)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="63"/>
        <source>One read-only SQL statement; Ctrl+Return runs it</source>
        <translation>Une seule instruction SQL en lecture seule ; Ctrl+Entrée l’exécute</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="66"/>
        <source>Row &amp;cap:</source>
        <translation>&amp;Limite de lignes :</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="72"/>
        <source>Show at most this many rows of the result</source>
        <translation>Afficher au plus ce nombre de lignes du résultat</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="73"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="75"/>
        <source>Run the query (Ctrl+Return)</source>
        <translation>Exécuter la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="91"/>
        <source>Query results</source>
        <translation>Résultats de la requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="92"/>
        <source>The rows the last query returned</source>
        <translation>Les lignes renvoyées par la dernière requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="125"/>
        <source>The SQL console is not available.</source>
        <translation>La console SQL n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="145"/>
        <source>Loading tables…</source>
        <translation>Chargement des tables…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="150"/>
        <source>Could not list the tables: %1</source>
        <translation>Impossible de lister les tables : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="160"/>
        <source>(primary key)</source>
        <translation>(clé primaire)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="162"/>
        <source>(not null)</source>
        <translation>(non NULL)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="173"/>
        <source>Type a query first, e.g. SELECT * FROM kv LIMIT 10.</source>
        <translation>Saisissez d’abord une requête, p. ex. SELECT * FROM kv LIMIT 10.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="179"/>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="192"/>
        <source>Not run: this console only reads data. (%1)</source>
        <translation>Non exécutée : cette console ne fait que lire les données. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="194"/>
        <source>Stopped: the query took too long. (%1)</source>
        <translation>Interrompue : la requête a pris trop de temps. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="196"/>
        <source>The query failed: %1</source>
        <translation>La requête a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="202"/>
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n ligne en %1 ms</numerusform>
            <numerusform>%n lignes en %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="204"/>
        <source>only the first %n row(s) are shown (row cap)</source>
        <translation>
            <numerusform>seule la première ligne est affichée (limite de lignes)</numerusform>
            <numerusform>seules les %n premières lignes sont affichées (limite de lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SqlResultModel</name>
    <message>
        <location filename="../ui/pages/sqlresultmodel.cpp" line="54"/>
        <source>&lt;%1 of binary data&gt;</source>
        <translation>&lt;%1 de données binaires&gt;</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::StatusLine</name>
    <message>
        <location filename="../ui/widgets/statusline.cpp" line="21"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::StoragePage</name>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="34"/>
        <source>&amp;Key-value</source>
        <translation>Clé-&amp;valeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="35"/>
        <source>&amp;Objects</source>
        <translation>&amp;Objets</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="36"/>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="37"/>
        <source>Namespaced keys and values with expiry (Workers KV)</source>
        <translation>Clés et valeurs par espace de noms, avec expiration (Workers KV)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="38"/>
        <source>Stored files: media, transcripts, exports (R2)</source>
        <translation>Fichiers stockés : médias, transcriptions, exports (R2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="39"/>
        <source>Read-only SQL over the database (D1)</source>
        <translation>SQL en lecture seule sur la base de données (D1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="51"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="29"/>
        <source>Storage areas</source>
        <translation>Zones de stockage</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="30"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab switch between key-value, objects and SQL</source>
        <translation>Ctrl+Tab et Ctrl+Maj+Tab basculent entre clé-valeur, objets et SQL</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SummaryPage</name>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="18"/>
        <source>Ready to go</source>
        <translation>Prêt à démarrer</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="19"/>
        <source>Check the summary, then press Finish to save it.</source>
        <translation>Vérifiez le récapitulatif, puis cliquez sur « Terminer » pour l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="25"/>
        <source>The provider, model and channel that Finish saves</source>
        <translation>Le fournisseur, le modèle et le canal que « Terminer » enregistre</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="48"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="52"/>
        <source>AI provider</source>
        <translation>Fournisseur d’IA</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="54"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="55"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="57"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="57"/>
        <source>kept in your keychain as %1, never in the file</source>
        <translation>conservée dans votre trousseau sous %1, jamais dans le fichier</translation>
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
        <translation>pas maintenant — à configurer plus tard dans la page « Canaux »</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="63"/>
        <source>%1 — &lt;a href=&quot;%2&quot;&gt;@%3&lt;/a&gt;</source>
        <translation>%1 — &lt;a href=&quot;%2&quot;&gt;@%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="67"/>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="24"/>
        <source>What will be saved</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TelegramEntry</name>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="45"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="47"/>
        <source>Telegram channel enabled</source>
        <translation>Canal Telegram activé</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="49"/>
        <source>Saved to config.json; the running gateway starts or stops the channel at once.</source>
        <translation>Enregistré dans config.json ; la passerelle en cours démarre ou arrête le canal immédiatement.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="81"/>
        <source>The gateway is not running, so there is no live status.</source>
        <translation>La passerelle n&apos;est pas lancée : pas d&apos;état en direct.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="108"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="108"/>
        <source>Not set up</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="169"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="183"/>
        <source>Enabled.</source>
        <translation>Activé.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramentry.cpp" line="183"/>
        <source>Disabled.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <source>Enabled. Restart Moltdesk to start Telegram.</source>
        <translation type="vanished">Activé. Redémarrez Moltdesk pour lancer Telegram.</translation>
    </message>
    <message>
        <source>Disabled. Restart Moltdesk to stop Telegram.</source>
        <translation type="vanished">Désactivé. Redémarrez Moltdesk pour arrêter Telegram.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TelegramPage</name>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="21"/>
        <source>Connect a Telegram bot</source>
        <translation>Connecter un bot Telegram</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="22"/>
        <source>Optional: people can then talk to your agent in Telegram. Leave the field empty to skip — you can do this later on the Channels page.</source>
        <translation>Facultatif : on pourra alors parler à votre agent dans Telegram. Laissez le champ vide pour passer — vous pourrez le faire plus tard dans la page « Canaux ».</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="26"/>
        <source>&lt;table cellspacing=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;In Telegram, open &lt;a href=&quot;https://t.me/BotFather&quot;&gt;@BotFather&lt;/a&gt; and send &lt;b&gt;/newbot&lt;/b&gt;.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;2.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Choose a name, then a user name ending in “bot”.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copy the token it sends you and paste it below.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Dans Telegram, ouvrez &lt;a href=&quot;https://t.me/BotFather&quot;&gt;@BotFather&lt;/a&gt; et envoyez &lt;b&gt;/newbot&lt;/b&gt;.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;2.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Choisissez un nom, puis un nom d’utilisateur se terminant par « bot ».&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copiez le jeton qu’il vous envoie et collez-le ci-dessous.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="45"/>
        <source>Telegram bot token</source>
        <translation>Jeton du bot Telegram</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="46"/>
        <source>The token @BotFather sent you; it is kept in the system keychain</source>
        <translation>Le jeton que @BotFather vous a envoyé ; il est conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="47"/>
        <source>&amp;Check token</source>
        <translation>&amp;Vérifier le jeton</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="49"/>
        <source>Check the Telegram token</source>
        <translation>Vérifier le jeton Telegram</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="50"/>
        <source>Ask Telegram which bot the token belongs to (Enter)</source>
        <translation>Demander à Telegram à quel bot appartient le jeton (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="55"/>
        <source>Bot &amp;token:</source>
        <translation>&amp;Jeton du bot :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="116"/>
        <source>&amp;Skip &gt;</source>
        <translation>&amp;Passer &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="116"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="119"/>
        <source>Press Return or Check token.</source>
        <translation>Appuyez sur Entrée ou sur « Vérifier le jeton ».</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="122"/>
        <source>Asking Telegram…</source>
        <translation>Interrogation de Telegram…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="133"/>
        <source>Open your bot: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Ouvrir votre bot : &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TelegramSetup</name>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="59"/>
        <source>Paste the token @BotFather gave you.</source>
        <translation>Collez le jeton que @BotFather vous a donné.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="63"/>
        <source>Asking Telegram about this token…</source>
        <translation>Interrogation de Telegram sur ce jeton…</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="73"/>
        <source>Telegram answered with a user account, not a bot. Use a token from @BotFather.</source>
        <translation>Telegram a répondu avec un compte utilisateur, pas un bot. Utilisez un jeton de @BotFather.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="81"/>
        <source>Telegram knows this bot.</source>
        <translation>Telegram connaît ce bot.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="92"/>
        <source>Enter the public https:// address of this computer, then set up the webhook.</source>
        <translation>Saisissez l&apos;adresse publique https:// de cet ordinateur, puis configurez le webhook.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="93"/>
        <source>Long polling needs no public address.</source>
        <translation>Le long polling n&apos;a pas besoin d&apos;adresse publique.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="99"/>
        <source>Enter the public address, e.g. https://bot.example.org</source>
        <translation>Saisissez l&apos;adresse publique, p. ex. https://bot.example.org</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="101"/>
        <source>This is not a web address. Enter it like https://bot.example.org</source>
        <translation>Ce n&apos;est pas une adresse web. Saisissez-la ainsi : https://bot.example.org</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="103"/>
        <source>Telegram only delivers to https:// addresses. Put Moltdesk behind a reverse proxy or tunnel with TLS.</source>
        <translation>Telegram ne livre qu&apos;aux adresses https://. Placez Moltdesk derrière un proxy inverse ou un tunnel avec TLS.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="106"/>
        <source>Telegram only delivers to ports 443, 80, 88 or 8443, not %1.</source>
        <translation>Telegram ne livre qu&apos;aux ports 443, 80, 88 ou 8443, pas au %1.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="108"/>
        <source>Leave out the ?query and #fragment: the address is the base the webhook path is added to.</source>
        <translation>Omettez la ?requête et le #fragment : le chemin du webhook est ajouté à cette adresse.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="134"/>
        <location filename="../ui/channels/telegramsetup.cpp" line="177"/>
        <source>Check the token first.</source>
        <translation>Vérifiez d&apos;abord le jeton.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="148"/>
        <source>Telling Telegram to deliver to %1…</source>
        <translation>Telegram est invité à livrer à %1…</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="158"/>
        <source>Telegram confirmed the webhook at %1.</source>
        <translation>Telegram a confirmé le webhook à %1.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="160"/>
        <source>Its last delivery attempt failed: %1</source>
        <translation>Sa dernière tentative de livraison a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="178"/>
        <source>Set up and verify the webhook first, or choose long polling.</source>
        <translation>Configurez et vérifiez d&apos;abord le webhook, ou choisissez le long polling.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="182"/>
        <source>No secret store is available, so the token cannot be saved.</source>
        <translation>Aucun coffre à secrets n&apos;est disponible : le jeton ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="185"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="201"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 n&apos;a pas été enregistré : %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="222"/>
        <source>The token is saved, but the settings are not. %1</source>
        <translation>Le jeton est enregistré, mais pas les réglages. %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="228"/>
        <source>Saved. Telegram restarts with the new settings.</source>
        <translation>Enregistré. Telegram redémarre avec les nouveaux réglages.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="229"/>
        <source>Saved. Some settings take effect after a restart: %1.</source>
        <translation>Enregistré. Certains réglages prennent effet après un redémarrage : %1.</translation>
    </message>
    <message>
        <source>Saved. Restart Moltdesk to use the new token.</source>
        <translation type="vanished">Enregistré. Redémarrez Moltdesk pour utiliser le nouveau jeton.</translation>
    </message>
    <message>
        <source>Saved. Restart Moltdesk to apply: the gateway reads the channel settings when it starts.</source>
        <translation type="vanished">Enregistré. Redémarrez Moltdesk pour appliquer : la passerelle lit les réglages des canaux au démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="240"/>
        <source>Telegram does not know this token — copy it again from @BotFather.</source>
        <translation>Telegram ne connaît pas ce jeton — copiez-le à nouveau depuis @BotFather.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="242"/>
        <source>Telegram did not recognise this as a bot token (or the API address is wrong) — copy the token again from @BotFather.</source>
        <translation>Telegram n&apos;a pas reconnu ce jeton de bot (ou l&apos;adresse de l&apos;API est fausse) — copiez le jeton à nouveau depuis @BotFather.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="245"/>
        <source>This is not a bot token. It looks like 123456789:AAE… — copy it from @BotFather&apos;s message.</source>
        <translation>Ce n&apos;est pas un jeton de bot. Il ressemble à 123456789:AAE… — copiez-le depuis le message de @BotFather.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="247"/>
        <source>Telegram could not be reached. Check the internet connection. (%1)</source>
        <translation>Telegram est injoignable. Vérifiez la connexion Internet. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="249"/>
        <source>Telegram did not answer in time. Try again in a moment.</source>
        <translation>Telegram n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/telegramsetup.cpp" line="251"/>
        <source>Telegram asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Telegram demande d&apos;attendre %n seconde avant de réessayer.</numerusform>
            <numerusform>Telegram demande d&apos;attendre %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="254"/>
        <source>Telegram has a problem right now (HTTP %1). Try again in a minute.</source>
        <translation>Telegram rencontre un problème (HTTP %1). Réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="256"/>
        <source>Telegram reports a conflict: %1</source>
        <translation>Telegram signale un conflit : %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="259"/>
        <source>The answer was not Telegram&apos;s. Is channels.telegram.apiBaseUrl right? (%1)</source>
        <translation>La réponse ne venait pas de Telegram. channels.telegram.apiBaseUrl est-il correct ? (%1)</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="261"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetup.cpp" line="267"/>
        <source>Telegram refused: %1</source>
        <translation>Telegram a refusé : %1</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TelegramSetupPanel</name>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="53"/>
        <source>Set up</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="61"/>
        <source>1. Bot &amp;token</source>
        <translation>1. &amp;Jeton du bot</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="63"/>
        <source>In Telegram, open @BotFather, send /newbot and follow its questions. Paste the token it gives you (it looks like 123456789:AAE…).</source>
        <translation>Dans Telegram, ouvrez @BotFather, envoyez /newbot et répondez à ses questions. Collez le jeton qu&apos;il vous donne (il ressemble à 123456789:AAE…).</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="71"/>
        <source>Telegram bot token</source>
        <translation>Jeton du bot Telegram</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="72"/>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="187"/>
        <source>Paste the token from @BotFather</source>
        <translation>Collez le jeton de @BotFather</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="74"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="76"/>
        <source>Check the token with Telegram</source>
        <translation>Vérifier le jeton auprès de Telegram</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="77"/>
        <source>Ask Telegram which bot the token belongs to (Enter in the token field)</source>
        <translation>Demander à Telegram à quel bot appartient le jeton (Entrée dans le champ du jeton)</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="91"/>
        <source>2. How Telegram reaches Moltdesk</source>
        <translation>2. Comment Telegram joint Moltdesk</translation>
    </message>
    <message>
        <source>&amp;Long polling — Moltdesk asks Telegram for new messages. Works anywhere; recommended.</source>
        <translation type="vanished">&amp;Long polling — Moltdesk demande les nouveaux messages à Telegram. Fonctionne partout ; recommandé.</translation>
    </message>
    <message>
        <source>&amp;Webhook — Telegram calls this computer. Needs a public https:// address (reverse proxy or tunnel).</source>
        <translation type="vanished">&amp;Webhook — Telegram appelle cet ordinateur. Nécessite une adresse publique https:// (proxy inverse ou tunnel).</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="94"/>
        <source>&amp;Long polling</source>
        <translation>Interrogation &amp;longue (long polling)</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="96"/>
        <source>Moltdesk asks Telegram for new messages. Works anywhere; recommended.</source>
        <translation>Moltdesk demande ses nouveaux messages à Telegram. Fonctionne partout ; recommandé.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="98"/>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="100"/>
        <source>Telegram calls this computer. Needs a public https:// address (reverse proxy or tunnel).</source>
        <translation>Telegram appelle cet ordinateur. Nécessite une adresse https:// publique (proxy inverse ou tunnel).</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="120"/>
        <source>Public https address of this gateway</source>
        <translation>Adresse publique https de cette passerelle</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="121"/>
        <source>Public &amp;address:</source>
        <translation>&amp;Adresse publique :</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="123"/>
        <source>Set &amp;up webhook</source>
        <translation>Configurer le &amp;webhook</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="125"/>
        <source>Tell Telegram to deliver the bot&apos;s messages to the public address (Enter in the address field)</source>
        <translation>Demander à Telegram de livrer les messages du bot à l’adresse publique (Entrée dans le champ d’adresse)</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="134"/>
        <source>Setting the webhook takes effect at Telegram at once: a running long poll stops until Moltdesk restarts with the saved settings.</source>
        <translation>Le webhook prend effet immédiatement chez Telegram : un long polling en cours s&apos;arrête jusqu&apos;au redémarrage de Moltdesk avec les réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="142"/>
        <source>3. Save</source>
        <translation>3. Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="143"/>
        <source>The token goes to the keychain, never into config.json.</source>
        <translation>Le jeton va dans le trousseau, jamais dans config.json.</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="145"/>
        <source>&amp;Save and enable</source>
        <translation>&amp;Enregistrer et activer</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="147"/>
        <source>Store the token in the keychain, save the mode in config.json and start the channel</source>
        <translation>Enregistrer le jeton dans le trousseau, le mode dans config.json et démarrer le canal</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="186"/>
        <source>A token is stored — paste a new one to replace it</source>
        <translation>Un jeton est enregistré — collez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="205"/>
        <source>This is &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>C&apos;est &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/channels/telegramsetuppanel.cpp" line="225"/>
        <source>Check the token first.</source>
        <translation>Vérifiez d&apos;abord le jeton.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ToolCard</name>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="31"/>
        <source>Show or hide what the agent passed to the tool and what it returned</source>
        <translation>Afficher ou masquer ce que l’agent a transmis à l’outil et ce qu’il a renvoyé</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="41"/>
        <source>Tool input and result</source>
        <translation>Entrée et résultat de l&apos;outil</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="42"/>
        <source>What the agent passed to the tool and what it returned, read-only</source>
        <translation>Ce que l’agent a transmis à l’outil et ce qu’il a renvoyé, en lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="72"/>
        <source>(the call is in an earlier part of the conversation)</source>
        <translation>(l&apos;appel se trouve plus haut dans la conversation)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="81"/>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="84"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="87"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="90"/>
        <source>Tool %1 — %2</source>
        <translation>Outil %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="98"/>
        <source>Input:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="98"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="100"/>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <location filename="../ui/sessions/toolcard.cpp" line="100"/>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TranscriptExporter</name>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="32"/>
        <source>The gateway is not running.</source>
        <translation>La passerelle ne fonctionne pas.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="46"/>
        <source>Could not read the conversation: %1</source>
        <translation>Impossible de lire la conversation : %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="67"/>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="72"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/transcriptexporter.cpp" line="75"/>
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n message exporté vers %1.</numerusform>
            <numerusform>%n messages exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="90"/>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="91"/>
        <source>Exported %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="98"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="98"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="102"/>
        <source>[archived]</source>
        <translation>[archivé]</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="111"/>
        <source>→ tool %1 %2</source>
        <translation>→ outil %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="118"/>
        <source>← tool error: %1</source>
        <translation>← erreur de l&apos;outil : %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="118"/>
        <source>← tool result: %1</source>
        <translation>← résultat de l&apos;outil : %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptexporter.cpp" line="121"/>
        <source>[image]</source>
        <translation>[image]</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::TrayMenu</name>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="83"/>
        <source>Open Moltdesk</source>
        <translation>Ouvrir Moltdesk</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="181"/>
        <source>Pause the bot</source>
        <translation>Mettre le bot en pause</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="84"/>
        <source>Recent conversations</source>
        <translation>Conversations récentes</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="85"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="143"/>
        <source>Could not pause the bot</source>
        <translation>Impossible de mettre le bot en pause</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="143"/>
        <source>Could not resume the bot</source>
        <translation>Impossible de relancer le bot</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="181"/>
        <source>Resume the bot</source>
        <translation>Relancer le bot</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="183"/>
        <source>Answer the messages that arrived while paused, then go on as usual</source>
        <translation>Répondre aux messages arrivés pendant la pause, puis continuer normalement</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="184"/>
        <source>Keep accepting messages but answer none until you resume</source>
        <translation>Continuer d’accepter les messages sans répondre jusqu’à la reprise</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="205"/>
        <source>Could not list them: %1</source>
        <translation>Impossible de les lister : %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="239"/>
        <source>Chat with your agent</source>
        <translation>Discuter avec votre agent</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="242"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="252"/>
        <source>The gateway is not running</source>
        <translation>La passerelle ne fonctionne pas</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="253"/>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/tray/traymenu.cpp" line="254"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::UsagePage</name>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="78"/>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="81"/>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="82"/>
        <source>How many days back the figures, charts and top conversations go</source>
        <translation>Sur combien de jours portent les chiffres, les graphiques et les conversations les plus coûteuses</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="83"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="84"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="85"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="88"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="90"/>
        <source>Ask the gateway for the usage figures again (F5)</source>
        <translation>Redemander les chiffres de consommation à la passerelle (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="91"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="93"/>
        <source>Save the usage per day of the chosen range as a CSV file</source>
        <translation>Enregistrer la consommation par jour de la période choisie dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="111"/>
        <source>Selected range</source>
        <translation>Période choisie</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="117"/>
        <location filename="../ui/pages/usagepage.cpp" line="161"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="118"/>
        <location filename="../ui/pages/usagepage.cpp" line="161"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="119"/>
        <source>Cache hit rate</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="120"/>
        <source>Model calls</source>
        <translation>Appels au modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="134"/>
        <source>Today and this month</source>
        <translation>Aujourd’hui et ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="139"/>
        <source>Cost and tokens per day</source>
        <translation>Coût et jetons par jour</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="146"/>
        <source>Cost by model</source>
        <translation>Coût par modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="148"/>
        <source>Cost by channel</source>
        <translation>Coût par canal</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="155"/>
        <location filename="../ui/pages/usagepage.cpp" line="159"/>
        <source>Top conversations by cost</source>
        <translation>Conversations les plus coûteuses</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="160"/>
        <source>The conversations that cost most in the chosen range, with calls and tokens</source>
        <translation>Les conversations les plus coûteuses de la période choisie, avec appels et jetons</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="161"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="161"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="196"/>
        <source>The gateway is not running, so there is no usage to show.</source>
        <translation>La passerelle ne fonctionne pas, il n’y a donc aucune consommation à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="204"/>
        <source>Usage</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="253"/>
        <source>Loading budgets…</source>
        <translation>Chargement des budgets…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="254"/>
        <source>Loading usage per day…</source>
        <translation>Chargement de la consommation par jour…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="256"/>
        <source>Loading usage by model…</source>
        <translation>Chargement de la consommation par modèle…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="258"/>
        <source>Loading usage by channel…</source>
        <translation>Chargement de la consommation par canal…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="260"/>
        <source>Loading conversations…</source>
        <translation>Chargement des conversations…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="276"/>
        <source>Usage could not be loaded: %1</source>
        <translation>La consommation n’a pas pu être chargée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="286"/>
        <source>%1: %2 · %3 tokens · %n call(s)</source>
        <translation>
            <numerusform>%1 : %2 · %3 jetons · %n appel</numerusform>
            <numerusform>%1 : %2 · %3 jetons · %n appels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="302"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="303"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="315"/>
        <source>No budget is set. Set ai.budgets.dailyUsd or ai.budgets.monthlyUsd in the configuration to cap spending.</source>
        <translation>Aucun budget défini. Définissez ai.budgets.dailyUsd ou ai.budgets.monthlyUsd dans la configuration pour plafonner les dépenses.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="334"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="336"/>
        <source>+ %n call(s) of unknown price (models missing from the price table; see ai.pricing)</source>
        <translation>
            <numerusform>+ %n appel au prix inconnu (modèles absents de la table des prix ; voir ai.pricing)</numerusform>
            <numerusform>+ %n appels au prix inconnu (modèles absents de la table des prix ; voir ai.pricing)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="343"/>
        <source>Share of model calls that read from the provider&apos;s prompt cache.</source>
        <translation>Part des appels au modèle qui lisent dans le cache de prompts du fournisseur.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="350"/>
        <source>(unknown model)</source>
        <translation>(modèle inconnu)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="355"/>
        <source>(no channel)</source>
        <translation>(aucun canal)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="364"/>
        <source>(no conversation)</source>
        <translation>(aucune conversation)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="381"/>
        <source>Export usage per day</source>
        <translation>Exporter la consommation par jour</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="387"/>
        <source>The CSV was not written to %1: %2</source>
        <translation>Le CSV n’a pas été écrit dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="390"/>
        <source>%n day(s) exported to %1.</source>
        <translation>
            <numerusform>%n jour exporté vers %1.</numerusform>
            <numerusform>%n jours exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="141"/>
        <source>Bars: cost per day; line: tokens per day. Export CSV saves the same numbers.</source>
        <translation>Barres : coût par jour ; ligne : tokens par jour. « Exporter en CSV » enregistre les mêmes chiffres.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="150"/>
        <source>Horizontal bars: cost of each model in the selected range.</source>
        <translation>Barres horizontales : coût de chaque modèle sur la période choisie.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="152"/>
        <source>Ring: share of the cost per channel in the selected range.</source>
        <translation>Anneau : part du coût par canal sur la période choisie.</translation>
    </message>
</context>
<context>
    <name>SecretWriter</name>
    <message>
        <location filename="../ui/secretwriter.cpp" line="52"/>
        <source>No secret store is available.</source>
        <translation>Aucun magasin de secrets n’est disponible.</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="17"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="20"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionformat.cpp" line="22"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionformat.cpp" line="24"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="26"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionformat.cpp" line="28"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="67"/>
        <source>[image]</source>
        <translation>[image]</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="81"/>
        <source>%1 in / %2 out</source>
        <translation>%1 entrée / %2 sortie</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="86"/>
        <source>(%1 cached)</source>
        <translation>(%1 en cache)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="88"/>
        <source>(estimated)</source>
        <translation>(estimé)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="105"/>
        <source>Web chat</source>
        <translation>Chat web</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionformat.cpp" line="107"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
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
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="17"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="19"/>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="20"/>
        <source>Written as provider/model; used unless a conversation picks another.</source>
        <translation>Écrit fournisseur/modèle ; utilisé sauf si une conversation en choisit un autre.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="22"/>
        <source>Fallback models</source>
        <translation>Modèles de secours</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="23"/>
        <source>Tried in this order when the default model fails; separate them with commas.</source>
        <translation>Essayés dans cet ordre quand le modèle par défaut échoue ; séparez-les par des virgules.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="24"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="25"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="26"/>
        <source>Instructions given to the model before every conversation.</source>
        <translation>Instructions données au modèle avant chaque conversation.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="27"/>
        <source>Empty: the agent&apos;s built-in prompt</source>
        <translation>Vide : le prompt intégré de l’agent</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="28"/>
        <source>Max output tokens</source>
        <translation>Jetons de sortie max.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="29"/>
        <source>Longest reply the model may write, from 1 to 1,000,000 tokens.</source>
        <translation>Réponse la plus longue que le modèle peut écrire, de 1 à 1 000 000 jetons.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="31"/>
        <source>Response cache</source>
        <translation>Cache des réponses</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="33"/>
        <source>Reuse answers to identical requests</source>
        <translation>Réutiliser les réponses aux requêtes identiques</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="34"/>
        <source>Saves cost when the same question is asked again; off by default.</source>
        <translation>Économise des frais quand la même question revient ; désactivé par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="36"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="38"/>
        <source>Daily budget</source>
        <translation>Budget journalier</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="39"/>
        <source>Spending cap per day over all providers; empty means no cap.</source>
        <translation>Plafond de dépenses par jour, tous fournisseurs confondus ; vide = aucun plafond.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="39"/>
        <location filename="../ui/settings/settingsfields.cpp" line="41"/>
        <location filename="../ui/settings/settingsfields.cpp" line="99"/>
        <location filename="../ui/settings/settingsfields.cpp" line="101"/>
        <source>no cap</source>
        <translation>aucun plafond</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="40"/>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="41"/>
        <source>Spending cap per calendar month over all providers; empty means no cap.</source>
        <translation>Plafond de dépenses par mois civil, tous fournisseurs confondus ; vide = aucun plafond.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="45"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="47"/>
        <source>Rate limit</source>
        <translation>Limitation de débit</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="49"/>
        <source>Requests per minute</source>
        <translation>Requêtes par minute</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="50"/>
        <source>Sustained requests allowed per client or sender.</source>
        <translation>Requêtes autorisées en continu par client ou expéditeur.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="51"/>
        <source>Burst</source>
        <translation>Rafale</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="52"/>
        <source>Extra requests allowed at once on top of the sustained rate.</source>
        <translation>Requêtes supplémentaires permises d’un coup au-delà du débit continu.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="54"/>
        <source>Browser access</source>
        <translation>Accès navigateur</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="56"/>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="57"/>
        <source>Web pages (scheme://host[:port]) that may use the API and WebSocket; empty means this computer only. Separate them with commas.</source>
        <translation>Pages web (schéma://hôte[:port]) autorisées à utiliser l’API et le WebSocket ; vide = cet ordinateur seulement. Séparez-les par des virgules.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="59"/>
        <source>none: loopback origins only</source>
        <translation>aucune : origines locales seulement</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="63"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="65"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="67"/>
        <source>Keep idle conversations for</source>
        <translation>Garder les conversations inactives</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="68"/>
        <source>Conversations untouched this long are removed: seconds or 45s, 90m, 12h, 30d, 2w.</source>
        <translation>Les conversations restées intactes aussi longtemps sont supprimées : secondes ou 45s, 90m, 12h, 30d, 2w.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="70"/>
        <source>Max conversation size</source>
        <translation>Taille max. d’une conversation</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="71"/>
        <source>Stored history per conversation, 1 KiB to 1 GiB: bytes or 512kB, 10MiB, 1GiB.</source>
        <translation>Historique conservé par conversation, de 1 Kio à 1 Gio : octets ou 512kB, 10MiB, 1GiB.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="76"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="78"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="80"/>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="81"/>
        <source>HOST:PORT the gateway listens on; anything but loopback needs an operator token.</source>
        <translation>HÔTE:PORT sur lequel la passerelle écoute ; tout sauf la boucle locale exige un jeton d’opérateur.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="83"/>
        <source>Max request body</source>
        <translation>Corps de requête max.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="84"/>
        <source>Larger requests are refused with 413: bytes or 512kB, 1MiB, 1GiB.</source>
        <translation>Les requêtes plus grosses sont refusées avec 413 : octets ou 512kB, 1MiB, 1GiB.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="85"/>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="86"/>
        <source>The https address the outside world reaches this gateway at (for webhooks).</source>
        <translation>L’adresse https à laquelle l’extérieur joint cette passerelle (pour les webhooks).</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="87"/>
        <source>not reachable from outside</source>
        <translation>injoignable de l’extérieur</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="95"/>
        <source>Budgets per provider</source>
        <translation>Budgets par fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="98"/>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="99"/>
        <source>Daily cap for %1 alone; empty means no cap.</source>
        <translation>Plafond journalier pour %1 seul ; vide = aucun plafond.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="100"/>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="101"/>
        <source>Monthly cap for %1 alone; empty means no cap.</source>
        <translation>Plafond mensuel pour %1 seul ; vide = aucun plafond.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="118"/>
        <source>budgets</source>
        <translation>budgets</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="119"/>
        <source>response cache</source>
        <translation>cache des réponses</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="120"/>
        <source>prices</source>
        <translation>prix</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="121"/>
        <source>providers</source>
        <translation>fournisseurs</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="122"/>
        <source>rate limit</source>
        <translation>limitation de débit</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="123"/>
        <source>who may talk to the bot</source>
        <translation>qui peut parler au bot</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="124"/>
        <source>allowed senders</source>
        <translation>expéditeurs autorisés</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="125"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsfields.cpp" line="126"/>
        <source>scheduled jobs</source>
        <translation>tâches planifiées</translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="55"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="57"/>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="59"/>
        <source>reconnecting</source>
        <translation>reconnexion en cours</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="82"/>
        <source>Moltdesk: starting</source>
        <translation>Moltdesk : démarrage</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="85"/>
        <source>Moltdesk: stopped</source>
        <translation>Moltdesk : arrêté</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="88"/>
        <source>Moltdesk: not working, see the panel</source>
        <translation>Moltdesk : ne fonctionne pas, voir le panneau</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="89"/>
        <source>Moltdesk: stopped: %1</source>
        <translation>Moltdesk : arrêté : %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="93"/>
        <source>Moltdesk: the bot is paused since %1</source>
        <translation>Moltdesk : le bot est en pause depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="94"/>
        <source>Moltdesk: the bot is paused</source>
        <translation>Moltdesk : le bot est en pause</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="97"/>
        <source>Moltdesk: running with warnings</source>
        <translation>Moltdesk : en marche, avec des avertissements</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="100"/>
        <source>Moltdesk: running</source>
        <translation>Moltdesk : en marche</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="107"/>
        <source>no channel enabled</source>
        <translation>aucun canal activé</translation>
    </message>
    <message>
        <location filename="../ui/tray/traystate.cpp" line="109"/>
        <source>today %1</source>
        <translation>aujourd’hui %1</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="49"/>
        <location filename="../ui/pages/usagecharts.cpp" line="99"/>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="52"/>
        <location filename="../ui/pages/usagecharts.cpp" line="91"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="84"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="125"/>
        <source>* has calls of unknown price, not counted</source>
        <translation>* a des appels au prix inconnu, non comptés</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagecharts.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagecharts.cpp" line="145"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageFormat</name>
    <message numerus="yes">
        <location filename="../ui/pages/usageformat.cpp" line="68"/>
        <source>unknown price (%n call(s))</source>
        <translation>
            <numerusform>prix inconnu (%n appel)</numerusform>
            <numerusform>prix inconnu (%n appels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usageformat.cpp" line="69"/>
        <source>%1 + %n call(s) of unknown price</source>
        <translation>
            <numerusform>%1 + %n appel au prix inconnu</numerusform>
            <numerusform>%1 + %n appels au prix inconnu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <location filename="../ui/valueformat.cpp" line="18"/>
        <source>The value is empty; a JSON value such as {}, [] or &quot;text&quot; is needed.</source>
        <translation>La valeur est vide ; une valeur JSON comme {}, [] ou &quot;texte&quot; est nécessaire.</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="37"/>
        <source>more than one value (wrap them in [ ] to store a list)</source>
        <translation>plus d’une valeur (entourez-les de [ ] pour enregistrer une liste)</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="47"/>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>JSON invalide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="73"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 j %2 h %3 min</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="75"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="77"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="78"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="84"/>
        <source>never expires</source>
        <translation>n’expire jamais</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="87"/>
        <location filename="../ui/valueformat.cpp" line="97"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="88"/>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="98"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location filename="../ui/valueformat.cpp" line="127"/>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 octets de plus non affichés</translation>
    </message>
</context>
</TS>
