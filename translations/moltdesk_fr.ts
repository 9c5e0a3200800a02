<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétition :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="45"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Planification :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="64"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="68"/>
        <source>What the agent should do, e.g. “Summarise my unread mail”</source>
        <translation>Ce que l’agent doit faire, p. ex. « Résume mes e-mails non lus »</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="71"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Consigne :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="75"/>
        <source>optional, e.g. morning-briefing</source>
        <translation>facultatif, p. ex. briefing-matin</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="76"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="79"/>
        <source>optional; default: its own “cron:&lt;name&gt;” conversation</source>
        <translation>facultatif ; par défaut : sa propre conversation « cron:&lt;nom&gt; »</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="80"/>
        <source>C&amp;onversation:</source>
        <translation>C&amp;onversation :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="83"/>
        <source>optional, e.g. telegram:123456789</source>
        <translation>facultatif, p. ex. telegram:123456789</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="84"/>
        <source>&amp;Deliver to:</source>
        <translation>&amp;Livrer à :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="99"/>
        <source>&amp;Add job</source>
        <translation>&amp;Ajouter la tâche</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="161"/>
        <source>Five fields: minute hour day-of-month month day-of-week, e.g. “0 9 * * MON-FRI” or “*/15 * * * *”; or @daily, @hourly…</source>
        <translation>Cinq champs : minute heure jour-du-mois mois jour-de-la-semaine, p. ex. « 0 9 * * MON-FRI » ou « */15 * * * * » ; ou @daily, @hourly…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="163"/>
        <source>A duration of at least one minute: “15m”, “2h”, “1h30m”.</source>
        <translation>Une durée d’au moins une minute : « 15m », « 2h », « 1h30m ».</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="164"/>
        <source>A date and time, e.g. “2026-12-24T18:00”; without an offset it is read in the time zone below.</source>
        <translation>Une date et une heure, p. ex. « 2026-12-24T18:00 » ; sans décalage, elle est lue dans le fuseau horaire ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="172"/>
        <source>“%1” is not a time zone; choose one such as Europe/Berlin.</source>
        <translation>« %1 » n’est pas un fuseau horaire ; choisissez-en un comme Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="176"/>
        <source>The schedule is not valid: %1</source>
        <translation>La planification n’est pas valide : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="181"/>
        <source>This schedule never runs again: the time is in the past.</source>
        <translation>Cette planification ne s’exécutera plus : l’heure est passée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="185"/>
        <source>The name may only use letters, digits, “.”, “_” and “-” (at most 64).</source>
        <translation>Le nom ne peut contenir que des lettres, des chiffres, « . », « _ » et « - » (64 au plus).</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="194"/>
        <source>Next runs (%1):</source>
        <translation>Prochaines exécutions (%1) :</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="202"/>
        <source>Write the prompt the agent should run.</source>
        <translation>Écrivez la consigne que l’agent doit exécuter.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::CronPage</name>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="68"/>
        <source>&amp;Add job…</source>
        <translation>&amp;Ajouter une tâche…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="70"/>
        <source>R&amp;un now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="72"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="74"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="86"/>
        <source>Scheduled jobs</source>
        <translation>Tâches planifiées</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="92"/>
        <source>Run history of the selected job</source>
        <translation>Historique de la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="98"/>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="125"/>
        <source>The gateway is not running, so scheduled jobs cannot be shown.</source>
        <translation>La passerelle ne fonctionne pas, les tâches planifiées ne peuvent donc pas être affichées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="134"/>
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="167"/>
        <source>Loading scheduled jobs…</source>
        <translation>Chargement des tâches planifiées…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="172"/>
        <source>Jobs could not be loaded: %1</source>
        <translation>Les tâches n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="190"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="192"/>
        <source>running now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="195"/>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="195"/>
        <source>added here</source>
        <translation>ajoutée ici</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="210"/>
        <source>No scheduled jobs yet. “Add job…” creates one.</source>
        <translation>Aucune tâche planifiée pour l’instant. « Ajouter une tâche… » en crée une.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="230"/>
        <location filename="../ui/pages/cronpage.cpp" line="293"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="230"/>
        <location filename="../ui/pages/cronpage.cpp" line="293"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="230"/>
        <location filename="../ui/pages/cronpage.cpp" line="293"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="231"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="269"/>
        <source>This job comes from the configuration file (cron.jobs); remove it there.</source>
        <translation>Cette tâche vient du fichier de configuration (cron.jobs) ; supprimez-la là.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="285"/>
        <source>The run history could not be loaded: %1</source>
        <translation>L’historique n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="295"/>
        <source>%1 (run by hand)</source>
        <translation>%1 (lancée à la main)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="322"/>
        <source>Adding the job…</source>
        <translation>Ajout de la tâche…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="327"/>
        <source>The job was not added: %1</source>
        <translation>La tâche n’a pas été ajoutée : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="333"/>
        <source>Job “%1” added.</source>
        <translation>Tâche « %1 » ajoutée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="344"/>
        <source>“%1” comes from the configuration file (cron.jobs) and cannot be removed here; remove it from the configuration.</source>
        <translation>« %1 » vient du fichier de configuration (cron.jobs) et ne peut pas être supprimée ici ; supprimez-la de la configuration.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="349"/>
        <source>Remove job</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="350"/>
        <source>Remove the scheduled job “%1”? Its run history goes with it.</source>
        <translation>Supprimer la tâche planifiée « %1 » ? Son historique sera supprimé avec elle.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="350"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="352"/>
        <source>Removing “%1”…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="357"/>
        <source>“%1” was not removed: %2</source>
        <translation>« %1 » n’a pas été supprimée : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="362"/>
        <source>“%1” removed.</source>
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="371"/>
        <source>Starting “%1”…</source>
        <translation>Démarrage de « %1 »…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="376"/>
        <source>“%1” did not start: %2</source>
        <translation>« %1 » n’a pas démarré : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="381"/>
        <source>“%1” started; its outcome appears in the history.</source>
        <translation>« %1 » démarrée ; son résultat apparaîtra dans l’historique.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::DesktopIntegration</name>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="19"/>
        <source>Open Moltdesk</source>
        <translation>Ouvrir Moltdesk</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="22"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="27"/>
        <location filename="../ui/desktopintegration.cpp" line="61"/>
        <source>Moltdesk: starting</source>
        <translation>Moltdesk : démarrage</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="54"/>
        <source>Moltdesk: running with warnings at %1</source>
        <translation>Moltdesk : en marche avec des avertissements sur %1</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="55"/>
        <source>Moltdesk: running at %1</source>
        <translation>Moltdesk : en marche sur %1</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="58"/>
        <source>Moltdesk: stopped: %1</source>
        <translation>Moltdesk : arrêté : %1</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="65"/>
        <source>Moltdesk: stopped</source>
        <translation>Moltdesk : arrêté</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::KvBrowser</name>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="54"/>
        <source>Namespaces</source>
        <translation>Espaces de noms</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="55"/>
        <source>&amp;Namespaces</source>
        <translation>Espaces de &amp;noms</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="57"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="59"/>
        <source>New n&amp;amespace…</source>
        <translation>Nouvel esp&amp;ace de noms…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="70"/>
        <source>Filter by key prefix</source>
        <translation>Filtrer par préfixe de clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="71"/>
        <source>Key prefix</source>
        <translation>Préfixe de clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="75"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="76"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="76"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="82"/>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="86"/>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="89"/>
        <source>New ke&amp;y</source>
        <translation>Nouvelle clé (&amp;y)</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="126"/>
        <source>The key-value store is not available.</source>
        <translation>Le stockage clé-valeur n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="154"/>
        <source>Loading namespaces…</source>
        <translation>Chargement des espaces de noms…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="159"/>
        <source>Could not list the namespaces: %1</source>
        <translation>Impossible de lister les espaces de noms : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="169"/>
        <source>No keys stored yet.</source>
        <translation>Aucune clé enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="177"/>
        <source>New namespace</source>
        <translation>Nouvel espace de noms</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="177"/>
        <source>Namespace name (letters, digits, _ - .):</source>
        <translation>Nom de l’espace de noms (lettres, chiffres, _ - .) :</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="213"/>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="220"/>
        <source>Could not list the keys: %1</source>
        <translation>Impossible de lister les clés : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/kvbrowser.cpp" line="234"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/kvbrowser.cpp" line="235"/>
        <source>First %n key(s) shown; more are available.</source>
        <translation>
            <numerusform>La première clé est affichée ; il y en a d’autres.</numerusform>
            <numerusform>Les %n premières clés sont affichées ; il y en a d’autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="255"/>
        <source>Loading the value…</source>
        <translation>Chargement de la valeur…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="262"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="268"/>
        <source>The key %1 no longer exists (it expired or was deleted).</source>
        <translation>La clé %1 n’existe plus (elle a expiré ou a été supprimée).</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="302"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="308"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="320"/>
        <source>Saved %1.</source>
        <translation>Enregistrement de %1 terminé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="330"/>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="331"/>
        <source>Delete the key “%1” from the namespace “%2”? This cannot be undone.</source>
        <translation>Supprimer la clé « %1 » de l’espace de noms « %2 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="332"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="335"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="340"/>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="345"/>
        <source>Deleted %1.</source>
        <translation>Suppression de %1 terminée.</translation>
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
        <location filename="../ui/pages/kveditor.cpp" line="59"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="63"/>
        <source>Value type</source>
        <translation>Type de valeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="64"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="65"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="66"/>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="67"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="78"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="85"/>
        <source>E&amp;xpires after</source>
        <translation>E&amp;xpire après</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="89"/>
        <source>Time to live</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="93"/>
        <source>Time to live unit</source>
        <translation>Unité de la durée de vie</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="94"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="94"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="94"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="94"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="104"/>
        <source>&amp;Format JSON</source>
        <translation>&amp;Formater le JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="106"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="108"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="139"/>
        <source>Select a key to see its value.</source>
        <translation>Sélectionnez une clé pour voir sa valeur.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="156"/>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="196"/>
        <source>binary: shown as hex, not editable here</source>
        <translation>binaire : affiché en hexadécimal, non modifiable ici</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="198"/>
        <source>too large to edit here; the first %1 are shown</source>
        <translation>trop volumineux pour être modifié ici ; les premiers %1 sont affichés</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="201"/>
        <source>metadata: %1</source>
        <translation>métadonnées : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="257"/>
        <source>will expire %1 after saving</source>
        <translation>expirera %1 après l’enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="258"/>
        <source>will never expire</source>
        <translation>n’expirera jamais</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="278"/>
        <source>Select a key first.</source>
        <translation>Sélectionnez d’abord une clé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="284"/>
        <source>The key needs a name.</source>
        <translation>La clé doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="299"/>
        <source>Binary values cannot be typed in; choose Text or JSON.</source>
        <translation>Les valeurs binaires ne peuvent pas être saisies ; choisissez Texte ou JSON.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::LogsPage</name>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="63"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="66"/>
        <source>Minimum level</source>
        <translation>Niveau minimal</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="67"/>
        <source>Everything (debug)</source>
        <translation>Tout (débogage)</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="68"/>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="69"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="70"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="75"/>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="76"/>
        <source>Search messages and categories…</source>
        <translation>Rechercher dans les messages et catégories…</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="78"/>
        <location filename="../ui/pages/logspage.cpp" line="132"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="81"/>
        <source>Stop following new lines so you can read; new lines are still collected.</source>
        <translation>Ne plus suivre les nouvelles lignes pour pouvoir lire ; elles sont toujours collectées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="82"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="84"/>
        <source>Copy the selected lines, or every shown line when none is selected.</source>
        <translation>Copier les lignes sélectionnées, ou toutes les lignes affichées si aucune n’est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="93"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="93"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="93"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="93"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="98"/>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="132"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="139"/>
        <source>No event log is attached: the gateway is not running in this process.</source>
        <translation>Aucun journal d’événements : la passerelle ne fonctionne pas dans ce processus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="149"/>
        <source>Logs</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="268"/>
        <source>%1 of %2 lines shown (the newest %3 are kept)</source>
        <translation>%1 lignes affichées sur %2 (les %3 plus récentes sont conservées)</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="26"/>
        <source>Moltdesk</source>
        <translation>Moltdesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="37"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Choose a page of the control panel with the arrow keys</source>
        <translation>Choisissez une page du panneau de contrôle avec les touches fléchées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Gateway state</source>
        <translation>État de la passerelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>Moltdesk is still running</source>
        <translation>Moltdesk fonctionne toujours</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>The gateway keeps answering in the background. Use the tray icon to open the panel or quit.</source>
        <translation>La passerelle continue de répondre en arrière-plan. Utilisez l’icône de la zone de notification pour ouvrir le panneau ou quitter.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ObjectBrowser</name>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="40"/>
        <source>the object no longer exists</source>
        <translation>l’objet n’existe plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="63"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="84"/>
        <source>Filter by key prefix, e.g. media/</source>
        <translation>Filtrer par préfixe de clé, p. ex. media/</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="85"/>
        <source>Object key prefix</source>
        <translation>Préfixe de clé d’objet</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="90"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="101"/>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="104"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="106"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Téléverser…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="108"/>
        <source>&amp;Save to disk…</source>
        <translation>&amp;Enregistrer sur le disque…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="110"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="148"/>
        <source>The object store is not available.</source>
        <translation>Le stockage d’objets n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="180"/>
        <source>Loading objects…</source>
        <translation>Chargement des objets…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="187"/>
        <source>Could not list the objects: %1</source>
        <translation>Impossible de lister les objets : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/objectbrowser.cpp" line="203"/>
        <source>First %n object(s) shown; more are available.</source>
        <translation>
            <numerusform>Le premier objet est affiché ; il y en a d’autres.</numerusform>
            <numerusform>Les %n premiers objets sont affichés ; il y en a d’autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/objectbrowser.cpp" line="204"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="254"/>
        <location filename="../ui/pages/objectbrowser.cpp" line="255"/>
        <source>Loading the preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="262"/>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="268"/>
        <source>The object %1 no longer exists.</source>
        <translation>L’objet %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="277"/>
        <location filename="../ui/pages/objectbrowser.cpp" line="280"/>
        <source>Upload a file</source>
        <translation>Téléverser un fichier</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="280"/>
        <source>Store it under the key:</source>
        <translation>L’enregistrer sous la clé :</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="290"/>
        <source>Uploading %1…</source>
        <translation>Téléversement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="295"/>
        <source>Could not upload %1: %2</source>
        <translation>Impossible de téléverser %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="306"/>
        <source>Uploaded %1 (%2).</source>
        <translation>%1 téléversé (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="317"/>
        <source>Save object to disk</source>
        <translation>Enregistrer l’objet sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="325"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="330"/>
        <source>Could not save %1 to %2: %3</source>
        <translation>Impossible d’enregistrer %1 dans %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="333"/>
        <source>Saved %1 to %2.</source>
        <translation>%1 enregistrés dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="343"/>
        <source>Delete object</source>
        <translation>Supprimer l’objet</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="344"/>
        <source>Delete the object “%1”? This cannot be undone.</source>
        <translation>Supprimer l’objet « %1 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="344"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="347"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="352"/>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="357"/>
        <source>Deleted %1.</source>
        <translation>Suppression de %1 terminée.</translation>
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
        <location filename="../ui/pages/objectpreview.cpp" line="47"/>
        <source>Image preview</source>
        <translation>Aperçu de l’image</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="104"/>
        <source>Select an object to preview it.</source>
        <translation>Sélectionnez un objet pour l’afficher.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="135"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · updated %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · modifié le %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="142"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="150"/>
        <source>[Preview ends here: the first %1 of %2 are shown.]</source>
        <translation>[Fin de l’aperçu : les premiers %1 sur %2 sont affichés.]</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="157"/>
        <source>No preview for this kind of file (%1). Use “Save to disk…” to open it.</source>
        <translation>Pas d’aperçu pour ce type de fichier (%1). Utilisez « Enregistrer sur le disque… » pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="83"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="85"/>
        <source>Copy the address to the clipboard</source>
        <translation>Copier l’adresse dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="86"/>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="96"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="97"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="98"/>
        <source>Uptime:</source>
        <translation>Temps de fonctionnement :</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="99"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="102"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="110"/>
        <source>Component health</source>
        <translation>État des composants</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="111"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="111"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="111"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="128"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="140"/>
        <source>Running, with warnings</source>
        <translation>En marche, avec des avertissements</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="141"/>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="143"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="145"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="147"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="149"/>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="157"/>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="169"/>
        <source>The gateway is running, but some components need attention.</source>
        <translation>La passerelle fonctionne, mais certains composants demandent votre attention.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="170"/>
        <source>The gateway is running and answering.</source>
        <translation>La passerelle fonctionne et répond.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="180"/>
        <source>The gateway stopped: %1</source>
        <translation>La passerelle s’est arrêtée : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="183"/>
        <source>not listening</source>
        <translation>pas à l’écoute</translation>
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
        <location filename="../ui/pages/secretrow.cpp" line="46"/>
        <location filename="../ui/pages/secretrow.cpp" line="158"/>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="48"/>
        <source>Reveal %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="52"/>
        <location filename="../ui/pages/secretrow.cpp" line="53"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="58"/>
        <source>Current value of %1</source>
        <translation>Valeur actuelle de %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="93"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="97"/>
        <source>✔ set</source>
        <translation>✔ défini</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="97"/>
        <source>✔ set (%1)</source>
        <translation>✔ défini (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="101"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="105"/>
        <source>unknown: %1</source>
        <translation>inconnu : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="109"/>
        <source>Type a new value to replace it</source>
        <translation>Saisissez une nouvelle valeur pour la remplacer</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="109"/>
        <source>Type the value to set it</source>
        <translation>Saisissez la valeur pour la définir</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="139"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="139"/>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="149"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SecretsPage</name>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="40"/>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="44"/>
        <source>The operator token lets the API, WebSocket clients and scripts in. Rotate it if it may have leaked.</source>
        <translation>Le jeton d’opérateur donne accès à l’API, aux clients WebSocket et aux scripts. Renouvelez-le s’il a pu fuiter.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="48"/>
        <source>Rotate &amp;operator token…</source>
        <translation>Renouveler le jeton d’&amp;opérateur…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="86"/>
        <source>Use “Rotate operator token” so the gateway switches to the new token at once.</source>
        <translation>Utilisez « Renouveler le jeton d’opérateur » pour que la passerelle adopte aussitôt le nouveau jeton.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="92"/>
        <source>A new operator token is in use. Connected clients must use it from now on.</source>
        <translation>Un nouveau jeton d’opérateur est en service. Les clients connectés doivent désormais l’utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="100"/>
        <source>The operator token was not rotated: %1</source>
        <translation>Le jeton d’opérateur n’a pas été renouvelé : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="105"/>
        <source>No secret store is configured.</source>
        <translation>Aucun stockage de secrets n’est configuré.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="108"/>
        <source>no secret store</source>
        <translation>pas de stockage de secrets</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="117"/>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="182"/>
        <source>Secrets are kept in the %1. Values are never shown unless you click “Reveal”.</source>
        <translation>Les secrets sont conservés ici : %1. Les valeurs ne s’affichent que si vous cliquez sur « Afficher ».</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="185"/>
        <source>Secrets are read from the %1, which cannot be changed from here.</source>
        <translation>Les secrets sont lus ici : %1, qui ne peut pas être modifié depuis ce panneau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="189"/>
        <source>Secrets cannot be stored right now: %1</source>
        <translation>Les secrets ne peuvent pas être enregistrés pour le moment : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="222"/>
        <source>Replacing or deleting this key would make data encrypted with it unreadable.</source>
        <translation>Remplacer ou supprimer cette clé rendrait illisibles les données chiffrées avec elle.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="230"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="234"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 n’a pas été enregistré : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="242"/>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="251"/>
        <source>Delete secret</source>
        <translation>Supprimer le secret</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="252"/>
        <source>Delete %1 from the %2? Whatever uses it stops working until it is set again.</source>
        <translation>Supprimer %1 de ce stockage : %2 ? Ce qui l’utilise cessera de fonctionner jusqu’à ce qu’il soit redéfini.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="254"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="256"/>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="260"/>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n’a pas été supprimé : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="265"/>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="294"/>
        <source>Rotate operator token</source>
        <translation>Renouveler le jeton d’opérateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="295"/>
        <source>A new operator token replaces the current one at once. Every connected client, script and WebSocket session must use the new token to connect again.</source>
        <translation>Un nouveau jeton d’opérateur remplace immédiatement l’actuel. Chaque client connecté, script et session WebSocket devra utiliser le nouveau jeton pour se reconnecter.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="297"/>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="300"/>
        <source>Rotating the operator token…</source>
        <translation>Renouvellement du jeton d’opérateur…</translation>
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
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="58"/>
        <source>SQL query</source>
        <translation>Requête SQL</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="60"/>
        <source>SELECT … (read-only: one statement, no changes)</source>
        <translation>SELECT … (lecture seule : une instruction, aucune modification)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="64"/>
        <source>Row &amp;cap:</source>
        <translation>&amp;Limite de lignes :</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="70"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="72"/>
        <source>Run the query (Ctrl+Return)</source>
        <translation>Exécuter la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="88"/>
        <source>Query results</source>
        <translation>Résultats de la requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="121"/>
        <source>The SQL console is not available.</source>
        <translation>La console SQL n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="141"/>
        <source>Loading tables…</source>
        <translation>Chargement des tables…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="146"/>
        <source>Could not list the tables: %1</source>
        <translation>Impossible de lister les tables : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="156"/>
        <source>(primary key)</source>
        <translation>(clé primaire)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="158"/>
        <source>(not null)</source>
        <translation>(non NULL)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="169"/>
        <source>Type a query first, e.g. SELECT * FROM kv LIMIT 10.</source>
        <translation>Saisissez d’abord une requête, p. ex. SELECT * FROM kv LIMIT 10.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="175"/>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="188"/>
        <source>Not run: this console only reads data. (%1)</source>
        <translation>Non exécutée : cette console ne fait que lire les données. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="190"/>
        <source>Stopped: the query took too long. (%1)</source>
        <translation>Interrompue : la requête a pris trop de temps. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="192"/>
        <source>The query failed: %1</source>
        <translation>La requête a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="198"/>
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n ligne en %1 ms</numerusform>
            <numerusform>%n lignes en %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="200"/>
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
        <location filename="../ui/pages/storagepage.cpp" line="32"/>
        <source>&amp;Key-value</source>
        <translation>Clé-&amp;valeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="33"/>
        <source>&amp;Objects</source>
        <translation>&amp;Objets</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="34"/>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="35"/>
        <source>Namespaced keys and values with expiry (Workers KV)</source>
        <translation>Clés et valeurs par espace de noms, avec expiration (Workers KV)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="36"/>
        <source>Stored files: media, transcripts, exports (R2)</source>
        <translation>Fichiers stockés : médias, transcriptions, exports (R2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="37"/>
        <source>Read-only SQL over the database (D1)</source>
        <translation>SQL en lecture seule sur la base de données (D1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="49"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::UsagePage</name>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="75"/>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="78"/>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="79"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="80"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="81"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="84"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="86"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="104"/>
        <source>Selected range</source>
        <translation>Période choisie</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="110"/>
        <location filename="../ui/pages/usagepage.cpp" line="149"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="111"/>
        <location filename="../ui/pages/usagepage.cpp" line="149"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="112"/>
        <source>Cache hit rate</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="113"/>
        <source>Model calls</source>
        <translation>Appels au modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="127"/>
        <source>Today and this month</source>
        <translation>Aujourd’hui et ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="132"/>
        <source>Cost and tokens per day</source>
        <translation>Coût et jetons par jour</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="137"/>
        <source>Cost by model</source>
        <translation>Coût par modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="139"/>
        <source>Cost by channel</source>
        <translation>Coût par canal</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="144"/>
        <location filename="../ui/pages/usagepage.cpp" line="148"/>
        <source>Top conversations by cost</source>
        <translation>Conversations les plus coûteuses</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="149"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="149"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="181"/>
        <source>The gateway is not running, so there is no usage to show.</source>
        <translation>La passerelle ne fonctionne pas, il n’y a donc aucune consommation à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="189"/>
        <source>Usage</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="238"/>
        <source>Loading budgets…</source>
        <translation>Chargement des budgets…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="239"/>
        <source>Loading usage per day…</source>
        <translation>Chargement de la consommation par jour…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="241"/>
        <source>Loading usage by model…</source>
        <translation>Chargement de la consommation par modèle…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="243"/>
        <source>Loading usage by channel…</source>
        <translation>Chargement de la consommation par canal…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="245"/>
        <source>Loading conversations…</source>
        <translation>Chargement des conversations…</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="261"/>
        <source>Usage could not be loaded: %1</source>
        <translation>La consommation n’a pas pu être chargée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="271"/>
        <source>%1: %2 · %3 tokens · %n call(s)</source>
        <translation>
            <numerusform>%1 : %2 · %3 jetons · %n appel</numerusform>
            <numerusform>%1 : %2 · %3 jetons · %n appels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="287"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="288"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="300"/>
        <source>No budget is set. Set ai.budgets.dailyUsd or ai.budgets.monthlyUsd in the configuration to cap spending.</source>
        <translation>Aucun budget défini. Définissez ai.budgets.dailyUsd ou ai.budgets.monthlyUsd dans la configuration pour plafonner les dépenses.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="319"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="321"/>
        <source>+ %n call(s) of unknown price (models missing from the price table; see ai.pricing)</source>
        <translation>
            <numerusform>+ %n appel au prix inconnu (modèles absents de la table des prix ; voir ai.pricing)</numerusform>
            <numerusform>+ %n appels au prix inconnu (modèles absents de la table des prix ; voir ai.pricing)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="328"/>
        <source>Share of model calls that read from the provider&apos;s prompt cache.</source>
        <translation>Part des appels au modèle qui lisent dans le cache de prompts du fournisseur.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="335"/>
        <source>(unknown model)</source>
        <translation>(modèle inconnu)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="340"/>
        <source>(no channel)</source>
        <translation>(aucun canal)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="349"/>
        <source>(no conversation)</source>
        <translation>(aucune conversation)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="366"/>
        <source>Export usage per day</source>
        <translation>Exporter la consommation par jour</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="372"/>
        <source>The CSV was not written to %1: %2</source>
        <translation>Le CSV n’a pas été écrit dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="375"/>
        <source>%n day(s) exported to %1.</source>
        <translation>
            <numerusform>%n jour exporté vers %1.</numerusform>
            <numerusform>%n jours exportés vers %1.</numerusform>
        </translation>
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
