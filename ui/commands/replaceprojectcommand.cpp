#include "replaceprojectcommand.h"

namespace patchbay::ui {

ReplaceProjectCommand::ReplaceProjectCommand(Document *doc, Project after, const QString &text)
    : m_doc(doc), m_before(doc->project()), m_after(std::move(after))
{
    setText(text);
}

void ReplaceProjectCommand::undo() { m_doc->setProject(m_before); }
void ReplaceProjectCommand::redo() { m_doc->setProject(m_after); }

} // namespace patchbay::ui
