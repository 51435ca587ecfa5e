// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Settings files, the command line and the token file: valid values are taken, bad ones are named.

#include "settings/commandline.h"
#include "settings/configfile.h"
#include "settings/configloader.h"
#include "settings/settingswriter.h"
#include "settings/tokenfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestConfiguration : public QObject
{
    Q_OBJECT

    QString writeFile(const QString &name, const QByteArray &content,
        QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(content);
        file.close();
        file.setPermissions(permissions);
        return path;
    }

    static QStringList args(std::initializer_list<QString> list)
    {
        QStringList result {u"cobot-kiosk"_s};
        result.append(list);
        return result;
    }

private Q_SLOTS:
    void everyKeyIsRead()
    {
        const QString path = writeFile(u"all.conf"_s, R"([cobot]
subdomain=myspace
api_url=https://desk.example.org
token_file=/etc/cobot-kiosk/token
timeout_ms=3000
[scan]
terminator=silence
max_key_gap_ms=50
silence_ms=200
min_length=6
max_length=20
debounce_ms=1500
[normalize]
trim=false
strip_prefix=";%"
strip_suffix=?
input_base=decimal
output_base=hex
reverse_bytes=true
byte_count=4
case=lower
strip_leading_zeros=yes
pad_to=12
[display]
space_name=Hafenwerk
result_ms=4000
windowed=true
renderer=auto
[audit]
log_file=/var/log/kiosk.jsonl
)");
        KioskConfig config;
        const QStringList errors = ConfigFile::apply(path, config);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(config.subdomain, u"myspace"_s);
        QCOMPARE(config.apiUrl, u"https://desk.example.org"_s);
        QCOMPARE(config.tokenFile, u"/etc/cobot-kiosk/token"_s);
        QCOMPARE(config.timeoutMs, 3000);
        QCOMPARE(config.scanTiming.terminator, ScanTiming::Terminator::Silence);
        QCOMPARE(config.scanTiming.maxKeyGapMs, 50);
        QCOMPARE(config.scanTiming.silenceMs, 200);
        QCOMPARE(config.scanTiming.minLength, 6);
        QCOMPARE(config.scanTiming.maxLength, 20);
        QCOMPARE(config.debounceMs, 1500);
        const NormalizationRules &r = config.normalization;
        QCOMPARE(r.trim, false);
        QCOMPARE(r.stripPrefix, u";%"_s);
        QCOMPARE(r.stripSuffix, u"?"_s);
        QCOMPARE(r.inputBase, NormalizationRules::Base::Decimal);
        QCOMPARE(r.outputBase, NormalizationRules::Base::Hex);
        QCOMPARE(r.reverseBytes, true);
        QCOMPARE(r.byteCount, 4);
        QCOMPARE(r.letterCase, NormalizationRules::Case::Lower);
        QCOMPARE(r.stripLeadingZeros, true);
        QCOMPARE(r.padTo, 12);
        QCOMPARE(config.spaceName, u"Hafenwerk"_s);
        QCOMPARE(config.resultDisplayMs, 4000);
        QCOMPARE(config.windowed, true);
        QCOMPARE(config.renderer, KioskConfig::Renderer::Auto);
        QCOMPARE(config.auditLogPath, u"/var/log/kiosk.jsonl"_s);
    }

    void offlineKeysAreRead()
    {
        KioskConfig defaults;
        // A fresh install works offline without further setup.
        QCOMPARE(defaults.offlinePolicy, OfflinePolicy::KnownActive);
        QCOMPARE(defaults.offlineBudgetMs, 2000);
        QCOMPARE(defaults.offlineMaxAgeHours, 24);
        QCOMPARE(defaults.syncIntervalMinutes, 10);
        QVERIFY(defaults.syncAtStart);
        QVERIFY(!defaults.webhooksEnabled);

        const QString path = writeFile(u"offline.conf"_s, R"([offline]
policy=known-active-with-pass
budget_ms=1500
max_age_hours=72
database=/var/lib/cobot-kiosk/offline.sqlite
[sync]
interval_minutes=0
at_start=no
custom_field=RFID cards
[webhooks]
enabled=true
listen_address=0.0.0.0
port=9000
callback_url=https://kiosk.example.org/cobot-hooks
)");
        KioskConfig config;
        const QStringList errors = ConfigFile::apply(path, config);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(config.offlinePolicy, OfflinePolicy::KnownActiveWithPass);
        QCOMPARE(config.offlineBudgetMs, 1500);
        QCOMPARE(config.offlineMaxAgeHours, 72);
        QCOMPARE(config.databasePath, u"/var/lib/cobot-kiosk/offline.sqlite"_s);
        QCOMPARE(config.syncIntervalMinutes, 0);
        QCOMPARE(config.syncAtStart, false);
        QCOMPARE(config.syncCustomField, u"RFID cards"_s);
        QCOMPARE(config.webhooksEnabled, true);
        QCOMPARE(config.webhookListenAddress, u"0.0.0.0"_s);
        QCOMPARE(config.webhookPort, 9000);
        QCOMPARE(config.webhookCallbackUrl, u"https://kiosk.example.org/cobot-hooks"_s);

        KioskConfig deny;
        QVERIFY(ConfigFile::apply(writeFile(u"deny.conf"_s, "[offline]\npolicy=deny\n"), deny).isEmpty());
        QCOMPARE(deny.offlinePolicy, OfflinePolicy::Deny);
    }

    void badOfflineValuesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("policy") << QByteArray("[offline]\npolicy=maybe\n")
                                << u"known-active, known-active-with-pass, deny"_s;
        QTest::newRow("budget") << QByteArray("[offline]\nbudget_ms=50\n") << u"offline/budget_ms"_s;
        QTest::newRow("age") << QByteArray("[offline]\nmax_age_hours=0\n") << u"offline/max_age_hours"_s;
        QTest::newRow("interval") << QByteArray("[sync]\ninterval_minutes=-1\n")
                                  << u"sync/interval_minutes"_s;
        QTest::newRow("webhooks without a callback")
            << QByteArray("[webhooks]\nenabled=true\n") << u"callback_url is needed"_s;
        QTest::newRow("plain http callback")
            << QByteArray("[webhooks]\nenabled=true\ncallback_url=http://kiosk.example.org/hooks\n")
            << u"https URL"_s;
        QTest::newRow("listen address")
            << QByteArray("[webhooks]\nlisten_address=kiosk.local\n") << u"not an IP address"_s;
        QTest::newRow("port") << QByteArray("[webhooks]\nport=70000\n") << u"webhooks/port"_s;
    }

    void badOfflineValuesAreNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path
            = writeFile(u"bad-offline-%1.conf"_s.arg(QString::fromLatin1(QTest::currentDataTag())), content);
        KioskConfig config;
        const QStringList errors = ConfigFile::apply(path, config);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(expected), qPrintable(errors.constFirst()));
        QVERIFY(errors.constFirst().contains(path));
    }

    void commasInValuesSurvive()
    {
        // Unquoted, QSettings splits at commas; quoted, ';' is not a comment.
        const QString path
            = writeFile(u"comma.conf"_s, "[normalize]\nstrip_prefix=\";,%\"\nstrip_suffix=?,#\n");
        KioskConfig config;
        QVERIFY(ConfigFile::apply(path, config).isEmpty());
        QCOMPARE(config.normalization.stripPrefix, u";,%"_s);
        QCOMPARE(config.normalization.stripSuffix, u"?,#"_s);
    }

    void badValuesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("terminator") << QByteArray("[scan]\nterminator=space\n") << u"scan/terminator"_s;
        QTest::newRow("not a number")
            << QByteArray("[scan]\nmax_key_gap_ms=fast\n") << u"scan/max_key_gap_ms"_s;
        QTest::newRow("out of range") << QByteArray("[cobot]\ntimeout_ms=10\n") << u"from 500 to 60000"_s;
        QTest::newRow("flag") << QByteArray("[normalize]\ntrim=maybe\n") << u"normalize/trim"_s;
        QTest::newRow("rules that cannot work")
            << QByteArray("[normalize]\nreverse_bytes=true\n") << u"input base"_s;
        QTest::newRow("min above max")
            << QByteArray("[scan]\nmin_length=30\nmax_length=10\n") << u"min_length"_s;
    }

    void badValuesAreNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = writeFile(u"bad.conf"_s, content);
        KioskConfig config;
        const QStringList errors = ConfigFile::apply(path, config);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(expected), qPrintable(errors.constFirst()));
        QVERIFY(errors.constFirst().contains(path));
    }

    void missingConfigFileIsAnError()
    {
        KioskConfig config;
        const QStringList errors = ConfigFile::apply(m_dir.filePath(u"nope.conf"_s), config);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.constFirst().contains(u"does not exist"_s));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("outputPart");
        QTest::newRow("help") << args({u"--help"_s}) << int(CommandLine::Action::Help) << u"--token-file"_s;
        QTest::newRow("version") << args({u"--version"_s}) << int(CommandLine::Action::Version)
                                 << u"cobot-kiosk 0."_s;
        QTest::newRow("unknown option") << args({u"--door"_s}) << int(CommandLine::Action::Fail) << u"door"_s;
        QTest::newRow("missing value")
            << args({u"--api-url"_s}) << int(CommandLine::Action::Fail) << u"api-url"_s;
        QTest::newRow("empty value") << args({u"--token-file="_s}) << int(CommandLine::Action::Fail)
                                     << u"--token-file needs a value"_s;
        QTest::newRow("stray argument") << args({u"extra"_s}) << int(CommandLine::Action::Fail) << u"extra"_s;
        QTest::newRow("run") << args({u"--demo"_s, u"--windowed"_s}) << int(CommandLine::Action::Run)
                             << QString();
        QTest::newRow("export") << args({u"--export"_s, u"/tmp/cards.csv"_s, u"--format"_s, u"json"_s})
                                << int(CommandLine::Action::Run) << QString();
        QTest::newRow("export without a file")
            << args({u"--export="_s}) << int(CommandLine::Action::Fail) << u"--export needs a value"_s;
        QTest::newRow("unknown format") << args({u"--export"_s, u"x"_s, u"--format"_s, u"xml"_s})
                                        << int(CommandLine::Action::Fail) << u"csv or json"_s;
        QTest::newRow("format alone")
            << args({u"--format"_s, u"csv"_s}) << int(CommandLine::Action::Fail) << u"goes with --export"_s;
        QTest::newRow("help names export")
            << args({u"--help"_s}) << int(CommandLine::Action::Help) << u"--export <FILE>"_s;
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, action);
        QFETCH(QString, outputPart);
        const CommandLine parsed = CommandLine::parse(arguments);
        QCOMPARE(int(parsed.action), action);
        QVERIFY2(parsed.output.contains(outputPart), qPrintable(parsed.output));
    }

    void commandLineOverridesFiles()
    {
        const QString token = writeFile(u"token"_s, "secret-token\n");
        const QString conf
            = writeFile(u"k.conf"_s, "[cobot]\nsubdomain=fromfile\n[audit]\nlog_file=/tmp/a\n");
        const CommandLine parsed = CommandLine::parse(args({u"--config"_s, conf, u"--subdomain"_s,
            u"fromcli"_s, u"--token-file"_s, token, u"--audit-log"_s, u"/tmp/b"_s}));
        const LoadedConfiguration loaded = LoadedConfiguration::load(parsed);
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.endpoint.base(), QUrl(u"https://fromcli.cobot.me"_s));
        QCOMPARE(loaded.accessToken, u"secret-token"_s);
        QCOMPARE(loaded.config.auditLogPath, u"/tmp/b"_s);
    }

    void apiUrlWinsOverSubdomainAndIsChecked()
    {
        const QString token = writeFile(u"token"_s, "t\n");
        LoadedConfiguration loaded = LoadedConfiguration::load(
            CommandLine::parse(args({u"--config"_s, writeFile(u"e.conf"_s, ""), u"--subdomain"_s, u"x"_s,
                u"--api-url"_s, u"http://127.0.0.1:9"_s, u"--token-file"_s, token})));
        QCOMPARE(loaded.endpoint.base(), QUrl(u"http://127.0.0.1:9"_s));
        loaded = LoadedConfiguration::load(CommandLine::parse(args({u"--config"_s, writeFile(u"e.conf"_s, ""),
            u"--api-url"_s, u"http://example.org"_s, u"--token-file"_s, token})));
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY(loaded.errors.constFirst().contains(u"Plain http"_s));
    }

    void tokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("expectedToken");
        QTest::addColumn<QString>("errorPart");
        const int owner = int(QFile::ReadOwner | QFile::WriteOwner);
        QTest::newRow("good") << QByteArray("abc123\n") << owner << u"abc123"_s << QString();
        QTest::newRow("group readable")
            << QByteArray("abc123\n") << int(owner | QFile::ReadGroup) << QString() << u"chmod 600"_s;
        QTest::newRow("world readable")
            << QByteArray("abc123\n") << int(owner | QFile::ReadOther) << QString() << u"chmod 600"_s;
        QTest::newRow("empty") << QByteArray("\n") << owner << QString() << u"empty"_s;
        QTest::newRow("two lines") << QByteArray("abc\ndef\n") << owner << QString() << u"one line"_s;
        QTest::newRow("huge") << QByteArray(10000, 'a') << owner << QString() << u"too large"_s;
    }

    void tokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, permissions);
        QFETCH(QString, expectedToken);
        QFETCH(QString, errorPart);
        const QString path = writeFile(u"token-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())),
            content, QFile::Permissions(permissions));
        const TokenFile token = TokenFile::read(path);
        QCOMPARE(token.token, expectedToken);
        QVERIFY2(token.error.contains(errorPart), qPrintable(token.error));
    }

    void writtenTokenFileIsPrivateAndReadable()
    {
        const QString path = m_dir.filePath(u"new/token"_s);
        QCOMPARE(TokenFile::write(path, u"  fresh-token  "_s), QString());
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
            QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(TokenFile::read(path).token, u"fresh-token"_s);
    }

    void chosenTokenFileMustExist()
    {
        const LoadedConfiguration loaded
            = LoadedConfiguration::load(CommandLine::parse(args({u"--config"_s, writeFile(u"e.conf"_s, ""),
                u"--subdomain"_s, u"x"_s, u"--token-file"_s, m_dir.filePath(u"missing"_s)})));
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY(loaded.errors.constFirst().contains(u"does not exist"_s));
    }

    // The systemd service gets its token as a credential (LoadCredential=token:/etc/cobot-kiosk/token).
    // Until the admin fills in that file (the package creates it empty) the credential is empty: the
    // kiosk starts and says what to do, instead of refusing to start in a restart loop on tty1.
    void serviceTokenComesFromSystemdCredential_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedToken");
        QTest::addColumn<QString>("noticePart");
        QTest::newRow("filled in") << QByteArray("credential-token\n") << u"credential-token"_s << QString();
        QTest::newRow("still empty") << QByteArray() << QString() << u"/etc/cobot-kiosk/token"_s;
    }

    void serviceTokenComesFromSystemdCredential()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedToken);
        QFETCH(QString, noticePart);
        const QString folder = u"credentials-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir(m_dir.path()).mkpath(folder));
        writeFile(folder + u"/token"_s, content, QFile::ReadOwner);
        const CredentialsDirectory credentials(m_dir.filePath(folder));
        const LoadedConfiguration loaded = LoadedConfiguration::load(
            CommandLine::parse(args({u"--config"_s, writeFile(u"e.conf"_s, ""), u"--subdomain"_s, u"x"_s})));
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.config.tokenFile, m_dir.filePath(folder + u"/token"_s));
        QCOMPARE(loaded.accessToken, expectedToken);
        if (!noticePart.isEmpty())
            QVERIFY2(loaded.notices.join(u'\n').contains(noticePart), qPrintable(loaded.notices.join(u'\n')));
    }

    void adminKeysAreRead()
    {
        const PinHash pin = PinHash::create(u"4711"_s, PinHash::minIterations);
        const QString path = writeFile(u"admin.conf"_s,
            u"[admin]\ntimeout_s=300\npin_hash=%1\npin_salt=%2\npin_iterations=%3\n"_s
                .arg(pin.hashText(), pin.saltText())
                .arg(pin.iterations)
                .toUtf8());
        KioskConfig config;
        QCOMPARE(ConfigFile::apply(path, config), QStringList());
        QCOMPARE(config.adminTimeoutS, 300);
        QCOMPARE(config.adminPin, pin);
        QVERIFY(config.adminPin.matches(u"4711"_s));
    }

    void incompletePinKeysAreAnError()
    {
        const QString path = writeFile(u"half.conf"_s, "[admin]\npin_hash=abc\n");
        KioskConfig config;
        const QStringList errors = ConfigFile::apply(path, config);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(u"--hash-pin"_s), qPrintable(errors.constFirst()));
        QVERIFY(!config.adminPin.isSet());
    }

    void valuesReadBackTheSame()
    {
        KioskConfig original;
        original.subdomain = u"hafen"_s;
        original.scanTiming.terminator = ScanTiming::Terminator::Silence;
        original.normalization.stripPrefix = u";%,"_s;
        original.normalization.inputBase = NormalizationRules::Base::Decimal;
        original.normalization.outputBase = NormalizationRules::Base::Hex;
        original.normalization.letterCase = NormalizationRules::Case::Lower;
        original.normalization.reverseBytes = true;
        original.debounceMs = 1234;
        original.adminTimeoutS = 90;
        const ConfigFile::Values values = ConfigFile::values(original);
        QVERIFY(!values.contains(u"admin/pin_hash"_s)); // the PIN is never a plain setting

        KioskConfig fromValues;
        QCOMPARE(ConfigFile::applyValues(values, fromValues, u"form"_s), QStringList());
        QCOMPARE(ConfigFile::values(fromValues), values);

        // ... and the same through a file written by the settings writer.
        const QString path = m_dir.filePath(u"written.conf"_s);
        QCOMPARE(SettingsWriter::update(path, values), QString());
        KioskConfig fromFile;
        QCOMPARE(ConfigFile::apply(path, fromFile), QStringList());
        QCOMPARE(ConfigFile::values(fromFile), values);
        QCOMPARE(fromFile.normalization, original.normalization);
    }

    void valuesFromElsewhereAreCheckedAlike()
    {
        KioskConfig config;
        const QStringList errors = ConfigFile::applyValues(
            {{u"scan/debounce_ms"_s, u"soon"_s}, {u"scan/terminator"_s, u"space"_s}}, config, u"Settings"_s);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.filter(u"Settings: scan/debounce_ms = \"soon\""_s).size(), 1);
        QCOMPARE(errors.filter(u"enter, tab, silence"_s).size(), 1);
        QCOMPARE(
            ConfigFile::choices(u"scan/terminator"_s), (QStringList {u"enter"_s, u"tab"_s, u"silence"_s}));
    }

    void writerChangesOnlyTheGivenKeysAtOnce()
    {
        const QString path
            = writeFile(u"edit.conf"_s, "[cobot]\nsubdomain=hafen\n[display]\nspace_name=Hafen\n",
                QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QCOMPARE(
            SettingsWriter::update(path, {{u"scan/debounce_ms"_s, u"2000"_s}, {u"display/space_name"_s, {}}}),
            QString());
        KioskConfig config;
        QCOMPARE(ConfigFile::apply(path, config), QStringList());
        QCOMPARE(config.subdomain, u"hafen"_s);
        QCOMPARE(config.debounceMs, 2000);
        QCOMPARE(config.spaceName, QString()); // an empty value removes the key
        // It may hold the PIN hash: only the kiosk's user reads it.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(u"edit"_s), QStringList {u"edit.conf"_s});
    }

    void writerReportsWhatItCannotDo()
    {
        const QString notAFolder = writeFile(u"plain-file"_s, "x");
        const QString error
            = SettingsWriter::update(notAFolder + u"/kiosk.conf"_s, {{u"scan/debounce_ms"_s, u"2"_s}});
        QVERIFY2(error.contains(notAFolder), qPrintable(error));
    }

private:
    // Sets CREDENTIALS_DIRECTORY (as systemd does for a service) for one test.
    struct CredentialsDirectory
    {
        explicit CredentialsDirectory(const QString &path)
        {
            qputenv("CREDENTIALS_DIRECTORY", path.toUtf8());
        }
        ~CredentialsDirectory() { qunsetenv("CREDENTIALS_DIRECTORY"); }
    };

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConfiguration)
#include "tst_configuration.moc"
