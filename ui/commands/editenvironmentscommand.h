#pragma once

#include "ui/document.h"

#include <QUndoCommand>

namespace patchbay::ui {

/// Replaces the environments (the environment editor applies its table at once).
class EditEnvironmentsCommand : public QUndoCommand
{
public:
    EditEnvironmentsCommand(Document *doc, QList<Environment> after);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    QList<Environment> m_before;
    QList<Environment> m_after;
};

} // namespace patchbay::ui
