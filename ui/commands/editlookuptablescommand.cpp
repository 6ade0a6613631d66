#include "editlookuptablescommand.h"

#include <QCoreApplication>

namespace patchbay::ui {

EditLookupTablesCommand::EditLookupTablesCommand(Document *doc, QList<LookupTable> after)
    : m_doc(doc), m_before(doc->project().lookupTables), m_after(std::move(after))
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Edit lookup tables"));
}

void EditLookupTablesCommand::undo() { m_doc->setLookupTables(m_before); }
void EditLookupTablesCommand::redo() { m_doc->setLookupTables(m_after); }

} // namespace patchbay::ui
