#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
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
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        // Say what it was doing: the threads' stacks (when gdb is here) and what it printed.
        QString stacks;
        const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
        if (!gdb.isEmpty()) {
            QProcess g;
            g.start(gdb, {QStringLiteral("-p"), QString::number(p.processId()), QStringLiteral("-batch"),
                          QStringLiteral("-ex"), QStringLiteral("thread apply all bt")});
            g.waitForFinished(60000);
            stacks = QString::fromUtf8(g.readAllStandardOutput());
        }
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("patchbay-cli did not finish within %1 s and was killed.\n--- its stderr:\n%2\n"
                               "--- its stdout:\n%3\n--- its threads:\n%4")
                    .arg(timeoutMs / 1000)
                    .arg(QString::fromUtf8(p.readAllStandardError()), QString::fromUtf8(p.readAllStandardOutput()),
                         stacks.isEmpty() ? QStringLiteral("(gdb is not installed)") : stacks);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
