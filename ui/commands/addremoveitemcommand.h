#pragma once

#include "itemcommandtext.h"
#include "ui/document.h"

#include <QUndoCommand>

namespace patchbay::ui {

/// Adds a connection, an endpoint or an integration at the end of its list ("Add connection
/// “…”", "Duplicate integration “…”"); undo takes it away by its id.
template <typename T>
class AddItemCommand : public QUndoCommand
{
public:
    AddItemCommand(Document *doc, T item, const QString &text = {})
        : m_doc(doc), m_item(std::move(item)), m_index(doc->items<T>().size())
    {
        setText(text.isEmpty() ? itemCommandText(ItemVerb::Add, m_item) : text);
    }
    void undo() override { m_doc->template removeItem<T>(m_item.id); }
    void redo() override { m_doc->insertItem(m_index, m_item); }

private:
    Document *m_doc;
    T m_item;
    qsizetype m_index;
};

/// Removes a connection, an endpoint or an integration by its id ("Delete endpoint “…”"); undo
/// puts it back where it was in its list.
template <typename T>
class RemoveItemCommand : public QUndoCommand
{
public:
    RemoveItemCommand(Document *doc, const QString &id, const QString &text = {})
        : m_doc(doc), m_index(Project::indexOf(doc->items<T>(), id)), m_item(doc->items<T>().at(m_index))
    {
        setText(text.isEmpty() ? itemCommandText(ItemVerb::Remove, m_item) : text);
    }
    void undo() override { m_doc->insertItem(m_index, m_item); }
    void redo() override { m_doc->template removeItem<T>(m_item.id); }

private:
    Document *m_doc;
    qsizetype m_index;
    T m_item;
};

using AddConnectionCommand = AddItemCommand<Connection>;
using RemoveConnectionCommand = RemoveItemCommand<Connection>;
using AddEndpointCommand = AddItemCommand<Endpoint>;
using RemoveEndpointCommand = RemoveItemCommand<Endpoint>;
using AddIntegrationCommand = AddItemCommand<Integration>;
using RemoveIntegrationCommand = RemoveItemCommand<Integration>;

} // namespace patchbay::ui
