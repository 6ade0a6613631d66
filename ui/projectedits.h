#pragma once

#include "importers/connectorcatalog.h"
#include "importers/openapiimporter.h"
#include "importers/specdiff.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace patchbay::ui {

class Document;
class Services;

/// The changes to a project's items that the Project menu, the explorer's context menu and its
/// keys (F2, Delete) make: integrations made, renamed, duplicated and deleted, their schedules
/// and settings; connections and endpoints deleted (saying how many integrations used them).
/// Each is one undoable step of the document; the dialogs it opens are window-modal and
/// answered without blocking (tests answer them as a user would).
class ProjectEdits : public QObject
{
    Q_OBJECT

public:
    /// `window`: the parent of the dialogs; `services`: the keychain an import's secrets go to.
    ProjectEdits(QWidget *window, Services *services);

    void setDocument(Document *doc) { m_doc = doc; }

    /// A blank connection ("New connection", https://, no sign-in); its id.
    QString addConnection();
    /// A connection from the catalog with its endpoints and variables, one step; its id.
    QString addConnector(const Connector &connector);
    /// What an import read, one step; its secrets go to the keychain (the environment's
    /// variables under `environment`). The ids of the connections it added.
    QStringList applyImport(const ImportResult &result, const QHash<QString, QHash<QString, QString>> &secrets,
                            const QString &environment);
    /// Re-import: the changes `which` of `diff` applied to its connection, which then has
    /// `specOrigin` as its spec; one step. False (with a message) when they no longer fit.
    bool applySpecUpdate(const SpecDiff &diff, const QList<int> &which, const QString &specOrigin);

    /// "New Integration…": asks for a name, a source and a target, adds the integration wired
    /// Source → Filter → Map → Target as one step; integrationAdded() then.
    void newIntegration();
    /// Asks for a new name (a dialog) and renames the integration, one step.
    void renameIntegration(const QString &integrationId);
    /// A copy beside it ("… (copy)", its schedule off); integrationAdded(); one step.
    QString duplicateIntegration(const QString &integrationId);
    /// Deletes the integration, one step (Edit › Undo brings it back).
    void deleteIntegration(const QString &integrationId);
    /// Deletes a connection and its endpoints, one step; says how many integrations used them
    /// (their problems list the broken references).
    void deleteConnection(const QString &connectionId);
    /// Deletes an endpoint, one step.
    void deleteEndpoint(const QString &endpointId);
    /// "Schedule and Settings…": when it runs by itself and what it does with a refused record;
    /// the change is one step.
    void editIntegrationSettings(const QString &integrationId);
    /// Turns the integration's schedule on or off, one step.
    void setScheduleEnabled(const QString &integrationId, bool on);
    /// "Accept new schema": the record schema of the run's source endpoint takes what the run saw
    /// change (sync/driftguard.h, acceptDrifts), one step; says what changed, or why not.
    void acceptNewSchema(qint64 runId);

Q_SIGNALS:
    /// For the status bar.
    void statusMessage(const QString &message, int timeoutMs);
    /// A new integration (made or duplicated): the window opens its canvas.
    void integrationAdded(const QString &integrationId);

private:
    qsizetype integrationIndex(const QString &integrationId) const;
    /// How many integrations have a node on one of these endpoints.
    int integrationsUsing(const QSet<QString> &endpointIds) const;
    /// Removes the agent tools of these endpoints and integrations (one step, in the caller's macro).
    void dropAgentTools(const QSet<QString> &endpoints, const QSet<QString> &integrations);

    QWidget *m_window;
    Services *m_services;
    QPointer<Document> m_doc;
};

} // namespace patchbay::ui
