#include "editcommands.h"

#include <QCoreApplication>

namespace patchbay::ui {

EditConnectionCommand::EditConnectionCommand(Document *doc, qsizetype index, Connection after)
    : m_doc(doc), m_index(index), m_before(doc->project().connections.at(index)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Edit connection “%1”").arg(m_after.name));
}
void EditConnectionCommand::undo() { m_doc->setConnection(m_index, m_before); }
void EditConnectionCommand::redo() { m_doc->setConnection(m_index, m_after); }

AddConnectionCommand::AddConnectionCommand(Document *doc, Connection c)
    : m_doc(doc), m_connection(std::move(c)), m_index(doc->project().connections.size())
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Add connection “%1”").arg(m_connection.name));
}
void AddConnectionCommand::undo() { m_doc->removeConnection(m_index); }
void AddConnectionCommand::redo() { m_doc->insertConnection(m_index, m_connection); }

RemoveConnectionCommand::RemoveConnectionCommand(Document *doc, qsizetype index)
    : m_doc(doc), m_index(index), m_connection(doc->project().connections.at(index))
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Remove connection “%1”").arg(m_connection.name));
}
void RemoveConnectionCommand::undo() { m_doc->insertConnection(m_index, m_connection); }
void RemoveConnectionCommand::redo() { m_doc->removeConnection(m_index); }

EditEndpointCommand::EditEndpointCommand(Document *doc, qsizetype index, Endpoint after, const QString &text)
    : m_doc(doc), m_index(index), m_before(doc->project().endpoints.at(index)), m_after(std::move(after))
{
    setText(text.isEmpty() ? QCoreApplication::translate("patchbay::ui::Commands", "Edit endpoint “%1”").arg(m_after.name) : text);
}
void EditEndpointCommand::undo() { m_doc->setEndpoint(m_index, m_before); }
void EditEndpointCommand::redo() { m_doc->setEndpoint(m_index, m_after); }

AddEndpointCommand::AddEndpointCommand(Document *doc, Endpoint e)
    : m_doc(doc), m_endpoint(std::move(e)), m_index(doc->project().endpoints.size())
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Add endpoint “%1”").arg(m_endpoint.name));
}
void AddEndpointCommand::undo() { m_doc->removeEndpoint(m_index); }
void AddEndpointCommand::redo() { m_doc->insertEndpoint(m_index, m_endpoint); }

RemoveEndpointCommand::RemoveEndpointCommand(Document *doc, qsizetype index)
    : m_doc(doc), m_index(index), m_endpoint(doc->project().endpoints.at(index))
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Delete endpoint “%1”").arg(m_endpoint.name));
}
void RemoveEndpointCommand::undo() { m_doc->insertEndpoint(m_index, m_endpoint); }
void RemoveEndpointCommand::redo() { m_doc->removeEndpoint(m_index); }

EditEnvironmentsCommand::EditEnvironmentsCommand(Document *doc, QList<Environment> after)
    : m_doc(doc), m_before(doc->project().environments), m_after(std::move(after))
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Edit environments"));
}
void EditEnvironmentsCommand::undo() { m_doc->setEnvironments(m_before); }
void EditEnvironmentsCommand::redo() { m_doc->setEnvironments(m_after); }

EditIntegrationCommand::EditIntegrationCommand(Document *doc, qsizetype index, Integration after, const QString &text)
    : m_doc(doc), m_index(index), m_before(doc->project().integrations.at(index)), m_after(std::move(after))
{
    setText(text);
}
void EditIntegrationCommand::undo() { m_doc->setIntegration(m_index, m_before); }
void EditIntegrationCommand::redo() { m_doc->setIntegration(m_index, m_after); }
bool EditIntegrationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditIntegrationCommand *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || o->m_index != m_index)
        return false;
    m_after = o->m_after;
    return true;
}

AddIntegrationCommand::AddIntegrationCommand(Document *doc, Integration in, const QString &text)
    : m_doc(doc), m_integration(std::move(in)), m_index(doc->project().integrations.size())
{
    setText(text);
}
void AddIntegrationCommand::undo() { m_doc->removeIntegration(m_index); }
void AddIntegrationCommand::redo() { m_doc->insertIntegration(m_index, m_integration); }

RemoveIntegrationCommand::RemoveIntegrationCommand(Document *doc, qsizetype index)
    : m_doc(doc), m_index(index), m_integration(doc->project().integrations.at(index))
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Delete integration “%1”").arg(m_integration.name));
}
void RemoveIntegrationCommand::undo() { m_doc->insertIntegration(m_index, m_integration); }
void RemoveIntegrationCommand::redo() { m_doc->removeIntegration(m_index); }

EditLookupTablesCommand::EditLookupTablesCommand(Document *doc, QList<LookupTable> after)
    : m_doc(doc), m_before(doc->project().lookupTables), m_after(std::move(after))
{
    setText(QCoreApplication::translate("patchbay::ui::Commands", "Edit lookup tables"));
}
void EditLookupTablesCommand::undo() { m_doc->setLookupTables(m_before); }
void EditLookupTablesCommand::redo() { m_doc->setLookupTables(m_after); }

ReplaceProjectCommand::ReplaceProjectCommand(Document *doc, Project after, const QString &text)
    : m_doc(doc), m_before(doc->project()), m_after(std::move(after))
{
    setText(text);
}
void ReplaceProjectCommand::undo() { m_doc->setProject(m_before); }
void ReplaceProjectCommand::redo() { m_doc->setProject(m_after); }

} // namespace patchbay::ui
