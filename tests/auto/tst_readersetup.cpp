// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Admin mode's Readers page, below the QML: the device list model (checked by QAbstractItemModelTester)
// and ReaderSetup over a fake sysfs + /dev tree with pipes for devices — configured readers and their
// state, hot-plug, "tap a card now" with the settings lines it suggests, and the audit log.

#include "admin/readersetup.h"
#include "audit/auditlog.h"
#include "fakeclock.h"
#include "fakecobot.h"
#include "fakeinputtree.h"
#include "input/cardreaders.h"
#include "input/readeridentifier.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const FakeInputTree::Device laptopKeyboard {
    u"AT Translated Set 2 keyboard"_s, 0x0001, 0x0001, {}, true, {}, u"platform-i8042-serio-0-event-kbd"_s};
const FakeInputTree::Device acmeReader {u"Acme RFID Reader"_s, 0x08ff, 0x0009, u"ABC123"_s, true,
    u"usb-Acme_RFID_Reader_ABC123-event-kbd"_s, u"pci-0000:00:14.0-usb-0:2:1.0-event-kbd"_s};
const FakeInputTree::Device mouse {u"Logitech USB Optical Mouse"_s, 0x046d, 0xc077, {}, false, {}, {}};

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

struct Rig
{
    FakeInputTree tree;
    QTemporaryDir dir;
    FakeClock clock;
    AuditLog audit {dir.filePath(u"audit.jsonl"_s), clock.clock()};
    std::unique_ptr<CardReaders> readers;
    std::unique_ptr<ReaderSetup> setup;

    ReaderSetup &make(const QList<ReaderConfig> &configs)
    {
        readers = std::make_unique<CardReaders>(configs, ScanTiming {}, &audit, clock.clock());
        readers->setDeviceSource([this] { return tree.list(); }, tree.opener(), tree.dev());
        readers->start();
        setup = std::make_unique<ReaderSetup>(readers.get(), &audit, clock.clock());
        setup->identifier()->setOpener(tree.opener());
        return *setup;
    }
};

} // namespace

class TestReaderSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelListsPossibleReadersFirst()
    {
        FakeInputTree tree;
        tree.plug(1, mouse);
        tree.plug(2, acmeReader);
        tree.plug(7, laptopKeyboard);
        InputDeviceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &InputDeviceModel::countChanged);
        model.setDevices(tree.list(), {{tree.nodePath(2), u"front"_s}});
        QCOMPARE(counts.size(), 1);
        QCOMPARE(column(model, InputDeviceModel::PathRole),
            (QStringList {tree.nodePath(2), tree.nodePath(7), tree.nodePath(1)}));
        QCOMPARE(column(model, InputDeviceModel::UsbIdRole),
            (QStringList {u"08ff:0009"_s, u"0001:0001"_s, u"046d:c077"_s}));
        QCOMPARE(column(model, InputDeviceModel::ByIdRole), (QStringList {acmeReader.byId, {}, {}}));
        QCOMPARE(column(model, InputDeviceModel::ByPathRole),
            (QStringList {acmeReader.byPath, laptopKeyboard.byPath, {}}));
        QCOMPARE(column(model, InputDeviceModel::ReaderRole), (QStringList {u"front"_s, {}, {}}));
        QCOMPARE(
            column(model, InputDeviceModel::KeyboardRole), (QStringList {u"true"_s, u"true"_s, u"false"_s}));
        QCOMPARE(model.roleNames().value(InputDeviceModel::ByIdRole), QByteArray("byId"));

        // The same list again changes nothing; one device fewer is a new list.
        model.setDevices(tree.list(), {{tree.nodePath(2), u"front"_s}});
        QCOMPARE(counts.size(), 1);
        QSignalSpy identified(&model, &InputDeviceModel::identifiedRowChanged);
        model.setIdentified(tree.nodePath(7));
        QCOMPARE(model.identifiedRow(), 1);
        QCOMPARE(column(model, InputDeviceModel::IdentifiedRole),
            (QStringList {u"false"_s, u"true"_s, u"false"_s}));
        tree.unplug(2);
        model.setDevices(tree.list(), {});
        QCOMPARE(counts.size(), 2);
        QCOMPARE(model.identifiedRow(), 0);
        QCOMPARE(identified.size(), 2);
        model.setIdentified({});
        QCOMPARE(model.identifiedRow(), -1);
    }

    void suggestsASelectorThatFindsTheDeviceAgain()
    {
        FakeInputTree tree;
        tree.plug(2, acmeReader);
        tree.plug(3, {u"Sycreader USB Reader"_s, 0xffff, 0x0035, {}, true, {}, {}});
        tree.plug(4, {u"Twin reader"_s, 0x1234, 0x5678, u"A"_s, true, {}, {}});
        tree.plug(
            5, {u"Twin reader"_s, 0x1234, 0x5678, u"B"_s, true, {}, u"pci-0000:00:14.0-usb-0:5-event-kbd"_s});
        tree.plug(
            6, {u"Twin reader"_s, 0x1234, 0x5678, {}, true, {}, u"pci-0000:00:14.0-usb-0:6-event-kbd"_s});
        const QList<InputDeviceInfo> all = tree.list();
        const auto selector = [&](int n) {
            const auto it = std::find_if(all.cbegin(), all.cend(),
                [&](const InputDeviceInfo &device) { return device.path == tree.nodePath(n); });
            return ReaderSetup::selectorFor(*it, all, tree.dev());
        };
        QCOMPARE(selector(2), acmeReader.byId); // by-id first
        QCOMPARE(selector(3), u"ffff:0035"_s); // no link: vendor:product
        // Three of a kind: the serial tells them apart where there is one, else the USB port.
        QCOMPARE(selector(5), u"1234:5678:B"_s);
        QCOMPARE(selector(6), tree.dev() + u"/input/by-path/pci-0000:00:14.0-usb-0:6-event-kbd"_s);
        // Whatever is offered finds this very device when the kiosk reads it back.
        for (int n : {2, 3, 4, 5, 6}) {
            QString error;
            const auto parsed = ReaderSelector::parse(selector(n), &error);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(parsed->find(all, tree.dev())->path, tree.nodePath(n));
        }
    }

    void showsConfiguredReadersAndFollowsHotPlug()
    {
        Rig rig;
        rig.tree.plug(2, acmeReader);
        rig.tree.plug(3, mouse);
        rig.tree.deny(4);
        rig.tree.plug(4, laptopKeyboard);
        ReaderSetup &setup = rig.make({testReader(u"front"_s, acmeReader.byId),
            testReader(u"exit"_s, u"0c27:3bfa"_s, ReaderRole::CheckOut),
            testReader(u"desk"_s, u"0001:0001"_s, ReaderRole::Register)});
        QAbstractItemModelTester tester(
            setup.devices(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto configured = [&setup](int i) { return setup.configured().at(i).toMap(); };
        QCOMPARE(setup.configured().size(), 3);
        QCOMPARE(configured(0).value(u"label"_s).toString(), u"front"_s);
        QCOMPARE(configured(0).value(u"state"_s).toString(), u"connected"_s);
        QCOMPARE(configured(0).value(u"selector"_s).toString(), acmeReader.byId);
        QVERIFY(configured(0).value(u"device"_s).toString().contains(rig.tree.nodePath(2)));
        QCOMPARE(configured(1).value(u"state"_s).toString(), u"missing"_s);
        QCOMPARE(configured(1).value(u"role"_s).toString(), u"check-out"_s);
        // A permission problem names what to install.
        QCOMPARE(configured(2).value(u"state"_s).toString(), u"unusable"_s);
        QVERIFY2(configured(2).value(u"problem"_s).toString().contains(u"60-cobot-kiosk-readers.rules"_s),
            qPrintable(configured(2).value(u"problem"_s).toString()));
        QCOMPARE(column(*setup.devices(), InputDeviceModel::ReaderRole), (QStringList {u"front"_s, {}, {}}));

        // Unplugged: the watcher notices, the page follows without being asked.
        QSignalSpy configuredChanged(&setup, &ReaderSetup::configuredChanged);
        rig.tree.unplug(2);
        QTRY_COMPARE(setup.devices()->rowCount(), 2);
        QTRY_COMPARE(configured(0).value(u"state"_s).toString(), u"disconnected"_s);
        QVERIFY(configuredChanged.size() >= 1);
        rig.tree.plug(6, acmeReader);
        QTRY_COMPARE(setup.devices()->rowCount(), 3);
        QTRY_COMPARE(configured(0).value(u"state"_s).toString(), u"connected"_s);
        // A device no reader uses shows up as well.
        rig.tree.plug(8, mouse);
        QTRY_COMPARE(setup.devices()->rowCount(), 4);
    }

    void identifiesAnUnconfiguredReaderAndSaysWhatToWrite()
    {
        Rig rig;
        rig.tree.plug(1, laptopKeyboard);
        rig.tree.plug(4, acmeReader);
        ReaderSetup &setup = rig.make({testReader(u"front"_s, u"0001:0001"_s)});
        QSignalSpy result(&setup, &ReaderSetup::resultChanged);
        setup.identify();
        QVERIFY(setup.countdown()->isActive());
        QCOMPARE(setup.countdown()->secondsLeft(), ReaderSetup::identifyTimeoutMs / 1000);
        rig.clock.advance(5000);
        QTRY_COMPARE(setup.countdown()->secondsLeft(), ReaderSetup::identifyTimeoutMs / 1000 - 5);
        rig.tree.sendRecording(4, u"decimal-reader.evemu"_s);
        QTRY_VERIFY(!setup.result().isEmpty());
        QVERIFY(!setup.countdown()->isActive());
        QVERIFY(!setup.hasFailed());
        QVERIFY2(setup.result().contains(u"\u20267890"_s), qPrintable(setup.result()));
        QVERIFY2(setup.result().contains(acmeReader.name), qPrintable(setup.result()));
        // "front" is taken: the next free label, and the by-id name.
        QCOMPARE(setup.configLines(), u"[reader.reader2]\ndevice=%1\nrole=check-in"_s.arg(acmeReader.byId));
        QCOMPARE(setup.devices()->identifiedRow(), 1);
        QCOMPARE(setup.devices()->index(1).data(InputDeviceModel::PathRole).toString(), rig.tree.nodePath(4));

        const QList<QJsonObject> audit = readJsonLines(rig.dir.filePath(u"audit.jsonl"_s));
        const auto entry = std::find_if(audit.cbegin(), audit.cend(),
            [](const QJsonObject &e) { return e.value(u"event"_s) == u"reader-identified"_s; });
        QVERIFY(entry != audit.cend());
        QCOMPARE(entry->value(u"device"_s).toString(), rig.tree.nodePath(4));
        QCOMPARE(entry->value(u"usb_id"_s).toString(), u"08ff:0009"_s);
        QCOMPARE(entry->value(u"token"_s).toString(), u"\u20267890"_s);
        QVERIFY(!entry->contains(u"reader"_s));
        QFile log(rig.dir.filePath(u"audit.jsonl"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains("4567890")); // the card number only masked

        // Admin mode closed: the result goes.
        setup.reset();
        QVERIFY(setup.result().isEmpty());
        QCOMPARE(setup.devices()->identifiedRow(), -1);
    }

    void aConfiguredReaderIsNamedAndNothingIsSuggested()
    {
        Rig rig;
        rig.tree.plug(4, acmeReader);
        ReaderSetup &setup = rig.make({testReader(u"front"_s, u"08ff:0009"_s)});
        QSignalSpy checkIns(rig.readers.get(), &CardReaders::checkInScanned);
        setup.identify();
        rig.tree.sendRecording(4, u"kp-enter-reader.evemu"_s);
        QTRY_VERIFY(!setup.result().isEmpty());
        QVERIFY2(setup.result().contains(u"\u201cfront\u201d"_s), qPrintable(setup.result()));
        QVERIFY(setup.configLines().isEmpty());
        QCOMPARE(checkIns.size(), 0);
        const QList<QJsonObject> audit = readJsonLines(rig.dir.filePath(u"audit.jsonl"_s));
        QCOMPARE(audit.last().value(u"event"_s).toString(), u"reader-identified"_s);
        QCOMPARE(audit.last().value(u"reader"_s).toString(), u"front"_s);
    }

    void noCardMeansAClearMessageAndCancelStopsListening()
    {
        Rig rig;
        rig.tree.plug(4, acmeReader);
        ReaderSetup &setup = rig.make({});
        setup.identifier()->start(1); // the identifier's own deadline, not the page's
        QSignalSpy timedOut(setup.identifier(), &ReaderIdentifier::timedOut);
        QVERIFY(timedOut.wait(5000));
        QVERIFY(setup.hasFailed());
        QVERIFY(setup.result().contains(u"udev"_s));
        QCOMPARE(readJsonLines(rig.dir.filePath(u"audit.jsonl"_s)).last().value(u"event"_s).toString(),
            u"reader-identify-timed-out"_s);

        setup.identify();
        QVERIFY(setup.result().isEmpty()); // a new try starts clean
        setup.cancel();
        QVERIFY(!setup.countdown()->isActive());
        QVERIFY(!setup.identifier()->isActive());
    }
};

QTEST_GUILESS_MAIN(TestReaderSetup)
#include "tst_readersetup.moc"
