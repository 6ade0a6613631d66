#include "fieldtree.h"

#include <QTreeWidget>

namespace patchbay::ui {

FieldTree::FieldTree(QTreeWidget *tree, SchemaRole role, std::function<void(QTreeWidgetItem *, const SchemaField &)> decorate,
                     QObject *parent)
    : QObject(parent), m_tree(tree), m_role(role), m_decorate(std::move(decorate))
{
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!m_building)
            listBelow(item);
    });
}

bool FieldTree::show(QList<SchemaField> fields, const Json *schemas, const QStringList &paths)
{
    m_options.schemas = schemas;
    // what a mapping uses and what the user opened before is listed again
    for (const QString &path : paths)
        listFieldsAlong(fields, path, m_role, m_options);
    for (const QString &path : std::as_const(m_opened))
        if (const qsizetype i = listFieldsAlong(fields, path, m_role, m_options); i >= 0)
            listFieldsBelow(fields, i, m_role, m_options);
    const bool same = fields.size() == m_fields.size() && std::equal(fields.begin(), fields.end(), m_fields.begin(),
        [](const SchemaField &a, const SchemaField &b) {
            return a.path == b.path && a.type == b.type && a.required == b.required && a.hasMore() == b.hasMore();
        });
    if (same && (!m_items.isEmpty() || fields.isEmpty()))
        return false;
    m_fields = std::move(fields);

    m_building = true;
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    m_items.clear();
    QList<QTreeWidgetItem *> tops;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (QTreeWidgetItem *item = makeItem(i); m_fields[i].parent < 0)
            tops << item;
    m_tree->addTopLevelItems(tops);
    // open what is listed; what is behind a shared schema waits for a click
    for (QTreeWidgetItem *item : std::as_const(m_items))
        if (item->childCount() > 0)
            item->setExpanded(true);
    m_tree->setUpdatesEnabled(true);
    m_building = false;
    return true;
}

QTreeWidgetItem *FieldTree::makeItem(qsizetype index)
{
    const SchemaField &f = m_fields[index];
    QTreeWidgetItem *parent = f.parent >= 0 ? m_items.value(m_fields[f.parent].path) : nullptr;
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem();
    item->setData(0, PathRole, f.path);
    if (f.hasMore())
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    m_decorate(item, f);
    m_items.insert(f.path, item);
    return item;
}

void FieldTree::listBelow(QTreeWidgetItem *item)
{
    const QString path = item->data(0, PathRole).toString();
    const auto field = std::find_if(m_fields.begin(), m_fields.end(), [&](const SchemaField &f) { return f.path == path; });
    if (field == m_fields.end() || !field->hasMore())
        return;
    const qsizetype first = m_fields.size();
    listFieldsBelow(m_fields, field - m_fields.begin(), m_role, m_options);
    m_opened.insert(path);
    m_building = true;
    for (qsizetype i = first; i < m_fields.size(); ++i)
        makeItem(i);
    item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    m_building = false;
    Q_EMIT listed();
}

} // namespace patchbay::ui
