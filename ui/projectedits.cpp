#include "projectedits.h"

#include "model/integrationgraph.h"
#include "secrets/secretstore.h"
#include "store/runstore.h"
#include "sync/driftguard.h"
#include "ui/commands/addremoveitemcommand.h"
#include "ui/commands/editagenttoolscommand.h"
#include "ui/commands/editintegrationcommand.h"
#include "ui/commands/replaceprojectcommand.h"
#include "ui/dialogs/integrationsettingsdialog.h"
#include "ui/dialogs/newintegrationdialog.h"
#include "ui/document.h"
#include "ui/services.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

namespace patchbay::ui {

ProjectEdits::ProjectEdits(QWidget *window, Services *services) : QObject(window), m_window(window), m_services(services) {}

QString ProjectEdits::addConnection()
{
    if (!m_doc)
        return {};
    Connection c;
    c.name = tr("New connection");
    c.id = m_doc->uniqueId(Document::Part::Connections, QStringLiteral("connection"));
    c.baseUrl = QStringLiteral("https://");
    c.auth.type = AuthType::None;
    m_doc->undoStack()->push(new AddConnectionCommand(m_doc.data(), c));
    return c.id;
}

QString ProjectEdits::addConnector(const Connector &connector)
{
    if (!m_doc)
        return {};
    Project p = m_doc->project();
    const QString id = ConnectorCatalog::addTo(p, connector);
    m_doc->undoStack()->push(new ReplaceProjectCommand(m_doc.data(), std::move(p), tr("Add connection “%1”").arg(connector.name)));
    Q_EMIT statusMessage(tr("Added %1 with %n endpoint(s). Its key: %2", "", int(connector.endpoints.size())).arg(connector.name, connector.credentials),
                         30000);
    return id;
}

QStringList ProjectEdits::applyImport(const ImportResult &result, const QHash<QString, QHash<QString, QString>> &secrets,
                                      const QString &environment)
{
    if (!m_doc || !result.ok())
        return {};
    Project p = m_doc->project();
    const qsizetype before = p.connections.size();
    Project imported = result.project;
    for (Connection &c : imported.connections)
        if (!c.spec.isEmpty())
            c.spec = specOriginFor(c.spec, m_doc->filePath());
    mergeImport(p, imported);
    // the imported connections are appended in order: map their ids in the source to the new ones
    QStringList ids;
    QHash<QString, QString> newIdOf;
    for (qsizetype i = 0; i < result.project.connections.size(); ++i) {
        newIdOf.insert(result.project.connections[i].id, p.connections[before + i].id);
        ids << p.connections[before + i].id;
    }
    const QString projectId = p.id;
    m_doc->undoStack()->push(new ReplaceProjectCommand(m_doc.data(), std::move(p), tr("Import “%1”").arg(result.project.name)));
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        for (auto f = it.value().cbegin(); f != it.value().cend(); ++f) {
            const QString key = it.key() == u"@env"
                                    ? SecretKeys::variable(projectId, environment, f.key())
                                    : SecretKeys::connectionField(projectId, newIdOf.value(it.key(), it.key()), f.key());
            m_services->secrets()->write(key, f.value(), this, [this, field = f.key()](Result<void> r) {
                Q_EMIT statusMessage(r ? tr("The imported %1 is in the system keychain").arg(field)
                                       : tr("The imported %1 could not be kept: %2").arg(field, r.error().message),
                                     15000);
            });
        }
    }
    Q_EMIT statusMessage(tr("Imported %n endpoint(s) from %1", "", int(result.project.endpoints.size())).arg(result.project.name), 15000);
    return ids;
}

bool ProjectEdits::applySpecUpdate(const SpecDiff &diff, const QList<int> &which, const QString &specOrigin)
{
    if (!m_doc)
        return false;
    Project p = m_doc->project();
    const Connection *c = p.connection(diff.connection);
    const QString name = c ? c->name : diff.connection;
    Result<QStringList> done = applySpecChanges(p, diff, which, specOrigin);
    if (!done) {
        QMessageBox::warning(m_window, tr("Update from Spec"), done.error().message);
        return false;
    }
    m_doc->undoStack()->push(new ReplaceProjectCommand(m_doc.data(), std::move(p), tr("Update “%1” from its spec").arg(name)));
    Q_EMIT statusMessage(tr("%n change(s) of the spec applied to %1", "", int(done->size())).arg(name), 15000);
    return true;
}

qsizetype ProjectEdits::integrationIndex(const QString &integrationId) const
{
    return m_doc ? Project::indexOf(m_doc->project().integrations, integrationId) : -1;
}

void ProjectEdits::newIntegration()
{
    if (!m_doc)
        return;
    // Window-modal and asynchronous: the answer comes in finished().
    auto *dialog = new NewIntegrationDialog(m_doc->project(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_doc)
            return;
        const QString id = m_doc->uniqueId(Document::Part::Integrations, dialog->name());
        m_doc->undoStack()->push(new AddIntegrationCommand(
            m_doc.data(), IntegrationGraph::newChain(id, dialog->name(), dialog->sourceEndpoint(), dialog->targetEndpoint()),
            tr("New integration “%1”").arg(dialog->name())));
        Q_EMIT integrationAdded(id);
        Q_EMIT statusMessage(tr("Double-click a node to set it up: which records the filter keeps, which fields go where."), 10000);
    });
    dialog->open();
}

void ProjectEdits::renameIntegration(const QString &integrationId)
{
    const qsizetype i = integrationIndex(integrationId);
    if (i < 0)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("renameIntegration"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Integration"));
    dialog->setLabelText(tr("New name of “%1”:").arg(m_doc->project().integrations[i].name));
    dialog->setTextValue(m_doc->project().integrations[i].name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, integrationId](const QString &text) {
        const qsizetype at = integrationIndex(integrationId);
        const QString name = text.trimmed();
        if (at < 0 || name.isEmpty() || name == m_doc->project().integrations[at].name)
            return;
        Integration after = m_doc->project().integrations[at];
        const QString before = after.name;
        after.name = name;
        m_doc->undoStack()->push(new EditIntegrationCommand(m_doc.data(), integrationId, after, tr("Rename integration “%1” to “%2”").arg(before, name)));
    });
    dialog->open();
}

QString ProjectEdits::duplicateIntegration(const QString &integrationId)
{
    const qsizetype i = integrationIndex(integrationId);
    if (i < 0)
        return {};
    Integration copy = m_doc->project().integrations[i];
    copy.name = tr("%1 (copy)").arg(copy.name);
    copy.id = m_doc->uniqueId(Document::Part::Integrations, copy.name);
    copy.schedule.enabled = false; // two copies on one schedule would send everything twice
    m_doc->undoStack()->push(new AddIntegrationCommand(m_doc.data(), copy, tr("Duplicate integration “%1”").arg(m_doc->project().integrations[i].name)));
    Q_EMIT integrationAdded(copy.id);
    return copy.id;
}

void ProjectEdits::deleteIntegration(const QString &integrationId)
{
    const qsizetype i = integrationIndex(integrationId);
    if (i < 0)
        return;
    const QString name = m_doc->project().integrations[i].name;
    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(tr("Delete integration “%1”").arg(name));
    dropAgentTools({}, {integrationId});
    undo->push(new RemoveIntegrationCommand(m_doc.data(), integrationId));
    undo->endMacro();
    Q_EMIT statusMessage(tr("Deleted “%1”. Edit › Undo brings it back.").arg(name), 10000);
}

void ProjectEdits::editIntegrationSettings(const QString &integrationId)
{
    const qsizetype i = integrationIndex(integrationId);
    if (i < 0)
        return;
    auto *dialog = new IntegrationSettingsDialog(m_doc->project().integrations[i], m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, integrationId] {
        const qsizetype at = integrationIndex(integrationId);
        if (at < 0)
            return;
        const Integration after = dialog->applied();
        if (after == m_doc->project().integrations[at])
            return;
        m_doc->undoStack()->push(new EditIntegrationCommand(m_doc.data(), integrationId, after,
                                                            tr("Change the schedule and settings of “%1”").arg(after.name)));
        Q_EMIT statusMessage(after.schedule.enabled ? tr("“%1” runs on its schedule (%2).").arg(after.name, after.schedule.cron)
                                                    : tr("“%1” runs only when started.").arg(after.name),
                             10000);
    });
    dialog->open();
}

void ProjectEdits::dropAgentTools(const QSet<QString> &endpoints, const QSet<QString> &integrations)
{
    // an agent's tool of something deleted would be a problem in the list: it goes with it
    QList<AgentTool> tools = m_doc->project().agentTools;
    if (tools.removeIf([&](const AgentTool &t) { return endpoints.contains(t.endpoint) || integrations.contains(t.integration); }) > 0)
        m_doc->undoStack()->push(new EditAgentToolsCommand(m_doc.data(), tools));
}

void ProjectEdits::deleteConnection(const QString &connectionId)
{
    const Project &p = m_doc->project();
    const qsizetype index = Project::indexOf(p.connections, connectionId);
    if (index < 0)
        return;
    const QString name = p.connections[index].name;
    QSet<QString> endpoints;
    for (const Endpoint &e : p.endpoints)
        if (e.connection == connectionId)
            endpoints.insert(e.id);
    const int users = integrationsUsing(endpoints);
    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(tr("Delete connection “%1”").arg(name));
    dropAgentTools(endpoints, {});
    for (const QString &id : std::as_const(endpoints))
        undo->push(new RemoveEndpointCommand(m_doc.data(), id));
    undo->push(new RemoveConnectionCommand(m_doc.data(), connectionId));
    undo->endMacro();
    QString said = tr("Deleted “%1” and its %n endpoint(s). Edit › Undo brings them back.", nullptr, int(endpoints.size())).arg(name);
    if (users > 0)
        said += u' ' + tr("%n integration(s) used them: see Problems.", nullptr, users);
    Q_EMIT statusMessage(said, 15000);
}

void ProjectEdits::deleteEndpoint(const QString &endpointId)
{
    const Project &p = m_doc->project();
    const qsizetype index = Project::indexOf(p.endpoints, endpointId);
    if (index < 0)
        return;
    const QString name = p.endpoints[index].name;
    const int users = integrationsUsing({endpointId});
    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(tr("Delete endpoint “%1”").arg(name));
    dropAgentTools({endpointId}, {});
    undo->push(new RemoveEndpointCommand(m_doc.data(), endpointId));
    undo->endMacro();
    QString said = tr("Deleted “%1”. Edit › Undo brings it back.").arg(name);
    if (users > 0)
        said += u' ' + tr("%n integration(s) used it: see Problems.", nullptr, users);
    Q_EMIT statusMessage(said, 15000);
}

int ProjectEdits::integrationsUsing(const QSet<QString> &endpointIds) const
{
    int users = 0;
    for (const Integration &in : m_doc->project().integrations)
        users += std::any_of(in.nodes.cbegin(), in.nodes.cend(), [&](const Node &n) { return endpointIds.contains(n.endpoint); });
    return users;
}

void ProjectEdits::setScheduleEnabled(const QString &integrationId, bool on)
{
    const qsizetype i = integrationIndex(integrationId);
    if (i < 0)
        return;
    Integration after = m_doc->project().integrations[i];
    if (after.schedule.enabled == on)
        return;
    after.schedule.enabled = on;
    m_doc->undoStack()->push(new EditIntegrationCommand(m_doc.data(), integrationId, after,
                                                        on ? tr("Turn on the schedule of “%1”").arg(after.name)
                                                           : tr("Turn off the schedule of “%1”").arg(after.name)));
}

void ProjectEdits::acceptNewSchema(qint64 runId)
{
    Store *store = m_services->store();
    if (!m_doc || !store)
        return;
    RunStore runs(store);
    Result<RunRecord> run = runs.run(runId);
    Result<QList<RunEvent>> events = runs.events(runId);
    if (!run || !events) {
        Q_EMIT statusMessage(!run ? run.error().message : events.error().message, 8000);
        return;
    }
    std::vector<SchemaDrift> drifts;
    for (const RunEvent &e : std::as_const(*events))
        if (e.detail.is_object() && e.detail.contains("drift"))
            drifts.push_back(SchemaDrift::fromJson(e.detail["drift"]));
    const Integration *in = m_doc->project().integration(run->integrationId);
    const Node *source = in ? in->firstNode(NodeType::Source) : nullptr;
    const Endpoint *endpoint = source ? m_doc->project().endpoint(source->endpoint) : nullptr;
    if (drifts.empty() || !endpoint) {
        Q_EMIT statusMessage(drifts.empty() ? tr("Run %1 saw no change in the source's records.").arg(runId)
                                            : tr("The integration of run %1 has no source endpoint any more.").arg(runId),
                             8000);
        return;
    }
    Project after = m_doc->project();
    Result<QStringList> changes = acceptDrifts(after, endpoint->id, drifts);
    if (!changes) {
        QMessageBox::warning(m_window, tr("Accept New Schema"), changes.error().message);
        return;
    }
    if (changes->isEmpty()) {
        Q_EMIT statusMessage(tr("The schema of “%1” takes all of it already.").arg(endpoint->name), 8000);
        return;
    }
    const QString name = endpoint->name;
    m_doc->undoStack()->push(new ReplaceProjectCommand(m_doc.data(), std::move(after), tr("Accept the new schema of “%1”").arg(name)));
    Q_EMIT statusMessage(tr("The schema of “%1” now takes it: %2. Fix the mappings that read a changed field, then run again.")
                             .arg(name, changes->join(QStringLiteral("; "))),
                         15000);
}

} // namespace patchbay::ui
