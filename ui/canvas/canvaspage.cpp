#include "canvaspage.h"

#include "canvasitems.h"
#include "canvasview.h"
#include "ui/runs/runsview.h"
#include "ui/document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
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
    : QWidget(parent), m_view(new CanvasView(doc, integrationId, this)), m_runLink(new QLabel(this))
{
    setObjectName(QStringLiteral("CanvasPage"));
    auto *palette = new Palette(this);
    auto *layoutButton = new QPushButton(tr("Auto-layout"), this);
    auto *fit = new QPushButton(tr("Fit (Ctrl+0)"), this);
    auto *run = new QPushButton(tr("Run now"), this);
    run->setObjectName(QStringLiteral("runNow"));
    auto *hint = new QLabel(tr("Drag from a node's right port to another's left port to wire them; Delete removes the "
                               "selection; the wheel zooms."),
                            this);
    hint->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    m_runLink->setObjectName(QStringLiteral("runLink"));
    m_runLink->setTextFormat(Qt::RichText);
    m_runLink->hide();
    bar->addWidget(m_runLink);
    bar->addWidget(layoutButton);
    bar->addWidget(fit);
    bar->addWidget(run);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Nodes"), this));
    left->addWidget(palette, 1);
    auto *middle = new QVBoxLayout;
    middle->addLayout(bar);
    middle->addWidget(m_view, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(left);
    layout->addLayout(middle, 1);
    connect(layoutButton, &QPushButton::clicked, m_view, &CanvasView::autoLayout);
    connect(fit, &QPushButton::clicked, m_view, &CanvasView::fitAll);
    connect(run, &QPushButton::clicked, m_view, [this] { Q_EMIT m_view->runRequested(m_view->integrationId()); });
    connect(m_view, &QObject::destroyed, this, &QObject::deleteLater); // the integration went away
    connect(m_view, &CanvasView::runShown, this, [this](const SyncSummary &s) {
        m_runLink->setText(tr("Run %1 %2 — <a href=\"run:%1\">show in Runs</a>").arg(s.runId).arg(RunsModel::statusText(s.status).toHtmlEscaped()));
        m_runLink->setProperty("runId", s.runId);
        m_runLink->show();
    });
    connect(m_runLink, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT showRunRequested(link.mid(4).toLongLong());
    });
}

} // namespace patchbay::ui
