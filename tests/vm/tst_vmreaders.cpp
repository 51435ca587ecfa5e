// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Card readers on a real Linux input stack: Debian's kernel under QEMU (TCG), with an emulated USB
// keyboard as the reader (xHCI -> usbhid -> evdev) and a USB HID gadget (dummy_hcd + configfs) with
// its own vendor:product as a second one. The kiosk and a fake Cobot run inside the guest from this
// build tree (the host's root shared read-only over virtio-9p); cards are typed through QMP, the
// reader is unplugged and plugged back through QMP, and the audit log (on a writable share) says what
// the kiosk did. Qt's evdevkeyboard input plugin stands for the desktop: it reads every keyboard, so
// a reader key that escaped the grab would arrive on the keyboard-wedge path as a second check-in.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString guestDir = QStringLiteral(GUEST_DIR);
constexpr int cobotPort = 8765; // on the guest's own loopback, where nothing else listens

// QEMU's machine protocol: commands and their answers, events kept for whoever waits for them.
class Qmp
{
public:
    bool connectTo(const QString &path, int timeoutMs)
    {
        if (!QTest::qWaitFor([&] { return QFile::exists(path); }, timeoutMs))
            return false;
        m_socket.connectToServer(path);
        if (!m_socket.waitForConnected(timeoutMs))
            return false;
        const QJsonObject greeting = next(timeoutMs);
        return greeting.contains(u"QMP"_s) && !execute(u"qmp_capabilities"_s).contains(u"error"_s);
    }

    QJsonObject execute(const QString &command, const QJsonObject &arguments = {}, int timeoutMs = 10000)
    {
        QJsonObject request {{u"execute"_s, command}};
        if (!arguments.isEmpty())
            request.insert(u"arguments"_s, arguments);
        m_socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        m_socket.flush();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const QJsonObject reply = next(int(timeoutMs - timer.elapsed()));
            if (reply.contains(u"return"_s) || reply.contains(u"error"_s))
                return reply;
        }
        return QJsonObject {{u"error"_s, QString(u"no answer to "_s + command)}};
    }

    bool waitForEvent(const QString &name, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_events.contains(name) && timer.elapsed() < timeoutMs)
            next(int(timeoutMs - timer.elapsed()));
        return m_events.removeOne(name);
    }

private:
    QJsonObject next(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_socket.canReadLine() && timer.elapsed() < timeoutMs)
            m_socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
        if (!m_socket.canReadLine())
            return {};
        const QJsonObject message = QJsonDocument::fromJson(m_socket.readLine()).object();
        if (message.contains(u"event"_s))
            m_events.append(message.value(u"event"_s).toString());
        return message;
    }

    QLocalSocket m_socket;
    QStringList m_events;
};

// QEMU key names for what a reader types.
QStringList qcodes(const QString &card)
{
    QStringList keys;
    for (const QChar c : card)
        keys.append(c.isUpper() ? u"shift+"_s + c.toLower() : QString(c));
    keys.append(u"ret"_s);
    return keys;
}

// A USB boot keyboard's report descriptor, as the gadget announces it.
const QByteArray keyboardReportDescriptor = QByteArray::fromHex(
    "05010906a101050719e029e71500250175019508810295017508810395057501050819012905910295017503910395067508"
    "150025650507190029658100c0");

// Shell printf text writing these bytes (octal escapes: dash's printf knows no \x).
QString printfBytes(const QByteArray &bytes)
{
    QString text;
    for (const char byte : bytes)
        text += u"\\%1"_s.arg(uint(uchar(byte)), 3, 8, QChar(u'0'));
    return text;
}

// The HID reports a keyboard gadget sends for a card: press (with Shift for capitals) and release.
QString gadgetTypingScript(const QString &card)
{
    QString script;
    const auto report = [&script](uchar modifiers, uchar usage) {
        const QByteArray press = QByteArray(1, char(modifiers)) + QByteArray(1, 0)
            + QByteArray(1, char(usage)) + QByteArray(5, 0);
        script += u"printf '%1' > /dev/hidg0\nprintf '%2' > /dev/hidg0\n"_s.arg(
            printfBytes(press), printfBytes(QByteArray(8, 0)));
    };
    for (const QChar c : QString(card + u'\n')) {
        if (c == u'\n')
            report(0, 0x28);
        else if (c == u'0')
            report(0, 0x27);
        else if (c.isDigit())
            report(0, uchar(0x1e + c.digitValue() - 1));
        else
            report(c.isUpper() ? 0x02 : 0, uchar(0x04 + c.toLower().unicode() - u'a'));
    }
    return script;
}

} // namespace

class TestVmReaders : public QObject
{
    Q_OBJECT

    QList<QJsonObject> audit() const
    {
        QList<QJsonObject> entries;
        QFile file(m_run.filePath(u"audit.jsonl"_s));
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                const QByteArray line = file.readLine();
                if (line.endsWith('\n'))
                    entries.append(QJsonDocument::fromJson(line).object());
            }
        }
        return entries;
    }

    // The first audit entry after the first `skip` ones with this event (and reader), within the deadline.
    QJsonObject waitForAudit(
        const QString &event, const QString &reader, qsizetype skip, int timeoutMs = 10000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                const QList<QJsonObject> entries = audit();
                for (qsizetype i = skip; i < entries.size(); ++i) {
                    const QJsonObject &entry = entries.at(i);
                    if (entry.value(u"event"_s).toString() == event
                        && (reader.isEmpty() || entry.value(u"reader"_s).toString() == reader)) {
                        found = entry;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    QString readText(const QString &name) const
    {
        QFile file(m_run.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // The time stamp (seconds since boot) of the nth line matching, or -1.
    static double stampOf(const QString &log, const QRegularExpression &line, int nth)
    {
        for (const QString &text : log.split(u'\n')) {
            const auto match = line.match(text);
            if (match.hasMatch() && nth-- == 0)
                return match.captured(1).toDouble();
        }
        return -1;
    }

    QString diagnostics() const
    {
        QString text;
        for (const QString &name :
            QStringList {u"guest.log"_s, u"kiosk.log"_s, u"serial.log"_s, u"audit.jsonl"_s}) {
            QFile file(m_run.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                text += u"\n--- "_s + name + u" ---\n"_s + QString::fromUtf8(file.readAll().right(4000));
        }
        return text;
    }

    // Types like the reader: one key every 60 ms. QEMU queues 16 HID events for the guest, which
    // polls every 8 ms (xHCI) when it gets the CPU; on a busy machine faster typing loses keys.
    // This paces the emulated hardware; it waits for nothing.
    void typeThroughQmp(const QString &card)
    {
        for (const QString &key : qcodes(card)) {
            QJsonArray down;
            QJsonArray up;
            for (const QString &part : key.split(u'+')) {
                down.append(QJsonObject {{u"type"_s, u"key"_s},
                    {u"data"_s,
                        QJsonObject {{u"down"_s, true},
                            {u"key"_s, QJsonObject {{u"type"_s, u"qcode"_s}, {u"data"_s, part}}}}}});
                up.prepend(QJsonObject {{u"type"_s, u"key"_s},
                    {u"data"_s,
                        QJsonObject {{u"down"_s, false},
                            {u"key"_s, QJsonObject {{u"type"_s, u"qcode"_s}, {u"data"_s, part}}}}}});
            }
            QJsonArray events = down;
            for (const QJsonValue &event : std::as_const(up))
                events.append(event);
            const QJsonObject reply = m_qmp.execute(u"input-send-event"_s, {{u"events"_s, events}});
            QVERIFY2(!reply.contains(u"error"_s), QJsonDocument(reply).toJson().constData());
            QTest::qWait(60);
        }
    }

    void gadget(const QString &name, const QString &script)
    {
        QSaveFile file(m_run.filePath(u"gadget-"_s + name + u".sh"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.toUtf8());
        QVERIFY(file.commit());
    }

    QString guestScript() const
    {
        const QString gadgetDir = u"/sys/kernel/config/usb_gadget/acme"_s;
        return uR"sh(#!/bin/sh
# Written by tst_vmreaders: runs inside the guest, in the chroot of the host's root.
R=/run/vm
export HOME=/run/home XDG_CONFIG_HOME=/run/home/config XDG_DATA_HOME=/run/home/data TMPDIR=/run/tmp
export XDG_RUNTIME_DIR=/run/xdg LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen SYSTEMD_IGNORE_CHROOT=1
mkdir -p $HOME $XDG_RUNTIME_DIR && chmod 700 $XDG_RUNTIME_DIR
# Log lines stamped with the time since boot, the clock dmesg uses too.
export QT_MESSAGE_PATTERN='[%{time boot}] %{if-category}%{category}: %{endif}%{message}'
echo "guest: $(cut -d' ' -f1 /proc/uptime)s udev"
/lib/systemd/systemd-udevd --daemon
udevadm trigger --action=add
echo "guest: $(cut -d' ' -f1 /proc/uptime)s gadget"
G=%1
mkdir -p $G/strings/0x409 $G/configs/c.1 $G/functions/hid.usb0
echo 0x08ff > $G/idVendor
echo 0x0009 > $G/idProduct
echo ABC123 > $G/strings/0x409/serialnumber
echo Acme > $G/strings/0x409/manufacturer
echo "RFID Reader" > $G/strings/0x409/product
echo 1 > $G/functions/hid.usb0/protocol
echo 1 > $G/functions/hid.usb0/subclass
echo 8 > $G/functions/hid.usb0/report_length
printf '%2' > $G/functions/hid.usb0/report_desc
ln -s $G/functions/hid.usb0 $G/configs/c.1/
ls /sys/class/udc | head -n1 > $G/UDC
# Qt's keyboard discovery (the stand-in desktop) reads udev's database once at start: let it settle.
udevadm settle --timeout=20
echo "guest: $(cut -d' ' -f1 /proc/uptime)s fake cobot and kiosk"
# Both start at once (loading them over 9p under TCG takes seconds): the port is fixed, the host
# types only once the fake Cobot has written its URL.
%3 $R/cobot-url %5 04A1B2C3D4@m-jane 0003141592=Grace > $R/cobot.log 2>&1 &
printf 'test-access-token\n' > /run/token
chmod 600 /run/token
QT_QPA_GENERIC_PLUGINS=evdevkeyboard QT_LOGGING_RULES='cobotkiosk.*.debug=true' \
    %4 --api-url http://127.0.0.1:%5 --token-file /run/token --audit-log $R/audit.jsonl \
    --config $R/kiosk.conf > $R/kiosk.log 2>&1 &
kiosk=$!
while [ ! -e $R/stop ]; do
    for f in $R/gadget-*.sh; do
        [ -e "$f" ] || continue
        G=$G sh "$f"
        rm -f "$f"
    done
    sleep 0.02
done
kill $kiosk
wait $kiosk
echo "guest: kiosk exited with $?"
dmesg > $R/dmesg.log
)sh"_s.arg(gadgetDir, printfBytes(keyboardReportDescriptor), QStringLiteral(FAKE_COBOT_BINARY),
            QStringLiteral(KIOSK_BINARY), QString::number(cobotPort));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_qemu = QStandardPaths::findExecutable(u"qemu-system-x86_64"_s);
        if (m_qemu.isEmpty())
            QSKIP("QEMU cannot run here: qemu-system-x86_64 is not installed (scripts/setup.sh installs it)");
        if (!QFile::exists(u"/usr/share/qemu/qboot.rom"_s))
            QSKIP("QEMU cannot run here: /usr/share/qemu/qboot.rom is missing (package qemu-system-data)");
        QVERIFY2(QFile::exists(guestDir + u"/vmlinux"_s) && QFile::exists(guestDir + u"/initramfs.cpio"_s),
            "the guest kernel is not prepared (ctest runs vm_prepare first)");
        QVERIFY(QFile::exists(u"/lib/systemd/systemd-udevd"_s));
    }

    void cardsOnARealKernel()
    {
        QElapsedTimer total;
        total.start();
        QVERIFY(m_run.isValid());
        m_run.setAutoRemove(!qEnvironmentVariableIsSet("KEEP_VM_RUN"));
        QFile conf(m_run.filePath(u"kiosk.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        // No debounce: a key that leaked into the wedge would be a second check-in, not swallowed.
        // A wide key gap: the wedge times keys when the event loop gets to them, and an emulated
        // guest on a busy machine gets to them late (evdev readers use the kernel's time stamps).
        conf.write("[scan]\ndebounce_ms=0\nmax_key_gap_ms=500\n[input]\nwedge=on\n"
                   "[reader.front]\ndevice=0627:0001:RFID-A\n"
                   "[reader.acme]\ndevice=usb-Acme_RFID_Reader_ABC123-event-kbd\nrole=check-out\n");
        conf.close();
        QFile script(m_run.filePath(u"guest.sh"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(guestScript().toUtf8());
        script.close();

        const QString qmpSocket = m_run.filePath(u"qmp.sock"_s);
        QProcess qemu;
        qemu.setProcessChannelMode(QProcess::MergedChannels);
        qemu.start(m_qemu,
            {u"-accel"_s, u"tcg"_s, u"-m"_s, u"1024"_s, u"-nodefaults"_s, u"-no-user-config"_s, u"-display"_s,
                u"none"_s, u"-no-reboot"_s, u"-bios"_s, u"/usr/share/qemu/qboot.rom"_s, u"-kernel"_s,
                guestDir + u"/vmlinux"_s, u"-initrd"_s, guestDir + u"/initramfs.cpio"_s, u"-append"_s,
                u"console=ttyS0 quiet panic=-1"_s, u"-serial"_s, u"file:"_s + m_run.filePath(u"serial.log"_s),
                u"-qmp"_s, u"unix:"_s + qmpSocket + u",server=on,wait=off"_s, u"-virtfs"_s,
                u"local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap"_s,
                u"-virtfs"_s, u"local,path="_s + m_run.path() + u",mount_tag=results,security_model=none"_s,
                u"-device"_s, u"qemu-xhci,id=xhci"_s, u"-device"_s,
                u"usb-kbd,id=rfid,bus=xhci.0,port=1,serial=RFID-A"_s});
        QVERIFY2(qemu.waitForStarted(), qPrintable(qemu.errorString()));
        const auto stop = qScopeGuard([&] {
            QFile::copy(m_run.filePath(u"audit.jsonl"_s), u"vm-audit.jsonl"_s);
            if (qemu.state() != QProcess::NotRunning) {
                QFile(m_run.filePath(u"stop"_s)).open(QIODevice::WriteOnly);
                if (!qemu.waitForFinished(5000)) {
                    qemu.kill();
                    qemu.waitForFinished();
                }
            }
        });
        QVERIFY2(m_qmp.connectTo(qmpSocket, 10000), qPrintable(QString::fromUtf8(qemu.readAll())));

        // 1. Both readers are found and grabbed: front by vendor:product:serial, the gadget by its
        //    by-id name (a link udev makes: that one waits for udev).
        // Booting and starting everything takes ~15 s here; a machine busy with other work, much longer.
        QJsonObject front = waitForAudit(u"reader-connected"_s, u"front"_s, 0, 150000);
        QVERIFY2(!front.isEmpty(), qPrintable(diagnostics()));
        QCOMPARE(front.value(u"usb_id"_s).toString(), u"0627:0001"_s);
        QCOMPARE(front.value(u"name"_s).toString(), u"QEMU QEMU USB Keyboard"_s);
        const QJsonObject acme = waitForAudit(u"reader-connected"_s, u"acme"_s, 0);
        QVERIFY2(!acme.isEmpty(), qPrintable(diagnostics()));
        QCOMPARE(acme.value(u"usb_id"_s).toString(), u"08ff:0009"_s);
        QCOMPARE(acme.value(u"name"_s).toString(), u"Acme RFID Reader"_s);
        QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(m_run.filePath(u"cobot-url"_s)); }, 10000),
            qPrintable(diagnostics()));
        const qint64 readyMs = total.elapsed();

        // 2. A card on the emulated reader: one check-in, the right member, from evdev, reader "front".
        qsizetype seen = audit().size();
        typeThroughQmp(u"0004567890"_s);
        QJsonObject checkIn = waitForAudit(u"check-in"_s, {}, seen);
        QVERIFY2(!checkIn.isEmpty(), qPrintable(diagnostics()));
        QCOMPARE(checkIn.value(u"outcome"_s).toString(), u"granted"_s);
        QCOMPARE(checkIn.value(u"member"_s).toString(), u"Jane Doe"_s);
        QCOMPARE(checkIn.value(u"input"_s).toString(), u"evdev"_s);
        QCOMPARE(checkIn.value(u"reader"_s).toString(), u"front"_s);

        // 3. Unplugged: audited (the status line follows the same state), no human needed.
        seen = audit().size();
        QElapsedTimer unplug;
        unplug.start();
        QVERIFY(!m_qmp.execute(u"device_del"_s, {{u"id"_s, u"rfid"_s}}).contains(u"error"_s));
        QVERIFY2(
            !waitForAudit(u"reader-disconnected"_s, u"front"_s, seen).isEmpty(), qPrintable(diagnostics()));
        const qint64 disconnectMs = unplug.elapsed();
        QVERIFY(m_qmp.waitForEvent(u"DEVICE_DELETED"_s, 10000));

        // 4. The same keys on the PC's own keyboard do reach the desktop (the wedge path is alive),
        //    so step 6 finding nothing there means something.
        seen = audit().size();
        typeThroughQmp(u"0007654321"_s);
        const QJsonObject wedge = waitForAudit(u"check-in"_s, {}, seen);
        QVERIFY2(!wedge.isEmpty(), qPrintable(diagnostics()));
        QCOMPARE(wedge.value(u"input"_s).toString(), u"wedge"_s);
        QCOMPARE(wedge.value(u"token"_s).toString(), u"\u20264321"_s);

        // 5. Plugged back in: reopened and grabbed again by itself, then a second card.
        seen = audit().size();
        QElapsedTimer replug;
        replug.start();
        QVERIFY(!m_qmp
                     .execute(u"device_add"_s,
                         {{u"driver"_s, u"usb-kbd"_s}, {u"id"_s, u"rfid"_s}, {u"bus"_s, u"xhci.0"_s},
                             {u"port"_s, u"1"_s}, {u"serial"_s, u"RFID-A"_s}})
                     .contains(u"error"_s));
        front = waitForAudit(u"reader-connected"_s, u"front"_s, seen);
        QVERIFY2(!front.isEmpty(), qPrintable(diagnostics()));
        const qint64 reconnectMs = replug.elapsed();
        seen = audit().size();
        typeThroughQmp(u"0003141592"_s);
        checkIn = waitForAudit(u"check-in"_s, {}, seen);
        QCOMPARE(checkIn.value(u"member"_s).toString(), u"Grace"_s);
        QCOMPARE(checkIn.value(u"reader"_s).toString(), u"front"_s);

        // 6. The gadget reader (its own vendor:product) is the exit: Jane's second card, hex with
        //    Shift for the letters, checks her out (looked up, then DELETE .../check_ins/current).
        seen = audit().size();
        gadget(u"type"_s, gadgetTypingScript(u"04A1B2C3D4"_s));
        const QJsonObject checkOut = waitForAudit(u"check-out"_s, {}, seen);
        QVERIFY2(!checkOut.isEmpty(), qPrintable(diagnostics()));
        QCOMPARE(checkOut.value(u"outcome"_s).toString(), u"checked-out"_s);
        QCOMPARE(checkOut.value(u"message"_s).toString(), u"Goodbye, Jane Doe"_s);
        QCOMPARE(checkOut.value(u"reader"_s).toString(), u"acme"_s);
        QCOMPARE(checkOut.value(u"token"_s).toString(), u"\u2026C3D4"_s);

        // 7. Its UDC unbound and bound again: gone (ENODEV) and back.
        seen = audit().size();
        gadget(u"unbind"_s, u"echo '' > $G/UDC\n"_s);
        QVERIFY2(
            !waitForAudit(u"reader-disconnected"_s, u"acme"_s, seen).isEmpty(), qPrintable(diagnostics()));
        gadget(u"bind"_s, u"ls /sys/class/udc | head -n1 > $G/UDC\n"_s);
        QVERIFY2(!waitForAudit(u"reader-connected"_s, u"acme"_s, seen).isEmpty(), qPrintable(diagnostics()));

        // Nothing leaked: exactly the check-ins above, and the wedge only saw the PC keyboard's card.
        // (A leaked key reaches the wedge in the same moment the reader's key reaches the kiosk, and
        // check-ins are handled in order: each leak would sit before the next entry awaited above.)
        QStringList summary;
        for (const QJsonObject &entry : audit()) {
            const QString event = entry.value(u"event"_s).toString();
            if (event == u"check-in"_s || event == u"check-out"_s)
                summary.append(event + u' ' + entry.value(u"input"_s).toString() + u' '
                    + entry.value(u"token"_s).toString());
        }
        QCOMPARE(summary,
            QStringList({u"check-in evdev \u20267890"_s, u"check-in wedge \u20264321"_s,
                u"check-in evdev \u20261592"_s, u"check-out evdev \u2026C3D4"_s}));

        // The guest's own view: kernel messages and kiosk log lines share the time since boot.
        QFile(m_run.filePath(u"stop"_s)).open(QIODevice::WriteOnly);
        QVERIFY(qemu.waitForFinished(20000));
        const QString kioskLog = readText(u"kiosk.log"_s);
        const QString dmesg = readText(u"dmesg.log"_s);
        const auto kernelTime = [&dmesg](const QString &pattern, int nth) {
            return stampOf(dmesg, QRegularExpression(u"^\\[\\s*([0-9.]+)\\] .*"_s + pattern), nth);
        };
        const auto kioskTime = [&kioskLog](const QString &pattern, int nth) {
            return stampOf(kioskLog, QRegularExpression(u"^\\[\\s*([0-9.]+)\\] .*"_s + pattern), nth);
        };
        const double unplugged = kernelTime(u"USB disconnect"_s, 0);
        const double statusLine = kioskTime(u"Card reader disconnected: front"_s, 0);
        const double plugged = kernelTime(u"input: QEMU QEMU USB Keyboard as"_s, 1);
        const double grabbed = kioskTime(u"reader front connected"_s, 1);
        QVERIFY2(unplugged > 0 && statusLine > 0 && plugged > 0 && grabbed > 0,
            qPrintable(u"log lines missing:\n"_s + kioskLog + dmesg.right(3000)));
        qInfo("In the guest: the status line said \"Card reader disconnected\" %.0f ms after the kernel's "
              "USB disconnect; the replugged reader was grabbed %.0f ms after the kernel registered it.",
            (statusLine - unplugged) * 1000, (grabbed - plugged) * 1000);
        qInfo("From the host: readers grabbed %lld ms after QEMU started; unplug audited %lld ms after "
              "device_del; replug grabbed %lld ms after device_add (USB enumeration included); whole test "
              "%lld ms",
            readyMs, disconnectMs, reconnectMs, total.elapsed());
    }

private:
    QString m_qemu;
    QTemporaryDir m_run {QDir::currentPath() + u"/vm-run-XXXXXX"_s};
    Qmp m_qmp;
};

QTEST_GUILESS_MAIN(TestVmReaders)
#include "tst_vmreaders.moc"
