#pragma once

#include "ui/document.h"

#include <QUndoCommand>

namespace patchbay::ui {

/// Replaces one connection with an edited copy ("Edit connection “Demo CRM”").
class EditConnectionCommand : public QUndoCommand
{
public:
    EditConnectionCommand(Document *doc, qsizetype index, Connection after);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    qsizetype m_index;
    Connection m_before;
    Connection m_after;
};

/// Adds a connection at the end ("Add connection “…”").
class AddConnectionCommand : public QUndoCommand
{
public:
    AddConnectionCommand(Document *doc, Connection c);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    Connection m_connection;
    qsizetype m_index;
};

/// Removes a connection ("Remove connection “…”").
class RemoveConnectionCommand : public QUndoCommand
{
public:
    RemoveConnectionCommand(Document *doc, qsizetype index);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    qsizetype m_index;
    Connection m_connection;
};

/// Replaces one endpoint with an edited copy.
class EditEndpointCommand : public QUndoCommand
{
public:
    EditEndpointCommand(Document *doc, qsizetype index, Endpoint after, const QString &text = {});
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    qsizetype m_index;
    Endpoint m_before;
    Endpoint m_after;
};

/// Adds an endpoint ("Save as endpoint", an import).
class AddEndpointCommand : public QUndoCommand
{
public:
    AddEndpointCommand(Document *doc, Endpoint e);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    Endpoint m_endpoint;
    qsizetype m_index;
};

/// Removes an endpoint ("Delete endpoint “…”", or with its connection); undo puts it back.
class RemoveEndpointCommand : public QUndoCommand
{
public:
    RemoveEndpointCommand(Document *doc, qsizetype index);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    qsizetype m_index;
    Endpoint m_endpoint;
};

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

/// Replaces one integration with an edited copy (the canvas and the mapping editor).
class EditIntegrationCommand : public QUndoCommand
{
public:
    EditIntegrationCommand(Document *doc, qsizetype index, Integration after, const QString &text);
    void undo() override;
    void redo() override;
    int id() const override { return 0x1711; }
    /// Consecutive edits with the same merge key (a drag, typing in one formula box) are one step.
    bool mergeWith(const QUndoCommand *other) override;
    void setMergeKey(const QString &key) { m_mergeKey = key; }

private:
    Document *m_doc;
    qsizetype m_index;
    Integration m_before;
    Integration m_after;
    QString m_mergeKey;
};

/// Adds an integration at the end ("New integration “…”", "Duplicate integration “…”").
class AddIntegrationCommand : public QUndoCommand
{
public:
    AddIntegrationCommand(Document *doc, Integration in, const QString &text);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    Integration m_integration;
    qsizetype m_index;
};

/// Removes an integration ("Delete integration “…”"); undo puts it back where it was.
class RemoveIntegrationCommand : public QUndoCommand
{
public:
    RemoveIntegrationCommand(Document *doc, qsizetype index);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    qsizetype m_index;
    Integration m_integration;
};

/// Replaces the lookup tables.
class EditLookupTablesCommand : public QUndoCommand
{
public:
    EditLookupTablesCommand(Document *doc, QList<LookupTable> after);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    QList<LookupTable> m_before;
    QList<LookupTable> m_after;
};

/// Replaces the whole project (restoring autosaved changes, imports that touch many parts).
class ReplaceProjectCommand : public QUndoCommand
{
public:
    ReplaceProjectCommand(Document *doc, Project after, const QString &text);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    Project m_before;
    Project m_after;
};

} // namespace patchbay::ui
