<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>%1: %2 = &quot;%3&quot; is not valid; expected a time like 22:00.</source>
        <translation>%1: %2 = „%3“ ist ungültig; erwartet: eine Uhrzeit wie 22:00.</translation>
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
    <name>Subscription</name>
    <message>
        <source>Cobot&apos;s subscription list is not a JSON array.</source>
        <translation>Die Abonnementliste von Cobot ist kein JSON-Array.</translation>
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
