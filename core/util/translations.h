#pragma once

class QCoreApplication;

namespace patchbay {

/// Installs Patchbay's translation for the user's language (from the `:/i18n` resources that
/// each executable carries), falling back to English, whose file holds the plural forms
/// ("1 error", "2 errors"). Call once, after the application object exists.
void installTranslations(QCoreApplication *app);

} // namespace patchbay
