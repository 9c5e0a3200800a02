<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <location filename="../ui/wizard/connectpage.cpp" line="44"/>
        <location filename="../ui/wizard/connectpage.cpp" line="97"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="85"/>
        <source>Connect to your local server</source>
        <translation>Connexion à votre serveur local</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="86"/>
        <source>Enter the address of the OpenAI-compatible server. Ollama listens on http://127.0.0.1:11434 unless you changed it. A key is only needed if the server was started with one.</source>
        <translation>Saisissez l’adresse du serveur compatible OpenAI. Ollama écoute sur http://127.0.0.1:11434, sauf si vous l’avez modifié. Une clé n’est nécessaire que si le serveur a été lancé avec une clé.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="89"/>
        <source>API &amp;key (optional):</source>
        <translation>&amp;Clé d’API (facultative) :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="90"/>
        <source>Leave empty unless the server asks for one</source>
        <translation>Laissez vide sauf si le serveur en demande une</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="91"/>
        <source>Nothing is sent anywhere but this address.</source>
        <translation>Rien n’est envoyé ailleurs qu’à cette adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="92"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="94"/>
        <source>Paste your %1 API key</source>
        <translation>Collez votre clé d’API %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="95"/>
        <source>The key is checked right away with a free request and kept in your system keychain — never in a file.</source>
        <translation>La clé est vérifiée tout de suite par une requête gratuite et conservée dans le trousseau de votre système — jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="102"/>
        <source>No key yet? Create one at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, copy it and paste it here.</source>
        <translation>Pas encore de clé ? Créez-en une sur &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, copiez-la et collez-la ici.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="104"/>
        <source>&amp;Check key</source>
        <translation>&amp;Vérifier la clé</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="110"/>
        <source>API key (optional)</source>
        <translation>Clé d’API (facultative)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="110"/>
        <source>%1 API key</source>
        <translation>Clé d’API %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="111"/>
        <source>Connect to the server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="111"/>
        <source>Check the key</source>
        <translation>Vérifier la clé</translation>
    </message>
    <message>
        <location filename="../ui/wizard/connectpage.cpp" line="149"/>
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
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
        <location filename="../ui/wizard/modelpage.cpp" line="53"/>
        <source>These are the models %1 offers you. The one selected is a good start; you can change it later in the settings.</source>
        <translation>Voici les modèles que %1 vous propose. Celui qui est sélectionné est un bon début ; vous pourrez le changer plus tard dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="100"/>
        <source>No model matches &quot;%1&quot;.</source>
        <translation>Aucun modèle ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="113"/>
        <source>1 model listed.</source>
        <translation>1 modèle listé.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/modelpage.cpp" line="113"/>
        <source>%1 models listed.</source>
        <translation>%1 modèles listés.</translation>
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
    <name>Moltdesk::Ui::SetupFlow</name>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="99"/>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="224"/>
        <source>Paste your %1 API key first.</source>
        <translation>Collez d’abord votre clé d’API %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="229"/>
        <source>The address must look like http://127.0.0.1:11434 (http:// or https://, a host and optionally a port).</source>
        <translation>L’adresse doit ressembler à http://127.0.0.1:11434 (http:// ou https://, un hôte et éventuellement un port).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="255"/>
        <source>Connected: 1 model available.</source>
        <translation>Connecté : 1 modèle disponible.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="256"/>
        <source>Connected: %1 models available.</source>
        <translation>Connecté : %1 modèles disponibles.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="320"/>
        <source>Paste the token @BotFather gave you, or skip this step.</source>
        <translation>Collez le jeton donné par @BotFather, ou passez cette étape.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="341"/>
        <source>Connected to %1 (@%2).</source>
        <translation>Connecté à %1 (@%2).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="390"/>
        <source>The set-up is not complete yet: choose a provider and a model first.</source>
        <translation>La configuration n’est pas terminée : choisissez d’abord un fournisseur et un modèle.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="394"/>
        <source>The existing configuration file has errors, so it was not replaced. Fix or remove it, then run the set-up again:
%1</source>
        <translation>Le fichier de configuration existant contient des erreurs ; il n’a donc pas été remplacé. Corrigez-le ou supprimez-le, puis relancez la configuration :
%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="409"/>
        <source>There is no secret store to keep the key in, so nothing was saved.</source>
        <translation>Aucun magasin de secrets n’est disponible pour la clé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="429"/>
        <source>%1 could not be saved: %2. Nothing was written to the configuration; press Finish to try again once the keychain is available.</source>
        <translation>%1 n’a pas pu être enregistré : %2. Rien n’a été écrit dans la configuration ; cliquez à nouveau sur « Terminer » dès que le trousseau est disponible.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="442"/>
        <source>The keys were saved, but the configuration could not be written: %1</source>
        <translation>Les clés ont été enregistrées, mais la configuration n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupflow.cpp" line="446"/>
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
        <location filename="../ui/wizard/summarypage.cpp" line="46"/>
        <source>AI provider</source>
        <translation>Fournisseur d’IA</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="48"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="49"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="51"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="51"/>
        <source>kept in your keychain as %1, never in the file</source>
        <translation>conservée dans votre trousseau sous %1, jamais dans le fichier</translation>
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
        <translation>pas maintenant — à configurer plus tard dans la page « Canaux »</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="56"/>
        <source>%1 — &lt;a href=&quot;%2&quot;&gt;@%3&lt;/a&gt;</source>
        <translation>%1 — &lt;a href=&quot;%2&quot;&gt;@%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="60"/>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
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
        <source>&amp;Check token</source>
        <translation>&amp;Vérifier le jeton</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="48"/>
        <source>Check the Telegram token</source>
        <translation>Vérifier le jeton Telegram</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="53"/>
        <source>Bot &amp;token:</source>
        <translation>&amp;Jeton du bot :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="114"/>
        <source>&amp;Skip &gt;</source>
        <translation>&amp;Passer &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="114"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="117"/>
        <source>Press Return or Check token.</source>
        <translation>Appuyez sur Entrée ou sur « Vérifier le jeton ».</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="120"/>
        <source>Asking Telegram…</source>
        <translation>Interrogation de Telegram…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/telegrampage.cpp" line="131"/>
        <source>Open your bot: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Ouvrir votre bot : &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
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
