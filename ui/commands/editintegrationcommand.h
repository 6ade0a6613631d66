#pragma once

#include "edititemcommand.h"

namespace patchbay::ui {

/// Replaces an integration with an edited copy (the canvas, the node editor, the mapping
/// editor). Consecutive edits with the same merge key — a drag, typing in one formula box —
/// are one step on the undo stack.
class EditIntegrationCommand : public EditItemCommand<Integration>
{
public:
    EditIntegrationCommand(Document *doc, const QString &id, Integration after, const QString &text)
        : EditItemCommand(doc, id, std::move(after), text)
    {
    }
    int id() const override { return 0x1711; }
    bool mergeWith(const QUndoCommand *other) override;
    void setMergeKey(const QString &key) { m_mergeKey = key; }

private:
    QString m_mergeKey;
};

} // namespace patchbay::ui
