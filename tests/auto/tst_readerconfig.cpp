// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// How readers are configured: [input] and [reader.LABEL] groups written by hand, and --input.

#include "settings/commandline.h"
#include "settings/configfile.h"
#include "settings/kioskconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestReaderConfig : public QObject
{
    Q_OBJECT

    QString writeConfig(const QByteArray &text)
    {
        const QString path = m_dir.filePath(u"kiosk-%1.conf"_s.arg(++m_files));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
        return path;
    }

    static CommandLine parse(const QStringList &options)
    {
        return CommandLine::parse(QStringList {u"cobot-kiosk"_s} + options);
    }

private Q_SLOTS:
    void readersFromAFile()
    {
        KioskConfig config;
        QVERIFY(config.wedgeEnabled()); // nothing configured: the wedge, as before
        const QStringList errors = ConfigFile::apply(
            writeConfig("[input]\n"
                        "wedge=auto\n"
                        "[reader.front]\n"
                        "device=08ff:0009\n"
                        "[reader.exit]\n"
                        "device=usb-Acme_RFID_Reader_XYZ789-event-kbd\n"
                        "role=check-out\n"
                        "label=Exit door\n"
                        "[reader.desk]\n"
                        "device=/dev/input/by-path/pci-0000:00:14.0-usb-0:2:1.0-event-kbd\n"
                        "role=register\n"),
            config);
        QCOMPARE(errors, QStringList());
        QCOMPARE(config.readers.size(), 3);
        QHash<QString, ReaderConfig> byLabel;
        for (const ReaderConfig &reader : std::as_const(config.readers))
            byLabel.insert(reader.label, reader);
        QVERIFY2(
            byLabel.contains(u"front"_s) && byLabel.contains(u"Exit door"_s) && byLabel.contains(u"desk"_s),
            qPrintable(QStringList(byLabel.keys()).join(u", "_s)));
        const ReaderConfig front = byLabel.value(u"front"_s);
        QCOMPARE(front.role, ReaderRole::CheckIn);
        QCOMPARE(front.device.kind, ReaderSelector::Kind::UsbId);
        QCOMPARE(front.device.vendor, quint16(0x08ff));
        QCOMPARE(front.device.product, quint16(0x0009));
        QCOMPARE(byLabel.value(u"Exit door"_s).role, ReaderRole::CheckOut);
        QCOMPARE(byLabel.value(u"Exit door"_s).device.kind, ReaderSelector::Kind::ById);
        QCOMPARE(byLabel.value(u"desk"_s).role, ReaderRole::Register);
        QCOMPARE(byLabel.value(u"desk"_s).device.kind, ReaderSelector::Kind::Path);
        QVERIFY(!config.wedgeEnabled()); // readers configured: the wedge is off unless asked for

        // A later file (the user's over the system's) replaces a reader of the same label.
        QCOMPARE(ConfigFile::apply(
                     writeConfig("[reader.front]\ndevice=0627:0001:RFID-A\n[input]\nwedge=on\n"), config),
            QStringList());
        QCOMPARE(config.readers.size(), 3);
        const auto front2 = std::find_if(config.readers.cbegin(), config.readers.cend(),
            [](const ReaderConfig &reader) { return reader.label == u"front"_s; });
        QVERIFY(front2 != config.readers.cend());
        QCOMPARE(front2->device.serial, u"RFID-A"_s);
        QVERIFY(config.wedgeEnabled());
    }

    void badReaderSettingsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("role") << QByteArray("[reader.front]\ndevice=08ff:0009\nrole=exit\n")
                              << u"reader.front/role = \"exit\""_s;
        QTest::newRow("no device") << QByteArray("[reader.front]\nrole=check-in\n")
                                   << u"reader.front/device"_s;
        QTest::newRow("relative path")
            << QByteArray("[reader.front]\ndevice=input/event3\n") << u"vendor:product"_s;
        QTest::newRow("wedge") << QByteArray("[input]\nwedge=sometimes\n") << u"input/wedge"_s;
    }

    void badReaderSettingsAreNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        KioskConfig config;
        const QString path = writeConfig(text);
        const QStringList errors = ConfigFile::apply(path, config);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(expected), qPrintable(errors.constFirst()));
        QVERIFY(errors.constFirst().contains(path));
    }

    void inputOption()
    {
        KioskConfig config;
        ConfigFile::apply(writeConfig("[reader.front]\ndevice=08ff:0009\n"), config);

        const CommandLine evdev = parse({u"--input"_s, u"evdev:0627:0001,role=check-out,label=exit"_s,
            u"--input"_s, u"evdev:/dev/input/event7"_s});
        QCOMPARE(evdev.action, CommandLine::Action::Run);
        KioskConfig fromCommandLine = config;
        evdev.applyTo(fromCommandLine);
        QCOMPARE(fromCommandLine.readers.size(), 2); // replaces what the file said
        QCOMPARE(fromCommandLine.readers.at(0).label, u"exit"_s);
        QCOMPARE(fromCommandLine.readers.at(0).role, ReaderRole::CheckOut);
        QCOMPARE(fromCommandLine.readers.at(1).label, u"/dev/input/event7"_s);
        QCOMPARE(fromCommandLine.readers.at(1).device.kind, ReaderSelector::Kind::Path);
        QVERIFY(!fromCommandLine.wedgeEnabled());

        const CommandLine wedge = parse({u"--input"_s, u"wedge"_s});
        KioskConfig wedgeOnly = config;
        wedge.applyTo(wedgeOnly);
        QVERIFY(wedgeOnly.readers.isEmpty());
        QVERIFY(wedgeOnly.wedgeEnabled());

        KioskConfig untouched = config;
        parse({u"--windowed"_s}).applyTo(untouched);
        QCOMPARE(untouched.readers, config.readers);
    }

    void badInputOption_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown source") << u"hid:1"_s << u"wedge"_s;
        QTest::newRow("no device") << u"evdev:"_s << u"no device"_s;
        QTest::newRow("bad role") << u"evdev:08ff:0009,role=exit"_s << u"role=check-in"_s;
        QTest::newRow("unknown setting") << u"evdev:08ff:0009,speed=9"_s << u"speed=9"_s;
    }

    void badInputOption()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const CommandLine commandLine = parse({u"--input"_s, value});
        QCOMPARE(commandLine.action, CommandLine::Action::Fail);
        QVERIFY2(commandLine.output.contains(expected), qPrintable(commandLine.output));
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestReaderConfig)
#include "tst_readerconfig.moc"
