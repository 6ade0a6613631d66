#include "secrets/keychainsecretstore.h"
#include "store/datadir.h"
#include "ui/mainwindow.h"
#include "ui/services.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("patchbay"));
    QApplication::setApplicationDisplayName(QStringLiteral("Patchbay"));
    QApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));
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
    parser.addOption(dataDir);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A *.patchbay.json project to open."));
    parser.process(app);

    patchbay::ui::Services services(patchbay::DataDir::resolve(parser.value(dataDir)),
                                    std::make_unique<patchbay::KeychainSecretStore>());
    patchbay::ui::MainWindow window(&services);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    else
        window.offerRecovery();
    return QApplication::exec();
}
