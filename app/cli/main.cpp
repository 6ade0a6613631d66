#include "cli.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN); // `patchbay-cli … | head` must not die mid-write
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("patchbay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));

    patchbay::installTranslations(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return patchbay::cli::run(QCoreApplication::arguments(), out, err);
}
