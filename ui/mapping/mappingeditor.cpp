#include "mappingeditor.h"

#include "importers/specdiff.h"
#include "ui/theme.h"

#include "expr/recordpipeline.h"
#include "importers/schemainference.h"
#include "model/integrationgraph.h"
#include "store/runstore.h"
#include "store/webhookinbox.h"
#include "sync/driftguard.h"
#include "sync/sampletrial.h"
#include "ui/commands/editintegrationcommand.h"
#include "ui/commands/edititemcommand.h"
#include "ui/document.h"
#include "ui/mapping/lookuptablespanel.h"
#include "ui/mapping/previewmodel.h"
#include "ui/mapping/samplefetch.h"
#include "ui/mapping/suggestionspanel.h"
#include "ui/services.h"
#include "ui/widgets/formulalineedit.h"
#include "util/templatevars.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSet>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace patchbay::ui {

namespace {

enum TargetColumn { FieldColumn, FormulaColumn };
constexpr int PathRole = FieldTree::PathRole;
constexpr int RowHeight = 26; ///< room for function blocks between the rows

/// Rows tall enough for function blocks between them.
class RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), RowHeight));
        return s;
    }
};

/// The formula column edits in a formula box with completion.
class FormulaDelegate : public RowDelegate
{
public:
    FormulaDelegate(std::function<QStringList()> fields, QObject *parent)
        : RowDelegate(parent), m_fields(std::move(fields))
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *e = new FormulaLineEdit(parent);
        e->setFrame(false);
        e->setFields(m_fields());
        return e;
    }

private:
    std::function<QStringList()> m_fields;
};

QString typeText(const SchemaField &f)
{
    QString t = f.type;
    if (!f.format.isEmpty())
        t += QStringLiteral(" (%1)").arg(f.format);
    return t;
}

} // namespace

MappingEditor::MappingEditor(Document *doc, Services *services, QString integrationId, QString nodeId, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_services(services), m_integrationId(std::move(integrationId)),
      m_nodeId(std::move(nodeId))
{
    setObjectName(QStringLiteral("MappingEditor"));
    m_sampleFetch = new SampleFetch(services, this);
    // what the last run saw change at the source (docs/sync.md, "Schema drift")
    if (Store *store = services ? services->store() : nullptr) {
        RunStore runs(store);
        if (Result<DriftReport> r = latestDrifts(runs, m_doc->project().id, m_integrationId))
            for (const SchemaDrift &d : r->drifts)
                if (d.breaking)
                    m_drifts.insert(d.field, tr("Changed at the source (run %1): %2").arg(r->run.id).arg(d.inWords()));
    }
    buildUi();
    readWebhookEvents(); // (for a webhook source without an endpoint: its events are the samples)
    rebuildTrees();
    m_lookupTables->refresh();
    refreshMapping();
    connect(m_doc, &Document::changed, this, [this](Document::Part part) {
        if (!node()) {
            deleteLater(); // the node or its integration is gone
            return;
        }
        switch (part) {
        case Document::Part::Endpoints:
        case Document::Part::Project:
            m_recordsStale = true;
            rebuildTrees();
            m_lookupTables->refresh();
            refreshMapping();
            break;
        case Document::Part::Integrations:
            // the wires may lead to other endpoints or filters now
            if ((sourceEndpoint() ? sourceEndpoint()->id : QString()) != m_shownSource || upstreamFilters() != m_shownFilters ||
                upstreamSignature() != m_shownUpstream)
                m_recordsStale = true;
            rebuildTrees();
            refreshMapping();
            break;
        case Document::Part::LookupTables:
            m_lookupTables->refresh();
            refreshMapping();
            break;
        default:
            break;
        }
    });
}

MappingEditor::~MappingEditor()
{
    m_sampleFetch->cancel();
}

// --- the project ----------------------------------------------------------------------------

qsizetype MappingEditor::integrationIndex() const
{
    return Project::indexOf(m_doc->project().integrations, m_integrationId);
}

const Integration *MappingEditor::integration() const
{
    return m_doc->project().integration(m_integrationId);
}

const Node *MappingEditor::node() const
{
    const Integration *in = integration();
    return in ? in->node(m_nodeId) : nullptr;
}

const Node *MappingEditor::neighbour(NodeType type) const
{
    // follow the wires up to the source or down to the target; else the first of its kind
    const Integration *in = integration();
    if (!in)
        return nullptr;
    const auto direction = type == NodeType::Source ? IntegrationGraph::Direction::Upstream
                                                    : IntegrationGraph::Direction::Downstream;
    for (const Node *n : IntegrationGraph::chain(*in, m_nodeId, direction))
        if (n->type == type)
            return n;
    return in->firstNode(type);
}

QStringList MappingEditor::upstreamFilters() const
{
    QStringList conditions;
    if (const Integration *in = integration())
        for (const Node *n : IntegrationGraph::chain(*in, m_nodeId, IntegrationGraph::Direction::Upstream))
            if (n->type == NodeType::Filter && !n->condition.trimmed().isEmpty())
                conditions.prepend(n->condition);
    return conditions;
}

QList<const Node *> MappingEditor::upstreamLookups() const
{
    QList<const Node *> out;
    if (const Integration *in = integration())
        for (const Node *n : IntegrationGraph::chain(*in, m_nodeId, IntegrationGraph::Direction::Upstream))
            if (n->type == NodeType::Lookup)
                out.prepend(n);
    return out;
}

QString MappingEditor::upstreamSignature() const
{
    QStringList parts;
    if (const Integration *in = integration())
        for (const Node *n : IntegrationGraph::chain(*in, m_nodeId, IntegrationGraph::Direction::Upstream)) {
            // what changes the records that reach this node (not names or places)
            parts << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                         .arg(int(n->type))
                         .arg(n->endpoint, n->condition, n->lookupAs, n->lookupRecordsPath)
                         .arg(int(n->lookupTake))
                         .arg(n->notFoundOn404);
            for (const BranchOutput &o : n->outputs)
                parts << o.name + u'=' + o.condition;
            for (const FieldMapping &f : n->fields)
                parts << f.target + u'=' + f.formula;
        }
    return parts.join(u'\n');
}

void MappingEditor::startTrial()
{
    const Integration *in = integration();
    const Endpoint *source = sourceEndpoint();
    if (m_trial)
        m_trial->deleteLater();
    m_trialRecords.clear();
    m_trialError.clear();
    if (!in || !source || !source->samples.is_array() || source->samples.empty())
        return;
    m_trial = new SampleTrial(m_doc->project(), m_integrationId, m_services ? m_services->secrets() : nullptr, m_environment, this);
    SampleTrial *trial = m_trial;
    connect(trial, &SampleTrial::finished, this, [this, trial] {
        if (trial != m_trial)
            return;
        m_trialRecords.clear();
        m_trialAnswers.clear();
        for (const SampleTrial::Record &r : trial->records()) {
            if (r.entered(m_nodeId) && m_trialRecords.size() < PreviewModel::MaxRecords)
                m_trialRecords.append(r.enriched);
            for (auto a = r.answers.cbegin(); a != r.answers.cend(); ++a) {
                if (a->is_array())
                    for (const Json &one : *a)
                        m_trialAnswers[a.key()].append(one);
                else if (a->is_object())
                    m_trialAnswers[a.key()].append(*a);
            }
        }
        m_trialError = trial->error();
        m_trialReady = true;
        m_recordsStale = true;
        rebuildTrees(); // the looked-up fields, as the API answered them
        refreshMapping();
        schedulePreview();
    });
    trial->start(std::vector<Json>(source->samples.begin(), source->samples.end()));
}

const Endpoint *MappingEditor::sourceEndpoint() const
{
    const Node *n = neighbour(NodeType::Source);
    const Endpoint *e = n ? m_doc->project().endpoint(n->endpoint) : nullptr;
    // A webhook that names no endpoint: its events are what came in its inbox.
    if (n && n->webhook && !e)
        return &m_webhookEvents;
    return e;
}

int MappingEditor::readWebhookEvents()
{
    m_webhookEvents = Endpoint{};
    m_webhookEvents.name = tr("the webhook's events");
    m_webhookEvents.samples = Json::array();
    if (sourceEndpoint() != &m_webhookEvents)
        return 0; // a source read from its endpoint, or a webhook whose endpoint describes the events
    Store *store = m_services ? m_services->store() : nullptr;
    if (!store)
        return 0;
    Result<QList<InboxEvent>> events = WebhookInbox(store).latest(m_doc->project().id, m_integrationId, 50);
    if (!events)
        return 0;
    for (const InboxEvent &e : *events) {
        if (!e.verified || e.body.isEmpty() || m_webhookEvents.samples.size() >= 20)
            continue;
        Json body = Json::parse(e.body.constData(), e.body.constData() + e.body.size(), nullptr, false);
        if (body.is_object())
            m_webhookEvents.samples.push_back(std::move(body));
    }
    return int(m_webhookEvents.samples.size());
}

const Endpoint *MappingEditor::targetEndpoint() const
{
    const Node *n = neighbour(NodeType::Target);
    return n ? m_doc->project().endpoint(n->endpoint) : nullptr;
}

QList<Json> MappingEditor::sampleRecords() const
{
    QList<Json> out;
    if (const Endpoint *e = sourceEndpoint(); e && e->samples.is_array())
        for (const Json &r : e->samples)
            if (out.size() < PreviewModel::MaxRecords)
                out.append(r);
    return out;
}

QString MappingEditor::title() const
{
    const Node *n = node();
    return n && !n->name.isEmpty() ? tr("Mapping: %1").arg(n->name) : tr("Mapping: %1").arg(m_nodeId);
}

QString MappingEditor::formula(const QString &target) const
{
    if (const Node *n = node())
        for (const FieldMapping &f : n->fields)
            if (f.target == target)
                return f.formula;
    return {};
}

// --- the window -----------------------------------------------------------------------------

void MappingEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buildTopBar());

    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *horizontal = new QSplitter(Qt::Horizontal, vertical);
    QWidget *paletteBox = buildPalette();
    QWidget *area = buildFieldArea();
    horizontal->addWidget(paletteBox);
    horizontal->addWidget(area);
    horizontal->setStretchFactor(0, 0);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({150, 850});

    QWidget *formulaRow = buildFormulaRow();
    buildBottomTabs();
    vertical->addWidget(horizontal);
    vertical->addWidget(formulaRow);
    vertical->addWidget(m_bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(2, 2);
    layout->addWidget(vertical, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &MappingEditor::updatePreview);
}

QHBoxLayout *MappingEditor::buildTopBar()
{
    auto *bar = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    bar->addWidget(m_heading, 1);
    m_fetch = new QPushButton(tr("Fetch Sample"), this);
    m_fetch->setToolTip(tr("Read the first page of the source and keep its records for the preview"));
    m_fetch->setObjectName(QStringLiteral("fetchSample"));
    connect(m_fetch, &QPushButton::clicked, this, [this] { m_sampleFetch->running() ? m_sampleFetch->cancel() : fetchSample(); });
    bar->addWidget(m_fetch);
    auto *autoMapButton = new QPushButton(tr("Auto-map"), this);
    autoMapButton->setToolTip(tr("Propose lines between fields with similar names"));
    connect(autoMapButton, &QPushButton::clicked, this, &MappingEditor::autoMap);
    bar->addWidget(autoMapButton);
    auto *addField = new QPushButton(tr("Add Target Field…"), this);
    connect(addField, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString path = QInputDialog::getText(this, tr("Add Target Field"),
                                                   tr("Path of the field in the record sent, e.g. meta.source or tags[0]:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !path.trimmed().isEmpty())
            addTargetField(path.trimmed());
    });
    bar->addWidget(addField);
    return bar;
}

QWidget *MappingEditor::buildPalette()
{
    // palette of functions
    auto *paletteBox = new QWidget;
    auto *paletteLayout = new QVBoxLayout(paletteBox);
    paletteLayout->setContentsMargins(0, 0, 0, 0);
    m_paletteSearch = new QLineEdit(paletteBox);
    m_paletteSearch->setPlaceholderText(tr("Search functions"));
    m_paletteSearch->setClearButtonEnabled(true);
    m_palette = new QListWidget(paletteBox);
    m_palette->setObjectName(QStringLiteral("FunctionPalette"));
    m_palette->setToolTip(tr("Drag a function onto a target field, or double-click it to use it in the selected one"));
    for (const QString &f : Formula::functionNames()) {
        auto *item = new QListWidgetItem(f, m_palette);
        // what it does and an example, not only how it is called
        const Formula::FunctionHelp help = Formula::functionHelp(f);
        item->setToolTip(help.gives.isEmpty() ? help.signature
                                              : tr("<b>%1</b><br>%2<br>Example: <code>%3</code> → <code>%4</code>")
                                                    .arg(help.signature.toHtmlEscaped(), help.gives.toHtmlEscaped(),
                                                         help.example.toHtmlEscaped(), help.result.toHtmlEscaped()));
        item->setData(Qt::UserRole, f);
    }
    connect(m_paletteSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_palette->count(); ++i) {
            QListWidgetItem *item = m_palette->item(i);
            item->setHidden(!item->text().contains(text, Qt::CaseInsensitive) &&
                            !item->toolTip().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_palette, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const QString target = selectedTarget();
        if (target.isEmpty()) {
            Q_EMIT statusMessage(tr("Select a target field first, then double-click the function to use in it."));
            return;
        }
        insertFunction(target, item->data(Qt::UserRole).toString());
    });
    paletteLayout->addWidget(m_paletteSearch);
    paletteLayout->addWidget(m_palette);
    return paletteBox;
}

QWidget *MappingEditor::buildFieldArea()
{
    // source | wires | target
    auto *area = new QWidget;
    auto *areaLayout = new QHBoxLayout(area);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->setSpacing(0);
    m_sourceTree = new QTreeWidget(area);
    m_sourceTree->setObjectName(QStringLiteral("SourceFields"));
    m_sourceTree->setHeaderLabels({tr("Source field"), tr("Type")});
    m_sourceTree->setUniformRowHeights(true);
    m_sourceTree->setToolTip(tr("Drag a field onto a target field to map it"));
    m_wires = new MappingWires(this);
    m_wires->setParent(area);
    m_targetTree = new QTreeWidget(area);
    m_targetTree->setObjectName(QStringLiteral("TargetFields"));
    m_targetTree->setHeaderLabels({tr("Target field"), tr("Formula")});
    m_targetTree->setUniformRowHeights(true);
    m_targetTree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_sourceTree->setItemDelegate(new RowDelegate(m_sourceTree));
    m_targetTree->setItemDelegate(new RowDelegate(m_targetTree));
    m_source = new FieldTree(m_sourceTree, SchemaRole::Source, [](QTreeWidgetItem *item, const SchemaField &f) {
        item->setText(0, f.name);
        item->setText(1, typeText(f));
        item->setToolTip(0, f.hasMore() ? tr("%1 — open it to list its fields").arg(f.path) : f.path);
        item->setToolTip(1, typeText(f)); // the column may be too narrow for "integer (unix-time)"
    }, this);
    QFont bold = m_targetTree->font();
    bold.setBold(true);
    m_target = new FieldTree(m_targetTree, SchemaRole::Target, [bold](QTreeWidgetItem *item, const SchemaField &f) {
        item->setText(FieldColumn, f.required ? f.name + QStringLiteral(" *") : f.name);
        item->setToolTip(FieldColumn, f.required ? tr("%1 — required: every record needs a value").arg(f.path) : f.path);
        if (f.required)
            item->setFont(FieldColumn, bold);
        if (f.type != u"object")
            item->setFlags(item->flags() | Qt::ItemIsEditable);
    }, this);
    for (FieldTree *tree : {m_source, m_target})
        connect(tree, &FieldTree::listed, this, [this] {
            m_formulaBar->setFields(m_source->paths());
            m_wires->update();
        });
    m_targetTree->setItemDelegateForColumn(FormulaColumn, new FormulaDelegate([this] { return m_source->paths(); }, this));
    m_targetTree->header()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    m_targetTree->header()->resizeSection(FieldColumn, 160);
    areaLayout->addWidget(m_sourceTree, 3);
    areaLayout->addWidget(m_wires, 2);
    areaLayout->addWidget(m_targetTree, 4);
    for (QTreeWidget *t : {m_sourceTree, m_targetTree}) {
        connect(t, &QTreeWidget::itemExpanded, m_wires, qOverload<>(&QWidget::update));
        connect(t, &QTreeWidget::itemCollapsed, m_wires, qOverload<>(&QWidget::update));
        connect(t->verticalScrollBar(), &QScrollBar::valueChanged, m_wires, qOverload<>(&QWidget::update));
        t->viewport()->installEventFilter(this);
    }
    m_palette->viewport()->installEventFilter(this);
    m_wires->installEventFilter(this);
    connect(m_targetTree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_updating || column != FormulaColumn)
            return;
        const QString target = item->data(FieldColumn, PathRole).toString();
        setFormula(target, item->text(FormulaColumn).trimmed(), tr("Edit formula of %1").arg(target));
    });
    connect(m_targetTree, &QTreeWidget::currentItemChanged, this, &MappingEditor::updateFormulaBar);
    connect(m_wires, &MappingWires::deleteRequested, this, [this](const MappingWires::Hit &hit) { removeWire(hit); });
    connect(m_wires, &MappingWires::blockActivated, this, [this](const QString &target) {
        if (QTreeWidgetItem *item = m_target->item(target)) {
            m_targetTree->setCurrentItem(item);
            m_formulaBar->setFocus();
        }
    });
    return area;
}

QWidget *MappingEditor::buildFormulaRow()
{
    // formula bar
    auto *formulaRow = new QWidget;
    auto *formulaLayout = new QHBoxLayout(formulaRow);
    formulaLayout->setContentsMargins(0, 2, 0, 2);
    auto *fx = new QLabel(QStringLiteral("<i>ƒx</i>"), formulaRow);
    m_formulaTarget = new QLabel(formulaRow);
    m_formulaBar = new FormulaLineEdit(formulaRow);
    m_formulaBar->setObjectName(QStringLiteral("FormulaBar"));
    connect(m_formulaBar, &QLineEdit::textEdited, this, [this] { commitFormulaBar(); });
    formulaLayout->addWidget(fx);
    formulaLayout->addWidget(m_formulaTarget);
    formulaLayout->addWidget(m_formulaBar, 1);
    return formulaRow;
}

void MappingEditor::buildBottomTabs()
{
    // preview, suggestions, lookup tables
    m_bottom = new QTabWidget;
    auto *previewPage = new QWidget(m_bottom);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewNote = new QLabel(previewPage);
    m_previewNote->setWordWrap(true);
    m_preview = new PreviewModel(this);
    m_previewView = new QTableView(previewPage);
    m_previewView->setObjectName(QStringLiteral("MappingPreview"));
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setDefaultSectionSize(150);
    m_previewView->verticalHeader()->setDefaultSectionSize(22);
    previewLayout->addWidget(m_previewNote);
    previewLayout->addWidget(m_previewView, 1);
    m_bottom->addTab(previewPage, tr("Preview"));

    m_suggestionsPanel = new SuggestionsPanel(m_bottom);
    connect(m_suggestionsPanel, &SuggestionsPanel::accepted, this, &MappingEditor::acceptSuggestions);
    connect(m_suggestionsPanel, &SuggestionsPanel::rejected, this, &MappingEditor::dropSuggestions);
    m_bottom->addTab(m_suggestionsPanel, tr("Suggestions"));

    m_lookupTables = new LookupTablesPanel(m_doc, m_bottom);
    connect(m_lookupTables, &LookupTablesPanel::statusMessage, this, &MappingEditor::statusMessage);
    m_bottom->addTab(m_lookupTables, tr("Lookup Tables"));
}

void MappingEditor::rebuildTrees()
{
    const Project &project = m_doc->project();
    const Endpoint *source = sourceEndpoint();
    const Endpoint *target = targetEndpoint();
    Json sourceSchema = source ? source->recordSchema : Json();
    if (!schemaListsFields(sourceSchema, project.schemas) && source && source->samples.is_array())
        sourceSchema = SchemaInference::fromRecords(source->samples);
    Json targetSchema = target ? target->requestSchema : Json();
    if (!schemaListsFields(targetSchema, project.schemas) && target) {
        // what the endpoint answers with: its fields, but what it always returns is not what a
        // request must send (an update of a form-encoded API, e.g.)
        const Json *answered = resolveSchema(target->recordSchema, project.schemas);
        targetSchema = answered ? *answered : Json();
        if (targetSchema.is_object())
            targetSchema.erase("required");
    }
    // what the lookups before this node add, under their names: the endpoint's record schema, or
    // what it answered for the samples
    Json added = Json::object();
    for (const Node *l : upstreamLookups()) {
        if (l->lookupAs.isEmpty())
            continue;
        const Endpoint *e = project.endpoint(l->endpoint);
        Json schema = e ? e->recordSchema : Json();
        if (!schemaListsFields(schema, project.schemas)) {
            Json examples = Json::array();
            for (const Json &r : m_trialAnswers.value(l->id))
                examples.push_back(r);
            if (examples.empty() && e && e->samples.is_array())
                examples = e->samples;
            schema = SchemaInference::fromRecords(examples);
        }
        if (l->lookupTake == LookupTake::All)
            schema = Json{{"type", "array"}, {"items", schema}};
        added[l->lookupAs.toStdString()] = schema;
    }
    if (!added.empty()) // the record's fields and the answers, as two alternatives listed together
        sourceSchema = Json{{"anyOf", Json::array({sourceSchema, Json{{"type", "object"}, {"properties", added}}})}};
    const SchemaFieldOptions options{&project.schemas};
    QList<SchemaField> sourceFields = schemaFields(sourceSchema, SchemaRole::Source, options);
    QList<SchemaField> targetFields = schemaFields(targetSchema, SchemaRole::Target, options);
    // the fields the mapping reads and writes are listed, however deep in shared schemas
    QStringList read;
    QStringList written;
    if (const Node *n = node())
        for (const FieldMapping &f : n->fields) {
            written.append(f.target);
            read.append(outlineOf(f).fields);
        }
    for (const QString &path : std::as_const(written))
        listFieldsAlong(targetFields, path, SchemaRole::Target, options);
    // fields the node maps that the schema does not list
    if (const Node *n = node()) {
        QSet<QString> listed;
        listed.reserve(targetFields.size());
        for (const SchemaField &f : std::as_const(targetFields))
            listed.insert(f.path);
        // what names the record in the target's address (/contacts/{{record.contact_id}}):
        // needed, and not sent in the body
        if (target)
            for (const QString &v : templateVariables(target->path))
                if (v.startsWith(QStringLiteral("record.")) && !listed.contains(v.mid(7))) {
                    listed.insert(v.mid(7));
                    targetFields.append(SchemaField{v.mid(7), v.mid(7), QStringLiteral("string"), QString(), true, 0, -1, {}, {}});
                }
        for (const FieldMapping &f : n->fields)
            if (!listed.contains(f.target))
                targetFields.append(SchemaField{f.target, f.target, QString(), QString(), f.required, 0, -1, {}, {}});
    }

    m_heading->setText(tr("%1  →  %2")
                           .arg(source ? source->method + u' ' + source->name : tr("(no source endpoint)"),
                                target ? target->method + u' ' + target->name : tr("(no target endpoint)")));
    m_fetch->setEnabled(source != nullptr);

    const bool wasUpdating = m_updating;
    m_updating = true;
    const bool sourceChanged = m_source->show(std::move(sourceFields), &project.schemas, read);
    m_target->show(std::move(targetFields), &project.schemas, {});
    if (sourceChanged)
        m_sourceTree->resizeColumnToContents(0);
    m_updating = wasUpdating;
}

const FormulaOutline &MappingEditor::outlineOf(const FieldMapping &f)
{
    // unchanged formulas keep their outline
    auto it = m_outlines.find(f.target);
    if (it == m_outlines.end() || it->text != f.formula)
        it = m_outlines.insert(f.target, FormulaOutline::of(f.formula));
    return *it;
}

void MappingEditor::refreshMapping()
{
    const Node *n = node();
    if (!n)
        return;
    m_updating = true;
    QHash<QString, QString> formulas;
    for (const FieldMapping &f : n->fields)
        formulas.insert(f.target, f.formula);
    for (auto it = m_target->items().cbegin(); it != m_target->items().cend(); ++it) {
        const QString text = formulas.value(it.key());
        if (it.value()->text(FormulaColumn) != text)
            it.value()->setText(FormulaColumn, text);
    }
    // the lines a newer version of a connection's spec would break (docs/imports.md), and the
    // source fields it changes that they read
    QHash<QString, QStringList> specChanged;
    QHash<QString, QString> sourceMarks = m_drifts;
    const Endpoint *sourceOfMap = sourceEndpoint();
    for (const SpecChange &c : pendingSpecChangesFor(m_doc->project(), m_doc->filePath(), m_integrationId))
        for (const SpecImpact &i : c.impacts)
            if (i.integration == m_integrationId && i.node == m_nodeId && !i.line.isEmpty()) {
                const QString words = tr("Its API's spec changed: %1").arg(c.inWords());
                specChanged[i.line] << words;
                if (!c.inRequest && !c.field.isEmpty() && sourceOfMap && c.endpoint == sourceOfMap->id)
                    sourceMarks.insert(c.field, words);
            }
    // the source fields the last run saw change, and the formulas that read them
    for (const QString &path : std::as_const(m_markedSources))
        if (QTreeWidgetItem *item = m_source->item(path)) {
            item->setIcon(0, QIcon());
            item->setToolTip(0, QString());
        }
    m_markedSources.clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (auto d = sourceMarks.cbegin(); d != sourceMarks.cend(); ++d)
        if (QTreeWidgetItem *item = m_source->item(d.key())) {
            item->setIcon(0, warning);
            item->setToolTip(0, d.value());
            m_markedSources.append(d.key());
        }
    if (!m_markedSources.isEmpty()) // the icon takes room: the name is still shown whole
        m_sourceTree->resizeColumnToContents(0);
    QHash<QString, FormulaOutline> outlines;
    for (const FieldMapping &f : n->fields) {
        const FormulaOutline o = outlineOf(f);
        outlines.insert(f.target, o);
        if (QTreeWidgetItem *item = m_target->item(f.target)) {
            QStringList changed = specChanged.value(f.target);
            for (const QString &read : o.fields)
                if (const auto d = m_drifts.constFind(schemaSpelling(read)); d != m_drifts.cend())
                    changed << d.value();
            item->setForeground(FormulaColumn, o.error.isEmpty() ? QBrush() : QBrush(theme::pick(QColor(0xc0, 0x39, 0x2b), QColor(0xf1, 0x94, 0x8a))));
            item->setIcon(FormulaColumn, changed.isEmpty() ? QIcon() : warning);
            item->setToolTip(FormulaColumn, !o.error.isEmpty() ? o.error
                                            : changed.isEmpty() ? f.formula
                                                                : f.formula + u'\n' + changed.join(u'\n'));
        }
    }
    m_outlines = outlines;
    m_updating = false;
    // suggestions for fields mapped meanwhile are moot
    const qsizetype before = m_suggestions.size();
    m_suggestions.removeIf([&](const AutoMap::Suggestion &s) { return formulas.contains(s.target); });
    if (before != m_suggestions.size())
        showSuggestions();
    updateFormulaBar();
    m_wires->update();
    schedulePreview();
}

void MappingEditor::schedulePreview()
{
    m_previewTimer->start();
}

void MappingEditor::updatePreview()
{
    m_previewTimer->stop();
    const Node *n = node();
    if (!n)
        return;
    const Project &p = m_doc->project();
    QStringList required;
    for (const SchemaField &f : m_target->fields())
        if (f.required && f.depth == 0)
            required << f.path;
    QStringList tables;
    for (const LookupTable &t : p.lookupTables)
        tables << t.name;
    if (m_recordsStale) {
        m_recordsStale = false;
        const QList<Json> records = sampleRecords();
        // which records the filters before this node drop
        QStringList dropped;
        QList<FieldMapping> none;
        const QStringList conditions = upstreamFilters();
        m_shownFilters = conditions;
        m_shownSource = sourceEndpoint() ? sourceEndpoint()->id : QString();
        m_shownUpstream = upstreamSignature();
        if (!upstreamLookups().isEmpty()) {
            // the records as they reach this node, with what the lookups answered for them
            if (m_trialReady) {
                m_trialReady = false;
                m_preview->setRecords(m_trialRecords, QStringList());
            } else {
                startTrial();
                m_preview->setRecords({}, QStringList());
            }
        } else if (!conditions.isEmpty()) {
            Problems problems;
            const QString condition = QStringLiteral("(") + conditions.join(QStringLiteral(") and (")) + u')';
            const RecordPipeline filter = RecordPipeline::forMapping(none, condition, p, &problems);
            for (const Json &r : records) {
                const RecordPipeline::Outcome o = filter.process(r, filter.environment());
                dropped << (o.status == RecordPipeline::Outcome::Status::FilteredOut
                                ? tr("The filter “%1” drops this record: it is not sent.").arg(conditions.join(tr(" and ")))
                                : QString());
            }
        }
        if (upstreamLookups().isEmpty())
            m_preview->setRecords(records, dropped);
    }
    // The source fields the filters before this node read (status, …) come first, so that the
    // preview shows why a record is kept or dropped; they are marked "(source)".
    QList<FieldMapping> shown;
    QStringList seen;
    for (const QString &condition : upstreamFilters())
        if (Result<Formula> f = Formula::compile(condition, &tables); f)
            for (const QString &path : f->fieldPaths())
                if (!seen.contains(path)) {
                    seen << path;
                    shown.append(FieldMapping{tr("%1 (source)").arg(path), path, false});
                }
    shown += n->fields;
    m_preview->setMapping(shown, required, FormulaEnvironment::fromTables(p.lookupTables), tables);
    // Nothing to preview yet: say what is missing instead of showing empty numbered rows.
    const bool noTarget = !targetEndpoint() && n->fields.isEmpty();
    m_previewView->setVisible(m_preview->rowCount() > 0 && !noTarget);
    if (noTarget)
        m_previewNote->setText(tr("Choose the target endpoint first (double-click the Target node on the canvas): the preview "
                                  "shows each sample record as the target will get it."));
    else if (m_trial && !m_trial->isFinished())
        m_previewNote->setText(tr("Asking the lookups about the sample records (from the API)…"));
    else if (!m_trialError.isEmpty() && !upstreamLookups().isEmpty())
        m_previewNote->setText(tr("The sample records could not be looked up: %1").arg(m_trialError));
    else if (m_preview->rowCount() == 0 && !upstreamLookups().isEmpty() && sourceEndpoint() && sourceEndpoint()->samples.is_array() &&
             !sourceEndpoint()->samples.empty())
        m_previewNote->setText(tr("None of the sample records reaches this node (see Test with Samples on the canvas)."));
    else if (m_preview->rowCount() == 0)
        m_previewNote->setText(sourceEndpoint() ? tr("No sample records yet: click “Fetch Sample” to read some from %1.")
                                                      .arg(sourceEndpoint()->name)
                                                : tr("Wire a source endpoint into this node to preview records."));
    else
        m_previewNote->setText(tr("%n sample record(s) of %1; errors in red (hover for the message).", "", m_preview->rowCount())
                                   .arg(sourceEndpoint() ? sourceEndpoint()->name : QString()));
    // Few columns share the width (none cut while space is left over); many keep their width and scroll.
    m_previewView->horizontalHeader()->setSectionResizeMode(
        m_preview->columnCount() * 150 < m_previewView->viewport()->width() ? QHeaderView::Stretch : QHeaderView::Interactive);
}

// --- editing --------------------------------------------------------------------------------

void MappingEditor::pushIntegration(const Integration &after, const QString &text, const QString &mergeKey)
{
    if (integrationIndex() < 0)
        return;
    auto *command = new EditIntegrationCommand(m_doc, m_integrationId, after, text);
    if (!mergeKey.isEmpty())
        command->setMergeKey(mergeKey);
    m_doc->undoStack()->push(command);
}

Node *MappingEditor::nodeIn(Integration &in) const
{
    for (Node &x : in.nodes)
        if (x.id == m_nodeId)
            return &x;
    return nullptr;
}

FieldMapping MappingEditor::newMapping(const QString &target, const QString &formula) const
{
    const QList<SchemaField> &fields = m_target->fields();
    const auto field = std::find_if(fields.begin(), fields.end(), [&](const SchemaField &f) { return f.path == target; });
    return FieldMapping{target, formula, field != fields.end() && field->required};
}

void MappingEditor::setFormula(const QString &target, const QString &formula, const QString &undoText, const QString &mergeKey)
{
    const Integration *in = integration();
    if (!in || !node() || target.isEmpty())
        return;
    Integration after = *in;
    Node *n = nodeIn(after);
    const auto it = std::find_if(n->fields.begin(), n->fields.end(), [&](const FieldMapping &f) { return f.target == target; });
    if (formula.trimmed().isEmpty()) {
        if (it == n->fields.end())
            return;
        n->fields.erase(it);
    } else if (it != n->fields.end()) {
        if (it->formula == formula)
            return;
        it->formula = formula;
    } else {
        n->fields.append(newMapping(target, formula));
    }
    pushIntegration(after, undoText.isEmpty() ? tr("Map %1").arg(target) : undoText, mergeKey);
}

void MappingEditor::mapField(const QString &source, const QString &target)
{
    setFormula(target, source, tr("Map %1 → %2").arg(source, target));
    Q_EMIT statusMessage(tr("%1 now fills %2").arg(source, target));
}

bool MappingEditor::addInput(const QString &target, int block, const QString &source)
{
    const QString now = formula(target);
    const QString next = FormulaOutline::appendArgument(now, block, source);
    if (next.isEmpty()) {
        const FormulaOutline o = FormulaOutline::of(now);
        const QString name = block >= 0 && block < o.blocks.size() ? o.blocks[block].label : QString();
        Q_EMIT statusMessage(o.blocks.value(block).function.isEmpty()
                                 ? tr("“%1” is an expression: write the field into its formula instead.").arg(name)
                                 : tr("%1 takes no more inputs (%2).").arg(name, Formula::functionSignature(name)));
        return false;
    }
    setFormula(target, next, tr("Wire %1 into %2").arg(source, target));
    return true;
}

void MappingEditor::insertFunction(const QString &target, const QString &function)
{
    if (!m_target->item(target))
        return;
    setFormula(target, FormulaOutline::wrap(formula(target), function), tr("Use %1 in %2").arg(function, target));
    Q_EMIT statusMessage(tr("%1 now goes through %2; draw more fields onto the block to add inputs.").arg(target, function));
}

bool MappingEditor::removeWire(const MappingWires::Hit &hit)
{
    if (!hit.valid())
        return false;
    const FormulaOutline o = m_outlines.value(hit.target);
    int block = hit.block;
    int input = hit.input;
    if (hit.isBlock && block >= 0) {
        // a block goes with the input of the block it feeds; the outermost with the mapping
        const int parent = o.blocks.value(block).parent;
        if (parent >= 0) {
            const QList<FormulaOutline::Input> &inputs = o.blocks[parent].inputs;
            input = int(std::find_if(inputs.begin(), inputs.end(), [&](const FormulaOutline::Input &in) { return in.block == block; }) -
                        inputs.begin());
        }
        block = parent;
    }
    QString next; // the line into the target: the whole mapping goes
    if (block >= 0) {
        next = FormulaOutline::removeArgument(formula(hit.target), block, input);
        if (next.isEmpty()) {
            Q_EMIT statusMessage(tr("This line belongs to the expression “%1”: edit its formula to change it.")
                                     .arg(o.blocks.value(block).label));
            return false;
        }
    }
    setFormula(hit.target, next, tr("Remove a line into %1").arg(hit.target));
    m_wires->select({});
    return true;
}

void MappingEditor::addTargetField(const QString &path)
{
    Json probe;
    if (!RecordPipeline::setPath(probe, path, Json())) {
        Q_EMIT statusMessage(tr("“%1” is not a field path: write names joined by dots, with [0] for a position.").arg(path));
        return;
    }
    if (m_target->item(path))
        return;
    // a mapping to nothing yet would vanish: map it to null until a line is drawn
    setFormula(path, QStringLiteral("null"), tr("Add target field %1").arg(path));
}

// --- auto-map -------------------------------------------------------------------------------

void MappingEditor::autoMap()
{
    QStringList mapped;
    if (const Node *n = node())
        for (const FieldMapping &f : n->fields)
            mapped << f.target;
    m_suggestions = AutoMap::propose(m_source->fields(), m_target->fields(), mapped);
    showSuggestions();
    m_bottom->setCurrentIndex(1);
    Q_EMIT statusMessage(m_suggestions.isEmpty()
                             ? tr("Auto-map found no fields with similar names left to map.")
                             : tr("Auto-map proposes %n line(s): accept or reject them below.", "", int(m_suggestions.size())));
    m_wires->update();
}

void MappingEditor::showSuggestions()
{
    m_suggestionsPanel->setSuggestions(m_suggestions);
    m_bottom->setTabText(1, m_suggestions.isEmpty() ? tr("Suggestions") : tr("Suggestions (%1)").arg(m_suggestions.size()));
    m_wires->update();
}

void MappingEditor::acceptSuggestions(const QList<int> &rows)
{
    const Integration *in = integration();
    if (!in || m_suggestions.isEmpty())
        return;
    Integration after = *in;
    Node *n = nodeIn(after);
    int count = 0;
    for (int i = 0; i < m_suggestions.size(); ++i) {
        if (!rows.isEmpty() && !rows.contains(i))
            continue;
        const AutoMap::Suggestion &s = m_suggestions[i];
        n->fields.append(newMapping(s.target, s.source));
        ++count;
    }
    dropSuggestions(rows);
    pushIntegration(after, tr("Accept %n suggested line(s)", "", count));
}

void MappingEditor::dropSuggestions(const QList<int> &rows)
{
    QList<AutoMap::Suggestion> rest;
    for (int i = 0; i < m_suggestions.size(); ++i)
        if (!rows.isEmpty() && !rows.contains(i))
            rest << m_suggestions[i];
    m_suggestions = rest;
    showSuggestions();
}

// --- samples --------------------------------------------------------------------------------

void MappingEditor::fetchSample()
{
    if (sourceEndpoint() == &m_webhookEvents) {
        // a webhook's samples are the events it received (Inbox… › Listen for a Test Event)
        const int n = readWebhookEvents();
        m_recordsStale = true;
        rebuildTrees();
        refreshMapping();
        m_bottom->setCurrentIndex(0);
        Q_EMIT statusMessage(n == 0 ? tr("No event in the webhook's inbox yet: send a test event from the app (the source "
                                         "node's Inbox… › Listen for a Test Event).")
                                    : tr("%n event(s) from the webhook's inbox in the preview", "", n));
        Q_EMIT sampleFetched(n > 0);
        return;
    }
    const Endpoint *e = sourceEndpoint();
    if (!e || m_sampleFetch->running())
        return;
    const Endpoint endpoint = *e;
    m_fetch->setText(tr("Cancel Fetch"));
    Q_EMIT statusMessage(tr("Fetching records of “%1” …").arg(endpoint.name));
    m_sampleFetch->start(m_doc->project(), m_environment, endpoint, [this, endpoint](Result<SampleFetch::Sample> sample) {
        m_fetch->setText(tr("Fetch Sample"));
        const Endpoint *now = m_doc->project().endpoint(endpoint.id);
        if (sample && !now)
            sample = makeError(QStringLiteral("sample.gone"), tr("The endpoint “%1” is gone.").arg(endpoint.name));
        if (!sample) {
            Q_EMIT statusMessage(sample.error().message);
            Q_EMIT sampleFetched(false);
            return;
        }
        Endpoint after = *now;
        after.samples = sample->records;
        if (after.recordsPath.isEmpty())
            after.recordsPath = sample->recordsPath;
        if (!schemaListsFields(after.recordSchema, m_doc->project().schemas))
            after.recordSchema = SchemaInference::fromRecords(sample->records);
        m_doc->undoStack()->push(new EditEndpointCommand(m_doc, endpoint.id, after, tr("Fetch sample of “%1”").arg(endpoint.name)));
        m_bottom->setCurrentIndex(0);
        Q_EMIT statusMessage(tr("%n sample record(s) of “%1” in the preview", "", int(sample->records.size())).arg(endpoint.name));
        Q_EMIT sampleFetched(true);
    });
}

// --- the formula bar ------------------------------------------------------------------------

QString MappingEditor::selectedTarget() const
{
    QTreeWidgetItem *item = m_targetTree->currentItem();
    return item ? item->data(FieldColumn, PathRole).toString() : QString();
}

void MappingEditor::updateFormulaBar()
{
    const QString target = selectedTarget();
    m_formulaTarget->setText(target.isEmpty() ? QString() : target + QStringLiteral(" ="));
    m_formulaBar->setEnabled(!target.isEmpty());
    m_formulaBar->setFields(m_source->paths());
    // the bar's own typing is not written back (the cursor stays where it is)
    const QString text = formula(target);
    if (!m_committingBar && m_formulaBar->text() != text)
        m_formulaBar->setText(text);
}

void MappingEditor::commitFormulaBar()
{
    const QString target = selectedTarget();
    if (target.isEmpty())
        return;
    // typing in one box is one undo step
    const QScopedValueRollback committing(m_committingBar, true);
    setFormula(target, m_formulaBar->text().trimmed(), tr("Edit formula of %1").arg(target),
               QStringLiteral("formula:") + m_nodeId + u':' + target);
}

// --- geometry for the wires band -----------------------------------------------------------

static int rowCenterIn(QWidget *band, QTreeWidget *tree, QTreeWidgetItem *item, bool *visible)
{
    // the nearest shown ancestor of a folded item
    while (item && item->parent() && !item->parent()->isExpanded())
        item = item->parent();
    const QRect r = tree->visualItemRect(item);
    const int y = band->mapFromGlobal(tree->viewport()->mapToGlobal(QPoint(0, r.center().y()))).y();
    if (visible)
        *visible = !r.isEmpty() && r.bottom() >= 0 && r.top() <= tree->viewport()->height();
    return std::clamp(y, 0, band->height());
}

QList<MappingEditor::DrawnTarget> MappingEditor::visibleTargets() const
{
    QList<DrawnTarget> out;
    QTreeWidgetItem *item = m_targetTree->itemAt(0, 0);
    const int height = m_targetTree->viewport()->height();
    while (item) {
        const QRect r = m_targetTree->visualItemRect(item);
        if (r.top() > height)
            break;
        const QString path = item->data(FieldColumn, PathRole).toString();
        const auto o = m_outlines.constFind(path);
        const bool suggested = std::any_of(m_suggestions.begin(), m_suggestions.end(), [&](const AutoMap::Suggestion &s) { return s.target == path; });
        if (o != m_outlines.constEnd() || suggested) {
            const int y = m_wires->mapFromGlobal(m_targetTree->viewport()->mapToGlobal(QPoint(0, r.center().y()))).y();
            out.append(DrawnTarget{path, y, o != m_outlines.constEnd() ? &*o : nullptr});
        }
        item = m_targetTree->itemBelow(item);
    }
    return out;
}

int MappingEditor::sourceRowY(const QString &path) const
{
    QTreeWidgetItem *item = m_source->item(path);
    if (!item) {
        // `items[*].price[0]` and the like: the longest known prefix
        QString p = path;
        while (!item && !p.isEmpty()) {
            const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
            if (cut <= 0)
                break;
            p.truncate(cut);
            item = m_source->item(p);
        }
    }
    return item ? rowCenterIn(m_wires, m_sourceTree, item, nullptr) : -1;
}

int MappingEditor::targetRowY(const QString &target) const
{
    QTreeWidgetItem *item = m_target->item(target);
    bool visible = false;
    const int y = item ? rowCenterIn(m_wires, m_targetTree, item, &visible) : -1;
    return visible ? y : -1;
}

// --- drawing with the mouse -----------------------------------------------------------------

QString MappingEditor::targetAt(QPoint globalPos) const
{
    const QPoint p = m_targetTree->viewport()->mapFromGlobal(globalPos);
    if (!m_targetTree->viewport()->rect().contains(p))
        return {};
    QTreeWidgetItem *item = m_targetTree->itemAt(p);
    return item ? item->data(FieldColumn, PathRole).toString() : QString();
}

bool MappingEditor::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return QWidget::eventFilter(watched, event);
    auto *me = static_cast<QMouseEvent *>(event);
    const QPoint global = me->globalPosition().toPoint();
    if (type == QEvent::MouseButtonPress && me->button() == Qt::LeftButton) {
        m_dragSource.clear();
        m_dragFunction.clear();
        m_dragging = false;
        if (watched == m_sourceTree->viewport()) {
            if (QTreeWidgetItem *item = m_sourceTree->itemAt(me->position().toPoint()))
                m_dragSource = item->data(0, PathRole).toString();
        } else if (watched == m_palette->viewport()) {
            if (QListWidgetItem *item = m_palette->itemAt(me->position().toPoint()))
                m_dragFunction = item->data(Qt::UserRole).toString();
        }
        m_pressGlobal = global;
        return false; // the tree selects the item as usual
    }
    if (m_dragSource.isEmpty() && m_dragFunction.isEmpty())
        return QWidget::eventFilter(watched, event);
    if (type == QEvent::MouseMove) {
        if (!m_dragging && (global - m_pressGlobal).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging) {
            const int fromY = m_dragSource.isEmpty() ? m_wires->mapFromGlobal(m_pressGlobal).y() : sourceRowY(m_dragSource);
            m_wires->setRubber(std::max(0, fromY), m_wires->mapFromGlobal(global));
            const QString target = targetAt(global);
            if (QTreeWidgetItem *item = m_target->item(target); item && m_targetTree->currentItem() != item)
                m_targetTree->setCurrentItem(item);
        }
        return m_dragging;
    }
    // release: where did the line end?
    const bool wasDragging = m_dragging;
    const QString source = m_dragSource;
    const QString function = m_dragFunction;
    m_dragging = false;
    m_dragSource.clear();
    m_dragFunction.clear();
    m_wires->setRubber(-1, {});
    if (!wasDragging)
        return false;
    const QString target = targetAt(global);
    const MappingWires::Hit block = m_wires->blockAt(m_wires->mapFromGlobal(global));
    if (!source.isEmpty()) {
        if (!target.isEmpty())
            mapField(source, target);
        else if (block.valid())
            addInput(block.target, block.block, source);
        else
            Q_EMIT statusMessage(tr("Drop the line on a target field, or on a function block's inputs."));
    } else if (!target.isEmpty()) {
        insertFunction(target, function);
    } else {
        Q_EMIT statusMessage(tr("Drop the function on the target field it should compute."));
    }
    return true;
}

} // namespace patchbay::ui
