<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="45"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="64"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="68"/>
        <source>What the agent should do, e.g. “Summarise my unread mail”</source>
        <translation>Was der Agent tun soll, z. B. „Fasse meine ungelesenen E-Mails zusammen“</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="71"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="75"/>
        <source>optional, e.g. morning-briefing</source>
        <translation>optional, z. B. morgen-briefing</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="76"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="79"/>
        <source>optional; default: its own “cron:&lt;name&gt;” conversation</source>
        <translation>optional; Standard: eine eigene Unterhaltung „cron:&lt;Name&gt;“</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="80"/>
        <source>C&amp;onversation:</source>
        <translation>&amp;Unterhaltung:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="83"/>
        <source>optional, e.g. telegram:123456789</source>
        <translation>optional, z. B. telegram:123456789</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="84"/>
        <source>&amp;Deliver to:</source>
        <translation>Zu&amp;stellen an:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="99"/>
        <source>&amp;Add job</source>
        <translation>Auftrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="161"/>
        <source>Five fields: minute hour day-of-month month day-of-week, e.g. “0 9 * * MON-FRI” or “*/15 * * * *”; or @daily, @hourly…</source>
        <translation>Fünf Felder: Minute Stunde Tag-im-Monat Monat Wochentag, z. B. „0 9 * * MON-FRI“ oder „*/15 * * * *“; oder @daily, @hourly …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="163"/>
        <source>A duration of at least one minute: “15m”, “2h”, “1h30m”.</source>
        <translation>Eine Dauer von mindestens einer Minute: „15m“, „2h“, „1h30m“.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="164"/>
        <source>A date and time, e.g. “2026-12-24T18:00”; without an offset it is read in the time zone below.</source>
        <translation>Datum und Uhrzeit, z. B. „2026-12-24T18:00“; ohne Versatz gilt die Zeitzone unten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="172"/>
        <source>“%1” is not a time zone; choose one such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone; wählen Sie eine wie Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="176"/>
        <source>The schedule is not valid: %1</source>
        <translation>Der Zeitplan ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="181"/>
        <source>This schedule never runs again: the time is in the past.</source>
        <translation>Dieser Zeitplan läuft nie wieder: der Zeitpunkt liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="185"/>
        <source>The name may only use letters, digits, “.”, “_” and “-” (at most 64).</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten (höchstens 64).</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="194"/>
        <source>Next runs (%1):</source>
        <translation>Nächste Ausführungen (%1):</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronjobdialog.cpp" line="202"/>
        <source>Write the prompt the agent should run.</source>
        <translation>Schreiben Sie den Prompt, den der Agent ausführen soll.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::CronPage</name>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="68"/>
        <source>&amp;Add job…</source>
        <translation>Auftrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="70"/>
        <source>R&amp;un now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="72"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="74"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="84"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="86"/>
        <source>Scheduled jobs</source>
        <translation>Geplante Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="92"/>
        <source>Run history of the selected job</source>
        <translation>Verlauf des ausgewählten Auftrags</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="96"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="98"/>
        <source>Run history</source>
        <translation>Ausführungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="125"/>
        <source>The gateway is not running, so scheduled jobs cannot be shown.</source>
        <translation>Das Gateway läuft nicht, daher können keine geplanten Aufträge angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="134"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="167"/>
        <source>Loading scheduled jobs…</source>
        <translation>Geplante Aufträge werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="172"/>
        <source>Jobs could not be loaded: %1</source>
        <translation>Die Aufträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="190"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="192"/>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="195"/>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="195"/>
        <source>added here</source>
        <translation>hier hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="210"/>
        <source>No scheduled jobs yet. “Add job…” creates one.</source>
        <translation>Noch keine geplanten Aufträge. „Auftrag hinzufügen …“ legt einen an.</translation>
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
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="230"/>
        <location filename="../ui/pages/cronpage.cpp" line="293"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="231"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="269"/>
        <source>This job comes from the configuration file (cron.jobs); remove it there.</source>
        <translation>Dieser Auftrag stammt aus der Konfigurationsdatei (cron.jobs); entfernen Sie ihn dort.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="285"/>
        <source>The run history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="295"/>
        <source>%1 (run by hand)</source>
        <translation>%1 (von Hand gestartet)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="322"/>
        <source>Adding the job…</source>
        <translation>Auftrag wird hinzugefügt …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="327"/>
        <source>The job was not added: %1</source>
        <translation>Der Auftrag wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="333"/>
        <source>Job “%1” added.</source>
        <translation>Auftrag „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="344"/>
        <source>“%1” comes from the configuration file (cron.jobs) and cannot be removed here; remove it from the configuration.</source>
        <translation>„%1“ stammt aus der Konfigurationsdatei (cron.jobs) und kann hier nicht entfernt werden; entfernen Sie ihn aus der Konfiguration.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="349"/>
        <source>Remove job</source>
        <translation>Auftrag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="350"/>
        <source>Remove the scheduled job “%1”? Its run history goes with it.</source>
        <translation>Den geplanten Auftrag „%1“ entfernen? Sein Verlauf wird mit gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="350"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="352"/>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="357"/>
        <source>“%1” was not removed: %2</source>
        <translation>„%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="362"/>
        <source>“%1” removed.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="371"/>
        <source>Starting “%1”…</source>
        <translation>„%1“ wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="376"/>
        <source>“%1” did not start: %2</source>
        <translation>„%1“ wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/cronpage.cpp" line="381"/>
        <source>“%1” started; its outcome appears in the history.</source>
        <translation>„%1“ gestartet; das Ergebnis erscheint im Verlauf.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::DesktopIntegration</name>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="19"/>
        <source>Open Moltdesk</source>
        <translation>Moltdesk öffnen</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="22"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="27"/>
        <location filename="../ui/desktopintegration.cpp" line="61"/>
        <source>Moltdesk: starting</source>
        <translation>Moltdesk: startet</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="54"/>
        <source>Moltdesk: running with warnings at %1</source>
        <translation>Moltdesk: läuft mit Warnungen unter %1</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="55"/>
        <source>Moltdesk: running at %1</source>
        <translation>Moltdesk: läuft unter %1</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="58"/>
        <source>Moltdesk: stopped: %1</source>
        <translation>Moltdesk: angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktopintegration.cpp" line="65"/>
        <source>Moltdesk: stopped</source>
        <translation>Moltdesk: angehalten</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::KvBrowser</name>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="54"/>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="55"/>
        <source>&amp;Namespaces</source>
        <translation>&amp;Namensräume</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="57"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="59"/>
        <source>New n&amp;amespace…</source>
        <translation>Neuer N&amp;amensraum…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="70"/>
        <source>Filter by key prefix</source>
        <translation>Nach Schlüsselpräfix filtern</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="71"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="75"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="76"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="76"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="82"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="86"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="89"/>
        <source>New ke&amp;y</source>
        <translation>Neuer Schl&amp;üssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="126"/>
        <source>The key-value store is not available.</source>
        <translation>Der Schlüssel-Wert-Speicher ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="154"/>
        <source>Loading namespaces…</source>
        <translation>Namensräume werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="159"/>
        <source>Could not list the namespaces: %1</source>
        <translation>Die Namensräume konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="169"/>
        <source>No keys stored yet.</source>
        <translation>Noch keine Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="177"/>
        <source>New namespace</source>
        <translation>Neuer Namensraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="177"/>
        <source>Namespace name (letters, digits, _ - .):</source>
        <translation>Name des Namensraums (Buchstaben, Ziffern, _ - .):</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="213"/>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="220"/>
        <source>Could not list the keys: %1</source>
        <translation>Die Schlüssel konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/kvbrowser.cpp" line="234"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/kvbrowser.cpp" line="235"/>
        <source>First %n key(s) shown; more are available.</source>
        <translation>
            <numerusform>Der erste Schlüssel wird angezeigt; es gibt weitere.</numerusform>
            <numerusform>Die ersten %n Schlüssel werden angezeigt; es gibt weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="255"/>
        <source>Loading the value…</source>
        <translation>Wert wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="262"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="268"/>
        <source>The key %1 no longer exists (it expired or was deleted).</source>
        <translation>Den Schlüssel %1 gibt es nicht mehr (abgelaufen oder gelöscht).</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="302"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="308"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="320"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="330"/>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="331"/>
        <source>Delete the key “%1” from the namespace “%2”? This cannot be undone.</source>
        <translation>Den Schlüssel „%1“ aus dem Namensraum „%2“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="332"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="335"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="340"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/kvbrowser.cpp" line="345"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
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
        <location filename="../ui/pages/kveditor.cpp" line="59"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="63"/>
        <source>Value type</source>
        <translation>Werttyp</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="64"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="65"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="66"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="67"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="78"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="85"/>
        <source>E&amp;xpires after</source>
        <translation>Läuft a&amp;b nach</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="89"/>
        <source>Time to live</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="93"/>
        <source>Time to live unit</source>
        <translation>Einheit der Lebensdauer</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="94"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="94"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="94"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="94"/>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="104"/>
        <source>&amp;Format JSON</source>
        <translation>JSON &amp;formatieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="106"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="108"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="139"/>
        <source>Select a key to see its value.</source>
        <translation>Wählen Sie einen Schlüssel, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="156"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="196"/>
        <source>binary: shown as hex, not editable here</source>
        <translation>binär: als Hex angezeigt, hier nicht bearbeitbar</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="198"/>
        <source>too large to edit here; the first %1 are shown</source>
        <translation>zu groß zum Bearbeiten; die ersten %1 werden angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="201"/>
        <source>metadata: %1</source>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="257"/>
        <source>will expire %1 after saving</source>
        <translation>läuft %1 nach dem Speichern ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="258"/>
        <source>will never expire</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="278"/>
        <source>Select a key first.</source>
        <translation>Wählen Sie zuerst einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="284"/>
        <source>The key needs a name.</source>
        <translation>Der Schlüssel braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kveditor.cpp" line="299"/>
        <source>Binary values cannot be typed in; choose Text or JSON.</source>
        <translation>Binärwerte lassen sich nicht eintippen; wählen Sie Text oder JSON.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::LogsPage</name>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="63"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="66"/>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="67"/>
        <source>Everything (debug)</source>
        <translation>Alles (Debug)</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="68"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="69"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="70"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="75"/>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="76"/>
        <source>Search messages and categories…</source>
        <translation>Meldungen und Kategorien durchsuchen …</translation>
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
        <translation>Neuen Zeilen nicht mehr folgen, damit Sie lesen können; neue Zeilen werden weiter gesammelt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="82"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="84"/>
        <source>Copy the selected lines, or every shown line when none is selected.</source>
        <translation>Die ausgewählten Zeilen kopieren, oder alle angezeigten, wenn keine ausgewählt ist.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="93"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="93"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="93"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="93"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="98"/>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="132"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="139"/>
        <source>No event log is attached: the gateway is not running in this process.</source>
        <translation>Kein Ereignisprotokoll verbunden: das Gateway läuft nicht in diesem Prozess.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="149"/>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/logspage.cpp" line="268"/>
        <source>%1 of %2 lines shown (the newest %3 are kept)</source>
        <translation>%1 von %2 Zeilen angezeigt (die neuesten %3 werden behalten)</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Choose a page of the control panel with the arrow keys</source>
        <translation>Wählen Sie mit den Pfeiltasten eine Seite des Kontrollzentrums</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Gateway state</source>
        <translation>Zustand des Gateways</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>Moltdesk is still running</source>
        <translation>Moltdesk läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>The gateway keeps answering in the background. Use the tray icon to open the panel or quit.</source>
        <translation>Das Gateway antwortet weiter im Hintergrund. Über das Symbol im Infobereich öffnen Sie das Kontrollzentrum oder beenden Moltdesk.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::ObjectBrowser</name>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="40"/>
        <source>the object no longer exists</source>
        <translation>das Objekt existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="63"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="84"/>
        <source>Filter by key prefix, e.g. media/</source>
        <translation>Nach Schlüsselpräfix filtern, z. B. media/</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="85"/>
        <source>Object key prefix</source>
        <translation>Präfix des Objektschlüssels</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="90"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="91"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="101"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="104"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="106"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="108"/>
        <source>&amp;Save to disk…</source>
        <translation>Auf Datenträger &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="110"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="148"/>
        <source>The object store is not available.</source>
        <translation>Der Objektspeicher ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="180"/>
        <source>Loading objects…</source>
        <translation>Objekte werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="187"/>
        <source>Could not list the objects: %1</source>
        <translation>Die Objekte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/objectbrowser.cpp" line="203"/>
        <source>First %n object(s) shown; more are available.</source>
        <translation>
            <numerusform>Das erste Objekt wird angezeigt; es gibt weitere.</numerusform>
            <numerusform>Die ersten %n Objekte werden angezeigt; es gibt weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/objectbrowser.cpp" line="204"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="254"/>
        <location filename="../ui/pages/objectbrowser.cpp" line="255"/>
        <source>Loading the preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="262"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="268"/>
        <source>The object %1 no longer exists.</source>
        <translation>Das Objekt %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="277"/>
        <location filename="../ui/pages/objectbrowser.cpp" line="280"/>
        <source>Upload a file</source>
        <translation>Datei hochladen</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="280"/>
        <source>Store it under the key:</source>
        <translation>Unter diesem Schlüssel speichern:</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="290"/>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="295"/>
        <source>Could not upload %1: %2</source>
        <translation>%1 konnte nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="306"/>
        <source>Uploaded %1 (%2).</source>
        <translation>%1 hochgeladen (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="317"/>
        <source>Save object to disk</source>
        <translation>Objekt auf Datenträger speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="325"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="330"/>
        <source>Could not save %1 to %2: %3</source>
        <translation>%1 konnte nicht unter %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="333"/>
        <source>Saved %1 to %2.</source>
        <translation>%1 unter %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="343"/>
        <source>Delete object</source>
        <translation>Objekt löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="344"/>
        <source>Delete the object “%1”? This cannot be undone.</source>
        <translation>Das Objekt „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="344"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="347"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="352"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectbrowser.cpp" line="357"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
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
        <location filename="../ui/pages/objectpreview.cpp" line="47"/>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="104"/>
        <source>Select an object to preview it.</source>
        <translation>Wählen Sie ein Objekt für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="135"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · updated %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · geändert %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="142"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="150"/>
        <source>[Preview ends here: the first %1 of %2 are shown.]</source>
        <translation>[Die Vorschau endet hier: die ersten %1 von %2 werden angezeigt.]</translation>
    </message>
    <message>
        <location filename="../ui/pages/objectpreview.cpp" line="157"/>
        <source>No preview for this kind of file (%1). Use “Save to disk…” to open it.</source>
        <translation>Keine Vorschau für diese Art Datei (%1). Mit „Auf Datenträger speichern…“ können Sie sie öffnen.</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="83"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="85"/>
        <source>Copy the address to the clipboard</source>
        <translation>Adresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="86"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="96"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="97"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="98"/>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="99"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="102"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="110"/>
        <source>Component health</source>
        <translation>Zustand der Komponenten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="111"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="111"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="128"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="140"/>
        <source>Running, with warnings</source>
        <translation>Läuft, mit Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="141"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="143"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="145"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="147"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="149"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="157"/>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="169"/>
        <source>The gateway is running, but some components need attention.</source>
        <translation>Das Gateway läuft, aber einige Komponenten brauchen Aufmerksamkeit.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="170"/>
        <source>The gateway is running and answering.</source>
        <translation>Das Gateway läuft und antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="180"/>
        <source>The gateway stopped: %1</source>
        <translation>Das Gateway wurde angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="183"/>
        <source>not listening</source>
        <translation>nicht erreichbar</translation>
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
        <location filename="../ui/pages/secretrow.cpp" line="46"/>
        <location filename="../ui/pages/secretrow.cpp" line="158"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="48"/>
        <source>Reveal %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="52"/>
        <location filename="../ui/pages/secretrow.cpp" line="53"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="58"/>
        <source>Current value of %1</source>
        <translation>Aktueller Wert von %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="93"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="97"/>
        <source>✔ set</source>
        <translation>✔ gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="97"/>
        <source>✔ set (%1)</source>
        <translation>✔ gesetzt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="101"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="105"/>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="109"/>
        <source>Type a new value to replace it</source>
        <translation>Neuen Wert eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="109"/>
        <source>Type the value to set it</source>
        <translation>Wert eingeben, um ihn zu setzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="139"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="139"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretrow.cpp" line="149"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::SecretsPage</name>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="40"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="44"/>
        <source>The operator token lets the API, WebSocket clients and scripts in. Rotate it if it may have leaked.</source>
        <translation>Das Betreiber-Token gewährt API, WebSocket-Clients und Skripten Zugang. Erneuern Sie es, falls es bekannt geworden sein könnte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="48"/>
        <source>Rotate &amp;operator token…</source>
        <translation>Betreiber-T&amp;oken erneuern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="86"/>
        <source>Use “Rotate operator token” so the gateway switches to the new token at once.</source>
        <translation>Verwenden Sie „Betreiber-Token erneuern“, damit das Gateway sofort das neue Token nutzt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="92"/>
        <source>A new operator token is in use. Connected clients must use it from now on.</source>
        <translation>Ein neues Betreiber-Token ist aktiv. Verbundene Clients müssen ab jetzt dieses verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="100"/>
        <source>The operator token was not rotated: %1</source>
        <translation>Das Betreiber-Token wurde nicht erneuert: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="105"/>
        <source>No secret store is configured.</source>
        <translation>Es ist kein Geheimnisspeicher eingerichtet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="108"/>
        <source>no secret store</source>
        <translation>kein Geheimnisspeicher</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="117"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="182"/>
        <source>Secrets are kept in the %1. Values are never shown unless you click “Reveal”.</source>
        <translation>Geheimnisse werden hier aufbewahrt: %1. Werte erscheinen nur, wenn Sie auf „Anzeigen“ klicken.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="185"/>
        <source>Secrets are read from the %1, which cannot be changed from here.</source>
        <translation>Geheimnisse werden hieraus gelesen: %1; von hier aus lässt sich das nicht ändern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="189"/>
        <source>Secrets cannot be stored right now: %1</source>
        <translation>Geheimnisse können gerade nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="222"/>
        <source>Replacing or deleting this key would make data encrypted with it unreadable.</source>
        <translation>Wird dieser Schlüssel ersetzt oder gelöscht, sind damit verschlüsselte Daten nicht mehr lesbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="230"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="234"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="242"/>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="251"/>
        <source>Delete secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="252"/>
        <source>Delete %1 from the %2? Whatever uses it stops working until it is set again.</source>
        <translation>%1 aus folgendem Speicher löschen: %2? Was es nutzt, funktioniert erst wieder, wenn es neu gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="254"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="256"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="260"/>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="265"/>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="294"/>
        <source>Rotate operator token</source>
        <translation>Betreiber-Token erneuern</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="295"/>
        <source>A new operator token replaces the current one at once. Every connected client, script and WebSocket session must use the new token to connect again.</source>
        <translation>Ein neues Betreiber-Token ersetzt das aktuelle sofort. Jeder verbundene Client, jedes Skript und jede WebSocket-Sitzung muss sich mit dem neuen Token erneut verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="297"/>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../ui/pages/secretspage.cpp" line="300"/>
        <source>Rotating the operator token…</source>
        <translation>Betreiber-Token wird erneuert…</translation>
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
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="58"/>
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="60"/>
        <source>SELECT … (read-only: one statement, no changes)</source>
        <translation>SELECT … (nur lesend: eine Anweisung, keine Änderungen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="64"/>
        <source>Row &amp;cap:</source>
        <translation>Zeilen&amp;grenze:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="70"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="72"/>
        <source>Run the query (Ctrl+Return)</source>
        <translation>Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="88"/>
        <source>Query results</source>
        <translation>Abfrageergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="121"/>
        <source>The SQL console is not available.</source>
        <translation>Die SQL-Konsole ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="141"/>
        <source>Loading tables…</source>
        <translation>Tabellen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="146"/>
        <source>Could not list the tables: %1</source>
        <translation>Die Tabellen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="156"/>
        <source>(primary key)</source>
        <translation>(Primärschlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="158"/>
        <source>(not null)</source>
        <translation>(nicht NULL)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="169"/>
        <source>Type a query first, e.g. SELECT * FROM kv LIMIT 10.</source>
        <translation>Geben Sie zuerst eine Abfrage ein, z. B. SELECT * FROM kv LIMIT 10.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="175"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="188"/>
        <source>Not run: this console only reads data. (%1)</source>
        <translation>Nicht ausgeführt: Diese Konsole liest nur Daten. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="190"/>
        <source>Stopped: the query took too long. (%1)</source>
        <translation>Abgebrochen: Die Abfrage dauerte zu lange. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="192"/>
        <source>The query failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="198"/>
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n Zeile in %1 ms</numerusform>
            <numerusform>%n Zeilen in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sqlconsolepanel.cpp" line="200"/>
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
        <location filename="../ui/pages/storagepage.cpp" line="32"/>
        <source>&amp;Key-value</source>
        <translation>&amp;Schlüssel-Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="33"/>
        <source>&amp;Objects</source>
        <translation>&amp;Objekte</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="34"/>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="35"/>
        <source>Namespaced keys and values with expiry (Workers KV)</source>
        <translation>Schlüssel und Werte in Namensräumen, mit Ablauf (Workers KV)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="36"/>
        <source>Stored files: media, transcripts, exports (R2)</source>
        <translation>Gespeicherte Dateien: Medien, Protokolle, Exporte (R2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="37"/>
        <source>Read-only SQL over the database (D1)</source>
        <translation>Nur lesendes SQL auf der Datenbank (D1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/storagepage.cpp" line="49"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>Moltdesk::Ui::UsagePage</name>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="75"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="78"/>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="79"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="80"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="81"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="84"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="86"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="104"/>
        <source>Selected range</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="110"/>
        <location filename="../ui/pages/usagepage.cpp" line="149"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="111"/>
        <location filename="../ui/pages/usagepage.cpp" line="149"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="112"/>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="113"/>
        <source>Model calls</source>
        <translation>Modellaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="127"/>
        <source>Today and this month</source>
        <translation>Heute und diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="132"/>
        <source>Cost and tokens per day</source>
        <translation>Kosten und Tokens pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="137"/>
        <source>Cost by model</source>
        <translation>Kosten nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="139"/>
        <source>Cost by channel</source>
        <translation>Kosten nach Kanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="144"/>
        <location filename="../ui/pages/usagepage.cpp" line="148"/>
        <source>Top conversations by cost</source>
        <translation>Teuerste Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="149"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="149"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="181"/>
        <source>The gateway is not running, so there is no usage to show.</source>
        <translation>Das Gateway läuft nicht, daher gibt es keine Nutzung anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="189"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="238"/>
        <source>Loading budgets…</source>
        <translation>Budgets werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="239"/>
        <source>Loading usage per day…</source>
        <translation>Nutzung pro Tag wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="241"/>
        <source>Loading usage by model…</source>
        <translation>Nutzung nach Modell wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="243"/>
        <source>Loading usage by channel…</source>
        <translation>Nutzung nach Kanal wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="245"/>
        <source>Loading conversations…</source>
        <translation>Unterhaltungen werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="261"/>
        <source>Usage could not be loaded: %1</source>
        <translation>Die Nutzung konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="271"/>
        <source>%1: %2 · %3 tokens · %n call(s)</source>
        <translation>
            <numerusform>%1: %2 · %3 Tokens · %n Aufruf</numerusform>
            <numerusform>%1: %2 · %3 Tokens · %n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="287"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="288"/>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="300"/>
        <source>No budget is set. Set ai.budgets.dailyUsd or ai.budgets.monthlyUsd in the configuration to cap spending.</source>
        <translation>Kein Budget gesetzt. Setzen Sie ai.budgets.dailyUsd oder ai.budgets.monthlyUsd in der Konfiguration, um die Ausgaben zu begrenzen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="319"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="321"/>
        <source>+ %n call(s) of unknown price (models missing from the price table; see ai.pricing)</source>
        <translation>
            <numerusform>+ %n Aufruf mit unbekanntem Preis (Modelle fehlen in der Preistabelle; siehe ai.pricing)</numerusform>
            <numerusform>+ %n Aufrufe mit unbekanntem Preis (Modelle fehlen in der Preistabelle; siehe ai.pricing)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="328"/>
        <source>Share of model calls that read from the provider&apos;s prompt cache.</source>
        <translation>Anteil der Modellaufrufe, die aus dem Prompt-Cache des Anbieters lesen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="335"/>
        <source>(unknown model)</source>
        <translation>(unbekanntes Modell)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="340"/>
        <source>(no channel)</source>
        <translation>(kein Kanal)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="349"/>
        <source>(no conversation)</source>
        <translation>(keine Unterhaltung)</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="366"/>
        <source>Export usage per day</source>
        <translation>Nutzung pro Tag exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/usagepage.cpp" line="372"/>
        <source>The CSV was not written to %1: %2</source>
        <translation>Die CSV-Datei wurde nicht nach %1 geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/usagepage.cpp" line="375"/>
        <source>%n day(s) exported to %1.</source>
        <translation>
            <numerusform>%n Tag nach %1 exportiert.</numerusform>
            <numerusform>%n Tage nach %1 exportiert.</numerusform>
        </translation>
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
