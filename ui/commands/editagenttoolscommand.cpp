#include "editagenttoolscommand.h"

#include <QCoreApplication>

namespace patchbay::ui {

EditAgentToolsCommand::EditAgentToolsCommand(Document *doc, QList<AgentTool> after, const QString &text)
    : m_doc(doc), m_before(doc->project().agentTools), m_after(std::move(after))
{
    setText(text.isEmpty() ? QCoreApplication::translate("patchbay::ui::Commands", "Change what AI agents may use") : text);
}

void EditAgentToolsCommand::undo() { m_doc->setAgentTools(m_before); }
void EditAgentToolsCommand::redo() { m_doc->setAgentTools(m_after); }

} // namespace patchbay::ui
