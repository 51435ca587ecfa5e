// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The fake Cobot of the real-kernel reader test, run inside the guest on the guest's own loopback:
// the tests' FakeCobot (the demo space, plus a new member for each TOKEN=NAME and another card for a
// demo member for each TOKEN@MEMBERSHIP_ID) on PORT.
// Writes its base URL to URLFILE once it listens.

#include "demo/demospace.h"
#include "fakecobot.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fputs("usage: vmfakecobot URLFILE PORT [TOKEN=NAME | TOKEN@MEMBERSHIP_ID...]\n", stderr);
        return 2;
    }
    FakeCobot cobot;
    DemoSpace::populate(cobot);
    int n = 0;
    for (const QString &member : arguments.mid(3)) {
        if (member.contains(u'@')) {
            cobot.addToken(member.section(u'@', 0, 0), member.section(u'@', 1));
            continue;
        }
        const QString id = u"m-vm-%1"_s.arg(++n);
        cobot.addMember({id, member.section(u'=', 1), {}, {}, u"Desk"_s, false, 0, {}, {}});
        cobot.addToken(member.section(u'=', 0, 0), id);
    }
    const quint16 port = cobot.listen(QHostAddress::LocalHost, quint16(arguments.at(2).toUInt()));
    if (port == 0)
        return 1;
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(port));
    QSaveFile file(arguments.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(url.toString().toUtf8()) < 0 || !file.commit())
        return 1;
    return app.exec();
}
