#include "canvaspage.h"

#include "canvasitems.h"
#include "canvasview.h"
#include "nodeeditor.h"
#include "ui/runs/runsview.h"
#include "ui/document.h"
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
        setMaximumWidth(150);
        const struct
        {
            const char *kind;
            QString label;
            QString tip;
        } items[] = {
            {"source", CanvasPage::tr("Source"), CanvasPage::tr("Reads records from an endpoint, page by page")},
            {"filter", CanvasPage::tr("Filter"), CanvasPage::tr("Keeps the records for which a condition holds")},
            {"map", CanvasPage::tr("Map"), CanvasPage::tr("Turns each record into the target's shape, field by field")},
            {"target", CanvasPage::tr("Target"), CanvasPage::tr("Sends the records to an endpoint")},
        };
        for (const auto &i : items) {
            auto *item = new QListWidgetItem(i.label, this);
            item->setData(Qt::UserRole, QString::fromLatin1(i.kind));
            item->setToolTip(i.tip + CanvasPage::tr(" — drag it onto the canvas"));
        }
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

CanvasPage::CanvasPage(Document *doc, const QString &integrationId, QWidget *parent)
    : QWidget(parent), m_view(new CanvasView(doc, integrationId, this)), m_editor(new NodeEditor(doc, integrationId, this)),
      m_runLink(new QLabel(this))
{
    setObjectName(QStringLiteral("CanvasPage"));
    auto *palette = new Palette(this);
    auto *layoutButton = new QPushButton(tr("Auto-layout"), this);
    auto *fit = new QPushButton(tr("Fit (Ctrl+0)"), this);
    auto *run = new QPushButton(tr("Run now"), this);
    run->setObjectName(QStringLiteral("runNow"));
    auto *trial = new QPushButton(tr("Test with Samples"), this);
    trial->setObjectName(QStringLiteral("testSamples"));
    trial->setToolTip(tr("Runs the source's sample records through the filter and the mapping, without sending anything"));
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
        const QHash<QString, NodeType> types{{QStringLiteral("source"), NodeType::Source}, {QStringLiteral("filter"), NodeType::Filter},
                                             {QStringLiteral("map"), NodeType::Map}, {QStringLiteral("target"), NodeType::Target}};
        const QString id = m_view->addNodeInView(types.value(item->data(Qt::UserRole).toString()));
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
    connect(m_view, &CanvasView::nodeEditRequested, this, [this](const QString &nodeId) {
        const bool opening = m_editor->isHidden();
        m_editor->setNode(nodeId);
        m_editor->show();
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
        if (s.incremental && s.counts.written == 0 && s.status == u"succeeded")
            text += QStringLiteral(" · <a href=\"fromstart:\">%1</a>").arg(tr("Read everything again"));
        m_runLink->setText(text);
        m_runLink->setProperty("runId", s.runId);
        m_runLink->show();
    });
    connect(m_runLink, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QStringLiteral("fromstart:")))
            Q_EMIT m_editor->fromBeginningRequested(m_view->integrationId());
        else
            Q_EMIT showRunRequested(link.mid(4).toLongLong());
    });
}

void CanvasPage::testWithSamples(Document *doc, const QString &integrationId)
{
    // A dry run on the source's sample records: what each would become, nothing sent.
    const Project &p = doc->project();
    const Integration *in = p.integration(integrationId);
    if (!in)
        return;
    const Node *sourceNode = in->firstNode(NodeType::Source);
    const Endpoint *source = sourceNode ? p.endpoint(sourceNode->endpoint) : nullptr;
    const Node *targetNode = in->firstNode(NodeType::Target);
    const Endpoint *target = targetNode ? p.endpoint(targetNode->endpoint) : nullptr;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("sampleTest"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Test with Samples — %1").arg(in->name));
    auto *summary = new QLabel(dialog);
    summary->setObjectName(QStringLiteral("sampleSummary"));
    summary->setWordWrap(true);
    auto *table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("sampleResults"));
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Record"), tr("Its way"), tr("What happens"), tr("Sent as")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(close);
    dialog->resize(900, 520);

    Problems problems;
    const RecordPipeline pipeline = RecordPipeline::compile(p, *in, &problems);
    if (!source || !source->samples.is_array() || source->samples.empty()) {
        summary->setText(source ? tr("The source endpoint “%1” has no sample records yet. Open the mapping editor and press "
                                     "Fetch Sample, or send the endpoint in the request console and choose Use as Sample.")
                                      .arg(source->name)
                                : tr("Choose the source's endpoint first: double-click the Source node."));
    } else if (!pipeline.isValid()) {
        QStringList lines;
        for (const Problem &pr : problems)
            if (pr.isError())
                lines << pr.message;
        summary->setText(tr("The integration's formulas have mistakes: %1").arg(lines.join(QStringLiteral("; "))));
    } else {
        int sent = 0;
        int left = 0;
        int failed = 0;
        const FormulaEnvironment &env = pipeline.environment();
        // Each record's way through the nodes, named as on the canvas: up to where it left the
        // chain, or all the way to the target.
        const QList<const Node *> route =
            QList<const Node *>{sourceNode} + IntegrationGraph::chain(*in, sourceNode->id, IntegrationGraph::Direction::Downstream);
        const auto titleOf = [](const Node *n) { return n->name.isEmpty() ? n->id : n->name; };
        const auto wayTo = [&](const QString &stoppedAt) {
            QStringList names;
            for (const Node *n : route) {
                names.append(titleOf(n));
                if (n->id == stoppedAt)
                    break;
            }
            return names.join(QStringLiteral(" → "));
        };
        const auto nodeTitle = [&](const QString &id) {
            const Node *n = in->node(id);
            return n ? titleOf(n) : id;
        };
        table->setRowCount(int(source->samples.size()));
        int row = 0;
        for (const Json &record : source->samples) {
            const RecordPipeline::Outcome o = pipeline.process(record, env);
            QString what;
            QString as;
            switch (o.status) {
            case RecordPipeline::Outcome::Status::FilteredOut:
                what = tr("Left out by the filter “%1”").arg(nodeTitle(o.stoppedAt));
                ++left;
                break;
            case RecordPipeline::Outcome::Status::Failed:
                what = o.stoppedAt.isEmpty() ? tr("Fails: %1").arg(o.errors().join(QStringLiteral("; ")))
                                             : tr("Fails in “%1”: %2").arg(nodeTitle(o.stoppedAt), o.errors().join(QStringLiteral("; ")));
                ++failed;
                break;
            case RecordPipeline::Outcome::Status::Mapped:
                what = target ? tr("Sent to “%1”").arg(target->name) : tr("Mapped (no target endpoint yet)");
                as = toQString(o.output.dump(-1, ' ', false, Json::error_handler_t::replace));
                ++sent;
                break;
            }
            table->setItem(row, 0, new QTableWidgetItem(o.key.isEmpty() ? QString::number(row + 1) : o.key));
            const QString way = o.status == RecordPipeline::Outcome::Status::Mapped ? wayTo(QString())
                                : o.stoppedAt.isEmpty()                                 ? titleOf(sourceNode)
                                                                                        : wayTo(o.stoppedAt) + QStringLiteral(" ✗");
            table->setItem(row, 1, new QTableWidgetItem(way));
            table->setItem(row, 2, new QTableWidgetItem(what));
            table->setItem(row, 3, new QTableWidgetItem(as));
            ++row;
        }
        table->resizeColumnsToContents();
        summary->setText(tr("Of %n sample record(s), nothing sent:", nullptr, row) + u' ' +
                         tr("%1 would be sent, %2 left out by the filter, %3 fail.").arg(sent).arg(left).arg(failed));
    }
    dialog->open();
}

} // namespace patchbay::ui
