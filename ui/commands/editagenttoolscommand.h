#pragma once

#include "ui/document.h"

#include <QUndoCommand>

namespace patchbay::ui {

/// Replaces the agent tools (the Agent Access tab; the tools of a deleted endpoint or integration).
class EditAgentToolsCommand : public QUndoCommand
{
public:
    EditAgentToolsCommand(Document *doc, QList<AgentTool> after, const QString &text = {});
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    QList<AgentTool> m_before;
    QList<AgentTool> m_after;
};

} // namespace patchbay::ui
