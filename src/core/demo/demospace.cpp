// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "demospace.h"

#include "simulatedcobot.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

struct DemoCard
{
    QString number;
    const char *outcome;
};

const DemoCard cards[] = {
    {u"0004567890"_s, QT_TRANSLATE_NOOP("DemoSpace", "welcome (Jane Doe)")},
    {u"0001234567"_s, QT_TRANSLATE_NOOP("DemoSpace", "no time passes left")},
    {u"0007654321"_s, QT_TRANSLATE_NOOP("DemoSpace", "canceled membership")},
    {u"0009999999"_s, QT_TRANSLATE_NOOP("DemoSpace", "unknown card")},
    {u"0005000500"_s, QT_TRANSLATE_NOOP("DemoSpace", "Cobot server error")},
    {u"0005000501"_s, QT_TRANSLATE_NOOP("DemoSpace", "Cobot fails: decided offline (Lee Chen)")},
    {u"0002468024"_s, QT_TRANSLATE_NOOP("DemoSpace", "welcome with time passes (Sam Okafor)")},
};

// A member picture for the demo: a simple silhouette on a coloured ground, drawn, not downloaded.
QByteArray demoPicture(const QColor &ground)
{
    QImage image(256, 256, QImage::Format_ARGB32);
    image.fill(ground);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawEllipse(QPointF(128, 100), 48, 48);
    painter.drawEllipse(QRectF(40, 160, 176, 190));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

QString DemoSpace::name()
{
    return DemoSpace::tr("Demo Coworking (simulated)");
}

void DemoSpace::populate(SimulatedCobot &cobot)
{
    const QDate today = QDate::currentDate();
    cobot.addMember({u"m-jane"_s, u"Jane Doe"_s, u"jane@example.com"_s, u"1001"_s, u"Full-time desk"_s, false,
        0, today.addYears(-1), {}, u"/pictures/m-jane.png"_s});
    cobot.addPicture(u"/pictures/m-jane.png"_s, demoPicture(QColor(0x3d, 0x6f, 0xb6)));
    cobot.addMember({u"m-sam"_s, u"Sam Okafor"_s, u"sam@example.com"_s, u"1005"_s, u"10 day pass"_s, true, 6,
        today.addMonths(-2), {}});
    cobot.addMember({u"m-max"_s, u"Max Mustermann"_s, u"max@example.com"_s, u"1002"_s, u"10 day pass"_s, true,
        0, today.addMonths(-3), {}});
    cobot.addMember({u"m-erika"_s, u"Erika Weber"_s, u"erika@example.com"_s, u"1003"_s, u"Part-time"_s, false,
        0, today.addYears(-2), today.addDays(-14)});
    cobot.addMember({u"m-lee"_s, u"Lee Chen"_s, u"lee@example.com"_s, u"1004"_s, u"Flex desk"_s, false, 0,
        today.addMonths(-1), {}});
    cobot.addToken(cards[0].number, u"m-jane"_s);
    cobot.addToken(cards[1].number, u"m-max"_s);
    cobot.addToken(cards[2].number, u"m-erika"_s);
    // Both make the simulated Cobot fail. Lee's card is on the member list the kiosk keeps for
    // outages, so it is decided offline; the other is on nobody's list, so the failure shows.
    cobot.addFailingToken(cards[4].number);
    cobot.addToken(cards[5].number, u"m-lee"_s);
    cobot.addFailingToken(cards[5].number);
    cobot.addToken(cards[6].number, u"m-sam"_s);
}

QStringList DemoSpace::cardHints()
{
    QStringList hints;
    for (const DemoCard &card : cards)
        hints.append(card.number + u"  \u00b7  "_s + DemoSpace::tr(card.outcome));
    return hints;
}
