// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The kiosk's check-in path without its screen, for the crash test (tst_offlinecrash): scans the
// cards <prefix>0 … <prefix><count-1> one after another against the Cobot at <api-url>, with the
// real store, offline fallback, queue and replayer, and prints "offline <card>" for each offline
// grant the moment it is announced (when a door would open). The test kills it at random points.
//
// usage: offline_crash_helper <database> <api-url> <access-token> <prefix> <count>

#include "audit/auditlog.h"
#include "checkin/checkinqueue.h"
#include "checkin/checkinservice.h"
#include "checkin/offlinedecider.h"
#include "checkin/queuereplayer.h"
#include "cobot/cobotclient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fputs(
            "usage: offline_crash_helper <database> <api-url> <access-token> <prefix> <count>\n", stderr);
        return 2;
    }
    std::setvbuf(stdout, nullptr, _IONBF, 0); // each line is out before the next scan starts
    const Clock clock = Clock::system();
    LocalStore store;
    if (const QString error = store.open(args[1]); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    store.bindToSpace(args[2]);
    QString error;
    const std::optional<ApiEndpoint> endpoint = ApiEndpoint::fromUrl(args[2], &error);
    if (!endpoint)
        return 2;
    QNetworkAccessManager network;
    CobotClient client(&network, clock);
    client.setEndpoint(*endpoint);
    client.setAccessToken(args[3]);
    client.setTimeoutMs(2000);
    AuditLog audit(QFileInfo(args[1]).absolutePath() + u"/audit.jsonl"_s, clock);
    OfflineDecider decider(&store, OfflinePolicy::KnownActive, 24 * 3'600'000LL, clock);
    CheckInQueue queue(&store, clock);
    QueueReplayer replayer(&queue, &client, &audit, clock);
    CheckInService service(&client, &audit, clock);
    service.setOfflineFallback(&decider, &queue, 1000);

    const QString prefix = args[4];
    const int count = args[5].toInt();
    int next = 0;
    QString current;
    const auto scanNext = [&] {
        if (next >= count) {
            app.quit();
            return;
        }
        current = prefix + QString::number(next++);
        service.checkIn({current, current, {}, ScanSource::Wedge, clock.monotonicMs()});
    };
    QObject::connect(&service, &CheckInService::finished, &app, [&](const CheckInOutcome &outcome) {
        if (outcome.kind == CheckInOutcome::Kind::Granted)
            std::printf("%s %s\n", outcome.offline ? "offline" : "live", qPrintable(current));
        scanNext();
    });
    replayer.resume();
    scanNext();
    return app.exec();
}
