#include "cli.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <algorithm>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN); // `patchbay-cli … | head` must not die mid-write
    // Without the keychain (secrets from the environment, as on servers), Qt's own event loop
    // rather than GLib's: a sync sending one record a request goes ~20 % faster (GLib polls and
    // locks more per wake-up). The keychain needs GLib: libsecret answers through its main loop.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB") &&
        std::any_of(argv + 1, argv + argc, [](const char *a) { return std::strcmp(a, "--secrets-from-env") == 0; }))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("patchbay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));

    patchbay::installTranslations(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return patchbay::cli::run(QCoreApplication::arguments(), out, err);
}
