#include "recentprojects.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace patchbay::ui {

namespace {
const QString Key = QStringLiteral("recentProjects");
constexpr int Kept = 10;
} // namespace

void RecentProjects::remember(const QString &filePath)
{
    QStringList recent = list();
    const QString abs = QFileInfo(filePath).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > Kept)
        recent.removeLast();
    QSettings().setValue(Key, recent);
}

QStringList RecentProjects::list() { return QSettings().value(Key).toStringList(); }

void RecentProjects::fill(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList recent = list();
    for (const QString &path : recent)
        menu->addAction(path, menu, [open, path] { open(path); });
    menu->setEnabled(!recent.isEmpty());
}

} // namespace patchbay::ui
