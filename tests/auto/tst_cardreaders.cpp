// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Card readers read through evdev, above the device: finding them in sysfs, hot-plug (inotify on a
// fake /dev/input), the audit trail, the status line, roles, and identifying a reader. Devices are
// pipes carrying raw struct input_event records (this machine has no input devices), opened through
// CardReaders' opener seam; everything else is the production code.

#include "audit/auditlog.h"
#include "evemurecording.h"
#include "fakeclock.h"
#include "fakecobot.h"
#include "fakeinputtree.h"
#include "input/cardreaders.h"
#include "input/evdevscaninput.h"
#include "input/readeridentifier.h"
#include "presentation/readerstatus.h"
#include "presentation/statusmodel.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A fake input tree, an audit log and a clock: where every CardReaders test starts.
struct Rig
{
    FakeInputTree tree;
    QTemporaryDir dir;
    FakeClock clock;
    AuditLog audit {dir.filePath(u"audit.jsonl"_s), clock.clock()};
    std::unique_ptr<CardReaders> readers;

    CardReaders &make(const QList<ReaderConfig> &configs)
    {
        readers = std::make_unique<CardReaders>(configs, ScanTiming {}, &audit, clock.clock());
        readers->setDeviceSource([this] { return tree.list(); }, tree.opener(), tree.dev());
        return *readers;
    }
};

const FakeInputTree::Device qemuKeyboard {u"QEMU QEMU USB Keyboard"_s, 0x0627, 0x0001, u"RFID-A"_s, true,
    u"usb-QEMU_QEMU_USB_Keyboard_RFID-A-event-kbd"_s};
const FakeInputTree::Device acmeReader {u"Acme RFID Reader"_s, 0x08ff, 0x0009, u"ABC123"_s, true, {}};
const FakeInputTree::Device mouse {u"Logitech USB Optical Mouse"_s, 0x046d, 0xc077, {}, false, {}};

} // namespace

class TestCardReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsDevicesFromSysfs()
    {
        FakeInputTree tree;
        tree.plug(10, mouse);
        tree.plug(2, qemuKeyboard);
        const QList<InputDeviceInfo> devices = tree.list();
        QCOMPARE(devices.size(), 2);
        const InputDeviceInfo &keyboard = devices.at(0); // event2 before event10: numeric order
        QCOMPARE(keyboard.path, tree.nodePath(2));
        QCOMPARE(keyboard.name, qemuKeyboard.name);
        QCOMPARE(keyboard.usbId(), u"0627:0001"_s);
        QCOMPARE(keyboard.serial, u"RFID-A"_s);
        QCOMPARE(keyboard.byId, QStringList {tree.dev() + u"/input/by-id/"_s + qemuKeyboard.byId});
        QVERIFY(keyboard.keyboard);
        QVERIFY(!devices.at(1).keyboard);
    }

    void selectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("expectedEvent"); // -1: none

        QTest::newRow("vendor:product") << u"08ff:0009"_s << 3;
        QTest::newRow("upper-case hex") << u"08FF:0009"_s << 3;
        QTest::newRow("vendor:product:serial") << u"0627:0001:RFID-A"_s << 2;
        QTest::newRow("wrong serial") << u"0627:0001:RFID-B"_s << -1;
        QTest::newRow("by-id name") << u"usb-QEMU_QEMU_USB_Keyboard_RFID-A-event-kbd"_s << 2;
        QTest::newRow("unknown by-id name") << u"usb-Nothing-event-kbd"_s << -1;
        QTest::newRow("not a keyboard by vendor:product") << u"046d:c077"_s << -1;
    }

    void selectors()
    {
        QFETCH(QString, selector);
        QFETCH(int, expectedEvent);
        FakeInputTree tree;
        tree.plug(2, qemuKeyboard);
        tree.plug(3, acmeReader);
        tree.plug(4, mouse);
        QString error;
        const auto parsed = ReaderSelector::parse(selector, &error);
        QVERIFY2(parsed, qPrintable(error));
        const auto found = parsed->find(tree.list(), tree.dev());
        QCOMPARE(
            found ? found->path : QString(), expectedEvent < 0 ? QString() : tree.nodePath(expectedEvent));
    }

    void pathSelectors()
    {
        FakeInputTree tree;
        tree.plug(2, qemuKeyboard);
        tree.plug(4, mouse);
        QString error;
        for (const QString &path :
            QStringList {tree.nodePath(2), tree.dev() + u"/input/by-id/"_s + qemuKeyboard.byId}) {
            const auto found = ReaderSelector::parse(path, &error)->find(tree.list(), tree.dev());
            QVERIFY2(found, qPrintable(path));
            QCOMPARE(found->path, tree.nodePath(2));
        }
        // A path names that node, whatever it is.
        QCOMPARE(ReaderSelector::parse(tree.nodePath(4), &error)->find(tree.list(), tree.dev())->path,
            tree.nodePath(4));
        QVERIFY(!ReaderSelector::parse(u"input/event3"_s, &error));
        QVERIFY(error.contains(u"vendor:product"_s));
    }

    void rawEventsThroughAPipe()
    {
        // Records split at odd places still arrive whole; the end of the stream is "device gone".
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        FakeClock clock;
        EvdevScanInput input(EvdevDevice::fromEventStream(fds[0], u"pipe"_s), {}, clock.clock());
        QSignalSpy scans(&input, &EvdevScanInput::scanned);
        QSignalSpy gone(&input, &EvdevScanInput::gone);
        const EvemuRecording recording = EvemuRecording::load(evemuPath(u"hex-reader-shift.evemu"_s));
        const QByteArray bytes(reinterpret_cast<const char *>(recording.events.constData()),
            recording.events.size() * qsizetype(sizeof(input_event)));
        const qsizetype half = bytes.size() / 2 + 7; // in the middle of a record
        QCOMPARE(::write(fds[1], bytes.constData(), half), ssize_t(half));
        QTRY_COMPARE(scans.size(), 1);
        QCOMPARE(
            ::write(fds[1], bytes.constData() + half, bytes.size() - half), ssize_t(bytes.size() - half));
        QTRY_COMPARE(scans.size(), 2);
        QCOMPARE(scans.at(0).at(0).value<RawScan>().text, u"04A1B2C3D4E580"_s);
        const RawScan second = scans.at(1).at(0).value<RawScan>();
        QCOMPARE(second.text, u"04FF3C9A2B7781"_s);
        QCOMPARE(second.source, ScanSource::Evdev);
        QCOMPARE(second.endedAtMs, clock.nowMs()); // the ending key, in the kiosk's clock
        ::close(fds[1]);
        QVERIFY(gone.wait(5000));
        QVERIFY(input.device()->isGone());
    }

    void hotPlugIsAuditedAndShownAndReconnects()
    {
        Rig rig;
        CardReaders &readers = rig.make({testReader(u"front"_s, u"0627:0001:RFID-A"_s)});
        StatusModel status;
        ReaderStatus readerStatus(&readers, &status);
        const QString key = ReaderStatus::key;
        QSignalSpy checkIns(&readers, &CardReaders::checkInScanned);

        readers.start();
        QCOMPARE(readers.health().at(0).state, CardReader::State::Missing);
        QCOMPARE(status.level(key), StatusModel::Level::Problem);
        QVERIFY(status.text(key).contains(u"not found"_s));

        rig.tree.plug(5, mouse); // another device arriving is no reader
        rig.tree.plug(6, qemuKeyboard); // plugged in after start: inotify on /dev/input notices
        QTRY_COMPARE(readers.health().at(0).state, CardReader::State::Connected);
        QCOMPARE(status.level(key), StatusModel::Level::Ok);
        QCOMPARE(readJsonLines(rig.audit.path()).size(), 1);
        QJsonObject entry = readJsonLines(rig.audit.path()).at(0);
        QCOMPARE(entry.value(u"event"_s).toString(), u"reader-connected"_s);
        QCOMPARE(entry.value(u"reader"_s).toString(), u"front"_s);
        QCOMPARE(entry.value(u"device"_s).toString(), rig.tree.nodePath(6));
        QCOMPARE(entry.value(u"usb_id"_s).toString(), u"0627:0001"_s);

        rig.tree.sendRecording(6, u"kp-enter-reader.evemu"_s);
        QTRY_COMPARE(checkIns.size(), 1);
        QCOMPARE(checkIns.at(0).at(0).value<RawScan>().text, u"3141592653"_s);
        QCOMPARE(checkIns.at(0).at(0).value<RawScan>().reader, u"front"_s);

        // Unplugged in the middle of a card: the half card is lost, the status line says so.
        rig.tree.sendRecording(6, u"vanishing-device.evemu"_s);
        rig.tree.unplug(6);
        QTRY_COMPARE(readers.health().at(0).state, CardReader::State::Disconnected);
        QCOMPARE(status.level(key), StatusModel::Level::Problem);
        QCOMPARE(status.text(key), u"Card reader disconnected: front"_s);
        entry = readJsonLines(rig.audit.path()).constLast();
        QCOMPARE(entry.value(u"event"_s).toString(), u"reader-disconnected"_s);
        QCOMPARE(entry.value(u"reader"_s).toString(), u"front"_s);

        rig.tree.plug(9, qemuKeyboard); // back, under another node
        QTRY_COMPARE(readers.health().at(0).state, CardReader::State::Connected);
        entry = readJsonLines(rig.audit.path()).constLast();
        QCOMPARE(entry.value(u"event"_s).toString(), u"reader-connected"_s);
        QCOMPARE(entry.value(u"device"_s).toString(), rig.tree.nodePath(9));
        rig.tree.sendRecording(9, u"decimal-reader.evemu"_s);
        QTRY_COMPARE(checkIns.size(), 4);
        QCOMPARE(checkIns.at(1).at(0).value<RawScan>().text, u"0004567890"_s); // not 000456...
        QCOMPARE(readJsonLines(rig.audit.path()).size(), 3);
    }

    void noPermissionNamesTheUdevRule()
    {
        Rig rig;
        CardReaders &readers = rig.make({testReader(u"front"_s, u"08ff:0009"_s)});
        rig.tree.plug(3, acmeReader);
        rig.tree.deny(3);
        readers.start();
        readers.rescan(); // trying again does not repeat the audit entry
        const CardReaders::Health health = readers.health().at(0);
        QCOMPARE(health.state, CardReader::State::Unusable);
        QVERIFY2(health.problem.contains(u"60-cobot-kiosk-readers.rules"_s), qPrintable(health.problem));
        QVERIFY(health.problem.contains(u"group cobot-kiosk"_s));
        QVERIFY(health.problem.contains(rig.tree.nodePath(3)));
        const QList<QJsonObject> entries = readJsonLines(rig.audit.path());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).value(u"event"_s).toString(), u"reader-unusable"_s);
        QCOMPARE(entries.at(0).value(u"problem"_s).toString(), health.problem);
    }

    void rolesRouteScans()
    {
        Rig rig;
        rig.tree.plug(1, {u"Entry"_s, 0x1111, 0x0001, {}, true, {}});
        rig.tree.plug(2, {u"Exit"_s, 0x1111, 0x0002, {}, true, {}});
        rig.tree.plug(3, {u"Desk"_s, 0x1111, 0x0003, {}, true, {}});
        CardReaders &readers = rig.make({testReader(u"entry"_s, u"1111:0001"_s),
            testReader(u"exit"_s, u"1111:0002"_s, ReaderRole::CheckOut),
            testReader(u"desk"_s, u"1111:0003"_s, ReaderRole::Register)});
        QSignalSpy checkIns(&readers, &CardReaders::checkInScanned);
        QSignalSpy checkOuts(&readers, &CardReaders::checkOutScanned);
        readers.start();
        for (const CardReaders::Health &health : readers.health())
            QCOMPARE(health.state, CardReader::State::Connected);

        // Nobody registers cards right now: the desk reader's card is dropped, with a log line.
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"desk.*registration.*ignored"_s));
        rig.tree.sendRecording(3, u"kp-enter-reader.evemu"_s);
        rig.tree.sendRecording(2, u"hex-reader-shift.evemu"_s);
        rig.tree.sendRecording(1, u"kp-enter-reader.evemu"_s);
        QTRY_COMPARE(checkOuts.size(), 2);
        QTRY_COMPARE(checkIns.size(), 1);
        QCOMPARE(checkIns.at(0).at(0).value<RawScan>().reader, u"entry"_s);
        QCOMPARE(checkOuts.at(0).at(0).value<RawScan>().reader, u"exit"_s);
        QCOMPARE(checkOuts.at(0).at(0).value<RawScan>().text, u"04A1B2C3D4E580"_s);

        QList<RawScan> registrations;
        connect(&readers, &CardReaders::registrationScanned, this,
            [&registrations](const RawScan &scan) { registrations.append(scan); });
        rig.tree.sendRecording(3, u"kp-enter-reader.evemu"_s);
        QTRY_COMPARE(registrations.size(), 1);
        QCOMPARE(registrations.at(0).reader, u"desk"_s);
        QCOMPARE(checkIns.size(), 1);
    }

    void identifiesTheReaderACardCameFrom()
    {
        Rig rig;
        rig.tree.plug(1, qemuKeyboard);
        rig.tree.plug(4, acmeReader); // not configured yet
        rig.tree.plug(5, mouse);
        CardReaders &readers = rig.make({testReader(u"front"_s, u"0627:0001"_s)});
        readers.start();
        QSignalSpy checkIns(&readers, &CardReaders::checkInScanned);

        ReaderIdentifier identifier(&readers, {}, rig.clock.clock());
        QStringList opened;
        identifier.setOpener([&rig, &opened](const QString &path) {
            opened.append(path);
            return rig.tree.opener()(path);
        });
        QSignalSpy identified(&identifier, &ReaderIdentifier::identified);
        identifier.start();
        QCOMPARE(opened, QStringList {rig.tree.nodePath(4)}); // not the configured reader, not the mouse
        rig.tree.sendRecording(4, u"decimal-reader.evemu"_s);
        QVERIFY(identified.wait(5000));
        QCOMPARE(identified.at(0).at(0).value<InputDeviceInfo>().path, rig.tree.nodePath(4));
        QCOMPARE(identified.at(0).at(0).value<InputDeviceInfo>().usbId(), u"08ff:0009"_s);
        QCOMPARE(identified.at(0).at(1).toString(), QString());
        QCOMPARE(identified.at(0).at(2).toString(), u"\u20267890"_s);
        QVERIFY(!identifier.isActive());

        // A configured reader is identified by its label, and its card checks nobody in meanwhile.
        identifier.start();
        rig.tree.sendRecording(1, u"kp-enter-reader.evemu"_s);
        QVERIFY(identified.wait(5000));
        QCOMPARE(identified.at(1).at(1).toString(), u"front"_s);
        QCOMPARE(identified.at(1).at(0).value<InputDeviceInfo>().path, rig.tree.nodePath(1));
        QCOMPARE(checkIns.size(), 0);
        rig.tree.sendRecording(1, u"kp-enter-reader.evemu"_s); // identification over: back to checking in
        QTRY_COMPARE(checkIns.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCardReaders)
#include "tst_cardreaders.moc"
