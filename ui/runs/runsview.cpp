#include "runsview.h"

#include "sync/syncrun.h"

#include "sync/deadletterretry.h"
#include "ui/services.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace patchbay::ui {

// --- model ------------------------------------------------------------------------------------

RunsModel::RunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunsModel::setRuns(const QList<RunRecord> &runs, const QHash<QString, QString> &integrationNames)
{
    beginResetModel();
    m_runs = runs;
    m_names = integrationNames;
    endResetModel();
}

int RunsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_runs.size()); }
int RunsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString RunsModel::statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return tr("running");
    case RunStatus::Succeeded: return tr("succeeded");
    case RunStatus::Partial: return tr("partial");
    case RunStatus::Failed: return tr("failed");
    case RunStatus::Cancelled: return tr("cancelled");
    case RunStatus::Crashed: return tr("crashed");
    case RunStatus::Paused: return tr("paused");
    }
    return runStatusName(status);
}

static QString triggerText(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Manual: return RunsModel::tr("manual");
    case RunTrigger::Schedule: return RunsModel::tr("schedule");
    case RunTrigger::Cli: return RunsModel::tr("command line");
    case RunTrigger::Webhook: return RunsModel::tr("webhook");
    case RunTrigger::Agent: return RunsModel::tr("AI agent");
    }
    return runTriggerName(trigger);
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunRecord &r = m_runs.at(index.row());
    if (role == RunIdRole)
        return r.id;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (r.status) {
        case RunStatus::Failed:
        case RunStatus::Crashed: return QColor(0xc0, 0x39, 0x2b);
        case RunStatus::Partial:
        case RunStatus::Paused: return QColor(0xca, 0x6f, 0x1e);
        case RunStatus::Succeeded: return QColor(0x1e, 0x84, 0x49);
        case RunStatus::Running:
        case RunStatus::Cancelled: return {};
        }
        return {};
    }
    if (role == Qt::ToolTipRole)
        return r.message.isEmpty() ? QVariant() : QVariant(r.message);
    if (role == Qt::TextAlignmentRole && index.column() >= ReadColumn && index.column() <= DurationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole + 1) { // sort keys
        switch (index.column()) {
        case ReadColumn: return r.counts.read;
        case WrittenColumn: return r.counts.written;
        case SkippedColumn: return r.counts.skipped;
        case DeadColumn: return r.counts.dead + r.counts.failed;
        case DurationColumn: return r.durationMs();
        case StartedColumn: return r.startedAt;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IntegrationColumn: return m_names.value(r.integrationId, r.integrationId);
    case TriggerColumn: return triggerText(r.trigger);
    case StatusColumn: return statusText(r.status) + (r.dryRun ? tr(" (dry run)") : QString());
    case ReadColumn: return locale.toString(r.counts.read);
    case WrittenColumn: return locale.toString(r.counts.written);
    case SkippedColumn: return locale.toString(r.counts.skipped);
    case DeadColumn: return locale.toString(r.counts.dead + r.counts.failed);
    case DurationColumn:
        return r.finishedAt.isValid() ? tr("%1 s").arg(locale.toString(double(r.durationMs()) / 1000.0, 'f', 1))
                                      : QString();
    case StartedColumn: return locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IntegrationColumn: return tr("Integration");
    case TriggerColumn: return tr("Trigger");
    case StatusColumn: return tr("Status");
    case ReadColumn: return tr("Read");
    case WrittenColumn: return tr("Written");
    case SkippedColumn: return tr("Skipped");
    case DeadColumn: return tr("Failed");
    case DurationColumn: return tr("Duration");
    case StartedColumn: return tr("Started");
    default: return {};
    }
}

// --- view -------------------------------------------------------------------------------------

RunsView::RunsView(Services *services, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(new RunsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_integration(new QComboBox(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)), m_events(new QTableWidget(0, 3, this)), m_dead(new QTableWidget(0, 4, this)),
      m_sendAgain(new QPushButton(tr("Send again"), this)), m_acceptSchema(new QPushButton(tr("Accept New Schema"), this)),
      m_chartView(new QChartView(this))
{
    setObjectName(QStringLiteral("RunsView"));
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_chartView->setObjectName(QStringLiteral("runsChart"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole + 1);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunsModel::StartedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultSectionSize(80);
    m_table->horizontalHeader()->resizeSection(RunsModel::IntegrationColumn, 220);
    m_filter->setPlaceholderText(tr("Filter runs (integration, status, trigger…)"));
    m_filter->setClearButtonEnabled(true);
    m_integration->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *refresh = new QPushButton(tr("Refresh"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_integration);
    top->addWidget(refresh);

    m_events->setHorizontalHeaderLabels({tr("Time"), tr("Level"), tr("Event")});
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setWordWrap(true);
    m_dead->setHorizontalHeaderLabels({tr("Record"), tr("Status"), tr("Error"), tr("Tries")});
    m_dead->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_dead->verticalHeader()->hide();
    m_dead->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dead->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sendAgain->setToolTip(tr("Send the selected dead letters (or all of them) to the target again, mapped "
                               "with the integration's current mapping"));
    auto *deadPage = new QWidget;
    auto *deadLayout = new QVBoxLayout(deadPage);
    deadLayout->setContentsMargins(0, 0, 0, 0);
    deadLayout->addWidget(m_dead, 1);
    auto *deadButtons = new QHBoxLayout;
    deadButtons->addStretch();
    deadButtons->addWidget(m_sendAgain);
    deadLayout->addLayout(deadButtons);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(150); // a chart, not a strip (and the dock still small at first start)
    auto *chart = new QChart;
    chart->setTitle(tr("Select a run to see its integration's last runs"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->setChart(chart);

    auto *details = new QTabWidget(this);
    details->addTab(m_chartView, tr("Chart"));
    details->addTab(m_events, tr("Events"));
    details->addTab(deadPage, tr("Dead letters"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_table, 1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_summary);
    // a run that saw the source's records change shape: its schema changes, taken in one step
    m_acceptSchema->setObjectName(QStringLiteral("acceptSchema"));
    m_acceptSchema->setToolTip(tr("Let the source endpoint's record schema take what this run saw (as well as what it "
                                  "took before). Then fix the mappings that read a changed field, and run again."));
    m_acceptSchema->hide();
    auto *schemaRow = new QHBoxLayout;
    schemaRow->addWidget(m_acceptSchema);
    schemaRow->addStretch();
    rightLayout->addLayout(schemaRow);
    rightLayout->addWidget(details, 1);
    for (QAbstractItemView *v : std::initializer_list<QAbstractItemView *>{m_table, m_events, m_dead})
        v->setMinimumHeight(60);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_integration, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(refresh, &QPushButton::clicked, this, &RunsView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsView::showDetails);
    connect(m_sendAgain, &QPushButton::clicked, this, &RunsView::sendAgain);
    connect(m_acceptSchema, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRunId())
            Q_EMIT acceptSchemaRequested(id);
    });
}

QChart *RunsView::chart() const { return m_chartView->chart(); }

void RunsView::setProject(const Project *project)
{
    m_project = project;
    const QString current = m_integration->currentData().toString();
    {
        const QSignalBlocker block(m_integration);
        m_integration->clear();
        m_integration->addItem(tr("All integrations"), QString());
        if (project)
            for (const Integration &i : project->integrations)
                m_integration->addItem(i.name, i.id);
        m_integration->setCurrentIndex(std::max(0, m_integration->findData(current)));
    }
    reload();
}

void RunsView::setIntegrationFilter(const QString &integrationId)
{
    m_integration->setCurrentIndex(std::max(0, m_integration->findData(integrationId)));
}

void RunsView::reload()
{
    const qint64 selected = selectedRunId();
    Store *store = m_project ? m_services->store() : nullptr;
    if (!store) {
        m_model->setRuns({}, {});
        m_summary->setText(m_project ? tr("Runs cannot be shown: %1").arg(m_services->storeError()) : QString());
        return;
    }
    RunStore runs(store);
    Result<QList<RunRecord>> list = runs.runs(500, m_project->id, m_integration->currentData().toString());
    if (!list) {
        m_summary->setText(tr("Runs cannot be shown: %1").arg(list.error().message));
        return;
    }
    QHash<QString, QString> names;
    for (const Integration &i : m_project->integrations)
        names.insert(i.id, i.name);
    m_model->setRuns(*list, names);
    if (selected)
        selectRun(selected);
    else if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    else
        showDetails();
}

qint64 RunsView::selectedRunId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(RunsModel::RunIdRole).toLongLong() : 0;
}

void RunsView::selectRun(qint64 runId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(RunsModel::RunIdRole).toLongLong() == runId) {
            m_table->selectRow(row);
            showDetails();
            return;
        }
    }
}

void RunsView::showDetails()
{
    m_events->setRowCount(0);
    m_dead->setRowCount(0);
    m_acceptSchema->hide();
    const qint64 id = selectedRunId();
    Store *store = m_services->store();
    if (!id || !store || !m_project) {
        m_summary->setText(m_model->rowCount() == 0 ? tr("No runs yet. Run an integration with Project › Run Integration.")
                                                     : QString());
        m_sendAgain->setEnabled(false);
        return;
    }
    RunStore runs(store);
    Result<RunRecord> run = runs.run(id);
    if (!run)
        return;
    const RunCounts &c = run->counts;
    // In words first (as the canvas says it); the numbers a technician wants below, smaller.
    SyncSummary words;
    words.status = run->status;
    words.counts = c;
    const QString told = run->status == RunStatus::Running || run->status == RunStatus::Crashed ? RunsModel::statusText(run->status) + u'.'
                                                                                  : words.inWords();
    m_summary->setText(tr("<b>Run %1</b>, %2 — %3%4<br><small>Read %5 · left out %6 · sent %7 · already sent %8 · "
                          "failed %9 · %10 requests, %11 retries, %12 s waiting on rate limits</small>")
                           .arg(run->id)
                           .arg(QLocale().toString(run->startedAt.toLocalTime(), QLocale::ShortFormat), told.toHtmlEscaped())
                           .arg(run->message.isEmpty() ? QString() : QStringLiteral("<br>") + run->message.toHtmlEscaped())
                           .arg(c.read)
                           .arg(c.filtered)
                           .arg(c.written)
                           .arg(c.skipped)
                           .arg(c.dead + c.failed)
                           .arg(c.requests)
                           .arg(c.retries)
                           .arg(QLocale().toString(double(c.waitMs) / 1000.0, 'f', 1)));
    if (Result<QList<RunEvent>> events = runs.events(id)) {
        for (const RunEvent &e : *events) {
            const int row = m_events->rowCount();
            m_events->insertRow(row);
            m_events->setItem(row, 0, new QTableWidgetItem(e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))));
            m_events->setItem(row, 1, new QTableWidgetItem(e.level));
            auto *message = new QTableWidgetItem(e.message);
            message->setToolTip(e.message);
            if (e.level == u"error")
                message->setForeground(QColor(0xc0, 0x39, 0x2b));
            m_events->setItem(row, 2, message);
            if (e.detail.is_object() && e.detail.contains("drift"))
                m_acceptSchema->show();
        }
    }
    if (Result<QList<DeadLetter>> dead = runs.openDeadLetters(m_project->id, run->integrationId)) {
        for (const DeadLetter &d : *dead) {
            const int row = m_dead->rowCount();
            m_dead->insertRow(row);
            auto *key = new QTableWidgetItem(d.recordKey);
            key->setData(Qt::UserRole, d.id);
            key->setToolTip(QString::fromStdString(d.record.dump(2)).left(4000));
            m_dead->setItem(row, 0, key);
            m_dead->setItem(row, 1, new QTableWidgetItem(d.statusCode ? QString::number(d.statusCode) : tr("mapping")));
            auto *error = new QTableWidgetItem(d.error);
            error->setToolTip(d.error);
            m_dead->setItem(row, 2, error);
            m_dead->setItem(row, 3, new QTableWidgetItem(QString::number(d.attempts)));
        }
    }
    m_sendAgain->setEnabled(m_dead->rowCount() > 0);
    updateChart(run->integrationId);
}

void RunsView::updateChart(const QString &integrationId)
{
    Store *store = m_services->store();
    if (!store || !m_project)
        return;
    RunStore runs(store);
    // the last 12 runs: bars wide enough to read, each labelled with its number and time
    Result<QList<RunRecord>> list = runs.runs(12, m_project->id, integrationId);
    if (!list)
        return;
    auto *chart = new QChart;
    const Integration *in = m_project->integration(integrationId);
    chart->setToolTip(tr("Last %n run(s) of “%1”", "", int(list->size())).arg(in ? in->name : integrationId));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *written = new QBarSet(tr("Written"));
    written->setColor(QColor(0x27, 0xae, 0x60));
    auto *failed = new QBarSet(tr("Failed"));
    failed->setColor(QColor(0xc0, 0x39, 0x2b));
    QStringList categories;
    qint64 top = 1;
    // oldest on the left
    for (auto it = list->crbegin(); it != list->crend(); ++it) {
        *written << double(it->counts.written);
        *failed << double(it->counts.dead + it->counts.failed);
        top = std::max({top, it->counts.written, it->counts.dead + it->counts.failed});
        categories << tr("%1 · %2").arg(it->id).arg(QLocale().toString(it->startedAt.toLocalTime().time(), QLocale::ShortFormat));
    }
    auto *series = new QBarSeries;
    series->append(written);
    series->append(failed);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Run · started"));
    if (categories.size() > 5)
        x->setLabelsAngle(-45); // never cut to "…"
    chart->setTitle(tr("Last %n run(s) of “%1”", "", int(list->size())).arg(in ? in->name : integrationId));

    auto *y = new QValueAxis;
    y->setRange(0, double(top) * 1.1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(4);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignTop);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_chartIntegration = integrationId;
}

void RunsView::sendAgain()
{
    const qint64 id = selectedRunId();
    Store *store = m_services->store();
    if (!id || !store || !m_project)
        return;
    Result<RunRecord> run = RunStore(store).run(id);
    if (!run)
        return;
    QList<qint64> only;
    for (const QModelIndex &i : m_dead->selectionModel()->selectedRows())
        only.append(m_dead->item(i.row(), 0)->data(Qt::UserRole).toLongLong());
    auto *retry = new DeadLetterRetry(*m_project, run->integrationId, store, m_services->secrets(), m_environment, {}, this);
    retry->setOnly(only);
    m_sendAgain->setEnabled(false);
    m_sendAgain->setText(tr("Sending…"));
    connect(retry, &DeadLetterRetry::finished, this, [this, retry](const DeadLetterRetry::Outcome &o) {
        retry->deleteLater();
        m_sendAgain->setText(tr("Send again"));
        if (!o.error.isEmpty())
            Q_EMIT statusMessage(o.error);
        else
            Q_EMIT statusMessage(tr("%1 sent again and accepted, %2 still refused.").arg(o.resolved).arg(o.failed));
        showDetails();
        Q_EMIT retryFinished(o.resolved, o.failed);
    });
    retry->start();
}

} // namespace patchbay::ui
