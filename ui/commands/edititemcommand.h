#pragma once

#include "itemcommandtext.h"
#include "ui/document.h"

#include <QUndoCommand>

namespace patchbay::ui {

/// Replaces a connection, an endpoint or an integration with an edited copy, found by its id
/// ("Edit connection “Demo CRM”", or what the caller calls it). The copy may bring a new id.
template <typename T>
class EditItemCommand : public QUndoCommand
{
public:
    EditItemCommand(Document *doc, const QString &id, T after, const QString &text = {})
        : m_doc(doc), m_before(doc->items<T>().at(Project::indexOf(doc->items<T>(), id))), m_after(std::move(after))
    {
        setText(text.isEmpty() ? itemCommandText(ItemVerb::Edit, m_after) : text);
    }
    void undo() override { m_doc->setItem(m_after.id, m_before); }
    void redo() override { m_doc->setItem(m_before.id, m_after); }

protected:
    Document *m_doc;
    T m_before;
    T m_after;
};

using EditConnectionCommand = EditItemCommand<Connection>;
using EditEndpointCommand = EditItemCommand<Endpoint>;

} // namespace patchbay::ui
