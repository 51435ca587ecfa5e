// The composition root: reads the command line and settings, builds every service once, wires them
// together and hands the presentation models to the QML UI. No logic of its own beyond that.

#include "audit/auditlog.h"
#include "checkin/checkinservice.h"
#include "cobot/cobotclient.h"
#include "demo/demospace.h"
#include "demo/simulatedcobot.h"
#include "input/cardreaders.h"
#include "presentation/cobotstatus.h"
#include "presentation/readerstatus.h"
#include "presentation/scanscreenmodel.h"
#include "presentation/statusmodel.h"
#include "scan/scanprocessor.h"
#include "scan/wedgecapture.h"
#include "settings/commandline.h"
#include "settings/configloader.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(CobotKiosk_UiPlugin)

using namespace Qt::StringLiterals;

namespace {

constexpr int exitUsage = 2; // bad command line or settings
constexpr int exitFailure = 1;

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text.endsWith(u'\n') ? text : text + u'\n'), stream);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString randomDemoToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setApplicationName(u"cobot-kiosk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine commandLine = CommandLine::parse(arguments);
    switch (commandLine.action) {
    case CommandLine::Action::Help:
    case CommandLine::Action::Version:
        print(stdout, commandLine.output);
        return 0;
    case CommandLine::Action::Fail:
        print(stderr, u"cobot-kiosk: %1\nTry 'cobot-kiosk --help'."_s.arg(commandLine.output));
        return exitUsage;
    case CommandLine::Action::Run:
        break;
    }

    LoadedConfiguration setup = LoadedConfiguration::load(commandLine);
    if (!setup.errors.isEmpty()) {
        for (const QString &error : std::as_const(setup.errors))
            print(stderr, u"cobot-kiosk: "_s + error);
        return exitUsage;
    }
    for (const QString &notice : std::as_const(setup.notices))
        qCWarning(lcConfig).noquote() << notice;

    if (commandLine.selfTest && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!hasDisplay()) {
        print(stderr,
            u"cobot-kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Start it inside "
            "a graphical session, under cage or Xvfb, or use --self-test."_s);
        return exitFailure;
    }
    KioskConfig &config = setup.config;
    // QT_QUICK_BACKEND, when set, still wins: it is how a person at the machine tries something else.
    if (config.renderer == KioskConfig::Renderer::Software && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    const Clock clock = Clock::system();

    std::unique_ptr<SimulatedCobot> demoSpace;
    if (commandLine.demo) {
        demoSpace = std::make_unique<SimulatedCobot>(randomDemoToken(), clock);
        DemoSpace::populate(*demoSpace);
        QString error;
        const auto endpoint = ApiEndpoint::fromUrl(demoSpace->listenOnLoopback().toString(), &error);
        if (!endpoint) {
            print(stderr, u"cobot-kiosk: the demo space could not listen on 127.0.0.1: "_s + error);
            return exitFailure;
        }
        setup.endpoint = *endpoint;
        setup.accessToken = demoSpace->accessToken();
        if (config.spaceName.isEmpty())
            config.spaceName = DemoSpace::name();
        qCInfo(lcDemo).noquote() << "simulated Cobot space at" << endpoint->base().toString();
    }

    QNetworkAccessManager network;
    CobotClient cobot(&network, clock);
    cobot.setEndpoint(setup.endpoint);
    cobot.setAccessToken(setup.accessToken);
    cobot.setTimeoutMs(config.timeoutMs);

    AuditLog audit(config.auditLogPath, clock);
    WedgeCapture wedge(config.scanTiming, clock);
    ScanProcessor scans(TokenNormalizer(config.normalization), config.debounceMs, clock);
    CheckInService checkIns(&cobot, &audit, clock);
    ScanScreenModel screen(config.spaceName, config.resultDisplayMs);
    StatusModel status;
    CobotStatus cobotStatus(&cobot, &status);
    // Readers read through evdev, each by its role; check-out scans get their own debounce window.
    std::unique_ptr<CardReaders> readers;
    std::unique_ptr<ReaderStatus> readerStatus;
    ScanProcessor checkOutScans(TokenNormalizer(config.normalization), config.debounceMs, clock);
    if (!config.readers.isEmpty()) {
        readers = std::make_unique<CardReaders>(config.readers, config.scanTiming, &audit, clock);
        readerStatus = std::make_unique<ReaderStatus>(readers.get(), &status);
        QObject::connect(readers.get(), &CardReaders::checkInScanned, &scans, &ScanProcessor::process);
        QObject::connect(
            readers.get(), &CardReaders::checkOutScanned, &checkOutScans, &ScanProcessor::process);
    }
    if (commandLine.demo)
        screen.setDemoCards(DemoSpace::cardHints());

    // reader -> scans -> check-in -> screen + audit
    QObject::connect(&wedge, &WedgeCapture::scanned, &scans, &ScanProcessor::process);
    QObject::connect(&scans, &ScanProcessor::cardScanned, &checkIns, &CheckInService::checkIn);
    QObject::connect(&checkOutScans, &ScanProcessor::cardScanned, &checkIns, &CheckInService::checkOut);
    QObject::connect(&checkIns, &CheckInService::started, &screen, &ScanScreenModel::showChecking);
    QObject::connect(&checkIns, &CheckInService::finished, &screen, &ScanScreenModel::showOutcome);

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    QStringList qmlProblems;
    QObject::connect(
        &engine, &QQmlApplicationEngine::warnings, [&qmlProblems](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings)
                qmlProblems.append(warning.toString());
        });
    engine.setInitialProperties({
        {u"scan"_s, QVariant::fromValue(&screen)},
        {u"status"_s, QVariant::fromValue(&status)},
        {u"windowed"_s, config.windowed},
    });
    engine.load(QUrl(u"qrc:/qt/qml/CobotKiosk/Ui/Main.qml"_s));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        print(stderr, u"cobot-kiosk: the user interface failed to load:\n"_s + qmlProblems.join(u'\n'));
        return exitFailure;
    }

    bool ready = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (std::exchange(ready, true))
            return;
        wedge.setEnabled(config.wedgeEnabled());
        // Not earlier: while the UI loads nothing reads the grabbed readers, and a card tapped then
        // overflows the kernel's buffer (SYN_DROPPED: discarded, as seen under QEMU).
        if (readers)
            readers->start();
        qCInfo(lcUi) << "ready to scan after" << sinceStart.elapsed() << "ms";
        if (commandLine.selfTest)
            QTimer::singleShot(0, &app, [&] { app.exit(qmlProblems.isEmpty() ? 0 : exitFailure); });
    });
    if (commandLine.selfTest) {
        QTimer::singleShot(10000, &app, [&] {
            print(stderr, u"cobot-kiosk: self-test: the first frame was never drawn."_s);
            app.exit(exitFailure);
        });
    }
    const int exitCode = app.exec();
    if (commandLine.selfTest) {
        for (const QString &problem : std::as_const(qmlProblems))
            print(stderr, u"cobot-kiosk: self-test: "_s + problem);
        print(
            stderr, exitCode == 0 ? u"cobot-kiosk: self-test passed"_s : u"cobot-kiosk: self-test failed"_s);
    }
    return exitCode;
}
