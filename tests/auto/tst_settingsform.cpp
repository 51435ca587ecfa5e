// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The settings screen's model: values checked with the settings file's own rules, saved at once or
// not at all, the access token replaced (never shown, never in the INI file), a live preview of the
// card-number rules, and a connection test that names the missing scope.

#include "cobottestcase.h"
#include "settings/configfile.h"
#include "settings/settingsform.h"
#include "settings/tokenfile.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSettingsForm : public CobotTestCase
{
    Q_OBJECT

    QByteArray settingsFile() const
    {
        QFile file(m_dir->filePath(u"kiosk.conf"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<SettingsForm> form(bool demo = false)
    {
        SettingsForm::Setup setup;
        setup.config.apiUrl = m_url;
        setup.config.tokenFile = m_dir->filePath(u"token"_s);
        setup.endpoint = m_client->endpoint();
        setup.accessToken = FakeCobot::token;
        setup.settingsPath = m_dir->filePath(u"kiosk.conf"_s);
        setup.demo = demo;
        ConfigFile::apply(setup.settingsPath, setup.config);
        return std::make_unique<SettingsForm>(setup, &m_network, m_client.get(), m_clock.clock());
    }

    static QVariantMap result(SettingsForm &form, int slot)
    {
        return form.connectionTest()->results().at(slot).toMap();
    }

private Q_SLOTS:
    void init()
    {
        setUpCobot(CobotClient::defaultTimeoutMs);
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, {}, false, 0, {}, {}});
        m_cobot->addToken(u"0004567890"_s, u"m1"_s);
        m_url = m_cobot->baseUrl().toString();
        QFile file(m_dir->filePath(u"kiosk.conf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[display]\nspace_name=Hafenwerk\n[scan]\ndebounce_ms=2500\n");
    }

    // Users before what they use: a late answer must not reach an object whose parts are gone.
    void cleanup() { tearDownCobot(); }

    void startsWithTheValuesInUse()
    {
        auto settings = form();
        QCOMPARE(settings->values().value(u"scan/debounce_ms"_s).toString(), u"2500"_s);
        QCOMPARE(settings->values().value(u"cobot/api_url"_s).toString(), m_url);
        QVERIFY(!settings->isDirty());
        QVERIFY(settings->problems().isEmpty());
        bool terminatorOffered = false;
        for (const QVariant &field : settings->fields()) {
            const QVariantMap map = field.toMap();
            QVERIFY(settings->values().contains(map.value(u"key"_s).toString()));
            // Every key offered is one the settings file knows (a typo would show a blank field).
            QVERIFY2(ConfigFile::values(KioskConfig()).contains(map.value(u"key"_s).toString()),
                qPrintable(map.value(u"key"_s).toString()));
            if (map.value(u"key"_s) == u"scan/terminator"_s) {
                terminatorOffered = true;
                QCOMPARE(map.value(u"kind"_s).toString(), u"choice"_s);
                QCOMPARE(map.value(u"choices"_s).toStringList(), ConfigFile::choices(u"scan/terminator"_s));
            }
        }
        QVERIFY(terminatorOffered);
    }

    void badValuesAreRefusedAndNothingIsWritten()
    {
        auto settings = form();
        const QByteArray before = settingsFile();
        QSignalSpy applied(settings.get(), &SettingsForm::applied);
        settings->setValue(u"scan/debounce_ms"_s, u"soon"_s);
        settings->setValue(u"normalize/output_base"_s, u"hex"_s); // needs an input base too
        settings->setValue(u"scan/max_key_gap_ms"_s, u"50"_s); // fine on its own
        QVERIFY(settings->isDirty());
        QCOMPARE(settings->problems().size(), 2);
        QCOMPARE(settings->problems().filter(u"scan/debounce_ms"_s).size(), 1);
        QCOMPARE(settings->problems().filter(u"input base"_s).size(), 1);
        QVERIFY(!settings->save());
        QVERIFY(settings->notice().contains(u"Nothing was saved"_s));
        QCOMPARE(settingsFile(), before);
        QCOMPARE(applied.count(), 0);
    }

    void anUnsafeApiUrlIsRefused()
    {
        auto settings = form();
        settings->setValue(u"cobot/api_url"_s, u"http://cobot.example.org"_s);
        QCOMPARE(settings->problems().size(), 1);
        QVERIFY2(settings->problems().constFirst().startsWith(u"API URL"_s),
            qPrintable(settings->problems().join(u'\n')));
        QVERIFY(!settings->save());
    }

    void aValidChangeIsSavedAndApplied()
    {
        auto settings = form();
        QSignalSpy applied(settings.get(), &SettingsForm::applied);
        settings->setValue(u"scan/debounce_ms"_s, u"1500"_s);
        settings->setValue(u"scan/terminator"_s, u"tab"_s);
        settings->setValue(u"normalize/strip_prefix"_s, u";%"_s);
        QVERIFY(settings->save());
        QVERIFY(!settings->isDirty());
        QVERIFY(settings->notice().contains(m_dir->filePath(u"kiosk.conf"_s)));
        QCOMPARE(applied.count(), 1);
        const auto config = applied.at(0).at(0).value<KioskConfig>();
        QCOMPARE(config.debounceMs, 1500);
        QCOMPARE(config.scanTiming.terminator, ScanTiming::Terminator::Tab);
        QCOMPARE(applied.at(0).at(1).value<ApiEndpoint>().base().toString(), m_url);
        QCOMPARE(applied.at(0).at(2).toString(), FakeCobot::token);

        KioskConfig fromFile;
        QCOMPARE(ConfigFile::apply(m_dir->filePath(u"kiosk.conf"_s), fromFile), QStringList());
        QCOMPARE(fromFile.debounceMs, 1500);
        QCOMPARE(fromFile.normalization.stripPrefix, u";%"_s);
        QCOMPARE(fromFile.spaceName, u"Hafenwerk"_s); // kept
        QVERIFY(!settingsFile().contains("api_url")); // only what changed is written
        QCOMPARE(QFile::permissions(m_dir->filePath(u"kiosk.conf"_s)) & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions());
    }

    void frontDeskSettingsAreRefusedByTheFilesRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("night without its end")
            << u"display/night_from"_s << u"22:00"_s << u"display/night_until"_s;
        QTest::newRow("not a time") << u"display/night_from"_s << u"late"_s << u"display/night_from"_s;
        QTest::newRow("volume 150") << u"sound/volume"_s << u"150"_s << u"sound/volume"_s;
        QTest::newRow("plain http relay")
            << u"door_http/url"_s << u"http://relay.example.org/open"_s << u"door_http/url"_s;
        QTest::newRow("no such program")
            << u"door_command/program"_s << u"/nonexistent/open-door"_s << u"door_command/program"_s;
        QTest::newRow("serial without bytes")
            << u"door_serial/device"_s << u"/dev/ttyUSB0"_s << u"door_serial/open_bytes"_s;
        QTest::newRow("gpio without line") << u"door_gpio/chip"_s << u"gpiochip0"_s << u"door_gpio/line"_s;
        QTest::newRow("logo not an image") << u"display/logo"_s << u"/etc/hostname"_s << u"display/logo"_s;
        QTest::newRow("language") << u"display/language"_s << u"fr"_s << u"display/language"_s;
        QTest::newRow("offline policy") << u"offline/policy"_s << u"anyone"_s << u"offline/policy"_s;
        QTest::newRow("check-out gap") << u"checkout/min_gap_s"_s << u"-1"_s << u"checkout/min_gap_s"_s;
    }

    void frontDeskSettingsAreRefusedByTheFilesRules()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, named);
        auto settings = form();
        const QByteArray before = settingsFile();
        QSignalSpy applied(settings.get(), &SettingsForm::applied);
        settings->setValue(u"sound/mute"_s, u"true"_s); // fine on its own: not written either
        settings->setValue(key, value);
        QCOMPARE(settings->values().value(key).toString(), value);
        QVERIFY2(settings->problems().size() >= 1, qPrintable(key));
        QVERIFY2(!settings->problems().filter(named).isEmpty(), qPrintable(settings->problems().join(u'\n')));
        QVERIFY(!settings->save());
        QCOMPARE(settingsFile(), before);
        QCOMPARE(applied.count(), 0);
    }

    void doorSoundScreenCheckOutAndOfflineAreSavedAsTheFileReadsThem()
    {
        auto settings = form();
        QSignalSpy applied(settings.get(), &SettingsForm::applied);
        const QString script = m_dir->filePath(u"open-door.sh"_s);
        QFile program(script);
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.write("#!/bin/sh\nexit 0\n");
        program.close();
        program.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QList<std::pair<QString, QString>> changes {
            {u"door/pulse_ms"_s, u"1500"_s},
            {u"door_command/program"_s, script},
            {u"door_command/arguments"_s, u"'front door' 2"_s},
            {u"door_http/url"_s, u"http://127.0.0.1:8080/relay/0?turn=on"_s},
            {u"door_http/headers"_s, u"Authorization: Basic eDp5\nX-Relay: 1"_s},
            {u"door_serial/device"_s, u"/dev/ttyUSB0"_s},
            {u"door_serial/baud"_s, u"19200"_s},
            {u"door_serial/open_bytes"_s, u"A0 01 01 A2"_s},
            {u"sound/mute"_s, u"true"_s},
            {u"sound/volume"_s, u"35"_s},
            {u"display/language"_s, u"de"_s},
            {u"display/night_from"_s, u"22:00"_s},
            {u"display/night_until"_s, u"6:30"_s},
            {u"display/night_brightness"_s, u"20"_s},
            {u"checkout/second_scan"_s, u"true"_s},
            {u"checkout/min_gap_s"_s, u"300"_s},
            {u"offline/policy"_s, u"deny"_s},
            {u"offline/max_age_hours"_s, u"48"_s},
            {u"sync/interval_minutes"_s, u"0"_s},
        };
        for (const auto &[key, value] : changes)
            settings->setValue(key, value);
        QVERIFY2(settings->problems().isEmpty(), qPrintable(settings->problems().join(u'\n')));
        QVERIFY(settings->save());
        QCOMPARE(applied.count(), 1);

        KioskConfig fromFile;
        QCOMPARE(ConfigFile::apply(m_dir->filePath(u"kiosk.conf"_s), fromFile), QStringList());
        QCOMPARE(applied.at(0).at(0).value<KioskConfig>().door, fromFile.door);
        QCOMPARE(fromFile.door.pulseMs, 1500);
        QCOMPARE(fromFile.door.command.arguments, u"'front door' 2"_s);
        QCOMPARE(fromFile.door.http.headers, u"Authorization: Basic eDp5\nX-Relay: 1"_s);
        QCOMPARE(fromFile.door.serial.baud, 19200);
        QVERIFY(fromFile.door.validate().isEmpty());
        QCOMPARE(fromFile.sound, (SoundSettings {true, 35}));
        QCOMPARE(fromFile.language, u"de"_s);
        QCOMPARE(fromFile.night, (NightHours {QTime(22, 0), QTime(6, 30), 20}));
        QVERIFY(fromFile.checkOutOnSecondScan);
        QCOMPARE(fromFile.checkOutMinGapSeconds, 300);
        QCOMPARE(fromFile.offlinePolicy, OfflinePolicy::Deny);
        QCOMPARE(fromFile.offlineMaxAgeHours, 48);
        QCOMPARE(fromFile.syncIntervalMinutes, 0);
        // A form opened on what was saved shows the same values, and clearing an actuator removes it.
        auto again = form();
        for (const auto &[key, value] : changes) {
            if (key != u"display/night_until")
                QCOMPARE(again->values().value(key).toString(), value);
        }
        QCOMPARE(again->values().value(u"display/night_until"_s).toString(), u"06:30"_s);
        again->setValue(u"door_serial/device"_s, {});
        QVERIFY2(again->save(), qPrintable(again->problems().join(u'\n')));
        QVERIFY(!settingsFile().contains("door_serial/device") && !settingsFile().contains("device="));
    }

    void theLanguageSaysItNeedsARestart()
    {
        auto settings = form();
        for (const QVariant &field : settings->fields()) {
            const QVariantMap map = field.toMap();
            QCOMPARE(map.value(u"restart"_s).toBool(), map.value(u"key"_s) == u"display/language"_s);
        }
    }

    void keysTheCommandLineSetsAreMarked()
    {
        auto plain = form();
        for (const QVariant &field : plain->fields())
            QVERIFY(!field.toMap().value(u"commandLine"_s).toBool());

        // As `--door-command /opt/door/open --subdomain hafen` would.
        SettingsForm::Setup setup;
        setup.settingsPath = m_dir->filePath(u"kiosk.conf"_s);
        setup.overrides = [](KioskConfig &config) {
            config.door.command.program = u"/opt/door/open"_s;
            config.subdomain = u"hafen"_s;
        };
        SettingsForm overridden(setup, &m_network, m_client.get(), m_clock.clock());
        QStringList marked;
        for (const QVariant &field : overridden.fields()) {
            if (field.toMap().value(u"commandLine"_s).toBool())
                marked.append(field.toMap().value(u"key"_s).toString());
        }
        marked.sort();
        QCOMPARE(marked, (QStringList {u"cobot/subdomain"_s, u"door_command/program"_s}));
    }

    void theAccessTokenIsReplacedNeverShown()
    {
        auto settings = form();
        QVERIFY(!settings->tokenHint().contains(FakeCobot::token));
        QVERIFY(settings->tokenHint().contains(u"\u2026"_s + FakeCobot::token.right(4)));
        settings->setNewToken(u"two words"_s);
        QCOMPARE(settings->problems().filter(u"Access token"_s).size(), 1);
        QVERIFY(!settings->save());
        QVERIFY(!QFile::exists(m_dir->filePath(u"token"_s)));

        QSignalSpy applied(settings.get(), &SettingsForm::applied);
        settings->setNewToken(u"fresh-token-4711"_s);
        QVERIFY(settings->problems().isEmpty());
        QVERIFY(settings->save());
        const TokenFile written
            = TokenFile::read(m_dir->filePath(u"token"_s)); // refuses files others can read
        QCOMPARE(written.error, QString());
        QCOMPARE(written.token, u"fresh-token-4711"_s);
        QVERIFY(!settingsFile().contains("fresh-token"));
        QCOMPARE(applied.at(0).at(2).toString(), u"fresh-token-4711"_s);
        QVERIFY(settings->tokenHint().contains(u"\u20264711"_s));
        QCOMPARE(settings->newToken(), QString());
    }

    void aTokenReplacedUnderTheServiceGoesToTheUsersFile()
    {
        // The service reads its token as a systemd credential: read-only, and root's.
        const QString credentials = m_dir->filePath(u"credentials"_s);
        QVERIFY(QDir().mkpath(credentials));
        QFile credential(credentials + u"/token"_s);
        QVERIFY(credential.open(QIODevice::WriteOnly));
        credential.write(FakeCobot::token.toUtf8());
        credential.close();
        credential.setPermissions(QFile::ReadOwner);
        qputenv("CREDENTIALS_DIRECTORY", credentials.toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(u"home-config"_s).toLocal8Bit());

        SettingsForm::Setup setup;
        setup.config.apiUrl = m_url;
        setup.config.tokenFile = credentials + u"/token"_s;
        setup.endpoint = m_client->endpoint();
        setup.accessToken = FakeCobot::token;
        setup.settingsPath = m_dir->filePath(u"kiosk.conf"_s);
        SettingsForm service(setup, &m_network, m_client.get(), m_clock.clock());
        service.setNewToken(u"kiosk-typed-token"_s);
        QVERIFY(service.save());
        qunsetenv("CREDENTIALS_DIRECTORY");
        qunsetenv("XDG_CONFIG_HOME");

        const QString userToken = m_dir->filePath(u"home-config/cobot-kiosk/token"_s);
        QCOMPARE(TokenFile::read(userToken).token, u"kiosk-typed-token"_s);
        QCOMPARE(TokenFile::read(credentials + u"/token"_s).token, FakeCobot::token); // untouched
        KioskConfig fromFile;
        QCOMPARE(ConfigFile::apply(m_dir->filePath(u"kiosk.conf"_s), fromFile), QStringList());
        QCOMPARE(fromFile.tokenFile, userToken); // the next start reads it
    }

    void nothingChangesWhenTheSettingsCannotBeWritten()
    {
        SettingsForm::Setup setup;
        setup.config.apiUrl = m_url;
        setup.config.tokenFile = m_dir->filePath(u"token"_s);
        setup.endpoint = m_client->endpoint();
        setup.accessToken = u"old-token"_s;
        setup.settingsPath = m_dir->filePath(u"kiosk.conf"_s) + u"/not-a-folder/kiosk.conf"_s;
        QVERIFY(TokenFile::write(setup.config.tokenFile, u"old-token"_s).isEmpty());
        SettingsForm settings(setup, &m_network, m_client.get(), m_clock.clock());
        QSignalSpy applied(&settings, &SettingsForm::applied);
        settings.setNewToken(u"new-token"_s);
        settings.setValue(u"scan/debounce_ms"_s, u"1000"_s);
        QVERIFY(!settings.save());
        QVERIFY(settings.notice().contains(u"Nothing was saved"_s));
        QCOMPARE(TokenFile::read(setup.config.tokenFile).token, u"old-token"_s); // put back
        QCOMPARE(applied.count(), 0);

        // A token file that was not there before is not left behind either.
        QVERIFY(QFile::remove(setup.config.tokenFile));
        QVERIFY(!settings.save());
        QVERIFY(!QFile::exists(setup.config.tokenFile));
    }

    void previewUsesTheRulesBeingEdited()
    {
        auto settings = form();
        NormalizationPreview *preview = settings->preview();
        preview->setSample(u";0004567890?"_s);
        QCOMPARE(preview->result(), u";0004567890?"_s);
        settings->setValue(u"normalize/strip_prefix"_s, u";"_s);
        settings->setValue(u"normalize/strip_suffix"_s, u"?"_s);
        QCOMPARE(preview->result(), u"0004567890"_s);
        settings->setValue(u"normalize/input_base"_s, u"decimal"_s);
        settings->setValue(u"normalize/output_base"_s, u"hex"_s);
        QCOMPARE(preview->result(), u"45B352"_s); // 4567890 in hex
        preview->setSample(u"12AB"_s);
        QVERIFY(preview->problem().contains(u"decimal"_s));

        preview->listen();
        QVERIFY(preview->cardWait()->isActive());
        preview->cardWait()->deliver({u";0000000255?"_s, {}, {}, ScanSource::Wedge, 0});
        QCOMPARE(preview->sample(), u";0000000255?"_s);
        QCOMPARE(preview->result(), u"FF"_s);
        settings->revert();
        QCOMPARE(preview->result(), u";0000000255?"_s);
    }

    void connectionTestSaysWhatWorks()
    {
        auto settings = form();
        QSignalSpy finished(settings->connectionTest(), &ConnectionTest::finished);
        settings->testConnection();
        QVERIFY(settings->connectionTest()->isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(result(*settings, 0).value(u"state"_s).toString(), u"ok"_s);
        QVERIFY(result(*settings, 0).value(u"text"_s).toString().contains(u"1"_s));
        QCOMPARE(result(*settings, 1).value(u"state"_s).toString(), u"ok"_s);
        QCOMPARE(result(*settings, 2).value(u"state"_s).toString(), u"untested"_s);
        QCOMPARE(m_cobot->requestCount(u"/api/check_ins"_s), 0); // nobody was checked in
    }

    void connectionTestNamesTheMissingScope()
    {
        auto settings = form();
        m_cobot->respond(u"/api/memberships"_s, 403, R"({"error":"insufficient_scope"})");
        QSignalSpy finished(settings->connectionTest(), &ConnectionTest::finished);
        settings->testConnection();
        QVERIFY(finished.wait(10000));
        QCOMPARE(result(*settings, 0).value(u"state"_s).toString(), u"ok"_s);
        QCOMPARE(result(*settings, 1).value(u"state"_s).toString(), u"problem"_s);
        const QString text = result(*settings, 1).value(u"text"_s).toString();
        QVERIFY2(text.contains(u"read_memberships"_s) && text.contains(u"403"_s), qPrintable(text));
    }

    void connectionTestTriesANewTokenBeforeItIsSaved()
    {
        auto settings = form();
        settings->setNewToken(u"not-the-right-one"_s);
        QSignalSpy finished(settings->connectionTest(), &ConnectionTest::finished);
        settings->testConnection();
        QVERIFY(finished.wait(10000));
        for (int slot : {0, 1}) {
            QCOMPARE(result(*settings, slot).value(u"state"_s).toString(), u"problem"_s);
            QVERIFY(result(*settings, slot).value(u"text"_s).toString().contains(u"401"_s));
        }
        QCOMPARE(m_cobot->requests().constLast().authorization, QByteArray("Bearer not-the-right-one"));
        QVERIFY(!QFile::exists(m_dir->filePath(u"token"_s))); // tried, not saved
    }

    void demoModeKeepsTheSimulatedSpace()
    {
        auto settings = form(true);
        QSignalSpy applied(settings.get(), &SettingsForm::applied);
        settings->setValue(u"cobot/subdomain"_s, u"realspace"_s);
        settings->setValue(u"cobot/api_url"_s, {});
        QVERIFY(settings->save());
        QCOMPARE(applied.at(0).at(1).value<ApiEndpoint>().base().toString(), m_url);
        QVERIFY(settings->notice().contains(u"--demo"_s));
        KioskConfig fromFile;
        ConfigFile::apply(m_dir->filePath(u"kiosk.conf"_s), fromFile);
        QCOMPARE(fromFile.subdomain, u"realspace"_s);
    }

private:
    QString m_url;
};

QTEST_GUILESS_MAIN(TestSettingsForm)
#include "tst_settingsform.moc"
