#include "secrets/keychainsecretstore.h"
#include "store/datadir.h"
#include "ui/mainwindow.h"
#include "ui/services.h"
#include "ui/singleinstance.h"
#include "ui/tray/traycontroller.h"
#include "util/translations.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("patchbay"));
    QApplication::setApplicationDisplayName(QStringLiteral("Patchbay"));
    QApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));
    // the launcher and the icon the desktop knows Patchbay by (packaging/)
    QGuiApplication::setDesktopFileName(QStringLiteral("io.patchbay.Patchbay"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.patchbay.Patchbay"),
                                                 QIcon(QStringLiteral(":/icons/io.patchbay.Patchbay.svg"))));
    QApplication::setDesktopFileName(QStringLiteral("patchbay"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    patchbay::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Connect web APIs to each other."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Where history, runs and the audit trail are kept."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption hidden(QStringLiteral("hidden"),
                                    QApplication::translate("main", "Start in the system tray, without the window."));
    parser.addOption(dataDir);
    parser.addOption(hidden);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A *.patchbay.json project to open."));
    parser.process(app);

    const QString dir = patchbay::DataDir::resolve(parser.value(dataDir));
    // One instance per user and data directory: a second start brings the first to the front.
    patchbay::ui::SingleInstance instance(dir);
    QStringList handed;
    for (const QString &a : parser.positionalArguments())
        handed << QFileInfo(a).absoluteFilePath();
    if (instance.handOver(handed))
        return 0;
    (void)instance.listen();

    patchbay::ui::Services services(dir, std::make_unique<patchbay::KeychainSecretStore>());
    patchbay::ui::MainWindow window(&services);
    patchbay::ui::TrayController tray(&window, &services);
    // with a tray, closing the window leaves Patchbay running there
    QApplication::setQuitOnLastWindowClosed(!tray.trayAvailable());
    QObject::connect(&instance, &patchbay::ui::SingleInstance::activated, &window, [&window](const QStringList &args) {
        window.showNormal();
        window.raise();
        window.activateWindow();
        if (!args.isEmpty() && args.first() != window.filePath())
            window.openProject(args.first());
    });
    if (!(parser.isSet(hidden) && tray.trayAvailable()))
        window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    else if (!window.offerRecovery()) {
        // the last project, as a user expects after a restart (or from the autostart entry)
        const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
            window.openProject(recent.first());
    }
    return QApplication::exec();
}
