// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The welcome's extras: the member's picture (fetched without the access token, https or loopback
// only, bounded) and time passes left (shown when the plan uses passes), against the fake Cobot.

#include "checkin/grantedextras.h"
#include "cobottestcase.h"
#include "presentation/scanscreenmodel.h"

#include <QBuffer>
#include <QImage>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage fromDataUrl(const QString &url)
{
    const QString prefix = u"data:image/png;base64,"_s;
    if (!url.startsWith(prefix))
        return {};
    return QImage::fromData(QByteArray::fromBase64(url.mid(prefix.size()).toLatin1()), "PNG");
}

CheckInOutcome granted(const QString &membershipId, const QString &pictureUrl = {})
{
    CheckInOutcome outcome;
    outcome.kind = CheckInOutcome::Kind::Granted;
    outcome.membershipId = membershipId;
    outcome.pictureUrl = pictureUrl;
    return outcome;
}

} // namespace

class TestGrantedExtras : public CobotTestCase
{
    Q_OBJECT

    struct Seen
    {
        bool settled = false;
        QStringList pictures;
        QList<int> passes;
    };

    Seen fetch(const CheckInOutcome &outcome)
    {
        QSignalSpy pictures(m_extras.get(), &GrantedExtras::pictureReady);
        QSignalSpy passes(m_extras.get(), &GrantedExtras::timePassesLeft);
        QSignalSpy settled(m_extras.get(), &GrantedExtras::settled);
        m_extras->fetchFor(outcome);
        Seen seen;
        seen.settled = !settled.isEmpty() || settled.wait(5000);
        for (const auto &args : pictures)
            seen.pictures.append(args.at(0).toString());
        for (const auto &args : passes)
            seen.passes.append(args.at(0).toInt());
        return seen;
    }

private Q_SLOTS:
    void init()
    {
        setUpCobot(CobotClient::defaultTimeoutMs);
        m_cobot->addMember(
            {u"m-pic"_s, u"Jane"_s, {}, {}, u"Desk"_s, false, 0, {}, {}, u"/pictures/jane.png"_s});
        m_cobot->addMember({u"m-passes"_s, u"Max"_s, {}, {}, u"10 days"_s, true, 3, {}, {}});
        m_cobot->addMember({u"m-last"_s, u"Erika"_s, {}, {}, u"10 days"_s, true, 0, {}, {}});
        m_cobot->addMember({u"m-plain"_s, u"Lee"_s, {}, {}, u"Desk"_s, false, 0, {}, {}});
        m_cobot->addPicture(u"/pictures/jane.png"_s, png(1000, 800));
        m_extras = std::make_unique<GrantedExtras>(m_client.get(), &m_network);
    }

    void cleanup()
    {
        m_extras.reset();
        tearDownCobot();
    }

    void pictureFromTheMembershipWithoutTheToken()
    {
        const Seen seen = fetch(granted(u"m-pic"_s));
        QCOMPARE(seen.pictures.size(), 1);
        const QImage image = fromDataUrl(seen.pictures.constFirst());
        QVERIFY(seen.settled);
        QCOMPARE(image.size(), QSize(1000, 800).scaled(512, 512, Qt::KeepAspectRatio)); // for the screen
        QVERIFY(seen.passes.isEmpty()); // a desk plan: no passes to speak of
        const auto picture = std::find_if(m_cobot->requests().cbegin(), m_cobot->requests().cend(),
            [](const auto &r) { return r.path == u"/pictures/jane.png"; });
        QVERIFY(picture != m_cobot->requests().cend());
        QVERIFY(picture->authorization.isEmpty());
    }

    void pictureFromTheCheckInAnswer()
    {
        const QString url = m_cobot->baseUrl().toString() + u"/pictures/jane.png"_s;
        const Seen seen = fetch(granted(u"m-plain"_s, url));
        QVERIFY(seen.settled);
        QCOMPARE(seen.pictures.size(), 1);
        QCOMPARE(m_cobot->requestCount(u"/pictures/"_s), 1);
    }

    void passesLeft_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("three left") << u"m-passes"_s << QList<int> {3};
        QTest::newRow("that was the last") << u"m-last"_s << QList<int> {0};
        QTest::newRow("plan without passes") << u"m-plain"_s << QList<int> {};
    }

    void passesLeft()
    {
        QFETCH(QString, member);
        QFETCH(QList<int>, expected);
        const Seen seen = fetch(granted(member));
        QVERIFY(seen.settled);
        QCOMPARE(seen.passes, expected);
    }

    void picturesOverPlainHttpElsewhereAreNotFetched()
    {
        const Seen seen = fetch(granted({}, u"http://pictures.example.com/jane.png"_s));
        QVERIFY(seen.settled);
        QVERIFY(seen.pictures.isEmpty());
        QCOMPARE(m_cobot->requests().size(), 0);
    }

    void oversizedOrBrokenPicturesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not an image") << QByteArray("<html>login</html>");
        QTest::newRow("too many pixels") << png(5000, 10);
        QTest::newRow("too many bytes") << QByteArray(GrantedExtras::maxPictureBytes + 1024, 'x');
    }

    void oversizedOrBrokenPicturesAreSkipped()
    {
        QFETCH(QByteArray, body);
        m_cobot->addPicture(u"/pictures/bad"_s, body);
        const Seen seen = fetch(granted({}, u"/pictures/bad"_s));
        QVERIFY(seen.settled);
        QVERIFY(seen.pictures.isEmpty());
        QCOMPARE(m_cobot->requestCount(u"/pictures/bad"_s), 1);
    }

    void onlyAWelcomeGetsExtras()
    {
        CheckInOutcome denied = granted(u"m-passes"_s);
        denied.kind = CheckInOutcome::Kind::Denied;
        QSignalSpy settled(m_extras.get(), &GrantedExtras::settled);
        m_extras->fetchFor(denied);
        QCOMPARE(settled.size(), 0);
        QCOMPARE(m_cobot->requests().size(), 0);
    }

    void theScreenTakesExtrasOnlyForTheWelcomeItShows()
    {
        ScanScreenModel screen(u"Space"_s, 5000);
        screen.showMemberPicture(u"data:image/png;base64,AAAA"_s);
        QCOMPARE(screen.memberPicture(), QString()); // idle: nobody to show
        screen.showOutcome(granted(u"m1"_s));
        screen.showMemberPicture(u"data:image/png;base64,AAAA"_s);
        screen.showTimePassesLeft(2);
        QCOMPARE(screen.timePassesLeft(), 2);
        QVERIFY(!screen.memberPicture().isEmpty());
        screen.showIdle();
        QCOMPARE(screen.memberPicture(), QString());
        QCOMPARE(screen.timePassesLeft(), -1);
    }

private:
    std::unique_ptr<GrantedExtras> m_extras;
};

QTEST_GUILESS_MAIN(TestGrantedExtras)
#include "tst_grantedextras.moc"
