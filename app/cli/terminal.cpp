#include "terminal.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace patchbay::cli {

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

QString readSecretFromStdin(const QString &prompt)
{
    if (stdinIsTerminal()) {
        QTextStream err(stderr);
        err << prompt << ' ';
        err.flush();
        termios old{};
        const bool canHide = ::tcgetattr(STDIN_FILENO, &old) == 0;
        if (canHide) {
            termios hidden = old;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        std::string line;
        std::getline(std::cin, line);
        if (canHide)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        err << '\n';
        err.flush();
        return QString::fromStdString(line);
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

} // namespace patchbay::cli
