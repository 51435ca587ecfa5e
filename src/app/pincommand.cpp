// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "pincommand.h"

#include "admin/pinhash.h"
#include "console.h"
#include "settings/configfile.h"

#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// One line from standard input; on a terminal, with a prompt and without showing what is typed.
std::string readSecretLine()
{
    termios terminal {};
    const bool typed = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &terminal) == 0;
    if (typed) {
        std::fputs("Admin PIN (4 to 12 digits): ", stderr);
        termios hidden = terminal;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    std::string line;
    std::getline(std::cin, line);
    if (typed) {
        tcsetattr(STDIN_FILENO, TCSANOW, &terminal);
        std::fputs("\n", stderr);
    }
    return line;
}

} // namespace

int runHashPinCommand()
{
    const QString pin = QString::fromLocal8Bit(readSecretLine()).trimmed();
    if (const QString problem = PinHash::problemWith(pin); !problem.isEmpty()) {
        Console::print(stderr, u"cobot-kiosk: "_s + problem);
        return Console::exitUsage;
    }
    const ConfigFile::Values values = ConfigFile::pinValues(PinHash::create(pin));
    QString lines = u"[admin]\n"_s;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        lines += it.key().section(u'/', 1) + u'=' + it.value() + u'\n';
    Console::print(stdout, lines);
    return 0;
}
