#pragma once

#include "model/project.h"

#include <QTreeWidget>

namespace patchbay::ui {

/// The project as a tree: environments, connections, endpoints (by group), integrations and
/// lookup tables. Each item carries the JSON path of what it shows (Qt::UserRole).
class ProjectExplorer : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr int PathRole = Qt::UserRole;

    explicit ProjectExplorer(QWidget *parent = nullptr);

    void setProject(const Project *project);
    /// The top-level folder items, in order: environments, connections, endpoints, integrations,
    /// lookup tables.
    QTreeWidgetItem *folder(int i) const { return topLevelItem(i); }

    /// What dragging `item` carries: an endpoint goes onto the canvas as a source (GET) or a
    /// target (anything else). Empty for other items.
    QByteArray dragData(const QTreeWidgetItem *item) const;

    /// Shows only the items whose text contains `text` (any case), with the folders and groups
    /// that lead to them; "" shows everything. Kept when the project changes.
    void setFilter(const QString &text);
    const QString &filter() const { return m_filter; }

    /// The list and id (an environment's: its name) of the item at a path of the tree
    /// ("endpoints[3]"); empty when it is none.
    struct Item
    {
        QString list;
        QString id;
    };
    static Item itemOf(const Project &project, const QString &path);

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;

private:
    void applyFilter();

    const Project *m_project = nullptr;
    QString m_filter;
};

} // namespace patchbay::ui
