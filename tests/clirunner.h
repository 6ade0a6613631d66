#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Runs the real patchbay-cli binary and keeps what it printed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// How long patchbay-cli takes to start and exit here (the slowest of three): kills in tests
/// are timed from then, so that they land in runs, not before them.
inline int cliStartupMs()
{
    int slowest = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral(PATCHBAY_CLI), {QStringLiteral("--version")});
        p.waitForFinished(20000);
        slowest = std::max(slowest, int(t.elapsed()));
    }
    return slowest;
}

inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PATCHBAY_CLI), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
