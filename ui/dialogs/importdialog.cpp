#include "importdialog.h"

#include "importers/curlcommand.h"
#include "importers/postman.h"
#include "importers/specdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace patchbay::ui {

namespace {

struct FileImport
{
    ImportResult result;
    QHash<QString, QHash<QString, QString>> secrets;
};

/// Reads any supported file: a Postman collection has "item" and "info" at the top, anything
/// else is taken for OpenAPI/Swagger.
FileImport readFile(const QString &path)
{
    FileImport out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.result.problems.append({Problem::Severity::Error, {},
                                    ImportDialog::tr("cannot read %1: %2").arg(path, f.errorString())});
        return out;
    }
    Problems problems;
    const std::optional<Json> doc = SpecDocument::parse(f.readAll(), &problems);
    if (!doc) {
        out.result.problems = problems;
        return out;
    }
    if (doc->is_object() && doc->contains("item") && doc->contains("info") && !doc->contains("openapi") && !doc->contains("swagger")) {
        Postman::Import p = Postman::importCollection(*doc);
        out.result = std::move(p.result);
        out.secrets = std::move(p.secrets);
    } else {
        out.result = OpenApiImporter::import(*doc, QFileInfo(path).fileName());
        for (Connection &c : out.result.project.connections)
            c.spec = QFileInfo(path).absoluteFilePath(); // what a later re-import compares with
    }
    out.result.problems = problems + out.result.problems;
    return out;
}

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_path(new QLineEdit(this)), m_curl(new QPlainTextEdit(this)),
      m_progress(new QProgressBar(this)), m_summary(new QLabel(this)), m_problems(new QListWidget(this)),
      m_into(new QComboBox(this)), m_changes(new QTreeWidget(this)), m_read(new QPushButton(tr("Read"), this)),
      m_import(new QPushButton(tr("Import"), this))
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("ImportDialog"));
    resize(720, 540);

    auto *filePage = new QWidget;
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->addWidget(new QLabel(tr("An API description — OpenAPI 3.0/3.1 or Swagger 2.0, JSON or YAML — or a Postman "
                                        "collection (format 2.1). Each operation becomes an endpoint.")));
    auto *row = new QHBoxLayout;
    m_path->setPlaceholderText(tr("openapi.yaml, swagger.json, collection.json…"));
    auto *browse = new QPushButton(tr("Browse…"), filePage);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    fileLayout->addLayout(row);
    auto *intoForm = new QFormLayout;
    m_into->setObjectName(QStringLiteral("importInto"));
    m_into->addItem(tr("A new connection"));
    m_into->setToolTip(tr("Update a connection imported from an earlier version of this spec: see what changed, and "
                          "choose what to apply"));
    intoForm->addRow(tr("&Into:"), m_into);
    fileLayout->addLayout(intoForm);
    fileLayout->addStretch();
    auto *curlPage = new QWidget;
    auto *curlLayout = new QVBoxLayout(curlPage);
    curlLayout->addWidget(new QLabel(tr("A curl command, as browsers' “Copy as cURL” and API documentation give it. Its token "
                                        "or password goes to the system keychain.")));
    m_curl->setPlaceholderText(QStringLiteral("curl https://api.example.com/v1/items -H 'Authorization: Bearer …'"));
    curlLayout->addWidget(m_curl, 1);
    m_tabs->addTab(filePage, tr("From a file"));
    m_tabs->addTab(curlPage, tr("cURL"));

    m_progress->setRange(0, 0);
    m_progress->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_problems->setWordWrap(true);
    m_problems->setToolTip(tr("What the source gets wrong or Patchbay cannot use, with where it is in the source"));
    m_changes->setObjectName(QStringLiteral("specChanges"));
    m_changes->setColumnCount(2);
    m_changes->setHeaderLabels({tr("Change"), tr("Breaks")});
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_changes->setToolTip(tr("Tick the changes to apply; a breaking one lists the integrations and mapping lines it reaches"));
    m_changes->hide();
    m_import->setEnabled(false);
    m_import->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_read, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 3);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), m_path->text(),
                                                          tr("API descriptions and collections (*.json *.yaml *.yml);;All files (*)"));
        if (!path.isEmpty()) {
            m_path->setText(path);
            importFile(path);
        }
    });
    connect(m_read, &QPushButton::clicked, this, [this] {
        if (m_tabs->currentIndex() == 0)
            importFile(m_path->text().trimmed());
        else
            importCurl(m_curl->toPlainText());
    });
    connect(m_import, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_into, &QComboBox::currentIndexChanged, this, [this] {
        m_import->setText(updateTarget().isEmpty() ? tr("Import") : tr("Apply"));
        if (!isBusy() && (m_result.ok() || !m_result.problems.isEmpty()))
            showResult();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isBusy())
            cancel();
        else
            reject();
    });
}

ImportDialog::~ImportDialog() { cancel(); }

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_read->setEnabled(!busy);
    if (busy) {
        m_import->setEnabled(false);
        m_summary->setText(tr("Reading…"));
        m_problems->clear();
    }
}

void ImportDialog::importFile(const QString &path)
{
    cancel();
    if (path.isEmpty()) {
        m_summary->setText(tr("Choose a file first."));
        return;
    }
    setBusy(true);
    m_readPath = path;
    const int generation = ++m_generation;
    auto holder = std::make_shared<FileImport>();
    m_worker = QThread::create([holder, path] { *holder = readFile(path); });
    connect(m_worker, &QThread::finished, this, [this, holder, generation] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (generation != m_generation)
            return; // cancelled meanwhile
        m_result = std::move(holder->result);
        m_secrets = std::move(holder->secrets);
        setBusy(false);
        showResult();
    });
    m_worker->start();
}

void ImportDialog::importCurl(const QString &command)
{
    cancel();
    Result<CurlCommand> c = CurlCommand::parse(command.trimmed());
    m_secrets.clear();
    m_result = ImportResult{};
    if (!c)
        m_result.problems.append({Problem::Severity::Error, {}, c.error().message});
    else
        m_result = c->toImport(&m_secrets);
    showResult();
}

void ImportDialog::cancel()
{
    if (!m_worker)
        return;
    ++m_generation; // its result is dropped when it ends; reading a file cannot be interrupted
    QThread *worker = m_worker;
    m_worker = nullptr;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->setParent(nullptr);
    setBusy(false);
    m_summary->setText(tr("Cancelled."));
    Q_EMIT finished(false);
}

void ImportDialog::setProject(const Project &project, const QString &projectFile)
{
    m_project = project;
    m_projectFile = projectFile;
    while (m_into->count() > 1)
        m_into->removeItem(1);
    for (const Connection &c : m_project.connections)
        m_into->addItem(tr("Update “%1”").arg(c.name), c.id);
}

void ImportDialog::setUpdateTarget(const QString &connectionId)
{
    const int index = connectionId.isEmpty() ? 0 : m_into->findData(connectionId);
    m_into->setCurrentIndex(std::max(0, index));
    m_tabs->setCurrentIndex(0);
    if (const Connection *c = m_project.connection(connectionId); c && !c->spec.isEmpty())
        m_path->setText(specFileOf(*c, m_projectFile));
}

QString ImportDialog::updateTarget() const
{
    return m_tabs->currentIndex() == 0 ? m_into->currentData().toString() : QString();
}

QList<int> ImportDialog::chosenChanges() const
{
    QList<int> chosen;
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i)
        if (m_changes->topLevelItem(i)->checkState(0) == Qt::Checked)
            chosen << i;
    return chosen;
}

QString ImportDialog::specOrigin() const
{
    return specOriginFor(m_readPath, m_projectFile);
}

void ImportDialog::showChanges()
{
    m_changes->clear();
    m_changes->show();
    m_tabs->setMaximumHeight(m_tabs->minimumSizeHint().height()); // the list of changes takes the height
    Result<SpecDiff> diff = diffSpec(m_project, updateTarget(), m_result);
    if (!diff) {
        m_diff = SpecDiff{};
        m_summary->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Nothing can be compared."), diff.error().message.toHtmlEscaped()));
        m_import->setEnabled(false);
        Q_EMIT finished(false);
        return;
    }
    m_diff = std::move(*diff);
    for (const SpecChange &c : m_diff.changes) {
        auto *item = new QTreeWidgetItem(m_changes, {c.inWords(), c.breaking ? tr("breaking") : QString()});
        // a removal that integrations still use is left for the user to tick
        const bool inUse = c.kind == SpecChange::Kind::EndpointRemoved && !c.impacts.isEmpty();
        item->setCheckState(0, inUse ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(0, c.inWords());
        if (c.breaking) {
            item->setForeground(1, QColor(0xc0, 0x39, 0x2b));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        for (const QString &line : c.impactsInWords()) {
            auto *child = new QTreeWidgetItem(item, {tr("affects %1").arg(line)});
            child->setFlags(Qt::ItemIsEnabled);
        }
        item->setExpanded(c.breaking && !c.impacts.isEmpty());
    }
    const Connection *connection = m_project.connection(m_diff.connection);
    m_summary->setText(m_diff.changes.empty()
                           ? tr("<b>%1</b> already matches this spec: nothing changes. Apply to remember it as the "
                                "connection's spec.")
                                 .arg(connection->name.toHtmlEscaped())
                           : tr("<b>%n change(s)</b> to %1", "", int(m_diff.changes.size())).arg(connection->name.toHtmlEscaped()) +
                                 tr(", %n breaking. Tick those to apply; undo takes them all back.", "", m_diff.breakingCount()));
    m_import->setEnabled(true);
    Q_EMIT finished(true);
}

void ImportDialog::showResult()
{
    m_problems->clear();
    for (const Problem &p : m_result.problems) {
        auto *item = new QListWidgetItem(p.toString(), m_problems);
        item->setForeground(p.isError() ? QColor(0xc0, 0x39, 0x2b) : QColor(0xb9, 0x77, 0x0e));
    }
    m_problems->setVisible(!m_result.problems.isEmpty() || updateTarget().isEmpty());
    if (!updateTarget().isEmpty()) {
        showChanges();
        return;
    }
    m_changes->hide();
    m_tabs->setMaximumHeight(QWIDGETSIZE_MAX);
    m_diff = SpecDiff{};
    if (!m_result.ok()) {
        m_summary->setText(tr("<b>Nothing can be imported.</b> The list below says why."));
        m_import->setEnabled(false);
        Q_EMIT finished(false);
        return;
    }
    QSet<QString> groups;
    for (const Endpoint &e : m_result.project.endpoints)
        groups.insert(e.group);
    m_summary->setText(tr("<b>%1</b>: %n connection(s)", "", int(m_result.project.connections.size())).arg(m_result.project.name.toHtmlEscaped()) +
                       tr(", %n endpoint(s)", "", int(m_result.project.endpoints.size())) +
                       tr(" in %n group(s)", "", int(groups.size())) +
                       (m_result.problems.isEmpty() ? QString() : tr("; %n problem(s) below", "", int(m_result.problems.size()))) +
                       (m_secrets.isEmpty() ? QString() : tr(". Its secrets go to the system keychain.")));
    m_import->setEnabled(true);
    Q_EMIT finished(true);
}

} // namespace patchbay::ui
