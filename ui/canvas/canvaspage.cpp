#include "canvaspage.h"

#include "canvasitems.h"
#include "canvasview.h"
#include "nodeeditor.h"
#include "ui/runs/runsview.h"
#include "ui/dialogs/inboxdialog.h"
#include "ui/document.h"
#include "ui/services.h"
#include "store/runstore.h"
#include "sync/driftguard.h"
#include "sync/sampletrial.h"
#include "expr/recordpipeline.h"
#include "model/integrationgraph.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QTimer>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace patchbay::ui {

namespace {

/// The palette: its items drag "source", "filter", "map" or "target" onto the canvas.
class Palette : public QListWidget
{
public:
    explicit Palette(QWidget *parent) : QListWidget(parent)
    {
        setDragEnabled(true);
        setDragDropMode(QAbstractItemView::DragOnly);
        const struct
        {
            const char *kind;
            QString label;
            QString tip;
        } items[] = {
            {"source", CanvasPage::tr("Source"), CanvasPage::tr("Reads records from an endpoint, page by page")},
            {"filter", CanvasPage::tr("Filter"), CanvasPage::tr("Keeps the records for which a condition holds")},
            {"map", CanvasPage::tr("Map"), CanvasPage::tr("Turns each record into the target's shape, field by field")},
            {"lookup", CanvasPage::tr("Lookup"),
             CanvasPage::tr("For each record, asks an endpoint (e.g. find the contact by email) and adds the answer to the record")},
            {"branch", CanvasPage::tr("Branch"),
             CanvasPage::tr("Sends each record one way or another: to the first output whose condition holds, else “otherwise”")},
            {"target", CanvasPage::tr("Target"), CanvasPage::tr("Sends the records to an endpoint: creates, updates, upserts or deletes")},
        };
        for (const auto &i : items) {
            auto *item = new QListWidgetItem(i.label, this);
            item->setData(Qt::UserRole, QString::fromLatin1(i.kind));
            item->setToolTip(i.tip + CanvasPage::tr(" — drag it onto the canvas"));
        }
        setMaximumWidth(sizeHintForColumn(0) + 2 * frameWidth() + 16); // as wide as its longest name
    }

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        auto *data = new QMimeData;
        if (!items.isEmpty())
            data->setData(QStringLiteral("application/x-patchbay-node"), items.first()->data(Qt::UserRole).toString().toUtf8());
        return data;
    }
};

} // namespace

CanvasPage::CanvasPage(Document *doc, Services *services, const QString &integrationId, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_services(services), m_view(new CanvasView(doc, integrationId, this)), m_editor(new NodeEditor(doc, integrationId, this)),
      m_runLink(new QLabel(this))
{
    setObjectName(QStringLiteral("CanvasPage"));
    // what the last run saw change at the source (docs/sync.md, "Schema drift")
    if (Store *store = services ? services->store() : nullptr) {
        RunStore runs(store);
        if (Result<DriftReport> r = latestDrifts(runs, doc->project().id, integrationId)) {
            std::vector<SchemaDrift> breaking;
            for (const SchemaDrift &d : r->drifts)
                if (d.breaking)
                    breaking.push_back(d);
            if (!breaking.empty())
                m_view->setDrifts(r->run.id, std::move(breaking));
        }
    }
    // what a newer version of a connection's spec would break (docs/imports.md, "Re-importing a spec"),
    // again when the project changes (an update from the spec applied, a mapping fixed)
    const auto markSpecChanges = [this, integrationId] {
        m_view->setSpecChanges(pendingSpecChangesFor(m_doc->project(), m_doc->filePath(), integrationId));
    };
    markSpecChanges();
    auto *specTimer = new QTimer(this); // edits come in bursts (a node dragged): compare once they settle
    specTimer->setSingleShot(true);
    specTimer->setInterval(300);
    connect(specTimer, &QTimer::timeout, this, markSpecChanges);
    connect(doc, &Document::changed, specTimer, qOverload<>(&QTimer::start));
    auto *palette = new Palette(this);
    auto *layoutButton = new QPushButton(tr("Auto-layout"), this);
    layoutButton->setObjectName(QStringLiteral("autoLayout"));
    auto *fit = new QPushButton(tr("Fit (Ctrl+0)"), this);
    fit->setObjectName(QStringLiteral("fitAll"));
    auto *run = new QPushButton(tr("Run now"), this);
    run->setObjectName(QStringLiteral("runNow"));
    auto *trial = new QPushButton(tr("Test with Samples"), this);
    trial->setObjectName(QStringLiteral("testSamples"));
    trial->setToolTip(tr("Runs the source's sample records through the integration — its lookups ask the API — without "
                         "sending anything to the targets"));
    auto *hint = new QLabel(tr("Drag from a node's right port to another's left port to wire them; Delete removes the "
                               "selection; the wheel zooms."),
                            this);
    hint->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    m_runLink->setObjectName(QStringLiteral("runLink"));
    m_runLink->setTextFormat(Qt::RichText);
    m_runLink->hide();
    bar->addWidget(layoutButton);
    bar->addWidget(fit);
    bar->addWidget(trial);
    bar->addWidget(run);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Nodes"), this));
    left->addWidget(palette, 1);
    auto *middle = new QVBoxLayout;
    middle->addLayout(bar);
    middle->addWidget(m_runLink); // the last run in words, under the buttons
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    split->setCollapsible(0, false);
    m_editor->hide(); // until a node is double-clicked
    middle->addWidget(split, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(left);
    layout->addLayout(middle, 1);
    // The keyboard's drag: Enter (or a double-click) on a palette item adds that node in view,
    // beside the others, and selects it.
    palette->setObjectName(QStringLiteral("nodePalette"));
    palette->setAccessibleName(tr("Nodes to add"));
    connect(palette, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const std::optional<NodeType> type = CanvasView::nodeTypeOf(item->data(Qt::UserRole).toString());
        const QString id = type ? m_view->addNodeInView(*type) : QString();
        if (!id.isEmpty()) {
            m_view->selectNode(id);
            m_view->setFocus();
        }
    });
    connect(layoutButton, &QPushButton::clicked, m_view, &CanvasView::autoLayout);
    connect(fit, &QPushButton::clicked, m_view, &CanvasView::fitAll);
    connect(trial, &QPushButton::clicked, this, [this, doc, integrationId] { testWithSamples(doc, integrationId); });
    connect(run, &QPushButton::clicked, m_view, [this] { Q_EMIT m_view->runRequested(m_view->integrationId()); });
    connect(m_view, &QObject::destroyed, this, &QObject::deleteLater); // the integration went away
    connect(m_view, &CanvasView::nodeEditRequested, this, [this, split](const QString &nodeId) {
        const bool opening = m_editor->isHidden();
        m_editor->setNode(nodeId);
        m_editor->show();
        if (opening) // the panel beside the canvas, the canvas keeping most of the room
            split->setSizes({std::max(200, split->width() - 420), 420});
        if (opening) // the canvas just got narrower: everything in view again, once laid out
            QTimer::singleShot(0, m_view, &CanvasView::fitAll);
    });
    connect(m_editor, &NodeEditor::closeRequested, m_editor, &QWidget::hide);
    m_runLink->setWordWrap(true);
    connect(m_view, &CanvasView::runShown, this, [this](const SyncSummary &s) {
        // What happened in words, with the way on: the run in Runs, or everything again.
        QString text = s.inWords().toHtmlEscaped();
        if (s.runId > 0)
            text += QStringLiteral(" <a href=\"run:%1\">%2</a>").arg(s.runId).arg(tr("Show in Runs"));
        if (s.incremental && s.counts.written == 0 && s.status == RunStatus::Succeeded)
            text += QStringLiteral(" · <a href=\"fromstart:\">%1</a>").arg(tr("Read everything again"));
        m_runLink->setText(text);
        m_runLink->setProperty("runId", s.runId);
        m_runLink->show();
    });
    connect(m_editor, &NodeEditor::fromBeginningRequested, this, &CanvasPage::readEverythingAgain);
    connect(m_editor, &NodeEditor::inboxRequested, this, [this](const QString &integrationId, const QString &url) {
        const Integration *in = m_doc->project().integration(integrationId);
        auto *dialog = new InboxDialog(m_services, m_doc->project().id, integrationId, in ? in->name : integrationId, url,
                                       window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_runLink, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QStringLiteral("fromstart:")))
            Q_EMIT m_editor->fromBeginningRequested(m_view->integrationId());
        else
            Q_EMIT showRunRequested(link.mid(4).toLongLong());
    });
}

void CanvasPage::readEverythingAgain(const QString &integrationId)
{
    Store *store = m_services->store();
    const Integration *in = m_doc->project().integration(integrationId);
    if (!in)
        return;
    if (!store) {
        Q_EMIT m_view->statusMessage(m_services->storeError());
        return;
    }
    const Result<void> r = RunStore(store).resetCheckpoint(m_doc->project().id, integrationId);
    Q_EMIT m_view->statusMessage(r ? tr("The next run of “%1” reads every record again; what was already sent with the same "
                                        "content is not sent twice.").arg(in->name)
                                   : r.error().message);
}

void CanvasPage::testWithSamples(Document *doc, const QString &integrationId)
{
    // A dry run on the source's sample records: the way each goes, what its lookups answer (from
    // the real API, each request once) and what each target would get; nothing is written.
    const Project &p = doc->project();
    const Integration *in = p.integration(integrationId);
    if (!in)
        return;
    const Node *sourceNode = in->firstNode(NodeType::Source);
    const Endpoint *source = sourceNode ? p.endpoint(sourceNode->endpoint) : nullptr;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("sampleTest"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Test with Samples — %1").arg(in->name));
    auto *summary = new QLabel(dialog);
    summary->setObjectName(QStringLiteral("sampleSummary"));
    summary->setWordWrap(true);
    auto *table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("sampleResults"));
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({tr("Record"), tr("Its way"), tr("What happens"), tr("Looked up"), tr("Sent as")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(close);
    dialog->resize(1000, 540);
    dialog->open();

    if (!source || !source->samples.is_array() || source->samples.empty()) {
        summary->setText(source ? tr("The source endpoint “%1” has no sample records yet. Open the mapping editor and press "
                                     "Fetch Sample, or send the endpoint in the request console and choose Use as Sample.")
                                      .arg(source->name)
                                : tr("Choose the source's endpoint first: double-click the Source node."));
        return;
    }
    // (the dialog owns the trial: closing it stops the lookups still under way)
    auto *trial = new SampleTrial(p, integrationId, m_services ? m_services->secrets() : nullptr, m_environment, dialog);
    summary->setText(tr("Trying the sample records…"));
    connect(trial, &SampleTrial::progress, summary, [summary](int done, int total) {
        summary->setText(tr("Trying the sample records: asking the lookups (%1 of %2)…").arg(done).arg(total));
    });
    connect(trial, &SampleTrial::finished, dialog, [this, trial, table, summary] {
        showTrial(*trial, table, summary);
    });
    trial->start(std::vector<Json>(source->samples.begin(), source->samples.end()));
}

void CanvasPage::showTrial(const SampleTrial &trial, QTableWidget *table, QLabel *summary)
{
    const Project &p = m_doc->project();
    const Integration *in = p.integration(m_view->integrationId());
    if (!in)
        return;
    if (trial.records().empty() || (!trial.error().isEmpty() && !trial.program().isValid())) {
        summary->setText(trial.error());
        return;
    }
    const auto titleOf = [in](const QString &id) {
        const Node *n = in->node(id);
        return n && !n->name.isEmpty() ? n->name : id;
    };
    // the nodes in the order records meet them (from the source along the wires)
    QStringList order;
    if (const Node *s = in->firstNode(NodeType::Source))
        order << s->id;
    for (qsizetype i = 0; i < order.size(); ++i)
        for (const Wire &w : in->wires)
            if (w.from == order[i] && !order.contains(w.to))
                order << w.to;
    int sent = 0;
    int left = 0;
    int failed = 0;
    table->setRowCount(int(trial.records().size()));
    int row = 0;
    for (const SampleTrial::Record &r : trial.records()) {
        QStringList way;
        for (const QString &id : std::as_const(order)) {
            if (!r.entered(id))
                continue;
            QString step = titleOf(id);
            const Node *n = in->node(id);
            if (n && n->type == NodeType::Branch)
                for (const QString &o : IntegrationGraph::outputsOf(*n))
                    if (r.tally.branched(id, o) > 0)
                        step += QStringLiteral(" (%1)").arg(o == QLatin1String(IntegrationGraph::Otherwise) ? NodeItem::tr("otherwise") : o);
            way << step;
        }
        QStringList what;
        QStringList as;
        bool reached = false;
        bool fails = false;
        for (const FlowProgram::Outcome &o : r.outcomes) {
            switch (o.kind) {
            case FlowProgram::Outcome::Kind::AtTarget: {
                reached = true;
                const FlowProgram::TargetStep &t = trial.program().targets()[size_t(o.index)];
                const Endpoint *e = p.endpoint(t.endpoint);
                const QString name = e ? e->name : titleOf(t.nodeId);
                switch (t.mode) {
                case WriteMode::Create: what << tr("Sent to “%1”").arg(name); break;
                case WriteMode::Update: what << tr("Updates through “%1”").arg(name); break;
                case WriteMode::Upsert: what << tr("Creates or updates through “%1”").arg(name); break;
                case WriteMode::Delete: what << tr("Deletes through “%1”").arg(name); break;
                }
                as << toQString(o.value.dump(-1, ' ', false, Json::error_handler_t::replace));
                break;
            }
            case FlowProgram::Outcome::Kind::FilteredOut: what << tr("Left out by the filter “%1”").arg(titleOf(o.nodeId)); break;
            case FlowProgram::Outcome::Kind::Unrouted: what << tr("Goes nowhere after “%1”").arg(titleOf(o.nodeId)); break;
            case FlowProgram::Outcome::Kind::Failed:
                fails = true;
                what << (o.nodeId.isEmpty() ? tr("Fails: %1").arg(o.error) : tr("Fails in “%1”: %2").arg(titleOf(o.nodeId), o.error));
                break;
            case FlowProgram::Outcome::Kind::AtLookup: break; // (answered before the trial ends)
            }
        }
        if (r.outcomes.empty() && !trial.error().isEmpty()) {
            fails = true;
            what << trial.error();
        }
        sent += reached ? 1 : 0;
        failed += fails ? 1 : 0;
        left += !reached && !fails ? 1 : 0;
        QStringList looked;
        for (const QString &id : std::as_const(order))
            if (r.answers.contains(id)) {
                const Json &a = r.answers[id];
                const QString text = a.is_null() || (a.is_array() && a.empty())
                                         ? tr("nothing found")
                                         : toQString(a.dump(-1, ' ', false, Json::error_handler_t::replace));
                looked << QStringLiteral("%1: %2").arg(titleOf(id), text.size() > 120 ? text.left(119) + u'…' : text);
            }
        table->setItem(row, 0, new QTableWidgetItem(r.key.isEmpty() ? QString::number(row + 1) : r.key));
        table->setItem(row, 1, new QTableWidgetItem(way.join(QStringLiteral(" → ")) + (reached ? QString() : QStringLiteral(" ✗"))));
        table->setItem(row, 2, new QTableWidgetItem(what.join(QStringLiteral("; "))));
        table->setItem(row, 3, new QTableWidgetItem(looked.join(QStringLiteral("; "))));
        table->setItem(row, 4, new QTableWidgetItem(as.join(QStringLiteral("; "))));
        ++row;
    }
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c) // long values are in the tooltip, not a mile wide
        table->setColumnWidth(c, std::min(table->columnWidth(c), 360));
    QString text = tr("Of %n sample record(s), nothing sent:", nullptr, row) + u' ' +
                   tr("%1 would be sent, %2 left out by the filter, %3 fail.").arg(sent).arg(left).arg(failed);
    if (!trial.program().lookups().empty())
        text += u' ' + tr("The lookups asked the API %n time(s)", nullptr, int(trial.requests())) + u' ' +
                tr("and answered %n from the cache.", nullptr, int(trial.cacheHits()));
    if (!trial.error().isEmpty())
        text += u' ' + trial.error();
    summary->setText(text);
}

} // namespace patchbay::ui
