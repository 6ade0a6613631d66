#include "editenvironmentscommand.h"

#include <QCoreApplication>

namespace patchbay::ui {

EditEnvironmentsCommand::EditEnvironmentsCommand(Document *doc, QList<Environment> after)
    : m_doc(doc), m_before(doc->project().environments), m_after(std::move(after))
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Edit environments"));
}

void EditEnvironmentsCommand::undo() { m_doc->setEnvironments(m_before); }
void EditEnvironmentsCommand::redo() { m_doc->setEnvironments(m_after); }

} // namespace patchbay::ui
