// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Admin mode put together: opening it loads what the screens show, closing it forgets it (search,
// a card awaited, unsaved settings), the status line asks for a first PIN, and a card registered a
// moment ago counts at the door at once.

#include "admin/adminmode.h"
#include "audit/auditlog.h"
#include "checkin/checkinservice.h"
#include "cobot/cobotclient.h"
#include "fakecobot.h"
#include "presentation/statusmodel.h"
#include "scan/scanprocessor.h"
#include "scan/scanrouter.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using State = AdminSession::State;

class TestAdminMode : public QObject
{
    Q_OBJECT

    std::unique_ptr<AdminMode> make(const PinHash &pin)
    {
        SettingsForm::Setup setup;
        setup.config.apiUrl = m_client->endpoint().base().toString();
        setup.config.adminPin = pin;
        setup.endpoint = m_client->endpoint();
        setup.accessToken = FakeCobot::token;
        setup.settingsPath = m_dir->filePath(u"kiosk.conf"_s);
        return std::make_unique<AdminMode>(setup, m_dir->filePath(u"attempts.json"_s),
            AdminMode::Services {
                m_client.get(), m_scans.get(), m_router.get(), m_audit.get(), &m_network, &m_status},
            Clock::system());
    }

    void tap(const QString &raw)
    {
        m_scans->process({raw, ScanSource::Wedge, Clock::system().monotonicMs()});
    }

private Q_SLOTS:
    void initTestCase() { m_pin = PinHash::create(u"2468"_s, PinHash::minIterations); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cobot = std::make_unique<FakeCobot>();
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, {}, false, 0, {}, {}});
        m_client = std::make_unique<CobotClient>(&m_network, Clock::system());
        m_cobot->serve(*m_client);
        m_audit = std::make_unique<AuditLog>(m_dir->filePath(u"audit.jsonl"_s), Clock::system());
        m_scans = std::make_unique<ScanProcessor>(TokenNormalizer(), 3000, Clock::system());
        m_router = std::make_unique<ScanRouter>();
        m_checkIns = std::make_unique<CheckInService>(m_client.get(), m_audit.get(), Clock::system());
        connect(m_scans.get(), &ScanProcessor::cardScanned, m_router.get(), &ScanRouter::route);
        connect(m_router.get(), &ScanRouter::checkIn, m_checkIns.get(), &CheckInService::checkIn);
    }

    // Users before what they use: a late answer must not reach an object whose parts are gone.
    void cleanup()
    {
        m_checkIns.reset();
        m_router.reset();
        m_scans.reset();
        m_audit.reset();
        m_client.reset();
        m_cobot.reset();
        m_dir.reset();
    }

    void openingLoadsAndClosingForgets()
    {
        auto admin = make(m_pin);
        admin->session()->requestOpen();
        QVERIFY(admin->session()->enterPin(u"2468"_s));
        QTRY_VERIFY(admin->members()->isLoaded());
        QVERIFY(admin->auditTrail()->count() >= 1); // "admin-open"
        admin->members()->setFilter(u"jane"_s);
        admin->settings()->setValue(u"scan/debounce_ms"_s, u"1000"_s);
        admin->registration()->start(u"m1"_s);
        QVERIFY(m_router->isCardWanted());

        admin->session()->leave();
        QCOMPARE(admin->registration()->state(), CardRegistration::State::Idle);
        QVERIFY(!m_router->isCardWanted()); // the next card is a check-in again
        QCOMPARE(admin->members()->filter(), QString());
        QVERIFY(!admin->settings()->isDirty());
        QCOMPARE(admin->auditTrail()->count(), 0);
    }

    void aCardJustRegisteredChecksInAtOnce()
    {
        auto admin = make(m_pin);
        admin->session()->requestOpen();
        QVERIFY(admin->session()->enterPin(u"2468"_s));
        QTRY_VERIFY(admin->members()->isLoaded());
        admin->registration()->start(u"m1"_s);
        tap(u"0001112223"_s);
        QTRY_COMPARE(admin->registration()->state(), CardRegistration::State::Done);
        admin->session()->leave();
        QSignalSpy checkedIn(m_checkIns.get(), &CheckInService::finished);
        tap(u"0001112223"_s); // well within the 3 s debounce window
        QVERIFY(checkedIn.wait(5000));
        QCOMPARE(checkedIn.at(0).at(0).value<CheckInOutcome>().memberName, u"Jane Doe"_s);
    }

    void theStatusLineAsksForAFirstPin()
    {
        auto admin = make({});
        QCOMPARE(m_status.level(u"admin"_s), StatusModel::Level::Warning);
        QVERIFY(m_status.text(u"admin"_s).contains(u"Ctrl+Alt+A"_s));
        admin->session()->requestOpen();
        QVERIFY(admin->session()->choosePin(u"8642"_s, u"8642"_s));
        QCOMPARE(m_status.text(u"admin"_s), QString());
    }

private:
    PinHash m_pin;
    QNetworkAccessManager m_network;
    StatusModel m_status;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeCobot> m_cobot;
    std::unique_ptr<CobotClient> m_client;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ScanProcessor> m_scans;
    std::unique_ptr<ScanRouter> m_router;
    std::unique_ptr<CheckInService> m_checkIns;
};

QTEST_MAIN(TestAdminMode)
#include "tst_adminmode.moc"
