#pragma once

#include "model/schemafields.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QTreeWidget;
class QTreeWidgetItem;

namespace patchbay::ui {

/// The fields of one side of the mapping editor in its tree: one item per SchemaField, parents
/// above their children. Fields behind a shared schema not listed yet (SchemaField::hasMore) show
/// an expand arrow and are listed when the user opens them; the paths a mapping uses are listed
/// at once; what the user opened stays open when the fields are shown anew.
class FieldTree : public QObject
{
    Q_OBJECT

public:
    static constexpr int PathRole = Qt::UserRole + 1;

    /// `decorate` writes an item's texts, font and flags for its field.
    FieldTree(QTreeWidget *tree, SchemaRole role, std::function<void(QTreeWidgetItem *, const SchemaField &)> decorate,
              QObject *parent = nullptr);

    /// Shows `fields` of a schema whose $refs lead into `schemas` (kept by the caller), each of
    /// `paths` listed. Returns false, keeping the items, when that is what is shown already.
    bool show(QList<SchemaField> fields, const Json *schemas, const QStringList &paths);

    const QList<SchemaField> &fields() const { return m_fields; }
    QTreeWidgetItem *item(const QString &path) const { return m_items.value(path); }
    const QHash<QString, QTreeWidgetItem *> &items() const { return m_items; }
    QStringList paths() const { return m_items.keys(); }

Q_SIGNALS:
    /// Fields were listed below one the user opened.
    void listed();

private:
    void listBelow(QTreeWidgetItem *item);
    QTreeWidgetItem *makeItem(qsizetype index);

    QTreeWidget *m_tree;
    SchemaRole m_role;
    std::function<void(QTreeWidgetItem *, const SchemaField &)> m_decorate;
    SchemaFieldOptions m_options;
    QList<SchemaField> m_fields;
    QHash<QString, QTreeWidgetItem *> m_items;
    QSet<QString> m_opened; ///< fields the user listed the fields of
    bool m_building = false;
};

} // namespace patchbay::ui
