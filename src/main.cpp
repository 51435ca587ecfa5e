// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The composition root: reads the command line and settings, builds every service once, wires them
// together and hands the presentation models to the QML UI. No logic of its own beyond that.

#include "admin/adminmode.h"
#include "app/console.h"
#include "app/exportcommand.h"
#include "app/pincommand.h"
#include "app/storeopening.h"
#include "audit/auditlog.h"
#include "checkin/checkinqueue.h"
#include "checkin/checkinservice.h"
#include "checkin/grantedextras.h"
#include "checkin/offlinedecider.h"
#include "checkin/queuereplayer.h"
#include "checkin/visitbook.h"
#include "cobot/cobotclient.h"
#include "demo/demospace.h"
#include "demo/simulatedcobot.h"
#include "display/screensaverinhibitor.h"
#include "door/actuatorfactory.h"
#include "door/door.h"
#include "door/emergencyrelease.h"
#include "input/cardreaders.h"
#include "presentation/cachestatus.h"
#include "presentation/cobotstatus.h"
#include "presentation/doorstatus.h"
#include "presentation/nightdimmer.h"
#include "presentation/offlinequeuemodel.h"
#include "presentation/queuestatus.h"
#include "presentation/readerstatus.h"
#include "presentation/scanscreenmodel.h"
#include "presentation/statusmodel.h"
#include "presentation/uilanguage.h"
#include "scan/scanprocessor.h"
#include "scan/scanrouter.h"
#include "scan/wedgecapture.h"
#include "scan/wedgecontrol.h"
#include "settings/commandline.h"
#include "settings/configloader.h"
#include "settings/livesettings.h"
#include "sound/effectsoundoutput.h"
#include "store/localstore.h"
#include "sync/allowlistexport.h"
#include "sync/membersync.h"
#include "sync/webhookhandler.h"
#include "sync/webhookreceiver.h"
#include "sync/webhooksubscriptions.h"
#include "util/logging.h"
#include "util/shutdownsignals.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(CobotKiosk_UiPlugin)

using namespace Qt::StringLiterals;

namespace {

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
        Console::print(stdout, commandLine.output);
        return 0;
    case CommandLine::Action::Fail:
        Console::print(stderr, u"cobot-kiosk: %1\nTry 'cobot-kiosk --help'."_s.arg(commandLine.output));
        return Console::exitUsage;
    case CommandLine::Action::HashPin:
        return runHashPinCommand();
    case CommandLine::Action::Run:
        break;
    }

    LoadedConfiguration setup = LoadedConfiguration::load(commandLine);
    if (!setup.errors.isEmpty()) {
        for (const QString &error : std::as_const(setup.errors))
            Console::print(stderr, u"cobot-kiosk: "_s + error);
        return Console::exitUsage;
    }
    for (const QString &notice : std::as_const(setup.notices))
        qCWarning(lcConfig).noquote() << notice;

    if (commandLine.exportFile)
        return runExportCommand(argc, argv, setup, commandLine);

    if (commandLine.selfTest && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!hasDisplay()) {
        Console::print(stderr,
            u"cobot-kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Start it inside "
            "a graphical session, under cage or Xvfb, or use --self-test."_s);
        return Console::exitFailure;
    }
    KioskConfig &config = setup.config;
    // QT_QUICK_BACKEND, when set, still wins: it is how a person at the machine tries something else.
    if (config.renderer == KioskConfig::Renderer::Software && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    const Clock clock = Clock::system();

    // A crash, or a stop while the UI hangs, still releases the door (serial and GPIO actuators).
    EmergencyRelease::installCrashHandlers();
    ShutdownSignals shutdownSignals(&EmergencyRelease::runAll);
    QObject::connect(&shutdownSignals, &ShutdownSignals::received, &app, &QCoreApplication::quit);

    const QLocale locale = UiLanguage::choose(config.language, QLocale::system());
    QLocale::setDefault(locale); // dates and times follow the kiosk's language
    QTranslator translator;
    if (UiLanguage::load(translator, locale))
        app.installTranslator(&translator);
    qCInfo(lcUi).noquote() << "language" << locale.name();

    std::unique_ptr<SimulatedCobot> demoSpace;
    if (commandLine.demo) {
        demoSpace = std::make_unique<SimulatedCobot>(randomDemoToken(), clock);
        DemoSpace::populate(*demoSpace);
        QString error;
        const auto endpoint = ApiEndpoint::fromUrl(demoSpace->listenOnLoopback().toString(), &error);
        if (!endpoint) {
            Console::print(stderr, u"cobot-kiosk: the demo space could not listen on 127.0.0.1: "_s + error);
            return Console::exitFailure;
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
    // The door is released as it starts, before anything else can open it.
    Door door(doorActuatorFactory(config.door), config.door.pulseMs, &audit);
    WedgeCapture wedge(config.scanTiming, clock);
    ScanProcessor scans(TokenNormalizer(config.normalization), config.debounceMs, clock);
    CheckInService checkIns(&cobot, &audit, clock);
    VisitBook visits(clock, config.checkOutMinGapSeconds);
    if (config.checkOutOnSecondScan)
        checkIns.setVisitBook(&visits);
    GrantedExtras extras(&cobot, &network);
    EffectSoundOutput soundOutput;
    OutcomeSounds sounds(&soundOutput, config.sound);
    ScanScreenModel screen(config.spaceName, config.resultDisplayMs);
    screen.setLogo(config.logoUrl());
    NightDimmer night(config.night, clock);
    StatusModel status;
    CobotStatus cobotStatus(&cobot, &status);
    // Readers read through evdev, each by its role; check-out scans get their own debounce window. With
    // none configured the (empty) set still lists devices and identifies readers for admin mode.
    CardReaders readers(config.readers, config.scanTiming, &audit, clock);
    ReaderStatus readerStatus(&readers, &status);
    ScanProcessor checkOutScans(TokenNormalizer(config.normalization), config.debounceMs, clock);
    QObject::connect(&readers, &CardReaders::checkInScanned, &scans, &ScanProcessor::process);
    QObject::connect(&readers, &CardReaders::checkOutScanned, &checkOutScans, &ScanProcessor::process);
    DoorStatus doorStatus(&door, &status);
    ScreenSaverInhibitor screenSaver;
    screenSaver.start();
    if (commandLine.demo)
        screen.setDemoCards(DemoSpace::cardHints());

    // Offline: the member list (synced, optionally kept live by webhooks), the decision from it when
    // Cobot cannot be reached, and the queue that uploads those check-ins later.
    LocalStore store;
    StoreOpening::open(store, StoreOpening::pathFor(config, commandLine.demo), setup.endpoint, clock);
    MemberSync memberSync(&cobot, &store, scans.normalizer(), clock);
    memberSync.setCustomField(config.syncCustomField);
    OfflineDecider offline(&store, config.offlinePolicy, config.offlineMaxAgeMs(), clock);
    CheckInQueue offlineQueue(&store, clock);
    OfflineQueueModel offlineQueueModel(&offlineQueue); // admin mode's list of offline check-ins
    QueueReplayer replayer(&offlineQueue, &cobot, &audit, clock);
    checkIns.setOfflineFallback(&offline, &offlineQueue, config.offlineBudgetMs);
    CacheStatus cacheStatus(&memberSync, &offline, &status, clock);
    QueueStatus queueStatus(&offlineQueue, &status);
    WebhookReceiver webhookReceiver;
    WebhookHandler webhookHandler(&cobot, &store, scans.normalizer(), clock);
    WebhookSubscriptions webhookSubscriptions(
        &cobot, QUrl(config.webhookCallbackUrl), WebhookHandler::events(!config.syncCustomField.isEmpty()));
    QObject::connect(&webhookReceiver, &WebhookReceiver::delivered, &webhookHandler, &WebhookHandler::handle);
    QObject::connect(&webhookHandler, &WebhookHandler::fullSyncNeeded, &memberSync, &MemberSync::syncNow);
    if (cobot.hasAccessToken() && cobot.endpoint().isValid()) {
        memberSync.start(config.syncIntervalMinutes, config.syncAtStart);
        replayer.resume();
        if (config.webhooksEnabled) {
            if (const QString error = webhookReceiver.listen(
                    QHostAddress(config.webhookListenAddress), quint16(config.webhookPort));
                error.isEmpty())
                webhookSubscriptions.start();
            else
                qCWarning(lcSync).noquote() << "webhooks are off:" << error;
        }
    }

    ScanRouter router;
    WedgeControl wedgeControl(&wedge);
    const SettingsForm::Setup settingsSetup {config, setup.endpoint, setup.accessToken, setup.settingsPath,
        commandLine.demo, [commandLine](KioskConfig &c) { commandLine.applyTo(c); }};
    AdminMode admin(settingsSetup, KioskConfig::defaultPinAttemptsPath(),
        {&cobot, &scans, &router, &audit, &network, &status, &readers}, clock);

    // reader -> scans -> router -> check-in (or card registration in admin mode) -> door, then screen +
    // sound (+ audit, inside the service); the welcome's extras are fetched only after the door was told
    // to open.
    QObject::connect(&wedge, &WedgeCapture::scanned, &scans, &ScanProcessor::process);
    QObject::connect(&scans, &ScanProcessor::cardScanned, &router, &ScanRouter::route);
    QObject::connect(&router, &ScanRouter::checkIn, &checkIns, &CheckInService::checkIn);
    QObject::connect(&checkOutScans, &ScanProcessor::cardScanned, &checkIns, &CheckInService::checkOut);
    QObject::connect(&checkIns, &CheckInService::finished, &door, &Door::openFor);
    // Desk readers (role "register") feed card registration only; when none is awaited they are ignored.
    ScanProcessor registrationScans(TokenNormalizer(config.normalization), config.debounceMs, clock);
    QObject::connect(
        &readers, &CardReaders::registrationScanned, &registrationScans, &ScanProcessor::process);
    QObject::connect(
        &registrationScans, &ScanProcessor::cardScanned, admin.registration(), &CardRegistration::takeScan);
    QObject::connect(&checkIns, &CheckInService::started, &screen, &ScanScreenModel::showChecking);
    QObject::connect(&checkIns, &CheckInService::started, &extras, &GrantedExtras::cancel);
    QObject::connect(&checkIns, &CheckInService::finished, &screen, &ScanScreenModel::showOutcome);
    QObject::connect(&checkIns, &CheckInService::finished, &sounds, &OutcomeSounds::play);
    QObject::connect(&checkIns, &CheckInService::finished, &extras, &GrantedExtras::fetchFor);
    QObject::connect(&extras, &GrantedExtras::pictureReady, &screen, &ScanScreenModel::showMemberPicture);
    QObject::connect(&extras, &GrantedExtras::timePassesLeft, &screen, &ScanScreenModel::showTimePassesLeft);
    // The door is released before the window goes, and before the process ends.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &door, &Door::shutdown);

    // The wedge listens on the scan screens, and in admin mode only while a card is awaited.
    QObject::connect(admin.session(), &AdminSession::stateChanged, &wedgeControl,
        [&] { wedgeControl.setAdminShown(admin.session()->state() != AdminSession::State::Closed); });
    QObject::connect(&router, &ScanRouter::cardWantedChanged, &wedgeControl,
        [&] { wedgeControl.setCardWanted(router.isCardWanted()); });
    QObject::connect(admin.session(), &AdminSession::quitRequested, &app, &QCoreApplication::quit);
    // Saved settings take effect at once, in every running part.
    LiveSettings liveSettings(
        {&cobot, &wedge, {&scans, &checkOutScans, &registrationScans}, &memberSync, &webhookHandler, &screen,
            &store, &replayer, &door, &sounds, &night, &checkIns, &visits, &offline},
        config);
    QObject::connect(admin.settings(), &SettingsForm::applied, &app,
        [&liveSettings](const KioskConfig &saved, const ApiEndpoint &endpoint, const QString &accessToken) {
            liveSettings.apply(saved, endpoint, accessToken);
        });
    admin.settings()->doorTest()->attach(&door, &audit);

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
        {u"night"_s, QVariant::fromValue(&night)},
        {u"windowed"_s, config.windowed},
        {u"admin"_s, QVariant::fromValue(&admin)},
        {u"sync"_s, QVariant::fromValue(&memberSync)},
        {u"offlineQueue"_s, QVariant::fromValue(&offlineQueueModel)},
    });
    engine.load(QUrl(u"qrc:/qt/qml/CobotKiosk/Ui/Main.qml"_s));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        Console::print(
            stderr, u"cobot-kiosk: the user interface failed to load:\n"_s + qmlProblems.join(u'\n'));
        return Console::exitFailure;
    }

    admin.session()->guardWindow(window);

    bool ready = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (std::exchange(ready, true))
            return;
        wedgeControl.setReady(config.wedgeEnabled());
        // Not earlier: while the UI loads nothing reads the grabbed readers, and a card tapped then
        // overflows the kernel's buffer (SYN_DROPPED: discarded, as seen under QEMU).
        readers.start();
        qCInfo(lcUi) << "ready to scan after" << sinceStart.elapsed() << "ms";
        if (commandLine.selfTest)
            QTimer::singleShot(0, &app, [&] { app.exit(qmlProblems.isEmpty() ? 0 : Console::exitFailure); });
    });
    if (commandLine.selfTest) {
        QTimer::singleShot(10000, &app, [&] {
            Console::print(stderr, u"cobot-kiosk: self-test: the first frame was never drawn."_s);
            app.exit(Console::exitFailure);
        });
    }
    const int exitCode = app.exec();
    if (commandLine.selfTest) {
        for (const QString &problem : std::as_const(qmlProblems))
            Console::print(stderr, u"cobot-kiosk: self-test: "_s + problem);
        Console::print(
            stderr, exitCode == 0 ? u"cobot-kiosk: self-test passed"_s : u"cobot-kiosk: self-test failed"_s);
    }
    return exitCode;
}
