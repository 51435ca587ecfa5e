// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The binary's command line: every bad input gets a clear message and exit code 2, never a crash.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

Run run(
    const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KIOSK_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitCode(), process.exitStatus(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

    QString file(const QString &name, const QByteArray &content, QFile::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        f.close();
        f.setPermissions(permissions);
        return path;
    }

private Q_SLOTS:
    void helpListsEveryStableOption()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--config", "--api-url", "--subdomain", "--token-file", "--audit-log",
                 "--door-command", "--windowed", "--demo", "--self-test", "--help", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        QVERIFY(r.out.contains(u"cobot-kiosk"_s));
        QVERIFY(!r.out.contains(u"executable_name"_s));
    }

    void version()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"cobot-kiosk 0."_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
        const QString empty = file(u"empty.conf"_s, {}, owner);
        const QString goodToken = file(u"token"_s, "abc\n", owner);
        QTest::newRow("unknown option") << QStringList {u"--open-door"_s} << u"Unknown option 'open-door'"_s;
        QTest::newRow("missing value") << QStringList {u"--config"_s} << u"Missing value after '--config'"_s;
        QTest::newRow("config file missing")
            << QStringList {u"--config"_s, m_dir.filePath(u"nope.conf"_s)} << u"does not exist"_s;
        QTest::newRow("bad config value")
            << QStringList {u"--config"_s, file(u"bad.conf"_s, "[scan]\nterminator=space\n", owner)}
            << u"scan/terminator = \"space\" is not valid"_s;
        QTest::newRow("token readable by others") << QStringList {u"--config"_s, empty, u"--subdomain"_s,
            u"x"_s, u"--token-file"_s, file(u"open-token"_s, "abc\n", owner | QFile::ReadOther)}
                                                  << u"chmod 600"_s;
        QTest::newRow("token file missing") << QStringList {u"--config"_s, empty, u"--subdomain"_s, u"x"_s,
            u"--token-file"_s, m_dir.filePath(u"none"_s)}
                                            << u"does not exist"_s;
        QTest::newRow("plain http to the internet") << QStringList {u"--config"_s, empty, u"--api-url"_s,
            u"http://myspace.cobot.me"_s, u"--token-file"_s, goodToken}
                                                    << u"Plain http is only allowed to this machine"_s;
        QTest::newRow("api url garbage") << QStringList {u"--config"_s, empty, u"--api-url"_s, u"::::"_s,
            u"--token-file"_s, goodToken} << u"API URL"_s;
        QTest::newRow("subdomain with a slash")
            << QStringList {u"--config"_s, empty, u"--subdomain"_s, u"a/b"_s, u"--token-file"_s, goodToken}
            << u"not a Cobot subdomain"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"abc"_s), "a token appeared in an error message");
    }

    void noDisplayIsExplainedNotCrashed()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home"_s));
        const Run r = run({u"--demo"_s}, env);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no display found"_s), qPrintable(r.err));
    }

    void selfTestPasses()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s); // --self-test picks offscreen by itself
        const Run r = run(
            {u"--self-test"_s, u"--demo"_s, u"--config"_s, file(u"e.conf"_s, {}, QFile::ReadOwner)}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"self-test passed"_s), qPrintable(r.err));
    }

    void unconfiguredKioskStillStarts()
    {
        // No space, no token: the kiosk starts and says so (the first-run case), instead of refusing.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"fresh-home"_s));
        const Run r = run({u"--self-test"_s, u"--config"_s, file(u"e2.conf"_s, {}, QFile::ReadOwner)}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"No Cobot space is configured"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"No Cobot access token is configured"_s), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
