#pragma once

#include "model/lookuptable.h"

#include <QWidget>

class QComboBox;

namespace patchbay::ui {

class Document;
class KeyValueTable;

/// The project's lookup tables, as the mapping editor's "Lookup Tables" tab shows them: one
/// table at a time (chosen by name), its rows typed in a two-column table, tables added and
/// removed — each change one undoable step (EditLookupTablesCommand). `lookup("name", key)` in
/// a formula reads them.
class LookupTablesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LookupTablesPanel(Document *doc, QWidget *parent = nullptr);

    /// Shows the document's tables again (after an edit, an undo).
    void refresh();
    QComboBox *chooser() const { return m_chooser; }
    KeyValueTable *rows() const { return m_rows; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void addTable(const QString &name);
    void removeTable(const QString &name);
    void push(const QList<LookupTable> &after);

    Document *m_doc;
    QComboBox *m_chooser;
    KeyValueTable *m_rows;
};

} // namespace patchbay::ui
