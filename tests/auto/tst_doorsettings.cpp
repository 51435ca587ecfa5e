// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The door's settings: every key read from the file, each mistake named with its key, and
// --door-command on the command line.

#include "door/actuatorfactory.h"
#include "door/commandactuator.h"
#include "settings/commandline.h"
#include "settings/configfile.h"
#include "settings/configloader.h"
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDoorSettings : public QObject
{
    Q_OBJECT

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(
            m_dir.filePath(name), content, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private Q_SLOTS:
    void everyDoorKeyIsRead()
    {
        const QString program = writeFile(u"open-door"_s, "#!/bin/sh\n");
        // (Not a raw string: moc cannot read raw strings with quotes in them.)
        const QByteArray content = QByteArrayList {
            "[door]",
            "pulse_ms=1500",
            "[door_command]",
            "program=PROGRAM",
            "arguments=--relay 1 'front door'",
            "release_program=PROGRAM",
            "release_arguments=--off",
            "timeout_ms=2000",
            "[door_http]",
            "url=https://relay.lan/relay/0",
            "method=PUT",
            "headers=\"Authorization: Basic dTpw\\nX-Relay: 1\"",
            "body=\"{\\\"turn\\\": \\\"on\\\", \\\"timer\\\": 3}\"",
            "release_url=https://relay.lan/relay/0?turn=off",
            "release_method=GET",
            "release_body=",
            "ca_file=",
            "timeout_ms=1500",
            "[door_gpio]",
            "chip=gpiochip1",
            "line=17",
            "active_low=true",
            "[door_serial]",
            "device=/dev/ttyUSB0",
            "baud=19200",
            "open_bytes=A0 01 01 A2",
            "release_bytes=A0 01 00 A1",
        }.join('\n');
        const QString path
            = writeFile(u"door.conf"_s, QByteArray(content).replace("PROGRAM", program.toUtf8()));
        KioskConfig config;
        const QStringList errors = ConfigFile::apply(path, config);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const DoorSettings &door = config.door;
        QCOMPARE(door.validate(), QStringList());
        QCOMPARE(door.pulseMs, 1500);
        QCOMPARE(door.command.program, program);
        QCOMPARE(door.command.arguments, u"--relay 1 'front door'"_s);
        QCOMPARE(
            splitArguments(door.command.arguments), QStringList({u"--relay"_s, u"1"_s, u"front door"_s}));
        QCOMPARE(door.command.releaseProgram, program);
        QCOMPARE(door.command.releaseArguments, u"--off"_s);
        QCOMPARE(door.command.timeoutMs, 2000);
        QCOMPARE(door.http.url, u"https://relay.lan/relay/0"_s);
        QCOMPARE(door.http.method, u"PUT"_s);
        QCOMPARE(door.http.headers, u"Authorization: Basic dTpw\nX-Relay: 1"_s);
        QCOMPARE(door.http.body, uR"({"turn": "on", "timer": 3})"_s);
        QCOMPARE(door.http.releaseUrl, u"https://relay.lan/relay/0?turn=off"_s);
        QCOMPARE(door.http.releaseMethod, u"GET"_s);
        QCOMPARE(door.http.timeoutMs, 1500);
        QCOMPARE(door.gpio.chip, u"gpiochip1"_s);
        QCOMPARE(door.gpio.line, 17);
        QCOMPARE(door.gpio.activeLow, true);
        QCOMPARE(door.serial.device, u"/dev/ttyUSB0"_s);
        QCOMPARE(door.serial.baud, 19200);
        QCOMPARE(parseHexBytes(door.serial.openBytes), QByteArray::fromHex("a00101a2"));
        QCOMPARE(parseHexBytes(door.serial.releaseBytes), QByteArray::fromHex("a00100a1"));
        QCOMPARE(makeDoorActuators(door).size(), size_t(4)); // all four take part
    }

    void noDoorByDefault()
    {
        const KioskConfig config;
        QVERIFY(!config.door.hasActuators());
        QCOMPARE(config.door.pulseMs, 3000);
        QCOMPARE(config.door.validate(), QStringList());
        QVERIFY(makeDoorActuators(config.door).empty());
    }

    void mistakesNameTheirKey_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pulse out of range") << QByteArray("[door]\npulse_ms=50\n") << u"door/pulse_ms"_s;
        QTest::newRow("no such program")
            << QByteArray("[door_command]\nprogram=/nonexistent/open-door\n") << u"door_command/program"_s;
        QTest::newRow("arguments without program")
            << QByteArray("[door_command]\narguments=--on\n") << u"[door_command]"_s;
        QTest::newRow("plain http to the LAN")
            << QByteArray("[door_http]\nurl=http://192.168.1.50/relay\n") << u"plain http is only allowed"_s;
        QTest::newRow("plain http to loopback is fine, bad method")
            << QByteArray("[door_http]\nurl=http://127.0.0.1:8080/relay\nmethod=post now\n")
            << u"door_http/method"_s;
        QTest::newRow("credentials in the URL")
            << QByteArray("[door_http]\nurl=https://admin:pw@relay.lan/\n") << u"Authorization"_s;
        QTest::newRow("not a header")
            << QByteArray("[door_http]\nurl=https://relay.lan/\nheaders=just text\n")
            << u"door_http/headers"_s;
        QTest::newRow("CA file that is not one")
            << QByteArray("[door_http]\nurl=https://relay.lan/\nca_file=/nonexistent.pem\n")
            << u"door_http/ca_file"_s;
        QTest::newRow("GPIO without line")
            << QByteArray("[door_gpio]\nchip=gpiochip0\n") << u"door_gpio/line"_s;
        QTest::newRow("odd hex") << QByteArray("[door_serial]\ndevice=/dev/ttyUSB0\nopen_bytes=A0 1\n")
                                 << u"door_serial/open_bytes"_s;
        QTest::newRow("no open bytes")
            << QByteArray("[door_serial]\ndevice=/dev/ttyUSB0\n") << u"door_serial/open_bytes"_s;
        QTest::newRow("odd baud rate")
            << QByteArray("[door_serial]\ndevice=/dev/ttyUSB0\nopen_bytes=01\nbaud=12345\n")
            << u"door_serial/baud"_s;
        QTest::newRow("relative device")
            << QByteArray("[door_serial]\ndevice=ttyUSB0\nopen_bytes=01\n") << u"door_serial/device"_s;
    }

    void mistakesNameTheirKey()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = writeFile(u"bad.conf"_s, content);
        const LoadedConfiguration loaded = LoadedConfiguration::load(
            CommandLine::parse({u"cobot-kiosk"_s, u"--config"_s, path, u"--demo"_s}));
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY2(loaded.errors.constFirst().contains(expected), qPrintable(loaded.errors.constFirst()));
    }

    void doorCommandOnTheCommandLine()
    {
        const QString program = writeFile(u"door.sh"_s, "#!/bin/sh\n");
        const QString conf
            = writeFile(u"k.conf"_s, "[door_command]\nprogram=/bin/true\narguments=--from-file\n");
        const CommandLine parsed = CommandLine::parse(
            {u"cobot-kiosk"_s, u"--config"_s, conf, u"--door-command"_s, program, u"--demo"_s});
        QCOMPARE(parsed.action, CommandLine::Action::Run);
        const LoadedConfiguration loaded = LoadedConfiguration::load(parsed);
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.config.door.command.program, program);
        QCOMPARE(loaded.config.door.command.arguments, QString()); // the file's arguments were for /bin/true

        const CommandLine missing = CommandLine::parse(
            {u"cobot-kiosk"_s, u"--demo"_s, u"--door-command"_s, m_dir.filePath(u"nope"_s)});
        QVERIFY(!LoadedConfiguration::load(missing).errors.isEmpty());
        QCOMPARE(
            CommandLine::parse({u"cobot-kiosk"_s, u"--door-command="_s}).action, CommandLine::Action::Fail);
        QVERIFY(CommandLine::parse({u"cobot-kiosk"_s, u"--help"_s}).output.contains(u"--door-command"_s));
    }

    void argumentSplitting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("words") << u"  --relay   1 "_s << QStringList {u"--relay"_s, u"1"_s};
        QTest::newRow("single quotes") << u"'a b' c'd e'"_s << QStringList {u"a b"_s, u"cd e"_s};
        QTest::newRow("double quotes") << u"\"a 'b'\" x"_s << QStringList {u"a 'b'"_s, u"x"_s};
        QTest::newRow("backslash") << u"a\\ b \\'"_s << QStringList {u"a b"_s, u"'"_s};
        QTest::newRow("empty argument") << u"'' x"_s << QStringList {QString(), u"x"_s};
        QTest::newRow("shell syntax is just text")
            << u"$HOME;rm `x` | y"_s << QStringList {u"$HOME;rm"_s, u"`x`"_s, u"|"_s, u"y"_s};
    }

    void argumentSplitting()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(splitArguments(text), expected);
    }

    void hexAndHeaderParsing()
    {
        QCOMPARE(parseHexBytes(u"a0:01:01:a2"_s), QByteArray::fromHex("a00101a2"));
        QCOMPARE(parseHexBytes(u"0xA00101A2"_s), QByteArray::fromHex("a00101a2"));
        QCOMPARE(parseHexBytes(QString()), QByteArray());
        QVERIFY(!parseHexBytes(u"zz"_s));
        const auto headers = parseHeaderLines(u"A: 1\nB-C:  two words \n"_s);
        QVERIFY(headers);
        QCOMPARE(headers->size(), 2);
        QCOMPARE(headers->at(1), std::pair(QByteArray("B-C"), QByteArray("two words")));
        QVERIFY(!parseHeaderLines(u": no name"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDoorSettings)
#include "tst_doorsettings.moc"
