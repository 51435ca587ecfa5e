// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "dooractuator.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

class QProcess;

// Opens the door by running a program (argv, never a shell), with who it opens for in the environment:
// COBOT_KIOSK_OUTCOME=granted, COBOT_KIOSK_MEMBER (name), COBOT_KIOSK_TOKEN (masked, last 4 only),
// COBOT_KIOSK_ACTION (open/release) and COBOT_KIOSK_PULSE_MS. Automated acceptance tests rely on these
// names: keep them stable. A program that runs longer than the timeout is killed with its children.
// Without a release program the program is expected to pulse the door itself.
class CommandActuator : public DoorActuator
{
    Q_DECLARE_TR_FUNCTIONS(CommandActuator)

public:
    struct Program
    {
        QString path;
        QStringList arguments;
    };

    CommandActuator(Program open, std::optional<Program> release, int timeoutMs);
    ~CommandActuator() override;

    QString description() const override;
    void perform(DoorAction action, const DoorRequest &request, Done done) override;

    // The environment the program gets (the kiosk's own, minus any COBOT_KIOSK_* it had).
    static QProcessEnvironment environmentFor(DoorAction action, const DoorRequest &request);

private:
    void discardProcess();
    void finish(const QString &error);

    Program m_open;
    std::optional<Program> m_release;
    int m_timeoutMs;
    std::unique_ptr<QProcess> m_process;
    Done m_done;
};

// The program's absolute path (found in PATH when it has no '/'); empty when it is not executable.
QString resolveProgram(const QString &program);
// Splits the settings' arguments into words: spaces separate, 'single' or "double" quotes keep spaces
// (single quotes survive QSettings, which eats double ones), a backslash keeps the next character.
// Nothing else is special: no variables, globs, pipes or redirections — there is no shell.
QStringList splitArguments(const QString &text);
