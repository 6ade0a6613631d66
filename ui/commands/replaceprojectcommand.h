#pragma once

#include "ui/document.h"

#include <QUndoCommand>

namespace patchbay::ui {

/// Replaces the whole project (restoring autosaved changes; adding a connector or importing a spec,
/// which touch many parts).
class ReplaceProjectCommand : public QUndoCommand
{
public:
    ReplaceProjectCommand(Document *doc, Project after, const QString &text);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    Project m_before;
    Project m_after;
};

} // namespace patchbay::ui
