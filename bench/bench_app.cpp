// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The real binary, as it starts and runs at a desk:
//   cold start -> "ready to scan" (first frame drawn), offscreen and on a virtual X display;
//   resident memory after 1000 check-ins typed like a keyboard-wedge reader.
//
//   build/release/bench/bench_app [startups=20] [scans=1000]

#include "kioskharness.h"
#include "stats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

qint64 proportionalKiB(qint64 pid)
{
    QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : rollup.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Milliseconds from starting the process to its "ready to scan" line (measured out here, so loading
// the executable and its libraries counts), and the figure the kiosk logs itself.
struct Startup
{
    double externalMs = -1;
    double loggedMs = -1;
};

Startup measureStartup(const QString &display)
{
    KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
    QElapsedTimer timer;
    timer.start();
    if (!kiosk.start({u"--demo"_s, u"--windowed"_s}, display).isEmpty())
        return {};
    // Poll often: xdotool-style 0.5 s polling would swamp what is measured.
    while (!kiosk.output().contains(u"ready to scan"_s) && timer.elapsed() < 15000)
        kiosk.process().waitForReadyRead(5);
    Startup result;
    result.externalMs = double(timer.nsecsElapsed()) / 1e6;
    const auto match = QRegularExpression(u"ready to scan after (\\d+) ms"_s).match(kiosk.output());
    if (match.hasMatch())
        result.loggedMs = match.captured(1).toDouble();
    return result;
}

void startupFigures(const char *where, const QString &display, int runs)
{
    measureStartup(display); // warm the page cache: a kiosk restarts with its libraries cached
    QList<double> external;
    QList<double> logged;
    for (int i = 0; i < runs; ++i) {
        const Startup s = measureStartup(display);
        if (s.externalMs < 0) {
            std::printf("  %s: the kiosk did not start\n", where);
            return;
        }
        external.append(s.externalMs);
        logged.append(s.loggedMs);
    }
    std::printf("  %s, process start -> ready to scan: %s\n", where, qPrintable(summary(external, "ms")));
    std::printf("  %s, as the kiosk logs it (from main()): %s\n", where, qPrintable(summary(logged, "ms")));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? atoi(argv[1]) : 20;
    const int scans = argc > 2 ? atoi(argv[2]) : 1000;

    VirtualDisplay display;
    const QString displayError = display.start();

    std::printf("cold start (%d runs each, demo mode)\n", runs);
    startupFigures("offscreen", QString(), runs);
    if (displayError.isEmpty())
        startupFigures("Xvfb + xcb", display.name(), runs);
    else
        std::printf("  Xvfb: %s\n", qPrintable(displayError));
    if (!displayError.isEmpty())
        return 0;

    KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
    kiosk.start({u"--demo"_s, u"--windowed"_s}, display.name());
    if (!kiosk.waitUntilReady())
        return 1;
    const QString pid = QString::number(kiosk.process().processId());
    const qint64 rssReady = residentKiB(pid);
    // Two cards in turn: neither is a repeat within the debounce window of the one before.
    QStringList cards;
    for (int i = 0; i < scans; ++i)
        cards.append(i % 2 ? u"0004567890"_s : u"0009999999"_s);
    const QString error = kiosk.typeCards(cards, 2);
    if (!error.isEmpty() || !kiosk.waitForAuditEntries(scans, 120000)) {
        std::printf("typing failed: %s (%lld audit entries)\n", qPrintable(error),
                    qint64(kiosk.auditEntries().size()));
        return 1;
    }
    const qint64 rssAfter = residentKiB(pid);
    std::printf("memory of the kiosk (Xvfb + xcb, demo mode, the kiosk's default software renderer)\n");
    std::printf("  resident after start: %lld KiB; after %d check-ins: %lld KiB (PSS %lld KiB)\n", rssReady,
        int(kiosk.auditEntries().size()), rssAfter, proportionalKiB(kiosk.process().processId()));
    return 0;
}
