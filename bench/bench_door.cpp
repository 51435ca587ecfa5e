// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// How quickly the door follows a grant, and how exact its pulse is, with the real Door (its own thread):
//   grant -> actuator called        (the hop into the door's thread; an in-process actuator)
//   grant -> relay bytes readable   (the serial actuator, through a pty pair)
//   grant -> door program finished  (the program actuator running /bin/true: fork, exec, exit)
//   pulse length as the actuator sees it (open -> release), asked for 200 ms, while the UI thread spins
//
//   build/bench/bench/bench_door [rounds=200]

#include "door/commandactuator.h"
#include "door/door.h"
#include "door/serialactuator.h"
#include "ptypair.h"
#include "stats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

CheckInOutcome grant()
{
    CheckInOutcome outcome;
    outcome.kind = CheckInOutcome::Kind::Granted;
    outcome.memberName = u"Jane Doe"_s;
    outcome.maskedToken = u"\u20267890"_s;
    return outcome;
}

// Notes when it was asked to open and to release, on a clock shared with the benchmark.
class StopwatchActuator : public DoorActuator
{
public:
    StopwatchActuator(const QElapsedTimer *clock, QSemaphore *opened, QSemaphore *released, qint64 *openedAt,
        qint64 *releasedAt)
        : m_clock(clock)
        , m_opened(opened)
        , m_released(released)
        , m_openedAt(openedAt)
        , m_releasedAt(releasedAt)
    { }
    QString description() const override { return u"stopwatch"_s; }
    void perform(DoorAction action, const DoorRequest &, Done done) override
    {
        if (action == DoorAction::Open) {
            *m_openedAt = m_clock->nsecsElapsed();
            m_opened->release();
        } else if (m_started) {
            *m_releasedAt = m_clock->nsecsElapsed();
            m_released->release();
        }
        m_started = true;
        done({});
    }

private:
    const QElapsedTimer *m_clock;
    QSemaphore *m_opened;
    QSemaphore *m_released;
    qint64 *m_openedAt;
    qint64 *m_releasedAt;
    bool m_started = false; // the release at start-up is not a pulse's end
};

void print(const char *what, const QList<double> &samples, const char *unit)
{
    std::printf("%-34s %s\n", what, qPrintable(summary(samples, unit)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    QElapsedTimer clock;
    clock.start();

    { // the hop into the door's thread, and the pulse while this thread is busy
        QSemaphore opened, released;
        qint64 openedAt = 0, releasedAt = 0;
        Door door(
            [&] {
                std::vector<std::unique_ptr<DoorActuator>> actuators;
                actuators.push_back(
                    std::make_unique<StopwatchActuator>(&clock, &opened, &released, &openedAt, &releasedAt));
                return actuators;
            },
            200, nullptr);
        QList<double> hop, pulse;
        for (int i = 0; i < rounds; ++i) {
            const qint64 asked = clock.nsecsElapsed();
            door.openFor(grant());
            opened.acquire();
            hop.append((openedAt - asked) / 1e6);
            if (i % 20 == 0) { // a pulse now and then: 200 ms each
                while (!released.tryAcquire()) { } // this thread spins, like a busy UI
                pulse.append((releasedAt - openedAt) / 1e6);
            }
        }
        print("grant -> actuator called", hop, "ms");
        print("pulse of 200 ms (UI thread busy)", pulse, "ms");
    }

    { // a serial relay: grant -> bytes on the wire
        PtyPair pty;
        Door door(
            [&] {
                std::vector<std::unique_ptr<DoorActuator>> actuators;
                actuators.push_back(std::make_unique<SerialActuator>(
                    pty.devicePath(), 9600, QByteArray::fromHex("a00101a2"), QByteArray::fromHex("a00100a1")));
                return actuators;
            },
            60000, nullptr);
        pty.takeBytes(4); // released at start-up
        QList<double> wire;
        for (int i = 0; i < rounds; ++i) {
            const qint64 asked = clock.nsecsElapsed();
            door.openFor(grant());
            while (pty.take().isEmpty()) { }
            wire.append((clock.nsecsElapsed() - asked) / 1e6);
        }
        print("grant -> relay bytes readable", wire, "ms");
    }

    { // a door program: grant -> /bin/true has run
        QList<double> program;
        for (int i = 0; i < std::min(rounds, 50); ++i) {
            CommandActuator actuator({u"/bin/true"_s, {}}, std::nullopt, 5000);
            bool finished = false;
            const qint64 asked = clock.nsecsElapsed();
            actuator.perform(DoorAction::Open, {u"Jane Doe"_s, u"\u20267890"_s, 3000},
                [&](const QString &) { finished = true; });
            (void)QTest::qWaitFor([&] { return finished; }, 5000);
            program.append((clock.nsecsElapsed() - asked) / 1e6);
        }
        print("grant -> door program finished", program, "ms");
    }
    return 0;
}
