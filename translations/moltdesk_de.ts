<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../ui/wizard/connectpage.cpp" line="44"/>
        <location filename="../ui/wizard/connectpage.cpp" line="97"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="85"/>
        <source>Connect to your local server</source>
        <translation>Mit Ihrem lokalen Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="86"/>
        <source>Enter the address of the OpenAI-compatible server. Ollama listens on http://127.0.0.1:11434 unless you changed it. A key is only needed if the server was started with one.</source>
        <translation>Geben Sie die Adresse des OpenAI-kompatiblen Servers ein. Ollama lauscht auf http://127.0.0.1:11434, sofern Sie das nicht geändert haben. Ein Schlüssel ist nur nötig, wenn der Server mit einem gestartet wurde.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="89"/>
        <source>API &amp;key (optional):</source>
        <translation>API-&amp;Schlüssel (optional):</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="90"/>
        <source>Leave empty unless the server asks for one</source>
        <translation>Leer lassen, außer der Server verlangt einen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="91"/>
        <source>Nothing is sent anywhere but this address.</source>
        <translation>Es wird nichts an eine andere als diese Adresse gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="92"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="94"/>
        <source>Paste your %1 API key</source>
        <translation>Fügen Sie Ihren %1-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="95"/>
        <source>The key is checked right away with a free request and kept in your system keychain — never in a file.</source>
        <translation>Der Schlüssel wird sofort mit einer kostenlosen Anfrage geprüft und im Schlüsselbund Ihres Systems aufbewahrt – nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="102"/>
        <source>No key yet? Create one at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, copy it and paste it here.</source>
        <translation>Noch kein Schlüssel? Erstellen Sie einen unter &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, kopieren Sie ihn und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="104"/>
        <source>&amp;Check key</source>
        <translation>Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="110"/>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="110"/>
        <source>%1 API key</source>
        <translation>%1-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="111"/>
        <source>Connect to the server</source>
        <translation>Mit dem Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="111"/>
        <source>Check the key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="149"/>
        <source>Checking with %1…</source>
        <translation>Prüfe bei %1…</translation>
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
        <location filename="../ui/wizard/modelpage.cpp" line="53"/>
        <source>These are the models %1 offers you. The one selected is a good start; you can change it later in the settings.</source>
        <translation>Diese Modelle bietet %1 Ihnen an. Das ausgewählte ist ein guter Anfang; Sie können es später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="100"/>
        <source>No model matches &quot;%1&quot;.</source>
        <translation>Kein Modell passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="113"/>
        <source>1 model listed.</source>
        <translation>1 Modell aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="113"/>
        <source>%1 models listed.</source>
        <translation>%1 Modelle aufgeführt.</translation>
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
    <name>Moltdesk::Ui::SetupFlow</name>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="99"/>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="224"/>
        <source>Paste your %1 API key first.</source>
        <translation>Fügen Sie zuerst Ihren %1-API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="229"/>
        <source>The address must look like http://127.0.0.1:11434 (http:// or https://, a host and optionally a port).</source>
        <translation>Die Adresse muss wie http://127.0.0.1:11434 aussehen (http:// oder https://, ein Host und optional ein Port).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="255"/>
        <source>Connected: 1 model available.</source>
        <translation>Verbunden: 1 Modell verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="256"/>
        <source>Connected: %1 models available.</source>
        <translation>Verbunden: %1 Modelle verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="320"/>
        <source>Paste the token @BotFather gave you, or skip this step.</source>
        <translation>Fügen Sie das Token von @BotFather ein oder überspringen Sie diesen Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="341"/>
        <source>Connected to %1 (@%2).</source>
        <translation>Verbunden mit %1 (@%2).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="390"/>
        <source>The set-up is not complete yet: choose a provider and a model first.</source>
        <translation>Die Einrichtung ist noch nicht vollständig: Wählen Sie zuerst einen Anbieter und ein Modell.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="394"/>
        <source>The existing configuration file has errors, so it was not replaced. Fix or remove it, then run the set-up again:
%1</source>
        <translation>Die vorhandene Konfigurationsdatei enthält Fehler und wurde daher nicht ersetzt. Korrigieren oder entfernen Sie sie und starten Sie die Einrichtung erneut:
%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="409"/>
        <source>There is no secret store to keep the key in, so nothing was saved.</source>
        <translation>Es gibt keinen Geheimnisspeicher für den Schlüssel, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="429"/>
        <source>%1 could not be saved: %2. Nothing was written to the configuration; press Finish to try again once the keychain is available.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. In die Konfiguration wurde nichts geschrieben; klicken Sie erneut auf „Fertigstellen“, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="442"/>
        <source>The keys were saved, but the configuration could not be written: %1</source>
        <translation>Die Schlüssel wurden gespeichert, aber die Konfiguration konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="446"/>
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
        <location filename="../ui/wizard/summarypage.cpp" line="46"/>
        <source>AI provider</source>
        <translation>KI-Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="48"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="49"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="51"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="51"/>
        <source>kept in your keychain as %1, never in the file</source>
        <translation>im Schlüsselbund als %1 aufbewahrt, nie in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="53"/>
        <location filename="../ui/wizard/summarypage.cpp" line="56"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="53"/>
        <source>not now — set it up later on the Channels page</source>
        <translation>jetzt nicht – später auf der Seite „Kanäle“ einrichten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="56"/>
        <source>%1 — &lt;a href=&quot;%2&quot;&gt;@%3&lt;/a&gt;</source>
        <translation>%1 – &lt;a href=&quot;%2&quot;&gt;@%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="60"/>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
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
        <source>&amp;Check token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="48"/>
        <source>Check the Telegram token</source>
        <translation>Telegram-Token prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="53"/>
        <source>Bot &amp;token:</source>
        <translation>Bot-&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="114"/>
        <source>&amp;Skip &gt;</source>
        <translation>Über&amp;springen &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="114"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="117"/>
        <source>Press Return or Check token.</source>
        <translation>Drücken Sie die Eingabetaste oder „Token prüfen“.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="120"/>
        <source>Asking Telegram…</source>
        <translation>Frage bei Telegram nach…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="131"/>
        <source>Open your bot: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Ihren Bot öffnen: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
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
