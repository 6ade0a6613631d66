#pragma once

#include <QStringList>

#include <functional>

class QMenu;

namespace patchbay::ui {

/// File › Open Recent: the last ten project files opened or saved (QSettings `recentProjects`).
class RecentProjects
{
public:
    /// Puts `filePath` first.
    static void remember(const QString &filePath);
    static QStringList list();
    /// Fills `menu` with an action per recent file that calls `open` with it; disabled when empty.
    static void fill(QMenu *menu, const std::function<void(const QString &)> &open);
};

} // namespace patchbay::ui
