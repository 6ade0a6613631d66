#include "projectexplorer.h"

#include <functional>

#include <QMimeData>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTreeWidgetItemIterator>

#include "model/names.h"
#include "util/problem.h"

#include <QHeaderView>
#include <QStyle>

namespace patchbay::ui {

ProjectExplorer::ProjectExplorer(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setAccessibleName(tr("Project explorer"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    // Names whole, never cut to "…": the column is as wide as the longest, with a scroll bar.
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
}

void ProjectExplorer::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    applyFilter();
}

void ProjectExplorer::applyFilter()
{
    // An item shows when it matches or something below it does; a matching folder shows all of it.
    std::function<bool(QTreeWidgetItem *, bool)> show = [&](QTreeWidgetItem *item, bool ancestorMatches) {
        const bool matches = m_filter.isEmpty() || ancestorMatches || item->text(0).contains(m_filter, Qt::CaseInsensitive);
        bool any = false;
        for (int i = 0; i < item->childCount(); ++i)
            any = show(item->child(i), matches && !m_filter.isEmpty()) || any;
        const bool visible = matches || any;
        item->setHidden(!visible);
        if (any && !m_filter.isEmpty())
            item->setExpanded(true);
        return visible;
    };
    for (int i = 0; i < topLevelItemCount(); ++i)
        show(topLevelItem(i), false);
}

void ProjectExplorer::setProject(const Project *project)
{
    // Rebuilt after every edit: folders the user folded stay folded, the selection stays.
    auto keyOf = [](const QTreeWidgetItem *item) {
        const QString path = item->data(0, PathRole).toString();
        return path.isEmpty() ? QStringLiteral("group:") + item->text(0) : path;
    };
    QSet<QString> collapsed;
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        if ((*it)->childCount() > 0 && !(*it)->isExpanded())
            collapsed.insert(keyOf(*it));
    const QString selected = currentItem() ? keyOf(currentItem()) : QString();
    clear();
    m_project = project;
    if (!project)
        return;
    const auto restore = qScopeGuard([&] {
        for (QTreeWidgetItemIterator it(this); *it; ++it) {
            const QString key = keyOf(*it);
            (*it)->setExpanded(!collapsed.contains(key));
            if (key == selected)
                setCurrentItem(*it);
        }
        applyFilter();
    });
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon itemIcon = style()->standardIcon(QStyle::SP_FileIcon);

    auto addFolder = [&](const QString &title, const QString &path, int count) {
        auto *item = new QTreeWidgetItem(this, {tr("%1 (%2)").arg(title).arg(count)});
        item->setIcon(0, folderIcon);
        item->setData(0, PathRole, path);
        item->setExpanded(true);
        return item;
    };
    auto addItem = [&](QTreeWidgetItem *parent, const QString &text, const QString &path,
                       const QString &toolTip = {}) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setIcon(0, itemIcon);
        item->setData(0, PathRole, path);
        item->setToolTip(0, toolTip.isEmpty() ? text : toolTip);
        return item;
    };

    QTreeWidgetItem *envs = addFolder(tr("Environments"), QStringLiteral("environments"),
                                      int(project->environments.size()));
    for (qsizetype i = 0; i < project->environments.size(); ++i)
        addItem(envs, project->environments[i].name,
                JsonPath(QStringLiteral("environments")).index(i));

    QTreeWidgetItem *conns = addFolder(tr("Connections"), QStringLiteral("connections"),
                                       int(project->connections.size()));
    for (qsizetype i = 0; i < project->connections.size(); ++i) {
        const Connection &c = project->connections[i];
        addItem(conns, c.name, JsonPath(QStringLiteral("connections")).index(i),
                tr("%1 — %2, auth: %3").arg(c.name, c.baseUrl, names::of(c.auth.type, names::authTypes())));
    }

    QTreeWidgetItem *eps = addFolder(tr("Endpoints"), QStringLiteral("endpoints"),
                                     int(project->endpoints.size()));
    QHash<QString, QTreeWidgetItem *> groups;
    for (qsizetype i = 0; i < project->endpoints.size(); ++i) {
        const Endpoint &e = project->endpoints[i];
        QTreeWidgetItem *parent = eps;
        if (!e.group.isEmpty()) {
            parent = groups.value(e.group);
            if (!parent) {
                parent = new QTreeWidgetItem(eps, {e.group});
                parent->setIcon(0, folderIcon);
                groups.insert(e.group, parent);
            }
        }
        addItem(parent, QStringLiteral("%1  %2").arg(e.method, e.name),
                JsonPath(QStringLiteral("endpoints")).index(i),
                QStringLiteral("%1 %2").arg(e.method, e.path));
    }

    QTreeWidgetItem *ints = addFolder(tr("Integrations"), QStringLiteral("integrations"),
                                      int(project->integrations.size()));
    for (qsizetype i = 0; i < project->integrations.size(); ++i)
        addItem(ints, project->integrations[i].name, JsonPath(QStringLiteral("integrations")).index(i));

    QTreeWidgetItem *tables = addFolder(tr("Lookup tables"), QStringLiteral("lookupTables"),
                                        int(project->lookupTables.size()));
    for (qsizetype i = 0; i < project->lookupTables.size(); ++i)
        addItem(tables, project->lookupTables[i].name, JsonPath(QStringLiteral("lookupTables")).index(i));
}

QByteArray ProjectExplorer::dragData(const QTreeWidgetItem *item) const
{
    static const QRegularExpression endpoint(QStringLiteral("^endpoints\\[(\\d+)\\]$"));
    if (!item || !m_project)
        return {};
    const QRegularExpressionMatch m = endpoint.match(item->data(0, PathRole).toString());
    const qsizetype i = m.hasMatch() ? m.captured(1).toLongLong() : -1;
    if (i < 0 || i >= m_project->endpoints.size())
        return {};
    const Endpoint &e = m_project->endpoints[i];
    return ((e.method == u"GET" ? QStringLiteral("source:") : QStringLiteral("target:")) + e.id).toUtf8();
}

QMimeData *ProjectExplorer::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    auto *data = new QMimeData;
    if (const QByteArray d = dragData(items.value(0)); !d.isEmpty())
        data->setData(QStringLiteral("application/x-patchbay-node"), d);
    return data;
}

ProjectExplorer::Item ProjectExplorer::itemOf(const Project &p, const QString &path)
{
    const QList<JsonPath::Step> steps = JsonPath(path).steps();
    if (steps.size() != 2 || steps[1].index < 0 || JsonPath().key(steps[0].key).index(steps[1].index).toString() != path)
        return {};
    const QString &list = steps[0].key;
    const qsizetype i = steps[1].index;
    if (list == u"environments" && i < p.environments.size())
        return {list, p.environments[i].name};
    if (list == u"connections" && i < p.connections.size())
        return {list, p.connections[i].id};
    if (list == u"endpoints" && i < p.endpoints.size())
        return {list, p.endpoints[i].id};
    if (list == u"integrations" && i < p.integrations.size())
        return {list, p.integrations[i].id};
    return {};
}

} // namespace patchbay::ui
