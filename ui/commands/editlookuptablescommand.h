#pragma once

#include "ui/document.h"

#include <QUndoCommand>

namespace patchbay::ui {

/// Replaces the lookup tables (the mapping editor's Lookup Tables panel).
class EditLookupTablesCommand : public QUndoCommand
{
public:
    EditLookupTablesCommand(Document *doc, QList<LookupTable> after);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    QList<LookupTable> m_before;
    QList<LookupTable> m_after;
};

} // namespace patchbay::ui
