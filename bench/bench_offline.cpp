// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Benchmark of the offline mode (not a test: it measures, the closing note records the figures).
//
//   bench_offline [--members N] [--tokens N] [--lookup-tokens N]
//
// 1. Sync of N members and N tokens from a simulated Cobot in a child process (so its memory is not
//    counted): the whole sync over loopback HTTP, and separately parsing the three answers and
//    storing the snapshot. Peak extra memory = the process's peak RSS during the sync (VmHWM, reset
//    just before) minus its RSS before. Targets: parse + store <= 1 s, <= 50 MB.
// 2. Offline decision with N tokens in the store: the time of OfflineDecider::decide() per scan,
//    p50 / p99 / max over 20 000 scans (9 in 10 known cards). Target: p99 <= 1 ms.

#include "checkin/offlinedecider.h"
#include "stats.h"
#include "cobot/checkintoken.h"
#include "cobot/cobotclient.h"
#include "cobot/membership.h"
#include "cobot/timepass.h"
#include "demo/simulatedcobot.h"
#include "store/localstore.h"
#include "sync/membersync.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

const QString accessToken = u"bench-token"_s;

// CPU time of this thread: what a decision costs, whatever else the machine is doing.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5"); // resets VmHWM to the current RSS (Linux >= 4.0)
}

void line(const char *what, double value, const char *unit, double target = -1)
{
    if (target < 0)
        std::printf("  %-44s %10.2f %s\n", what, value, unit);
    else
        std::printf("  %-44s %10.2f %-3s (target <= %g: %s)\n", what, value, unit, target,
            value <= target ? "met" : "NOT MET");
}

// The simulated space the benchmark syncs from, in its own process.
int serve(int members, int tokens)
{
    SimulatedCobot cobot(accessToken, Clock::system());
    const QDate today = QDate::currentDate();
    for (int i = 0; i < members; ++i) {
        const bool passes = i % 5 == 0;
        cobot.addMember({u"membership-%1"_s.arg(i, 6, 10, QChar(u'0')), u"Member Number %1"_s.arg(i),
            u"member%1@example.com"_s.arg(i), QString::number(10000 + i),
            passes ? u"10 day pass"_s : u"Desk"_s, passes, passes ? 3 : 0, today.addYears(-1),
            i % 10 == 0 ? today.addMonths(1) : QDate()});
    }
    for (int i = 0; i < tokens; ++i)
        cobot.addToken(u"%1"_s.arg(4000000000LL + i * 7919LL, 10, 10, QChar(u'0')),
            u"membership-%1"_s.arg(i % members, 6, 10, QChar(u'0')));
    std::printf("%s\n", qPrintable(cobot.listenOnLoopback().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// Waits for a signal of `object` with a deadline.
template<typename Signal>
bool waitFor(const typename QtPrivate::FunctionPointer<Signal>::Object *object, Signal signal)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, [&] { loop.exit(1); });
    return loop.exec() == 0;
}

QByteArray get(CobotClient &client, const QString &path)
{
    QByteArray body;
    QEventLoop loop;
    CobotClient::Call call {
        "GET", path, path, {}, CobotClient::listMaxResponseBytes, CobotClient::listTimeoutMs};
    client.send(call, &loop, [&](const CobotClient::Reply &reply) {
        if (const auto *response = std::get_if<CobotClient::HttpResponse>(&reply))
            body = response->body;
        loop.quit();
    });
    loop.exec();
    return body;
}

int benchSync(int members, int tokens)
{
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationFilePath(),
        {u"--serve"_s, u"--members"_s, QString::number(members), u"--tokens"_s, QString::number(tokens)});
    if (!server.waitForReadyRead(60000)) {
        std::fputs("the simulated Cobot did not start\n", stderr);
        return 1;
    }
    QString error;
    const auto endpoint = ApiEndpoint::fromUrl(QString::fromLatin1(server.readLine().trimmed()), &error);
    if (!endpoint) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Clock clock = Clock::system();
    QNetworkAccessManager network;
    CobotClient client(&network, clock);
    client.setEndpoint(*endpoint);
    client.setAccessToken(accessToken);
    QTemporaryDir dir;
    LocalStore store;
    if (const QString problem = store.open(dir.filePath(u"offline.sqlite"_s)); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    store.bindToSpace(endpoint->base().toString());
    MemberSync sync(&client, &store, TokenNormalizer(), clock);

    std::printf("Sync of %d members and %d tokens (simulated Cobot in another process, loopback HTTP)\n",
        members, tokens);
    const qint64 rssBefore = residentKiB();
    resetPeakRss();
    QElapsedTimer whole;
    whole.start();
    QString syncError;
    QObject::connect(&sync, &MemberSync::finished, &sync, [&](const QString &e) { syncError = e; });
    sync.syncNow();
    if (!waitFor(&sync, &MemberSync::finished) || !syncError.isEmpty()) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(syncError));
        return 1;
    }
    const qint64 wholeMs = whole.elapsed();
    const qint64 peakExtraKiB = statusKiB("VmHWM:") - rssBefore;
    line("whole sync (requests, parsing, storing)", double(wholeMs), "ms");
    line("  of which normalising + storing (one transaction)", double(sync.lastTiming().applyMs), "ms");
    line("peak extra memory during the sync", double(peakExtraKiB) / 1024.0, "MB", 50);
    std::printf("  stored: %d members, %d cards\n", store.memberCount(), store.tokenCount());

    // The same answers once more, timed apart from the network: parsing, then storing.
    client.setEndpoint(*endpoint);
    const QByteArray membersBody = get(client, u"/api/memberships"_s);
    const QByteArray tokensBody = get(client, u"/api/check_in_tokens"_s);
    const QByteArray passesBody = get(client, u"/api/time_passes/unused"_s);
    std::printf("  answers: %.1f MB members, %.1f MB cards, %.1f MB passes\n", membersBody.size() / 1048576.0,
        tokensBody.size() / 1048576.0, passesBody.size() / 1048576.0);
    QElapsedTimer parsing;
    parsing.start();
    QString parseError;
    const QList<Membership> parsedMembers = parseMemberships(membersBody, &parseError);
    const QList<CheckInToken> parsedTokens = parseCheckInTokens(tokensBody, &parseError);
    const QList<UnusedTimePass> parsedPasses = parseUnusedTimePasses(passesBody, &parseError);
    const double parseMs = parsing.nsecsElapsed() / 1e6;
    MemberSnapshot snapshot;
    QHash<QString, int> passes;
    for (const UnusedTimePass &pass : parsedPasses)
        ++passes[pass.membershipId];
    for (const Membership &m : parsedMembers)
        snapshot.members.append({m, passes.value(m.id)});
    for (const CheckInToken &t : parsedTokens)
        snapshot.tokens.append({t.token, t.membershipId});
    QElapsedTimer storing;
    storing.start();
    const QString storeError = store.replaceSnapshot(snapshot, clock.utcNow());
    const double storeMs = storing.nsecsElapsed() / 1e6;
    if (!parseError.isEmpty() || !storeError.isEmpty()) {
        std::fprintf(stderr, "%s %s\n", qPrintable(parseError), qPrintable(storeError));
        return 1;
    }
    line("parse (3 answers)", parseMs, "ms");
    line("store (one transaction)", storeMs, "ms");
    line("parse + store", parseMs + storeMs, "ms", 1000);
    server.kill();
    server.waitForFinished(5000);
    return 0;
}

int benchLookup(int tokens)
{
    std::printf("Offline decision with %d tokens in the store\n", tokens);
    QTemporaryDir dir;
    LocalStore store;
    if (const QString problem = store.open(dir.filePath(u"offline.sqlite"_s)); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    store.bindToSpace(u"https://bench.cobot.me"_s);
    const int members = tokens * 2 / 3;
    MemberSnapshot snapshot;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < members; ++i) {
        CachedMember m;
        m.membership.id = u"membership-%1"_s.arg(i);
        m.membership.name = u"Member Number %1"_s.arg(i);
        m.membership.startsAt = today.addYears(-1);
        m.membership.planUsesPasses = i % 5 == 0;
        m.unusedPasses = m.membership.planUsesPasses ? 3 : 0;
        snapshot.members.append(m);
    }
    QStringList cards;
    for (int i = 0; i < tokens; ++i) {
        cards.append(u"%1"_s.arg(4000000000LL + i * 7919LL, 10, 10, QChar(u'0')));
        snapshot.tokens.append({cards.constLast(), u"membership-%1"_s.arg(i % members)});
    }
    const Clock clock = Clock::system();
    if (const QString problem = store.replaceSnapshot(snapshot, clock.utcNow()); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    const OfflineDecider decider(&store, OfflinePolicy::KnownActiveWithPass, 24 * 3'600'000LL, clock);
    QRandomGenerator random(42);
    constexpr int scans = 20000;
    QList<double> wall; // ms
    QList<double> cpu;
    wall.reserve(scans);
    cpu.reserve(scans);
    int granted = 0;
    for (int i = 0; i < scans; ++i) {
        const QString card = random.bounded(10) == 0 ? u"9%1"_s.arg(random.bounded(1000000000))
                                                     : cards[random.bounded(tokens)];
        QElapsedTimer timer;
        const qint64 cpuBefore = threadCpuNs();
        timer.start();
        const OfflineDecision decision = decider.decide(card);
        wall.append(timer.nsecsElapsed() / 1e6);
        cpu.append((threadCpuNs() - cpuBefore) / 1e6);
        granted += decision.verdict == OfflineDecision::Verdict::Grant;
    }

    std::printf("  %d scans, %d granted\n", scans, granted);
    line("p50 (wall clock)", percentile(wall, 50), "ms");
    line("p99 (wall clock)", percentile(wall, 99), "ms", 1);
    line("max (wall clock)", percentile(wall, 100), "ms");
    line("p99 (CPU time of the thread)", percentile(cpu, 99), "ms", 1);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serveOption(u"serve"_s, u"Serve the simulated Cobot (internal)."_s);
    const QCommandLineOption membersOption(u"members"_s, u"Members to sync."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption tokensOption(u"tokens"_s, u"Tokens to sync."_s, u"N"_s, u"15000"_s);
    const QCommandLineOption lookupOption(
        u"lookup-tokens"_s, u"Tokens in the store for the decision benchmark."_s, u"N"_s, u"100000"_s);
    parser.addOptions({serveOption, membersOption, tokensOption, lookupOption});
    parser.addHelpOption();
    parser.process(app);
    const int members = parser.value(membersOption).toInt();
    const int tokens = parser.value(tokensOption).toInt();
    if (parser.isSet(serveOption))
        return serve(members, tokens);
    if (const int failed = benchSync(members, tokens))
        return failed;
    return benchLookup(parser.value(lookupOption).toInt());
}
