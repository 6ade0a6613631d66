#include "editortabs.h"

#include "canvas/canvaspage.h"
#include "canvas/canvasview.h"
#include "canvas/nodeeditor.h"
#include "console/requestconsole.h"
#include "document.h"
#include "editors/agentaccesseditor.h"
#include "editors/connectioneditor.h"
#include "editors/environmenteditor.h"
#include "mapping/mappingeditor.h"
#include "projectexplorer.h"
#include "sync/runhost.h"
#include "util/problem.h"

#include <QTabWidget>
#include <QTreeWidget>

namespace patchbay::ui {

namespace {
const char *const TabKey = "patchbayTabKey";
constexpr int StatusMs = 8000;
} // namespace

EditorTabs::EditorTabs(QTabWidget *tabs, Services *services, RunHost *runs, QObject *parent)
    : QObject(parent), m_tabs(tabs), m_services(services), m_runs(runs)
{
}

void EditorTabs::setDocument(Document *doc)
{
    // every editor (the tabs have a key), wherever the user dragged them; the overview stays
    for (int i = m_tabs->count() - 1; i >= 0; --i)
        if (!m_tabs->widget(i)->property(TabKey).isNull())
            delete m_tabs->widget(i);
    m_doc = doc;
}

void EditorTabs::setEnvironment(const QString &name)
{
    if (name == m_environment)
        return;
    m_environment = name;
    Q_EMIT environmentChanged(name);
}

QWidget *EditorTabs::findTab(const QString &key) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->property(TabKey).toString() == key)
            return m_tabs->widget(i);
    return nullptr;
}

QWidget *EditorTabs::raise(const QString &key) const
{
    QWidget *w = findTab(key);
    if (w)
        m_tabs->setCurrentWidget(w);
    return w;
}

void EditorTabs::addTab(QWidget *w, const QString &key, const QString &title)
{
    w->setProperty(TabKey, key);
    m_tabs->setCurrentIndex(m_tabs->addTab(w, title));
}

template<typename Editor>
void EditorTabs::followTitle(Editor *editor, QWidget *tab)
{
    connect(editor, &Editor::titleChanged, this, [this, tab](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(tab), title); });
}

QWidget *EditorTabs::openItem(const QString &path)
{
    if (!m_doc)
        return nullptr;
    const ProjectExplorer::Item item = ProjectExplorer::itemOf(m_doc->project(), path);
    if (item.list == u"connections")
        return openConnection(item.id);
    if (item.list == u"endpoints")
        return openConsole(item.id);
    if (item.list == u"environments")
        return openEnvironments();
    if (item.list == u"integrations")
        return openCanvas(item.id);
    return nullptr;
}

QWidget *EditorTabs::showProblemPlace(const QString &path)
{
    if (!m_doc)
        return nullptr;
    // "integrations[0].nodes[2].fields[1].formula": the node, and in a mapping its field
    const JsonPath at(path);
    if (const QList<qsizetype> node = at.indexesAfter({QStringLiteral("integrations"), QStringLiteral("nodes")}); !node.isEmpty()) {
        const Project &p = m_doc->project();
        if (node[0] >= p.integrations.size() || node[1] >= p.integrations[node[0]].nodes.size())
            return nullptr;
        const Integration &in = p.integrations[node[0]];
        const Node &target = in.nodes[node[1]];
        const QList<qsizetype> field = at.indexesAfter({QStringLiteral("integrations"), QStringLiteral("nodes"), QStringLiteral("fields")});
        if (!field.isEmpty() && target.type == NodeType::Map) {
            MappingEditor *editor = openMapping(in.id, target.id);
            if (editor && field[2] < target.fields.size())
                if (QTreeWidgetItem *item = editor->targetItem(target.fields[field[2]].target))
                    editor->targetTree()->setCurrentItem(item);
            return editor;
        }
        CanvasView *view = openCanvas(in.id);
        if (view)
            view->selectNode(target.id);
        return view;
    }
    // "connections[1].auth.type" opens connections[1]
    const QList<JsonPath::Step> steps = at.steps();
    if (steps.size() < 2 || steps[1].index < 0)
        return nullptr;
    return openItem(JsonPath().key(steps[0].key).index(steps[1].index));
}

MappingEditor *EditorTabs::openMapping(const QString &integrationId, const QString &nodeId)
{
    const Integration *in = m_doc ? m_doc->project().integration(integrationId) : nullptr;
    const Node *node = in ? in->node(nodeId) : nullptr;
    if (!node || node->type != NodeType::Map)
        return nullptr;
    const QString key = QStringLiteral("mapping:") + integrationId + u'/' + nodeId;
    if (QWidget *w = raise(key))
        return qobject_cast<MappingEditor *>(w);
    auto *editor = new MappingEditor(m_doc, m_services, integrationId, nodeId, m_tabs);
    editor->setEnvironment(m_environment);
    connect(this, &EditorTabs::environmentChanged, editor, &MappingEditor::setEnvironment);
    connect(editor, &MappingEditor::statusMessage, this, [this](const QString &m) { Q_EMIT statusMessage(m, StatusMs); });
    addTab(editor, key, editor->title());
    return editor;
}

ConnectionEditor *EditorTabs::openConnection(const QString &connectionId)
{
    if (!m_doc || !m_doc->project().connection(connectionId))
        return nullptr;
    const QString key = QStringLiteral("connection:") + connectionId;
    if (QWidget *w = raise(key))
        return qobject_cast<ConnectionEditor *>(w);
    auto *editor = new ConnectionEditor(m_doc, m_services, connectionId, m_tabs);
    editor->setEnvironment(m_environment);
    connect(this, &EditorTabs::environmentChanged, editor, &ConnectionEditor::setEnvironment);
    followTitle(editor, editor);
    connect(editor, &ConnectionEditor::statusMessage, this, [this](const QString &m) { Q_EMIT statusMessage(m, StatusMs); });
    addTab(editor, key, editor->title());
    return editor;
}

RequestConsole *EditorTabs::openConsole(const QString &endpointId)
{
    if (!m_doc)
        return nullptr;
    QString key;
    if (!endpointId.isEmpty()) {
        if (!m_doc->project().endpoint(endpointId))
            return nullptr;
        key = QStringLiteral("endpoint:") + endpointId;
        if (QWidget *w = raise(key))
            return qobject_cast<RequestConsole *>(w);
    } else {
        key = QStringLiteral("console:") + QString::number(++m_untitledConsoles);
    }
    auto *console = new RequestConsole(m_doc, m_services, endpointId, m_tabs);
    console->setEnvironment(m_environment);
    connect(this, &EditorTabs::environmentChanged, console, &RequestConsole::setEnvironment);
    followTitle(console, console);
    connect(console, &RequestConsole::sent, this, &EditorTabs::requestSent);
    connect(console, &RequestConsole::statusMessage, this, [this](const QString &m) { Q_EMIT statusMessage(m, StatusMs); });
    addTab(console, key, console->title());
    return console;
}

EnvironmentEditor *EditorTabs::openEnvironments()
{
    if (!m_doc)
        return nullptr;
    const QString key = QStringLiteral("environments");
    if (QWidget *w = raise(key))
        return qobject_cast<EnvironmentEditor *>(w);
    auto *editor = new EnvironmentEditor(m_doc, m_services, m_tabs);
    connect(editor, &EnvironmentEditor::statusMessage, this, [this](const QString &m) { Q_EMIT statusMessage(m, StatusMs); });
    addTab(editor, key, tr("Environments"));
    return editor;
}

AgentAccessEditor *EditorTabs::openAgentAccess()
{
    if (!m_doc)
        return nullptr;
    const QString key = QStringLiteral("agents");
    if (QWidget *w = raise(key))
        return qobject_cast<AgentAccessEditor *>(w);
    auto *editor = new AgentAccessEditor(m_doc, m_services, m_tabs);
    editor->setEnvironment(m_environment);
    connect(this, &EditorTabs::environmentChanged, editor, &AgentAccessEditor::setEnvironment);
    connect(editor, &AgentAccessEditor::statusMessage, this, [this](const QString &m) { Q_EMIT statusMessage(m, StatusMs); });
    addTab(editor, key, tr("Agent Access"));
    return editor;
}

CanvasView *EditorTabs::openCanvas(const QString &integrationId)
{
    if (!m_doc || !m_doc->project().integration(integrationId))
        return nullptr;
    Q_EMIT canvasShown(integrationId);
    const QString key = QStringLiteral("canvas:") + integrationId;
    if (QWidget *w = raise(key))
        return qobject_cast<CanvasPage *>(w)->view();
    auto *page = new CanvasPage(m_doc, m_services, integrationId, m_tabs);
    page->setEnvironment(m_environment);
    connect(this, &EditorTabs::environmentChanged, page, &CanvasPage::setEnvironment);
    CanvasView *view = page->view();
    connect(view, &CanvasView::statusMessage, this, [this](const QString &m) { Q_EMIT statusMessage(m, StatusMs); });
    followTitle(view, page);
    connect(view, &CanvasView::runRequested, this, &EditorTabs::runRequested);
    connect(view, &CanvasView::mappingRequested, this, &EditorTabs::openMapping);
    connect(page->nodeEditor(), &NodeEditor::mappingRequested, this, &EditorTabs::openMapping);
    connect(page, &CanvasPage::showRunRequested, this, &EditorTabs::showRunRequested);
    connect(m_runs, &RunHost::finished, view, [view](const QString &id, const QString &, const SyncSummary &s) {
        if (id == view->integrationId())
            view->showRun(s);
    });
    connect(m_runs, &RunHost::progress, view, [view](const QString &id, const SyncProgress &p) {
        if (id == view->integrationId())
            view->showProgress(p);
    });
    addTab(page, key, view->title());
    return view;
}

} // namespace patchbay::ui
