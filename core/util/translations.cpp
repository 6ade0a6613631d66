#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace patchbay {

void installTranslations(QCoreApplication *app)
{
    auto *translator = new QTranslator(app);
    const QString dir = QStringLiteral(":/i18n");
    if (translator->load(QLocale(), QStringLiteral("patchbay"), QStringLiteral("_"), dir) ||
        translator->load(QStringLiteral("patchbay_en"), dir)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace patchbay
