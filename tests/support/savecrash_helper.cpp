// Saves one of two projects over and over, alternating, until it is killed, printing a line
// after each save. tst_savecrash kills it with SIGKILL at random moments and checks what is left.
// Usage: savecrash_helper FILE

#include "project/projectfile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace patchbay;

/// Two versions of a project of different sizes, so that a torn write would show.
Project version(int which)
{
    Project p;
    p.id = QStringLiteral("crash");
    p.name = which == 0 ? QStringLiteral("Version A") : QStringLiteral("Version B");
    Connection c;
    c.id = QStringLiteral("c");
    c.name = QStringLiteral("C");
    c.baseUrl = QStringLiteral("https://api.example.com");
    p.connections.append(c);
    const int endpoints = which == 0 ? 40 : 400;
    for (int i = 0; i < endpoints; ++i) {
        Endpoint e;
        e.id = QStringLiteral("e%1").arg(i);
        e.name = QStringLiteral("Endpoint %1 of version %2").arg(i).arg(which == 0 ? u'A' : u'B');
        e.connection = QStringLiteral("c");
        e.path = QStringLiteral("/items/%1").arg(i);
        p.endpoints.append(e);
    }
    return p;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const QString file = QString::fromLocal8Bit(argv[1]);
    const Project versions[2] = {version(0), version(1)};
    for (unsigned i = 0;; ++i) {
        if (!ProjectFile::write(versions[i % 2], file).ok())
            return 1;
        std::fputs("saved\n", stdout); // the test counts these to time its kill
        std::fflush(stdout);
    }
}
