// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The kiosk's own share of a check-in, over real loopback HTTP: from the key that ends a scan to the
// request being written to the socket, and from the response arriving to the result state being set.
// Cobot's own time (here: a simulated space in another thread) is excluded by construction.
//
//   build/release/bench/bench_checkin [scans=2000]

#include "audit/auditlog.h"
#include "checkin/checkinservice.h"
#include "cobot/cobotclient.h"
#include "demo/demospace.h"
#include "demo/simulatedcobot.h"
#include "presentation/scanscreenmodel.h"
#include "scan/scanprocessor.h"
#include "scan/wedgecapture.h"
#include "stats.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <QWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock;

double nowMs()
{
    return double(g_clock.nsecsElapsed()) / 1e6;
}

// The application's access manager, with the two moments this benchmark needs taken from each reply
// before any other slot sees it.
class InstrumentedNetwork : public QNetworkAccessManager
{
public:
    double sentAt = 0;
    double receivedAt = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        connect(reply, &QNetworkReply::requestSent, this, [this] { sentAt = nowMs(); });
        connect(reply, &QNetworkReply::finished, this, [this] { receivedAt = nowMs(); });
        return reply;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "cobotkiosk.*.info=false");
    QGuiApplication app(argc, argv);
    const int scans = argc > 1 ? std::max(1000, atoi(argv[1])) : 2000;
    g_clock.start();
    const Clock clock = Clock::system();

    // The simulated Cobot answers from its own thread, as a remote server would.
    QThread serverThread;
    serverThread.start();
    SimulatedCobot cobot(u"bench-token"_s, clock);
    DemoSpace::populate(cobot);
    cobot.moveToThread(&serverThread);
    QUrl base;
    QMetaObject::invokeMethod(
        &cobot, [&] { base = cobot.listenOnLoopback(); }, Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    InstrumentedNetwork network;
    CobotClient client(&network, clock);
    QString error;
    client.setEndpoint(*ApiEndpoint::fromUrl(base.toString(), &error));
    client.setAccessToken(cobot.accessToken());
    AuditLog audit(dir.filePath(u"audit.jsonl"_s), clock);
    WedgeCapture wedge(ScanTiming {}, clock);
    ScanProcessor processor(TokenNormalizer {}, 0, clock); // no debounce: the same card many times
    CheckInService checkIns(&client, &audit, clock);
    ScanScreenModel screen(u"Bench"_s, 5000);
    QObject::connect(&wedge, &WedgeCapture::scanned, &processor, &ScanProcessor::process);
    QObject::connect(&processor, &ScanProcessor::cardScanned, &checkIns, &CheckInService::checkIn);
    QObject::connect(&checkIns, &CheckInService::started, &screen, &ScanScreenModel::showChecking);
    QObject::connect(&checkIns, &CheckInService::finished, &screen, &ScanScreenModel::showOutcome);
    wedge.setEnabled(true);
    QWindow window;

    double resultAt = 0;
    QEventLoop loop;
    QObject::connect(&screen, &ScanScreenModel::changed, &loop, [&] {
        if (screen.state() == ScanScreenModel::State::Granted
            || screen.state() == ScanScreenModel::State::Error) {
            resultAt = nowMs();
            loop.quit();
        }
    });

    QList<double> keyToSent;
    QList<double> receivedToResult;
    QList<double> total;
    const QString card = u"0004567890"_s;
    const qint64 rssBefore = residentKiB();
    for (int i = 0; i < scans + 50; ++i) { // the first 50 warm up connections and caches
        for (QChar c : card) {
            QKeyEvent key(QEvent::KeyPress, Qt::Key_0 + (c.unicode() - u'0'), Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(&window, &key);
        }
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, u"\r"_s);
        const double endOfScan = nowMs();
        QCoreApplication::sendEvent(&window, &enter);
        loop.exec();
        if (screen.state() != ScanScreenModel::State::Granted) {
            std::fprintf(stderr, "scan %d was not granted: %s\n", i, qPrintable(screen.message()));
            return 1;
        }
        if (i >= 50) {
            keyToSent.append(network.sentAt - endOfScan);
            receivedToResult.append(resultAt - network.receivedAt);
            total.append(resultAt - endOfScan);
        }
    }
    const qint64 rssAfter = residentKiB();

    std::printf("check-in pipeline over loopback HTTP, %d scans (after 50 warm-up scans)\n", scans);
    std::printf("  end-of-scan key -> request written:  %s\n", qPrintable(summary(keyToSent, "ms")));
    std::printf("  response received -> result state:  %s\n", qPrintable(summary(receivedToResult, "ms")));
    std::printf(
        "  end-of-scan key -> result (incl. the simulated Cobot): %s\n", qPrintable(summary(total, "ms")));
    std::printf("  resident memory of this process: %lld KiB before, %lld KiB after (no UI loaded)\n",
        rssBefore, rssAfter);

    QMetaObject::invokeMethod(
        &cobot, [&] { cobot.moveToThread(app.thread()); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
