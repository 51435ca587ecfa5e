<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminMode</name>
    <message>
        <source>No admin PIN yet: press Ctrl+Alt+A (or hold the space name) to choose one</source>
        <translation>Noch keine Admin-PIN: Strg+Alt+A drücken (oder den Namen des Spaces halten) und eine wählen</translation>
    </message>
</context>
<context>
    <name>AdminSession</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Admin mode ended after %1 without activity.</source>
        <translation>Der Admin-Modus endete nach %1 ohne Aktivität.</translation>
    </message>
    <message>
        <source>Admin mode opened.</source>
        <translation>Admin-Modus geöffnet.</translation>
    </message>
    <message>
        <source>Wrong PIN. Wrong PINs left before a lockout: %1.</source>
        <translation>Falsche PIN. Verbleibende Versuche bis zur Sperre: %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. Admin mode is locked for %1.</source>
        <translation>Falsche PIN. Der Admin-Modus ist für %1 gesperrt.</translation>
    </message>
    <message>
        <source>The two PINs differ. Please type the same PIN twice.</source>
        <translation>Die beiden PINs unterscheiden sich. Bitte zweimal dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <source>The PIN could not be saved: %1</source>
        <translation>Die PIN konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The first admin PIN was chosen.</source>
        <translation>Die erste Admin-PIN wurde gewählt.</translation>
    </message>
    <message>
        <source>Admin mode is not open.</source>
        <translation>Der Admin-Modus ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in %1.</translation>
    </message>
    <message>
        <source>Wrong current PIN when changing the PIN.</source>
        <translation>Falsche aktuelle PIN beim Ändern der PIN.</translation>
    </message>
    <message>
        <source>The current PIN is not right.</source>
        <translation>Die aktuelle PIN stimmt nicht.</translation>
    </message>
    <message>
        <source>The two new PINs differ. Please type the same PIN twice.</source>
        <translation>Die beiden neuen PINs unterscheiden sich. Bitte zweimal dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <source>The admin PIN was changed.</source>
        <translation>Die Admin-PIN wurde geändert.</translation>
    </message>
    <message>
        <source>Admin mode was left.</source>
        <translation>Der Admin-Modus wurde verlassen.</translation>
    </message>
    <message>
        <source>The kiosk was quit from admin mode.</source>
        <translation>Das Terminal wurde im Admin-Modus beendet.</translation>
    </message>
</context>
<context>
    <name>AdminShell</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Leave admin</source>
        <translation>Admin verlassen</translation>
    </message>
    <message>
        <source>Really quit?</source>
        <translation>Wirklich beenden?</translation>
    </message>
    <message>
        <source>Quit kiosk</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>At the reader: %1</source>
        <translation>Am Leser: %1</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Leser</translation>
    </message>
</context>
<context>
    <name>Allowlist</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The member list could not be synced, %1 was not written: %2</source>
        <translation>Die Mitgliederliste konnte nicht abgeglichen werden, %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) of active members to %1.</source>
        <translation>
            <numerusform>%n Karte aktiver Mitglieder in %1 geschrieben.</numerusform>
            <numerusform>%n Karten aktiver Mitglieder in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a Cobot subdomain: use the name in https://&lt;subdomain&gt;.cobot.me, letters, digits and dashes only.</source>
        <translation>„%1“ ist keine Cobot-Subdomain: Verwenden Sie den Namen aus https://&lt;subdomain&gt;.cobot.me (nur Buchstaben, Ziffern und Bindestriche).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a scheme: https://…</source>
        <translation>„%1“ braucht ein Schema: https://…</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name, password, query or fragment.</source>
        <translation>Die API-URL darf keinen Benutzernamen, kein Passwort, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this machine (127.0.0.1, ::1, localhost); use https://%1 instead.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Rechner erlaubt (127.0.0.1, ::1, localhost); verwenden Sie stattdessen https://%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
</context>
<context>
    <name>ApiFailure</name>
    <message>
        <source>Cobot rejected the access token (HTTP 401)</source>
        <translation>Cobot hat das Zugriffstoken abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>The access token lacks a required scope or admin rights (HTTP 403)</source>
        <translation>Dem Zugriffstoken fehlt ein nötiger Scope oder Admin-Rechte (HTTP 403)</translation>
    </message>
    <message>
        <source>Cobot does not know this space: check the subdomain or API URL (HTTP 404)</source>
        <translation>Cobot kennt diesen Space nicht: Subdomain oder API-URL prüfen (HTTP 404)</translation>
    </message>
    <message>
        <source>Too many requests to Cobot (HTTP 429)</source>
        <translation>Zu viele Anfragen an Cobot (HTTP 429)</translation>
    </message>
    <message>
        <source>Cobot server error (HTTP %1)</source>
        <translation>Serverfehler bei Cobot (HTTP %1)</translation>
    </message>
    <message>
        <source>Unexpected redirect (HTTP %1): check the API URL</source>
        <translation>Unerwartete Weiterleitung (HTTP %1): API-URL prüfen</translation>
    </message>
    <message>
        <source>Unexpected answer from Cobot (HTTP %1)</source>
        <translation>Unerwartete Antwort von Cobot (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CacheStatus</name>
    <message>
        <source>Offline check-ins: off</source>
        <translation>Offline-Check-ins: aus</translation>
    </message>
    <message>
        <source>Member list: fetching…</source>
        <translation>Mitgliederliste: wird geladen…</translation>
    </message>
    <message>
        <source>No member list yet: no check-ins while Cobot is unreachable</source>
        <translation>Noch keine Mitgliederliste: keine Check-ins, solange Cobot nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Member list from %1 is too old: no check-ins while Cobot is unreachable</source>
        <translation>Mitgliederliste vom %1 ist zu alt: keine Check-ins, solange Cobot nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Member list from %1 (update failed: %2)</source>
        <translation>Mitgliederliste vom %1 (Aktualisierung fehlgeschlagen: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Member list from %1 (%n member(s))</source>
        <translation>
            <numerusform>Mitgliederliste vom %1 (%n Mitglied)</numerusform>
            <numerusform>Mitgliederliste vom %1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardRegistration</name>
    <message>
        <source>No card was read within %1 s.</source>
        <translation>Innerhalb von %1 s wurde keine Karte gelesen.</translation>
    </message>
    <message>
        <source>That reading is not a card number (%1). Please tap the card again.</source>
        <translation>Das war keine Kartennummer (%1). Bitte die Karte noch einmal auflegen.</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>Karte %1 gehört bereits %2.</translation>
    </message>
    <message>
        <source>Card %1 now belongs to %2.</source>
        <translation>Karte %1 gehört jetzt %2.</translation>
    </message>
    <message>
        <source>%1 (taken from %2)</source>
        <translation>%1 (bisher %2)</translation>
    </message>
    <message>
        <source>Card %1 was removed from %2.</source>
        <translation>Karte %1 wurde bei %2 entfernt.</translation>
    </message>
    <message>
        <source>The card was already taken from %1, so it now belongs to nobody. Try again to register it for %2.</source>
        <translation>Die Karte wurde %1 bereits weggenommen und gehört jetzt niemandem. „Erneut versuchen“ registriert sie für %2.</translation>
    </message>
    <message>
        <source>Cobot refused: %1 (HTTP %2)</source>
        <translation>Cobot hat abgelehnt: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Cobot did not remove the card here. Remove it in Cobot instead: as an admin of the space, open Cobot&apos;s “manage check-in tokens” app and delete card %1 there; then refresh the member list.</source>
        <translation>Cobot hat die Karte hier nicht entfernt. Bitte in Cobot entfernen: als Admin des Spaces Cobots App „manage check-in tokens“ öffnen, Karte %1 dort löschen und danach die Mitgliederliste neu laden.</translation>
    </message>
    <message>
        <source>Registering cards needs the scopes checkin_tokens and read_memberships.</source>
        <translation>Zum Registrieren von Karten braucht das Token die Scopes checkin_tokens und read_memberships.</translation>
    </message>
</context>
<context>
    <name>CheckInService</name>
    <message>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>Checked in until %1</source>
        <translation>Eingecheckt bis %1</translation>
    </message>
    <message>
        <source>Please ask at the front desk.</source>
        <translation>Bitte am Empfang nachfragen.</translation>
    </message>
    <message>
        <source>Cannot reach Cobot — check the internet connection</source>
        <translation>Cobot ist nicht erreichbar – bitte die Internetverbindung prüfen</translation>
    </message>
    <message>
        <source>Cannot reach Cobot securely — check the network and the clock</source>
        <translation>Keine sichere Verbindung zu Cobot – bitte Netzwerk und Uhrzeit prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Cobot is busy — please scan again in %n second(s)</source>
        <translation>
            <numerusform>Cobot ist ausgelastet – bitte in %n Sekunde noch einmal scannen</numerusform>
            <numerusform>Cobot ist ausgelastet – bitte in %n Sekunden noch einmal scannen</numerusform>
        </translation>
    </message>
    <message>
        <source>This kiosk is not set up correctly — please tell the front desk</source>
        <translation>Dieses Terminal ist nicht richtig eingerichtet – bitte dem Empfang Bescheid geben</translation>
    </message>
    <message>
        <source>Unexpected answer from Cobot — please tell the front desk</source>
        <translation>Unerwartete Antwort von Cobot – bitte dem Empfang Bescheid geben</translation>
    </message>
    <message>
        <source>This card could not be read — please try again</source>
        <translation>Diese Karte konnte nicht gelesen werden – bitte noch einmal versuchen</translation>
    </message>
    <message>
        <source>Goodbye!</source>
        <translation>Auf Wiedersehen!</translation>
    </message>
    <message>
        <source>Goodbye, %1</source>
        <translation>Auf Wiedersehen, %1</translation>
    </message>
    <message>
        <source>You are checked out. See you soon!</source>
        <translation>Erfolgreich ausgecheckt. Bis bald!</translation>
    </message>
    <message>
        <source>This card is not registered.</source>
        <translation>Diese Karte ist nicht registriert.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1; offline: %2</source>
        <translation>%1; offline: %2</translation>
    </message>
    <message>
        <source>Offline — checked against the member list from %1</source>
        <translation>Offline – geprüft mit der Mitgliederliste vom %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The offline check-in could not be recorded: %1</source>
        <translation>Der Offline-Check-in konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
</context>
<context>
    <name>CobotClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer was larger than %1 KiB</source>
        <translation>die Antwort war größer als %1 KiB</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: %1</source>
        <translation>das Zertifikat des Servers wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>the server name could not be resolved (DNS)</source>
        <translation>der Servername konnte nicht aufgelöst werden (DNS)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection was closed or reset by the server</source>
        <translation>die Verbindung wurde vom Server geschlossen oder zurückgesetzt</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung</translation>
    </message>
    <message>
        <source>the secure connection failed: %1</source>
        <translation>die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This card is not registered.</source>
        <translation>Diese Karte ist nicht registriert.</translation>
    </message>
    <message>
        <source>Cobot refused the check-in.</source>
        <translation>Cobot hat den Check-in abgelehnt.</translation>
    </message>
    <message>
        <source>Cobot refused this (HTTP %1).</source>
        <translation>Cobot hat das abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>no Cobot space or access token is configured</source>
        <translation>kein Cobot-Space oder Zugriffstoken eingerichtet</translation>
    </message>
    <message>
        <source>Cobot asks us to wait %1 s before the next request</source>
        <translation>Cobot bittet, %1 s bis zur nächsten Anfrage zu warten</translation>
    </message>
    <message>
        <source>the membership has no id</source>
        <translation>die Mitgliedschaft hat keine ID</translation>
    </message>
</context>
<context>
    <name>CobotStatus</name>
    <message>
        <source>Cobot: ready</source>
        <translation>Cobot: bereit</translation>
    </message>
    <message>
        <source>Not set up: no Cobot space or access token is configured</source>
        <translation>Nicht eingerichtet: kein Cobot-Space oder Zugriffstoken</translation>
    </message>
    <message>
        <source>Cobot: connected</source>
        <translation>Cobot: verbunden</translation>
    </message>
    <message>
        <source>Cobot: %1</source>
        <translation>Cobot: %1</translation>
    </message>
    <message>
        <source>Setup problem: %1</source>
        <translation>Einrichtungsproblem: %1</translation>
    </message>
    <message>
        <source>Offline — Cobot unreachable: %1</source>
        <translation>Offline – Cobot nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>CommandActuator</name>
    <message>
        <source>door program %1</source>
        <translation>Türprogramm %1</translation>
    </message>
    <message>
        <source>it did not finish within %1 s and was stopped</source>
        <translation>es war nach %1 s nicht fertig und wurde beendet</translation>
    </message>
    <message>
        <source>it could not be started: %1</source>
        <translation>es konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>es ist abgestürzt</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>es endete mit Code %1</translation>
    </message>
    <message>
        <source>it exited with code %1: %2</source>
        <translation>es endete mit Code %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Fullscreen card check-in kiosk for Cobot coworking spaces.
Configuration: %1, then %2 (or --config FILE instead of both).</source>
        <translation>Vollbild-Check-in-Terminal mit Karte für Cobot-Coworking-Spaces.
Einstellungen: %1, dann %2 (oder --config DATEI statt beider).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Read settings from FILE instead of the system and user files.</source>
        <translation>Einstellungen aus FILE lesen statt aus den System- und Benutzerdateien.</translation>
    </message>
    <message>
        <source>Cobot API base URL (default https://&lt;subdomain&gt;.cobot.me).</source>
        <translation>Basis-URL der Cobot-API (Standard https://&lt;subdomain&gt;.cobot.me).</translation>
    </message>
    <message>
        <source>The space&apos;s Cobot subdomain.</source>
        <translation>Die Cobot-Subdomain des Spaces.</translation>
    </message>
    <message>
        <source>Read the access token from FILE (mode 0600).</source>
        <translation>Das Zugriffstoken aus FILE lesen (Modus 0600).</translation>
    </message>
    <message>
        <source>Append the audit log to FILE.</source>
        <translation>Das Prüfprotokoll an FILE anhängen.</translation>
    </message>
    <message>
        <source>Run PROGRAM on every grant, with COBOT_KIOSK_OUTCOME, COBOT_KIOSK_MEMBER and COBOT_KIOSK_TOKEN (masked) in its environment.</source>
        <translation>PROGRAM bei jedem erlaubten Zutritt ausführen, mit COBOT_KIOSK_OUTCOME, COBOT_KIOSK_MEMBER und COBOT_KIOSK_TOKEN (maskiert) in der Umgebung.</translation>
    </message>
    <message>
        <source>Run in a window instead of fullscreen.</source>
        <translation>In einem Fenster statt im Vollbild laufen.</translation>
    </message>
    <message>
        <source>Run against a simulated Cobot space on 127.0.0.1.</source>
        <translation>Gegen einen simulierten Cobot-Space auf 127.0.0.1 laufen.</translation>
    </message>
    <message>
        <source>Load the user interface and exit: 0 when it loads cleanly.</source>
        <translation>Die Oberfläche laden und beenden: 0, wenn sie fehlerfrei lädt.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>--config needs a value.</source>
        <translation>--config braucht einen Wert.</translation>
    </message>
    <message>
        <source>Where card numbers come from: &quot;wedge&quot; (keys typed into the window, the default) or &quot;evdev:DEVICE[,role=ROLE][,label=NAME]&quot; (a reader read directly; DEVICE is a path, a /dev/input/by-id name or vendor:product[:serial]). Repeat for several readers.</source>
        <translation>Woher Kartennummern kommen: „wedge“ (ins Fenster getippte Tasten, der Standard) oder „evdev:DEVICE[,role=ROLE][,label=NAME]“ (ein direkt gelesener Leser; DEVICE ist ein Pfad, ein Name in /dev/input/by-id oder vendor:product[:serial]). Für mehrere Leser wiederholen.</translation>
    </message>
    <message>
        <source>Sync the member list, write the cards of active members to FILE and exit.</source>
        <translation>Die Mitgliederliste abgleichen, die Karten aktiver Mitglieder in FILE schreiben und beenden.</translation>
    </message>
    <message>
        <source>Format of --export: csv or json (default: json for a .json file, else csv).</source>
        <translation>Format von --export: csv oder json (Standard: json für eine .json-Datei, sonst csv).</translation>
    </message>
    <message>
        <source>--format goes with --export.</source>
        <translation>--format gehört zu --export.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format muss csv oder json sein.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the [admin] lines that store it (for installers), then exit.</source>
        <translation>Eine Admin-PIN von der Standardeingabe lesen, die [admin]-Zeilen ausgeben, die sie speichern (für Installationen), und beenden.</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>%1: %2 = &quot;%3&quot; is not valid; expected %4.</source>
        <translation>%1: %2 = „%3“ ist ungültig; erwartet: %4.</translation>
    </message>
    <message>
        <source>%1: the configuration file does not exist.</source>
        <translation>%1: Die Einstellungsdatei existiert nicht.</translation>
    </message>
    <message>
        <source>%1: the configuration file cannot be read (permissions).</source>
        <translation>%1: Die Einstellungsdatei kann nicht gelesen werden (Berechtigungen).</translation>
    </message>
    <message>
        <source>%1: the configuration file is not a valid INI file.</source>
        <translation>%1: Die Einstellungsdatei ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <source>%1: set both display/night_from and display/night_until, or neither.</source>
        <translation>%1: Entweder display/night_from und display/night_until setzen oder keines von beiden.</translation>
    </message>
    <message>
        <source>%1: scan/min_length is larger than scan/max_length.</source>
        <translation>%1: scan/min_length ist größer als scan/max_length.</translation>
    </message>
    <message>
        <source>%1: [normalize] %2</source>
        <translation>%1: [normalize] %2</translation>
    </message>
    <message>
        <source>a path (/dev/input/...), a name in /dev/input/by-id, or vendor:product[:serial]</source>
        <translation>einen Pfad (/dev/input/...), einen Namen in /dev/input/by-id oder vendor:product[:serial]</translation>
    </message>
    <message>
        <source>webhooks/callback_url is needed when webhooks are enabled: the public https URL that reaches webhooks/listen_address and port.</source>
        <translation>webhooks/callback_url wird gebraucht, wenn Webhooks eingeschaltet sind: die öffentliche https-URL, die webhooks/listen_address und port erreicht.</translation>
    </message>
    <message>
        <source>webhooks/callback_url = &quot;%1&quot; is not valid; expected an https URL without query or fragment.</source>
        <translation>webhooks/callback_url = „%1“ ist ungültig; erwartet: eine https-URL ohne Abfrage und Fragment.</translation>
    </message>
    <message>
        <source>%1: webhooks/listen_address = &quot;%2&quot; is not an IP address.</source>
        <translation>%1: webhooks/listen_address = „%2“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: [admin] pin_hash, pin_salt and pin_iterations do not make a PIN hash: %2. Make them with: cobot-kiosk --hash-pin</source>
        <translation>%1: [admin] pin_hash, pin_salt und pin_iterations ergeben keinen PIN-Hash: %2. Erzeugen mit: cobot-kiosk --hash-pin</translation>
    </message>
    <message>
        <source>a time like 22:00</source>
        <translation>eine Uhrzeit wie 22:00</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>asking Cobot…</source>
        <translation>Cobot wird gefragt…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Not tried here (it would check somebody in). The first card at the reader tests it; a missing scope shows in the status line.</source>
        <translation>Hier nicht ausprobiert (es würde jemanden einchecken). Die erste Karte am Leser prüft es; ein fehlender Scope erscheint in der Statuszeile.</translation>
    </message>
    <message>
        <source>Works: cards registered: %1.</source>
        <translation>Funktioniert: registrierte Karten: %1.</translation>
    </message>
    <message>
        <source>Works: members: %1.</source>
        <translation>Funktioniert: Mitglieder: %1.</translation>
    </message>
    <message>
        <source>Not tried: Cobot allows 6 member lists a minute. Test again in %1 s.</source>
        <translation>Nicht ausprobiert: Cobot erlaubt 6 Mitgliederlisten pro Minute. In %1 s erneut testen.</translation>
    </message>
    <message>
        <source>The access token lacks the scope %1 (or admin rights) (HTTP 403). Give the token this scope in Cobot, or use another token.</source>
        <translation>Dem Zugriffstoken fehlt der Scope %1 (oder Admin-Rechte) (HTTP 403). Dem Token diesen Scope in Cobot geben oder ein anderes Token verwenden.</translation>
    </message>
    <message>
        <source>Cobot rejects the access token (HTTP 401): it is wrong or was revoked. Replace it.</source>
        <translation>Cobot lehnt das Zugriffstoken ab (HTTP 401): Es ist falsch oder wurde widerrufen. Bitte ersetzen.</translation>
    </message>
</context>
<context>
    <name>DemoSpace</name>
    <message>
        <source>welcome (Jane Doe)</source>
        <translation>Willkommen (Jane Doe)</translation>
    </message>
    <message>
        <source>no time passes left</source>
        <translation>keine Zeitpässe mehr</translation>
    </message>
    <message>
        <source>canceled membership</source>
        <translation>gekündigte Mitgliedschaft</translation>
    </message>
    <message>
        <source>unknown card</source>
        <translation>unbekannte Karte</translation>
    </message>
    <message>
        <source>Cobot server error</source>
        <translation>Serverfehler bei Cobot</translation>
    </message>
    <message>
        <source>welcome with time passes (Sam Okafor)</source>
        <translation>Willkommen mit Zeitpässen (Sam Okafor)</translation>
    </message>
    <message>
        <source>Demo Coworking (simulated)</source>
        <translation>Demo-Coworking (simuliert)</translation>
    </message>
    <message>
        <source>Cobot fails: decided offline (Lee Chen)</source>
        <translation>Cobot fällt aus: offline entschieden (Lee Chen)</translation>
    </message>
</context>
<context>
    <name>DeviceOpenFailure</name>
    <message>
        <source>No permission to read %1. Install the udev rule /etc/udev/rules.d/60-cobot-kiosk-readers.rules (from packaging/udev, with the reader&apos;s vendor:product) and add the kiosk&apos;s user to group cobot-kiosk.</source>
        <translation>Keine Berechtigung, %1 zu lesen. Die udev-Regel /etc/udev/rules.d/60-cobot-kiosk-readers.rules installieren (aus packaging/udev, mit vendor:product des Lesers) und den Benutzer des Terminals zur Gruppe cobot-kiosk hinzufügen.</translation>
    </message>
    <message>
        <source>%1 is not there (reader unplugged?).</source>
        <translation>%1 ist nicht vorhanden (Leser ausgesteckt?).</translation>
    </message>
    <message>
        <source>%1 is already grabbed by another program.</source>
        <translation>%1 wird bereits von einem anderen Programm exklusiv belegt.</translation>
    </message>
    <message>
        <source>%1 is busy.</source>
        <translation>%1 ist belegt.</translation>
    </message>
    <message>
        <source>%1 is not an input event device.</source>
        <translation>%1 ist kein Eingabegerät (input event device).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>DoorSettings</name>
    <message>
        <source>%1: &quot;%2&quot; is not a valid URL.</source>
        <translation>%1: „%2“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>%1: put credentials in a header (Authorization: …), not in the URL.</source>
        <translation>%1: Zugangsdaten gehören in einen Header (Authorization: …), nicht in die URL.</translation>
    </message>
    <message>
        <source>%1: plain http is only allowed to this machine (127.0.0.1, ::1, localhost); use https (with ca_file for a relay&apos;s own certificate).</source>
        <translation>%1: Unverschlüsseltes http ist nur zu diesem Rechner erlaubt (127.0.0.1, ::1, localhost); https verwenden (mit ca_file für ein eigenes Zertifikat des Relais).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation>%1: „%2“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an HTTP method (GET, POST, PUT, …).</source>
        <translation>%1: „%2“ ist keine HTTP-Methode (GET, POST, PUT, …).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an executable program (give its full path).</source>
        <translation>%1: „%2“ ist kein ausführbares Programm (vollständigen Pfad angeben).</translation>
    </message>
    <message>
        <source>door/pulse_ms: %1 is not from 100 to 60000.</source>
        <translation>door/pulse_ms: %1 liegt nicht zwischen 100 und 60000.</translation>
    </message>
    <message>
        <source>door_command/timeout_ms: %1 is not from 100 to 60000.</source>
        <translation>door_command/timeout_ms: %1 liegt nicht zwischen 100 und 60000.</translation>
    </message>
    <message>
        <source>[door_command]: set program too, or remove the other keys.</source>
        <translation>[door_command]: Auch program setzen oder die übrigen Schlüssel entfernen.</translation>
    </message>
    <message>
        <source>door_http/headers: write one &quot;Name: value&quot; per line, lines separated by \n.</source>
        <translation>door_http/headers: je Zeile ein „Name: Wert“, Zeilen durch \n getrennt.</translation>
    </message>
    <message>
        <source>door_http/ca_file: %1 holds no PEM certificate (or cannot be read).</source>
        <translation>door_http/ca_file: %1 enthält kein PEM-Zertifikat (oder kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>door_http/timeout_ms: %1 is not from 100 to 60000.</source>
        <translation>door_http/timeout_ms: %1 liegt nicht zwischen 100 und 60000.</translation>
    </message>
    <message>
        <source>[door_http]: set url too, or remove release_url.</source>
        <translation>[door_http]: Auch url setzen oder release_url entfernen.</translation>
    </message>
    <message>
        <source>door_gpio/line: set the line&apos;s offset on %1 (0-1023).</source>
        <translation>door_gpio/line: die Nummer der Leitung auf %1 angeben (0–1023).</translation>
    </message>
    <message>
        <source>door_serial/device: &quot;%1&quot; is not a device path like /dev/ttyUSB0.</source>
        <translation>door_serial/device: „%1“ ist kein Gerätepfad wie /dev/ttyUSB0.</translation>
    </message>
    <message>
        <source>door_serial/baud: %1 is not one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200.</source>
        <translation>door_serial/baud: %1 ist nicht einer der Werte 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200.</translation>
    </message>
    <message>
        <source>door_serial/open_bytes: write the bytes that switch the relay on in hex, e.g. A0 01 01 A2.</source>
        <translation>door_serial/open_bytes: die Bytes, die das Relais einschalten, hexadezimal angeben, z. B. A0 01 01 A2.</translation>
    </message>
    <message>
        <source>door_serial/release_bytes: &quot;%1&quot; is not hex bytes (e.g. A0 01 00 A1).</source>
        <translation>door_serial/release_bytes: „%1“ sind keine Hex-Bytes (z. B. A0 01 00 A1).</translation>
    </message>
</context>
<context>
    <name>DoorStatus</name>
    <message>
        <source>Door: open</source>
        <translation>Tür: offen</translation>
    </message>
    <message>
        <source>Door: ready</source>
        <translation>Tür: bereit</translation>
    </message>
    <message>
        <source>Door: %1 — %2</source>
        <translation>Tür: %1 – %2</translation>
    </message>
</context>
<context>
    <name>DoorTest</name>
    <message>
        <source>The door is not connected in this kiosk.</source>
        <translation>Die Tür ist in diesem Terminal nicht angeschlossen.</translation>
    </message>
    <message>
        <source>No door actuator is set up: set a program, an HTTP URL, a GPIO chip or a serial device, save, then test.</source>
        <translation>Es ist kein Türöffner eingerichtet: ein Programm, eine HTTP-URL, einen GPIO-Chip oder ein serielles Gerät eintragen, speichern, dann testen.</translation>
    </message>
    <message>
        <source>Door test</source>
        <translation>Türtest</translation>
    </message>
    <message>
        <source>%1: opened (%2 ms).</source>
        <translation>%1: geöffnet (%2 ms).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EvdevDevice</name>
    <message>
        <source>device removed</source>
        <translation>Gerät entfernt</translation>
    </message>
</context>
<context>
    <name>GpioActuator</name>
    <message>
        <source>GPIO %1 line %2</source>
        <translation>GPIO %1, Leitung %2</translation>
    </message>
</context>
<context>
    <name>GpioChip</name>
    <message>
        <source>setting the line failed: %1</source>
        <translation>Schalten der Leitung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>line %1 does not exist on %2: %3</source>
        <translation>Leitung %1 gibt es auf %2 nicht: %3</translation>
    </message>
    <message>
        <source>line %1 could not be requested (is another program using it?): %2</source>
        <translation>Leitung %1 konnte nicht belegt werden (verwendet sie ein anderes Programm?): %2</translation>
    </message>
    <message>
        <source>GPIO chip %1 could not be opened: %2</source>
        <translation>GPIO-Chip %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>HttpActuator</name>
    <message>
        <source>door relay at %1</source>
        <translation>Türrelais bei %1</translation>
    </message>
    <message>
        <source>its certificate was not accepted: %1</source>
        <translation>sein Zertifikat wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>it answered HTTP %1</source>
        <translation>es antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>Please scan your card</source>
        <translation>Bitte Karte scannen</translation>
    </message>
    <message>
        <source>Demo mode — type one of these card numbers and press Enter:</source>
        <translation>Demo-Modus – eine dieser Kartennummern eingeben und Enter drücken:</translation>
    </message>
</context>
<context>
    <name>LoadedConfiguration</name>
    <message>
        <source>display/logo: %1 is not an image the kiosk can read.</source>
        <translation>display/logo: %1 ist kein Bild, das das Terminal lesen kann.</translation>
    </message>
    <message>
        <source>API URL: %1</source>
        <translation>API-URL: %1</translation>
    </message>
    <message>
        <source>Subdomain: %1</source>
        <translation>Subdomain: %1</translation>
    </message>
    <message>
        <source>No Cobot space is configured (set cobot/subdomain or --subdomain).</source>
        <translation>Kein Cobot-Space eingerichtet (cobot/subdomain oder --subdomain setzen).</translation>
    </message>
    <message>
        <source>No Cobot access token is configured (put it in %1, mode 0600, or use --token-file).</source>
        <translation>Kein Cobot-Zugriffstoken eingerichtet (in %1 ablegen, Modus 0600, oder --token-file verwenden).</translation>
    </message>
    <message>
        <source>No Cobot access token is configured (the service&apos;s credential &quot;token&quot; is empty: put the token in /etc/cobot-kiosk/token, mode 0600, and restart the service).</source>
        <translation>Kein Cobot-Zugriffstoken eingerichtet (die Dienst-Zugangsdaten „token“ sind leer: das Token in /etc/cobot-kiosk/token ablegen, Modus 0600, und den Dienst neu starten).</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1: cannot create the folder.</source>
        <translation>%1: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation>%1: Die Datenbank kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: Die Datenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: Die Schemaversion kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer cobot-kiosk (schema %2, this one knows %3): update the kiosk or remove the file.</source>
        <translation>%1 wurde von einem neueren cobot-kiosk geschrieben (Schema %2, dieses kennt %3): das Terminal aktualisieren oder die Datei entfernen.</translation>
    </message>
    <message>
        <source>%1: migrating to schema %2 failed: %3</source>
        <translation>%1: Umstellung auf Schema %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>the transaction failed</source>
        <translation>die Transaktion ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cobot Kiosk</source>
        <translation>Cobot Kiosk</translation>
    </message>
</context>
<context>
    <name>MemberCustomFields</name>
    <message>
        <source>Cobot&apos;s custom field list is not a JSON array.</source>
        <translation>Die Liste der benutzerdefinierten Felder von Cobot ist kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>MemberDirectory</name>
    <message>
        <source>Cobot allows 6 member lists a minute: the list can be loaded again in %1 s.</source>
        <translation>Cobot erlaubt 6 Mitgliederlisten pro Minute: Die Liste kann in %1 s neu geladen werden.</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>Cards: %1</source>
        <translation>Karten: %1</translation>
    </message>
</context>
<context>
    <name>MemberSync</name>
    <message>
        <source>the local database is not open</source>
        <translation>die lokale Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>cards: %1</source>
        <translation>Karten: %1</translation>
    </message>
    <message>
        <source>time passes</source>
        <translation>Zeitpässe</translation>
    </message>
    <message>
        <source>time passes: %1</source>
        <translation>Zeitpässe: %1</translation>
    </message>
    <message>
        <source>custom field “%1”</source>
        <translation>benutzerdefiniertes Feld „%1“</translation>
    </message>
    <message>
        <source>custom fields: %1</source>
        <translation>benutzerdefinierte Felder: %1</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>storing the member list: %1</source>
        <translation>Speichern der Mitgliederliste: %1</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search by name, email, customer or card number</source>
        <translation>Suche nach Name, E-Mail, Kunden- oder Kartennummer</translation>
    </message>
    <message>
        <source>Refresh in %1 s</source>
        <translation>Neu laden in %1 s</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Loading the member list from Cobot…</source>
        <translation>Die Mitgliederliste wird von Cobot geladen…</translation>
    </message>
    <message>
        <source>%1 of %2 members · loaded at %3</source>
        <translation>%1 von %2 Mitgliedern · geladen um %3</translation>
    </message>
    <message>
        <source>The member list is not loaded yet.</source>
        <translation>Die Mitgliederliste ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>keine Karte</translation>
    </message>
    <message>
        <source>cards: %1</source>
        <translation>Karten: %1</translation>
    </message>
    <message>
        <source>Register a card</source>
        <translation>Karte registrieren</translation>
    </message>
    <message>
        <source>Remove card %1</source>
        <translation>Karte %1 entfernen</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>Kein Mitglied passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Membership</name>
    <message>
        <source>Cobot&apos;s card list is not a JSON array.</source>
        <translation>Die Kartenliste von Cobot ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>beginnt am %1</translation>
    </message>
    <message>
        <source>canceled as of %1</source>
        <translation>gekündigt zum %1</translation>
    </message>
    <message>
        <source>active, canceled as of %1</source>
        <translation>aktiv, gekündigt zum %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Cobot&apos;s member list is not a JSON array.</source>
        <translation>Die Mitgliederliste von Cobot ist kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>OfflineDecider</name>
    <message>
        <source>offline check-ins are turned off (offline/policy = deny)</source>
        <translation>Offline-Check-ins sind ausgeschaltet (offline/policy = deny)</translation>
    </message>
    <message>
        <source>there is no local member list (the database could not be opened)</source>
        <translation>es gibt keine lokale Mitgliederliste (die Datenbank konnte nicht geöffnet werden)</translation>
    </message>
    <message>
        <source>the member list has not been fetched from Cobot yet</source>
        <translation>die Mitgliederliste wurde noch nicht von Cobot geladen</translation>
    </message>
    <message>
        <source>the member list is dated %1, after the kiosk&apos;s clock: check the clock</source>
        <translation>die Mitgliederliste ist vom %1, später als die Uhr des Terminals: die Uhr prüfen</translation>
    </message>
    <message numerus="yes">
        <source>the member list is from %1, older than %n hour(s)</source>
        <translation>
            <numerusform>die Mitgliederliste ist vom %1, älter als %n Stunde</numerusform>
            <numerusform>die Mitgliederliste ist vom %1, älter als %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>This card is not on the member list.</source>
        <translation>Diese Karte steht nicht auf der Mitgliederliste.</translation>
    </message>
    <message>
        <source>Your membership starts on %1.</source>
        <translation>Die Mitgliedschaft beginnt am %1.</translation>
    </message>
    <message>
        <source>Your membership ended on %1.</source>
        <translation>Die Mitgliedschaft endete am %1.</translation>
    </message>
    <message>
        <source>the member list has no time pass counts (the access token lacks read_time_passes)</source>
        <translation>die Mitgliederliste enthält keine Zeitpass-Anzahlen (dem Zugriffstoken fehlt read_time_passes)</translation>
    </message>
    <message>
        <source>No time passes left.</source>
        <translation>Keine Zeitpässe mehr übrig.</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>A PIN has %1 to %2 digits, and digits only.</source>
        <translation>Eine PIN hat %1 bis %2 Stellen, nur Ziffern.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is too easy to guess.</source>
        <translation>Eine PIN aus lauter gleichen Ziffern ist zu leicht zu erraten.</translation>
    </message>
    <message>
        <source>pin_hash is not a base64 PBKDF2-SHA256 key of %1 bytes</source>
        <translation>pin_hash ist kein Base64-PBKDF2-SHA256-Schlüssel mit %1 Bytes</translation>
    </message>
    <message>
        <source>pin_salt is not a base64 salt of at least 8 bytes</source>
        <translation>pin_salt ist kein Base64-Salt mit mindestens 8 Bytes</translation>
    </message>
    <message>
        <source>pin_iterations must be at least %1</source>
        <translation>pin_iterations muss mindestens %1 sein</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Choose an admin PIN</source>
        <translation>Admin-PIN wählen</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <source>No admin PIN is set yet. Choose one of 4 to 12 digits: from now on it opens admin mode.</source>
        <translation>Es ist noch keine Admin-PIN gesetzt. Eine mit 4 bis 12 Ziffern wählen: Sie öffnet ab jetzt den Admin-Modus.</translation>
    </message>
    <message>
        <source>Enter the PIN to open admin mode.</source>
        <translation>PIN eingeben, um den Admin-Modus zu öffnen.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in %1 s.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QueueReplayer</name>
    <message>
        <source>Cobot took the check-in</source>
        <translation>Cobot hat den Check-in übernommen</translation>
    </message>
    <message numerus="yes">
        <source>Cobot gave no usable answer in %n attempt(s): %1</source>
        <translation>
            <numerusform>Cobot gab in %n Versuch keine brauchbare Antwort: %1</numerusform>
            <numerusform>Cobot gab in %n Versuchen keine brauchbare Antwort: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueStatus</name>
    <message numerus="yes">
        <source>%n offline check-in(s) waiting for upload</source>
        <translation>
            <numerusform>%n Offline-Check-in wartet auf das Hochladen</numerusform>
            <numerusform>%n Offline-Check-ins warten auf das Hochladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline check-in(s) refused by Cobot — see admin</source>
        <translation>
            <numerusform>%n Offline-Check-in von Cobot abgelehnt – siehe Admin</numerusform>
            <numerusform>%n Offline-Check-ins von Cobot abgelehnt – siehe Admin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderConfig</name>
    <message>
        <source>--input takes &quot;wedge&quot; or &quot;evdev:DEVICE&quot;, not &quot;%1&quot;.</source>
        <translation>--input erwartet „wedge“ oder „evdev:DEVICE“, nicht „%1“.</translation>
    </message>
    <message>
        <source>--input %1: %2.</source>
        <translation>--input %1: %2.</translation>
    </message>
    <message>
        <source>--input %1: &quot;%2&quot; is not understood (label=NAME or role=check-in, check-out, register).</source>
        <translation>--input %1: „%2“ ist unverständlich (label=NAME oder role=check-in, check-out, register).</translation>
    </message>
</context>
<context>
    <name>ReaderSelector</name>
    <message>
        <source>no device given</source>
        <translation>kein Gerät angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a path (/dev/input/...), a name in /dev/input/by-id, nor vendor:product[:serial]</source>
        <translation>„%1“ ist weder ein Pfad (/dev/input/...) noch ein Name in /dev/input/by-id noch vendor:product[:serial]</translation>
    </message>
</context>
<context>
    <name>ReaderSetup</name>
    <message>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>card registration</source>
        <translation>Kartenregistrierung</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source>Card %1 came from %2: that is the configured reader “%3”.</source>
        <translation>Karte %1 kam von %2: Das ist der eingerichtete Leser „%3“.</translation>
    </message>
    <message>
        <source>Card %1 came from %2. To use it as a reader, add these lines to the settings file (role: check-in, check-out or register), then restart the kiosk.</source>
        <translation>Karte %1 kam von %2. Um das Gerät als Leser zu nutzen, diese Zeilen in die Einstellungsdatei eintragen (role: check-in, check-out oder register) und den Kiosk neu starten.</translation>
    </message>
    <message>
        <source>No card was read. Is the reader plugged in? A device the kiosk may not open (see the udev rule in the README) cannot be identified.</source>
        <translation>Es wurde keine Karte gelesen. Ist der Leser eingesteckt? Ein Gerät, das der Kiosk nicht öffnen darf (siehe die udev-Regel im README), kann nicht erkannt werden.</translation>
    </message>
</context>
<context>
    <name>ReaderStatus</name>
    <message>
        <source>Card reader %1 cannot be used: %2</source>
        <translation>Kartenleser %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Card reader disconnected: %1</source>
        <translation>Kartenleser getrennt: %1</translation>
    </message>
    <message>
        <source>Card reader not found: %1</source>
        <translation>Kartenleser nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Card reader connected: %1</source>
        <translation>Kartenleser verbunden: %1</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <source>Identify a reader</source>
        <translation>Leser erkennen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Neu suchen</translation>
    </message>
    <message>
        <source>Tap a card on the reader now (%1 s)</source>
        <translation>Jetzt eine Karte an den Leser halten (%1 s)</translation>
    </message>
    <message>
        <source>Configured readers</source>
        <translation>Eingerichtete Leser</translation>
    </message>
    <message>
        <source>None: cards are read as typed keys (keyboard wedge). Identify a reader to read it directly.</source>
        <translation>Keiner: Karten werden als getippte Tasten gelesen (Tastatur-Wedge). Einen Leser erkennen, um ihn direkt zu lesen.</translation>
    </message>
    <message>
        <source>Input devices</source>
        <translation>Eingabegeräte</translation>
    </message>
    <message>
        <source>No input devices found.</source>
        <translation>Keine Eingabegeräte gefunden.</translation>
    </message>
    <message>
        <source>reader “%1”</source>
        <translation>Leser „%1“</translation>
    </message>
    <message>
        <source>possible reader</source>
        <translation>möglicher Leser</translation>
    </message>
    <message>
        <source>the card came from here</source>
        <translation>die Karte kam von hier</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Tap the card for %1 now</source>
        <translation>Jetzt die Karte für %1 auflegen</translation>
    </message>
    <message>
        <source>Checking card %1 with Cobot…</source>
        <translation>Karte %1 wird bei Cobot geprüft…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>This card belongs to %1</source>
        <translation>Diese Karte gehört %1</translation>
    </message>
    <message>
        <source>Remove card %1 from %2?</source>
        <translation>Karte %1 bei %2 entfernen?</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Read: %1  →  card number: %2</source>
        <translation>Gelesen: %1  →  Kartennummer: %2</translation>
    </message>
    <message>
        <source>Move card %1 from %2 to %3? %2 can then no longer check in with it.</source>
        <translation>Karte %1 von %2 zu %3 umtragen? %2 kann dann nicht mehr damit einchecken.</translation>
    </message>
    <message>
        <source>…or type the card number</source>
        <translation>…oder die Kartennummer eintippen</translation>
    </message>
    <message>
        <source>Use this number</source>
        <translation>Diese Nummer nehmen</translation>
    </message>
    <message>
        <source>Move the card</source>
        <translation>Karte umtragen</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n time pass(es) left</source>
        <translation>
            <numerusform>Noch %n Zeitpass übrig</numerusform>
            <numerusform>Noch %n Zeitpässe übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
</context>
<context>
    <name>ScreenSaverInhibitor</name>
    <message>
        <source>Front-desk check-in kiosk</source>
        <translation>Check-in-Terminal am Empfang</translation>
    </message>
</context>
<context>
    <name>SerialActuator</name>
    <message>
        <source>serial relay %1</source>
        <translation>serielles Relais %1</translation>
    </message>
    <message>
        <source>could not be opened: %1</source>
        <translation>konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>took no data within %1 ms</source>
        <translation>hat innerhalb von %1 ms keine Daten angenommen</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Cobot</source>
        <translation>Cobot</translation>
    </message>
    <message>
        <source>Subdomain (https://NAME.cobot.me)</source>
        <translation>Subdomain (https://NAME.cobot.me)</translation>
    </message>
    <message>
        <source>API URL (instead of the subdomain)</source>
        <translation>API-URL (statt der Subdomain)</translation>
    </message>
    <message>
        <source>Longest wait for Cobot (ms)</source>
        <translation>Längste Wartezeit auf Cobot (ms)</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kartenleser</translation>
    </message>
    <message>
        <source>End of a card number</source>
        <translation>Ende einer Kartennummer</translation>
    </message>
    <message>
        <source>Longest gap between a reader&apos;s keys (ms)</source>
        <translation>Längste Pause zwischen den Tasten eines Lesers (ms)</translation>
    </message>
    <message>
        <source>Quiet time that ends a number (ms, with &quot;silence&quot;)</source>
        <translation>Ruhezeit, die eine Nummer beendet (ms, bei „silence“)</translation>
    </message>
    <message>
        <source>Shortest card number</source>
        <translation>Kürzeste Kartennummer</translation>
    </message>
    <message>
        <source>Longest card number</source>
        <translation>Längste Kartennummer</translation>
    </message>
    <message>
        <source>Same card again counts once within (ms)</source>
        <translation>Dieselbe Karte zählt nur einmal innerhalb von (ms)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>How long a result stays (ms)</source>
        <translation>Wie lange ein Ergebnis stehen bleibt (ms)</translation>
    </message>
    <message>
        <source>Admin mode</source>
        <translation>Admin-Modus</translation>
    </message>
    <message>
        <source>Admin mode ends after this long without a touch (s)</source>
        <translation>Der Admin-Modus endet nach so langer Zeit ohne Berührung (s)</translation>
    </message>
    <message>
        <source>Card numbers</source>
        <translation>Kartennummern</translation>
    </message>
    <message>
        <source>Remove spaces around the number</source>
        <translation>Leerzeichen um die Nummer entfernen</translation>
    </message>
    <message>
        <source>Characters removed at the start</source>
        <translation>Am Anfang entfernte Zeichen</translation>
    </message>
    <message>
        <source>Characters removed at the end</source>
        <translation>Am Ende entfernte Zeichen</translation>
    </message>
    <message>
        <source>The reader writes numbers as</source>
        <translation>Der Leser schreibt Nummern als</translation>
    </message>
    <message>
        <source>Cobot stores them as</source>
        <translation>Cobot speichert sie als</translation>
    </message>
    <message>
        <source>Reverse the byte order</source>
        <translation>Bytereihenfolge umdrehen</translation>
    </message>
    <message>
        <source>Bytes in a card number (0: as needed)</source>
        <translation>Bytes einer Kartennummer (0: nach Bedarf)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Remove leading zeros</source>
        <translation>Führende Nullen entfernen</translation>
    </message>
    <message>
        <source>Pad with zeros to (characters, 0: never)</source>
        <translation>Mit Nullen auffüllen auf (Zeichen, 0: nie)</translation>
    </message>
    <message>
        <source>No access token is set.</source>
        <translation>Es ist kein Zugriffstoken gesetzt.</translation>
    </message>
    <message>
        <source>An access token is set (ending in %1).</source>
        <translation>Ein Zugriffstoken ist gesetzt (endet auf %1).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation>Zugriffstoken: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct what is listed.</source>
        <translation>Nichts wurde gespeichert: Bitte das Aufgeführte korrigieren.</translation>
    </message>
    <message>
        <source>Nothing was saved: the access token could not be written to %1: %2</source>
        <translation>Nichts wurde gespeichert: Das Zugriffstoken konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1 and in use now. Demo mode keeps the simulated space: the Cobot settings apply when the kiosk runs without --demo.</source>
        <translation>In %1 gespeichert und jetzt in Gebrauch. Der Demo-Modus behält den simulierten Space: Die Cobot-Einstellungen gelten, wenn das Terminal ohne --demo läuft.</translation>
    </message>
    <message>
        <source>Saved to %1 and in use now.</source>
        <translation>In %1 gespeichert und jetzt in Gebrauch.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Logo on the waiting screen (image file; empty: none)</source>
        <translation>Logo auf dem Wartebildschirm (Bilddatei; leer: keins)</translation>
    </message>
    <message>
        <source>Dim the screen from (e.g. 22:00; empty: never)</source>
        <translation>Bildschirm abdunkeln ab (z. B. 22:00; leer: nie)</translation>
    </message>
    <message>
        <source>Dim the screen until (e.g. 06:00)</source>
        <translation>Bildschirm abdunkeln bis (z. B. 06:00)</translation>
    </message>
    <message>
        <source>Brightness at night (%)</source>
        <translation>Helligkeit nachts (%)</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Volume (%)</source>
        <translation>Lautstärke (%)</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>How long the door stays open (ms)</source>
        <translation>Wie lange die Tür offen bleibt (ms)</translation>
    </message>
    <message>
        <source>Program run on every grant (full path; empty: none)</source>
        <translation>Programm, das bei jedem Einlass läuft (voller Pfad; leer: keins)</translation>
    </message>
    <message>
        <source>The program&apos;s arguments (&apos;quotes&apos; keep spaces)</source>
        <translation>Argumente des Programms (&apos;Anführungszeichen&apos; halten Leerzeichen zusammen)</translation>
    </message>
    <message>
        <source>The program is stopped after (ms)</source>
        <translation>Das Programm wird beendet nach (ms)</translation>
    </message>
    <message>
        <source>Relay URL called on every grant (https; empty: none)</source>
        <translation>Relais-URL, die bei jedem Einlass aufgerufen wird (https; leer: keine)</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>HTTP headers (one &quot;Name: value&quot; per line)</source>
        <translation>HTTP-Header (ein „Name: Wert“ pro Zeile)</translation>
    </message>
    <message>
        <source>HTTP body</source>
        <translation>HTTP-Inhalt</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate (PEM file, besides the system&apos;s)</source>
        <translation>Zertifikat des Relais (PEM-Datei, zusätzlich zu denen des Systems)</translation>
    </message>
    <message>
        <source>GPIO chip (e.g. gpiochip0; empty: none)</source>
        <translation>GPIO-Chip (z. B. gpiochip0; leer: keiner)</translation>
    </message>
    <message>
        <source>GPIO line</source>
        <translation>GPIO-Leitung</translation>
    </message>
    <message>
        <source>GPIO line is active low</source>
        <translation>GPIO-Leitung ist low-aktiv</translation>
    </message>
    <message>
        <source>Serial relay device (e.g. /dev/ttyUSB0; empty: none)</source>
        <translation>Gerät des seriellen Relais (z. B. /dev/ttyUSB0; leer: keins)</translation>
    </message>
    <message>
        <source>Serial speed (baud)</source>
        <translation>Serielle Geschwindigkeit (Baud)</translation>
    </message>
    <message>
        <source>Bytes that switch the relay on (hex)</source>
        <translation>Bytes, die das Relais einschalten (hex)</translation>
    </message>
    <message>
        <source>Bytes that switch it off (hex)</source>
        <translation>Bytes, die es ausschalten (hex)</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Auschecken</translation>
    </message>
    <message>
        <source>A second scan on the same day checks out</source>
        <translation>Ein zweiter Scan am selben Tag checkt aus</translation>
    </message>
    <message>
        <source>Not before this long after the check-in (s)</source>
        <translation>Frühestens so lange nach dem Check-in (s)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Without Cobot, let in</source>
        <translation>Ohne Cobot einlassen</translation>
    </message>
    <message>
        <source>Wait for Cobot before deciding offline (ms)</source>
        <translation>Auf Cobot warten, bevor offline entschieden wird (ms)</translation>
    </message>
    <message>
        <source>The member list counts for (hours)</source>
        <translation>Die Mitgliederliste gilt für (Stunden)</translation>
    </message>
    <message>
        <source>Sync the member list every (minutes, 0: on demand)</source>
        <translation>Mitgliederliste abgleichen alle (Minuten, 0: auf Anforderung)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Erweiterte Einstellungen ausblenden</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>To replace it, paste the new one here; it is saved with mode 0600, never shown.</source>
        <translation>Zum Ersetzen das neue hier einfügen; es wird mit Modus 0600 gespeichert und nie angezeigt.</translation>
    </message>
    <message>
        <source>New access token</source>
        <translation>Neues Zugriffstoken</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>%1 (scope %2): %3</source>
        <translation>%1 (Scope %2): %3</translation>
    </message>
    <message>
        <source>Demo mode: the simulated space stays in use; Cobot settings saved here apply without --demo.</source>
        <translation>Demo-Modus: Der simulierte Space bleibt in Gebrauch; hier gespeicherte Cobot-Einstellungen gelten ohne --demo.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>How a card is read</source>
        <translation>Wie eine Karte gelesen wird</translation>
    </message>
    <message>
        <source>Tap a card (or type what a reader sends) to see the number Cobot gets with the rules above, before saving.</source>
        <translation>Eine Karte auflegen (oder eintippen, was ein Leser sendet), um schon vor dem Speichern zu sehen, welche Nummer Cobot mit den Regeln oben bekommt.</translation>
    </message>
    <message>
        <source>What the reader sends</source>
        <translation>Was der Leser sendet</translation>
    </message>
    <message>
        <source>Tap a card now (%1 s)</source>
        <translation>Jetzt Karte auflegen (%1 s)</translation>
    </message>
    <message>
        <source>Read a card</source>
        <translation>Karte lesen</translation>
    </message>
    <message>
        <source>Read: %1  →  card number: %2</source>
        <translation>Gelesen: %1  →  Kartennummer: %2</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits)</source>
        <translation>Neue PIN (4 bis 12 Ziffern)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN noch einmal</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>The PIN was changed.</source>
        <translation>Die PIN wurde geändert.</translation>
    </message>
    <message>
        <source>Settings are saved to %1.</source>
        <translation>Die Einstellungen werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Opens the door once with the saved door settings (save changes first).</source>
        <translation>Öffnet die Tür einmal mit den gespeicherten Tür-Einstellungen (Änderungen zuerst speichern).</translation>
    </message>
    <message>
        <source>Test the door</source>
        <translation>Tür testen</translation>
    </message>
    <message>
        <source>(takes effect after a restart)</source>
        <translation>(gilt nach einem Neustart)</translation>
    </message>
    <message>
        <source>(set by a command-line option, which wins over what is saved here)</source>
        <translation>(von einer Befehlszeilenoption gesetzt, die Vorrang vor dem hier Gespeicherten hat)</translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file; it was left as it is.</source>
        <translation>%1 ist keine gültige INI-Datei; sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Cannot write the new settings.</source>
        <translation>Die neuen Einstellungen können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read the new settings back: %1</source>
        <translation>Die neuen Einstellungen können nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Subscription</name>
    <message>
        <source>Cobot&apos;s subscription list is not a JSON array.</source>
        <translation>Die Abonnementliste von Cobot ist kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The member list for offline check-ins has not been synced yet.</source>
        <translation>Die Mitgliederliste für Offline-Check-ins wurde noch nicht abgeglichen.</translation>
    </message>
    <message>
        <source>Member list for offline check-ins: %1 members, %2 cards, synced at %3.</source>
        <translation>Mitgliederliste für Offline-Check-ins: %1 Mitglieder, %2 Karten, abgeglichen am %3.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Offline check-ins</source>
        <translation>Offline-Check-ins</translation>
    </message>
    <message>
        <source>refused by Cobot</source>
        <translation>von Cobot abgelehnt</translation>
    </message>
    <message>
        <source>waiting for upload</source>
        <translation>wartet auf Übertragung</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>None: every check-in has reached Cobot.</source>
        <translation>Keine: Jeder Check-in ist bei Cobot angekommen.</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>Die Tokendatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The token file %1 can be read by other users; refusing to use it. Run: chmod 600 %1</source>
        <translation>Die Tokendatei %1 ist für andere Benutzer lesbar und wird deshalb nicht verwendet. Abhilfe: chmod 600 %1</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>Die Tokendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token file %1 is too large to hold an access token.</source>
        <translation>Die Tokendatei %1 ist zu groß für ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Die Tokendatei %1 ist leer.</translation>
    </message>
    <message>
        <source>The token file %1 must hold the access token alone, on one line.</source>
        <translation>Die Tokendatei %1 darf nur das Zugriffstoken enthalten, in einer Zeile.</translation>
    </message>
    <message>
        <source>The access token is too long.</source>
        <translation>Das Zugriffstoken ist zu lang.</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>Das Zugriffstoken ist leer.</translation>
    </message>
    <message>
        <source>An access token is one word: no spaces, one line.</source>
        <translation>Ein Zugriffstoken ist ein Wort: keine Leerzeichen, eine Zeile.</translation>
    </message>
</context>
<context>
    <name>TokenNormalizer</name>
    <message>
        <source>Converting or reversing a card number needs its input base (decimal or hex).</source>
        <translation>Zum Umrechnen oder Umdrehen einer Kartennummer muss ihre Eingabebasis bekannt sein (dezimal oder hex).</translation>
    </message>
    <message>
        <source>The byte count must be between 0 and 32.</source>
        <translation>Die Byteanzahl muss zwischen 0 und 32 liegen.</translation>
    </message>
    <message>
        <source>Zero-padding must be between 0 and 64 characters.</source>
        <translation>Das Auffüllen mit Nullen muss zwischen 0 und 64 Zeichen liegen.</translation>
    </message>
    <message>
        <source>The card reader sent no card number.</source>
        <translation>Der Kartenleser hat keine Kartennummer gesendet.</translation>
    </message>
    <message>
        <source>The card number is not a decimal number.</source>
        <translation>Die Kartennummer ist keine Dezimalzahl.</translation>
    </message>
    <message>
        <source>The card number is not a hexadecimal number.</source>
        <translation>Die Kartennummer ist keine Hexadezimalzahl.</translation>
    </message>
    <message>
        <source>The card number is too large to convert.</source>
        <translation>Die Kartennummer ist zu groß zum Umrechnen.</translation>
    </message>
</context>
<context>
    <name>UnusedTimePass</name>
    <message>
        <source>Cobot&apos;s time pass list is not a JSON array.</source>
        <translation>Die Zeitpassliste von Cobot ist kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptions</name>
    <message>
        <source>listing webhook subscriptions: %1</source>
        <translation>Auflisten der Webhook-Abonnements: %1</translation>
    </message>
    <message>
        <source>subscribing to %1: %2</source>
        <translation>Abonnieren von %1: %2</translation>
    </message>
</context>
</TS>
