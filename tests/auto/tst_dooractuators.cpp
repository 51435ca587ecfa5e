// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Each way of opening the door against the real thing or its closest stand-in: programs run for real,
// HTTP goes to a loopback server (also over TLS), serial bytes go through a pty pair, and GPIO goes
// through the GpioChip seam with a fake chip (no gpio-sim here).

#include "door/actuatorfactory.h"
#include "door/commandactuator.h"
#include "door/emergencyrelease.h"
#include "door/gpioactuator.h"
#include "door/httpactuator.h"
#include "door/serialactuator.h"
#include "fakecobot.h"
#include "fakegpiochip.h"
#include "ptypair.h"
#include "testcertificate.h"
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// What one actuator action reported; nullopt while it has not finished.
struct Outcome
{
    std::shared_ptr<std::optional<QString>> error = std::make_shared<std::optional<QString>>();
    DoorActuator::Done done() const
    {
        return [error = error](const QString &text) {
            QVERIFY2(!*error, "done was called twice");
            *error = text;
        };
    }
    bool wait(int timeoutMs = 10000) const
    {
        return QTest::qWaitFor([this] { return error->has_value(); }, timeoutMs);
    }
    QString text() const { return error->value_or(u"<not finished>"_s); }
};

const DoorRequest request {u"Jane Doe"_s, u"\u20267890"_s, 3000};

QMap<QString, QString> readEnvironment(const QString &path)
{
    QFile file(path);
    QMap<QString, QString> environment;
    if (!file.open(QIODevice::ReadOnly))
        return environment;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            environment.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return environment;
}

// A process that is gone or a zombie (nobody reaped it yet) no longer runs.
bool isRunning(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.mid(close + 2, 1) != "Z";
}

} // namespace

class TestDoorActuators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    // --- program ---

    void programGetsArgumentsAndWhoItOpensFor()
    {
        const QString script
            = writeScript(m_dir.filePath(u"open.sh"_s), "env > \"$1\"\necho \"$2\" > \"$1.arg\"\n");
        const QString envFile = m_dir.filePath(u"env"_s);
        // The kiosk's own environment may hold a full card number under our names: never passed on.
        qputenv("COBOT_KIOSK_TOKEN", "0004567890");
        qputenv("COBOT_KIOSK_STALE", "x");
        CommandActuator actuator({script, {envFile, u"two words"_s}}, std::nullopt, 5000);
        Outcome outcome;
        actuator.perform(DoorAction::Open, request, outcome.done());
        QVERIFY(outcome.wait());
        qunsetenv("COBOT_KIOSK_TOKEN");
        qunsetenv("COBOT_KIOSK_STALE");
        QCOMPARE(outcome.text(), QString());

        const auto environment = readEnvironment(envFile);
        QCOMPARE(environment.value(u"COBOT_KIOSK_OUTCOME"_s), u"granted"_s);
        QCOMPARE(environment.value(u"COBOT_KIOSK_MEMBER"_s), u"Jane Doe"_s);
        QCOMPARE(environment.value(u"COBOT_KIOSK_TOKEN"_s), u"\u20267890"_s);
        QCOMPARE(environment.value(u"COBOT_KIOSK_ACTION"_s), u"open"_s);
        QCOMPARE(environment.value(u"COBOT_KIOSK_PULSE_MS"_s), u"3000"_s);
        QVERIFY(!environment.contains(u"COBOT_KIOSK_STALE"_s));
        QVERIFY(environment.contains(u"PATH"_s)); // the rest of the environment is the kiosk's
        QFile argument(envFile + u".arg"_s);
        QVERIFY(argument.open(QIODevice::ReadOnly));
        QCOMPARE(argument.readAll(), "two words\n"); // one argument, never split by a shell
    }

    void argumentsFromTheSettingsAreSplitWithoutAShell()
    {
        DoorSettings settings;
        const QString script = writeScript(m_dir.filePath(u"args.sh"_s), "printf '%s|' \"$@\" > \"$1\"\n");
        const QString out = m_dir.filePath(u"args"_s);
        settings.command.program = script;
        settings.command.arguments = out + uR"( "a b" $HOME;rm `x`)"_s;
        const auto actuators = makeDoorActuators(settings);
        QCOMPARE(actuators.size(), size_t(1));
        Outcome outcome;
        actuators.front()->perform(DoorAction::Open, request, outcome.done());
        QVERIFY(outcome.wait());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), out + u"|a b|$HOME;rm|`x`|"_s);
    }

    void programThatHangsIsKilledWithItsChildren()
    {
        const QString pidFile = m_dir.filePath(u"child.pid"_s);
        const QString script
            = writeScript(m_dir.filePath(u"hang.sh"_s), "sleep 60 &\necho $! > \"$1\"\nwait\n");
        CommandActuator actuator({script, {pidFile}}, std::nullopt, 500);
        Outcome outcome;
        actuator.perform(DoorAction::Open, request, outcome.done());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.text().contains(u"did not finish within 0.5 s"_s), qPrintable(outcome.text()));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 child = file.readAll().trimmed().toLongLong();
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(child), 5000);
    }

    void programThatEndedOutlivesItsDeadlineQuietly()
    {
        // The finished program's QProcess stays until the next action; its deadline must not fire
        // (once it killed the process group 0: the kiosk's own).
        const QString script = writeScript(m_dir.filePath(u"quick.sh"_s), "exit 0\n");
        CommandActuator actuator({script, {}}, std::nullopt, 300);
        Outcome outcome;
        QTest::failOnWarning(QRegularExpression(u"did not finish"_s));
        actuator.perform(DoorAction::Open, request, outcome.done());
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.text(), QString());
        QTest::qWait(600); // past the deadline: nothing may happen
    }

    void failuresSayWhatHappened_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exit code and last line") << QByteArray("echo starting\necho relay busy >&2\nexit 3\n")
                                                 << u"exited with code 3: relay busy"_s;
        QTest::newRow("silent exit code") << QByteArray("exit 4\n") << u"exited with code 4"_s;
        QTest::newRow("killed by a signal") << QByteArray("kill -SEGV $$\n") << u"crashed"_s;
    }

    void failuresSayWhatHappened()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const QString script = writeScript(m_dir.filePath(u"fail.sh"_s), body);
        CommandActuator actuator({script, {}}, std::nullopt, 5000);
        Outcome outcome;
        actuator.perform(DoorAction::Open, request, outcome.done());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.text().contains(expected), qPrintable(outcome.text()));
    }

    void programThatCannotStart()
    {
        CommandActuator actuator({m_dir.filePath(u"missing"_s), {}}, std::nullopt, 5000);
        Outcome outcome;
        actuator.perform(DoorAction::Open, request, outcome.done());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.text().contains(u"could not be started"_s), qPrintable(outcome.text()));
    }

    void releaseRunsTheReleaseProgramOrNothing()
    {
        const QString marker = m_dir.filePath(u"released"_s);
        const QString open = writeScript(m_dir.filePath(u"open.sh"_s), "echo open >> \"$1\"\n");
        const QString release = writeScript(m_dir.filePath(u"release.sh"_s), "env > \"$1\"\n");
        CommandActuator withoutRelease({open, {marker}}, std::nullopt, 5000);
        Outcome nothing;
        withoutRelease.perform(DoorAction::Release, request, nothing.done());
        QVERIFY(nothing.error->has_value()); // at once: the program pulses the door itself
        QCOMPARE(nothing.text(), QString());
        QVERIFY(!QFile::exists(marker));

        CommandActuator withRelease({open, {marker}}, CommandActuator::Program {release, {marker}}, 5000);
        Outcome released;
        withRelease.perform(DoorAction::Release, request, released.done());
        QVERIFY(released.wait());
        QCOMPARE(released.text(), QString());
        const auto environment = readEnvironment(marker);
        QCOMPARE(environment.value(u"COBOT_KIOSK_ACTION"_s), u"release"_s);
        QVERIFY(!environment.contains(u"COBOT_KIOSK_MEMBER"_s));
        QVERIFY(!environment.contains(u"COBOT_KIOSK_TOKEN"_s));
    }

    // --- HTTP ---

    void httpSendsTheConfiguredRequests()
    {
        FakeCobot relay;
        const QUrl base = relay.listenOnLoopback();
        relay.respond(u"/relay/1/on"_s, 200, "ok", {{"Content-Type", "text/plain"}});
        relay.respond(u"/relay/1/off"_s, 204, {});
        DoorSettings settings;
        settings.http.url = base.toString() + u"/relay/1/on"_s;
        settings.http.method = u"PUT"_s;
        settings.http.headers = u"X-Relay-Key: s3cret\nContent-Type: application/json"_s;
        settings.http.body = uR"({"on": true})"_s;
        settings.http.releaseUrl = base.toString() + u"/relay/1/off"_s;
        settings.http.releaseMethod = u"DELETE"_s;
        QCOMPARE(settings.validate(), QStringList());
        const auto actuators = makeDoorActuators(settings);
        QCOMPARE(actuators.size(), size_t(1));

        Outcome opened;
        actuators.front()->perform(DoorAction::Open, request, opened.done());
        QVERIFY(opened.wait());
        QCOMPARE(opened.text(), QString());
        Outcome released;
        actuators.front()->perform(DoorAction::Release, request, released.done());
        QVERIFY(released.wait());
        QCOMPARE(released.text(), QString());

        QCOMPARE(relay.requests().size(), 2);
        const auto &on = relay.requests().at(0);
        QCOMPARE(on.method, "PUT");
        QCOMPARE(on.path, u"/relay/1/on"_s);
        QCOMPARE(on.body, R"({"on": true})");
        QCOMPARE(FakeCobot::header(on, "X-Relay-Key"), "s3cret");
        QCOMPARE(on.contentType, "application/json");
        QVERIFY(on.authorization.isEmpty()); // the Cobot token never goes to a relay
        QCOMPARE(relay.requests().at(1).method, "DELETE");
        QCOMPARE(relay.requests().at(1).path, u"/relay/1/off"_s);
    }

    void httpFailures_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("server error") << int(FakeCobot::Script::Kind::Respond) << 500 << u"HTTP 500"_s;
        QTest::newRow("redirect not followed")
            << int(FakeCobot::Script::Kind::Respond) << 302 << u"HTTP 302"_s;
        QTest::newRow("no answer") << int(FakeCobot::Script::Kind::Hang) << 0 << u"no answer within 0.3 s"_s;
    }

    void httpFailures()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, expected);
        FakeCobot relay;
        const QUrl base = relay.listenOnLoopback();
        relay.script(u"/open"_s,
            {FakeCobot::Script::Kind(kind), {status, {}, {{"Location", "https://example.com/"}}}, 0, {}});
        HttpActuator actuator({"POST", QUrl(base.toString() + u"/open"_s), {}, {}}, std::nullopt, {}, 300);
        Outcome outcome;
        actuator.perform(DoorAction::Open, request, outcome.done());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.text().contains(expected), qPrintable(outcome.text()));
        QCOMPARE(relay.requestCount(u"/open"_s), 1);
    }

    void httpsIsVerifiedAndARelaysOwnCaCanBeTrusted()
    {
        const TestCertificate tls = TestCertificate::generate({u"IP:127.0.0.1"_s});
        QVERIFY2(tls.error.isEmpty(), qPrintable(tls.error));
        FakeCobot relay;
        const QUrl base = relay.listenOnLoopbackTls(tls.certificate, tls.key);
        relay.respond(u"/open"_s, 200, "ok", {{"Content-Type", "text/plain"}}, 2);
        const QUrl url(base.toString() + u"/open"_s);

        HttpActuator untrusted({"POST", url, {}, {}}, std::nullopt, {}, 5000);
        Outcome refused;
        untrusted.perform(DoorAction::Open, request, refused.done());
        QVERIFY(refused.wait());
        QVERIFY2(refused.text().contains(u"certificate"_s), qPrintable(refused.text()));

        HttpActuator trusted({"POST", url, {}, {}}, std::nullopt, {tls.certificate}, 5000);
        Outcome accepted;
        trusted.perform(DoorAction::Open, request, accepted.done());
        QVERIFY(accepted.wait());
        QCOMPARE(accepted.text(), QString());
    }

    // --- serial ---

    void serialWritesTheBytesRaw()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        // 0x0a would become 0d 0a on a terminal in cooked mode: the relay must get exactly these bytes.
        SerialActuator actuator(
            pty.devicePath(), 9600, QByteArray::fromHex("a001010a"), QByteArray::fromHex("a00100a1"));
        Outcome released;
        actuator.perform(DoorAction::Release, request, released.done());
        QCOMPARE(released.text(), QString());
        QCOMPARE(pty.takeBytes(4).toHex(), "a00100a1");
        Outcome opened;
        actuator.perform(DoorAction::Open, request, opened.done());
        QCOMPARE(opened.text(), QString());
        QCOMPARE(pty.takeBytes(4).toHex(), "a001010a");
        QCOMPARE(pty.take(), QByteArray());
    }

    void serialDeviceThatIsNotThere()
    {
        SerialActuator actuator(m_dir.filePath(u"ttyUSB9"_s), 9600, "\x01", "\x00");
        Outcome outcome;
        actuator.perform(DoorAction::Release, request, outcome.done());
        QVERIFY2(
            outcome.text().startsWith(u"could not be opened: No such file"_s), qPrintable(outcome.text()));
    }

    void serialReleasesFromTheEmergencyHook()
    {
        PtyPair pty;
        SerialActuator actuator(pty.devicePath(), 115200, "\x11", "\x22");
        Outcome opened;
        actuator.perform(DoorAction::Open, request, opened.done());
        QCOMPARE(pty.takeBytes(1), "\x11");
        // What a fatal-signal handler does: only system calls on what was prepared.
        EmergencyRelease::runAll();
        QCOMPARE(pty.takeBytes(1), "\x22");
    }

    // --- GPIO ---

    void gpioDrivesTheLine()
    {
        FakeGpioChip chip;
        GpioActuator actuator(chip.opener(), u"gpiochip0"_s, 17, true);
        for (DoorAction action : {DoorAction::Release, DoorAction::Open, DoorAction::Release}) {
            Outcome outcome;
            actuator.perform(action, request, outcome.done());
            QCOMPARE(outcome.text(), QString());
        }
        QCOMPARE(chip.state->entries(),
            QStringList({u"open gpiochip0"_s, u"request 17 active-low"_s, u"inactive"_s, u"active"_s,
                u"inactive"_s}));
        EmergencyRelease::runAll();
        QCOMPARE(chip.state->entries().constLast(), u"emergency"_s);
    }

    void gpioProblemsAreReportedAndRetried()
    {
        FakeGpioChip chip;
        chip.state->failOpen = true;
        GpioActuator actuator(chip.opener(), u"gpiochip3"_s, 4, false);
        Outcome first;
        actuator.perform(DoorAction::Release, request, first.done());
        QCOMPARE(first.text(), u"no such chip"_s);
        chip.state->failOpen = false;
        chip.state->failRequest = true;
        Outcome second;
        actuator.perform(DoorAction::Open, request, second.done());
        QCOMPARE(second.text(), u"line busy"_s);
        chip.state->failRequest = false;
        Outcome third;
        actuator.perform(DoorAction::Open, request, third.done());
        QCOMPARE(third.text(), QString());
        QCOMPARE(chip.state->entries().constLast(), u"active"_s);
    }

    void libgpiodSaysWhichChipIsMissing()
    {
        QString error;
        QVERIFY(!openLibgpiodChip(u"gpiochip-that-is-not-there"_s, &error));
        QVERIFY2(error.contains(u"gpiochip-that-is-not-there"_s), qPrintable(error));
    }

    void emergencyHooksComeAndGo()
    {
        static int calls = 0;
        calls = 0;
        const EmergencyRelease::Hook hook
            = [](void *context) noexcept { calls += *static_cast<int *>(context); };
        int one = 1;
        int ten = 10;
        const int a = EmergencyRelease::add(hook, &one);
        const int b = EmergencyRelease::add(hook, &ten);
        QVERIFY(a >= 0 && b >= 0 && a != b);
        EmergencyRelease::runAll();
        QCOMPARE(calls, 11);
        EmergencyRelease::remove(b);
        EmergencyRelease::runAll();
        QCOMPARE(calls, 12);
        EmergencyRelease::remove(a);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDoorActuators)
#include "tst_dooractuators.moc"
