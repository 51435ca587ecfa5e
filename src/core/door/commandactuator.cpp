// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "commandactuator.h"

#include "util/logging.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxOutputBytes = 4096; // what is kept of the program's output, for the error

QString lastLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return QString::fromLocal8Bit(lines.constLast().trimmed()).left(200);
}

} // namespace

QString resolveProgram(const QString &program)
{
    if (program.trimmed().isEmpty())
        return {};
    if (!program.contains(u'/'))
        return QStandardPaths::findExecutable(program);
    const QFileInfo info(program);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

QStringList splitArguments(const QString &text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word.append(c);
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            word.append(text.at(++i));
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, {}));
            inWord = false;
        } else {
            word.append(c);
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

CommandActuator::CommandActuator(Program open, std::optional<Program> release, int timeoutMs)
    : m_open(std::move(open))
    , m_release(std::move(release))
    , m_timeoutMs(timeoutMs)
{ }

CommandActuator::~CommandActuator()
{
    discardProcess();
}

void CommandActuator::discardProcess()
{
    if (!m_process)
        return;
    m_process->disconnect(); // how the old one ends is no news for the next action
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(-pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(1000);
    }
    m_process.reset();
}

QString CommandActuator::description() const
{
    return tr("door program %1").arg(QFileInfo(m_open.path).fileName());
}

QProcessEnvironment CommandActuator::environmentFor(DoorAction action, const DoorRequest &request)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"COBOT_KIOSK_"))
            environment.remove(name);
    }
    environment.insert(u"COBOT_KIOSK_ACTION"_s, doorActionName(action));
    environment.insert(u"COBOT_KIOSK_PULSE_MS"_s, QString::number(request.pulseMs));
    if (action == DoorAction::Open) {
        environment.insert(u"COBOT_KIOSK_OUTCOME"_s, u"granted"_s);
        environment.insert(u"COBOT_KIOSK_MEMBER"_s, request.memberName);
        environment.insert(u"COBOT_KIOSK_TOKEN"_s, request.maskedToken);
    }
    return environment;
}

void CommandActuator::perform(DoorAction action, const DoorRequest &request, Done done)
{
    if (action == DoorAction::Release && !m_release) {
        done({}); // the program pulses the door itself
        return;
    }
    const Program &program = action == DoorAction::Open ? m_open : *m_release;
    discardProcess();
    m_done = std::move(done);
    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    process->setProgram(program.path);
    process->setArguments(program.arguments);
    process->setProcessEnvironment(environmentFor(action, request));
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group: a timeout kills the program and whatever it started.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });

    auto output = std::make_shared<QByteArray>();
    QObject::connect(process, &QProcess::readyRead, process, [process, output] {
        output->append(process->readAll());
        if (output->size() > maxOutputBytes)
            output->remove(0, output->size() - maxOutputBytes);
    });
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, process, [this, process, path = program.path] {
        qCWarning(lcDoor).noquote() << path << "did not finish within" << m_timeoutMs << "ms: killed";
        // Never kill(-0): that would be the kiosk's own process group.
        if (const qint64 pid = process->processId(); pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        finish(tr("it did not finish within %1 s and was stopped").arg(m_timeoutMs / 1000.0, 0, 'g', 3));
    });
    QObject::connect(
        process, &QProcess::errorOccurred, process, [this, process, deadline](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                deadline->stop();
                finish(tr("it could not be started: %1").arg(process->errorString()));
            }
        });
    QObject::connect(process, &QProcess::finished, process,
        [this, process, output, deadline](int exitCode, QProcess::ExitStatus status) {
            deadline->stop(); // the QProcess lives on until the next action: no timeout after the end
            output->append(process->readAll());
            if (status == QProcess::CrashExit)
                finish(tr("it crashed"));
            else if (exitCode != 0)
                finish(output->trimmed().isEmpty()
                        ? tr("it exited with code %1").arg(exitCode)
                        : tr("it exited with code %1: %2").arg(exitCode).arg(lastLine(*output)));
            else
                finish({});
        });
    process->start();
    deadline->start(m_timeoutMs);
}

void CommandActuator::finish(const QString &error)
{
    // Once per action: a killed program still reports how it ended, and that is no news.
    if (Done done = std::exchange(m_done, nullptr))
        done(error);
}
