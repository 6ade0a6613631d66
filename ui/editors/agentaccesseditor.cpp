#include "agentaccesseditor.h"

#include "store/store.h"
#include "ui/commands/editagenttoolscommand.h"
#include "ui/document.h"
#include "ui/services.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace patchbay::ui {

namespace {

constexpr int KeyRole = Qt::UserRole;

/// patchbay-cli beside this program (installed), or in the build tree; else its name on PATH.
QString cliPath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("patchbay-cli")), here.filePath(QStringLiteral("../cli/patchbay-cli"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStringLiteral("patchbay-cli");
}

/// A tool name from an id: what MCP clients accept (letters, digits, _ - .).
QString toolNameOf(const QString &id)
{
    QString name = id;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("-"));
    return name.left(64);
}

} // namespace

AgentAccessEditor::AgentAccessEditor(Document *doc, Services *services, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_services(services), m_tools(new QTableWidget(this)), m_calls(new QTableWidget(this)),
      m_snippet(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("agentAccess"));
    auto *intro = new QLabel(tr("Tick what an AI agent may use through Patchbay's MCP server — nothing else of this project "
                                "is reachable for it, and no secret. A tool that asks first waits for your yes in Patchbay on "
                                "each call (with Patchbay closed, the call is refused); let only tools that read run "
                                "without asking."),
                             this);
    intro->setWordWrap(true);

    m_tools->setObjectName(QStringLiteral("agentTools"));
    m_tools->setColumnCount(ColumnCount);
    m_tools->setHorizontalHeaderLabels({tr("Agent may use"), tr("Tool name"), tr("Ask first"), tr("Description for the agent")});
    m_tools->verticalHeader()->hide();
    m_tools->horizontalHeader()->setSectionResizeMode(UseColumn, QHeaderView::ResizeToContents);
    m_tools->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_tools->horizontalHeader()->setSectionResizeMode(AskColumn, QHeaderView::ResizeToContents);
    m_tools->horizontalHeader()->setStretchLastSection(true);
    m_tools->setColumnWidth(NameColumn, 180);
    m_tools->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tools->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tools->setWordWrap(false);
    m_tools->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tools->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    connect(m_tools, &QTableWidget::itemChanged, this, &AgentAccessEditor::apply);

    auto *snippetLabel = new QLabel(tr("<b>For an MCP client</b> (Claude Desktop, an editor's assistant…): add this server to its "
                                       "configuration. Secrets come from the system keychain."),
                                    this);
    snippetLabel->setWordWrap(true);
    m_snippet->setObjectName(QStringLiteral("agentSnippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setMaximumHeight(110);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copySnippet"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_snippet->toPlainText());
        Q_EMIT statusMessage(tr("The configuration is on the clipboard."));
    });

    m_calls->setObjectName(QStringLiteral("agentCalls"));
    m_calls->setColumnCount(4);
    m_calls->setHorizontalHeaderLabels({tr("When"), tr("Client"), tr("Tool"), tr("Outcome")});
    m_calls->verticalHeader()->hide();
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_calls->setColumnWidth(0, 150);
    m_calls->setColumnWidth(1, 160);
    m_calls->setColumnWidth(2, 160);
    auto *refreshCalls = new QPushButton(tr("Refresh"), this);
    refreshCalls->setObjectName(QStringLiteral("refreshCalls"));
    connect(refreshCalls, &QPushButton::clicked, this, &AgentAccessEditor::reloadCalls);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tools, 3);
    auto *snippetRow = new QHBoxLayout;
    snippetRow->addWidget(snippetLabel, 1);
    snippetRow->addWidget(copy);
    layout->addLayout(snippetRow);
    layout->addWidget(m_snippet);
    auto *callsRow = new QHBoxLayout;
    callsRow->addWidget(new QLabel(tr("<b>Agent calls</b> (from the audit trail, newest first)"), this), 1);
    callsRow->addWidget(refreshCalls);
    layout->addLayout(callsRow);
    layout->addWidget(m_calls, 1);

    connect(m_doc, &Document::changed, this, [this](Document::Part part) {
        if (part != Document::Part::LookupTables && part != Document::Part::Environments)
            refresh();
    });
    connect(m_doc, &Document::filePathChanged, this, &AgentAccessEditor::updateSnippet);
    refresh();
    reloadCalls();
}

int AgentAccessEditor::rowOf(const QString &key) const
{
    for (int r = 0; r < m_tools->rowCount(); ++r)
        if (m_tools->item(r, UseColumn)->data(KeyRole).toString() == key)
            return r;
    return -1;
}

void AgentAccessEditor::refresh()
{
    const Project &p = m_doc->project();
    m_filling = true;
    m_tools->setRowCount(0);
    auto addRow = [this, &p](const QString &key, const QString &what, const QString &id, bool isEndpoint, bool writes) {
        const AgentTool *tool = nullptr;
        for (const AgentTool &t : p.agentTools)
            if ((isEndpoint ? t.endpoint : t.integration) == id)
                tool = &t;
        const int r = m_tools->rowCount();
        m_tools->insertRow(r);
        auto *use = new QTableWidgetItem(what);
        use->setData(KeyRole, key);
        use->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        use->setCheckState(tool ? Qt::Checked : Qt::Unchecked);
        m_tools->setItem(r, UseColumn, use);
        const Qt::ItemFlags editable = tool ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::ItemIsSelectable;
        auto *name = new QTableWidgetItem(tool ? tool->name : toolNameOf(id));
        name->setFlags(editable);
        m_tools->setItem(r, NameColumn, name);
        auto *ask = new QTableWidgetItem;
        ask->setFlags(tool ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable : Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        ask->setCheckState((tool ? tool->confirm : writes) ? Qt::Checked : Qt::Unchecked);
        m_tools->setItem(r, AskColumn, ask);
        auto *description = new QTableWidgetItem(tool ? tool->description : QString());
        description->setFlags(editable);
        description->setToolTip(description->text());
        m_tools->setItem(r, DescriptionColumn, description);
    };
    for (const Endpoint &e : p.endpoints)
        addRow(QStringLiteral("endpoint:") + e.id, QStringLiteral("%1 %2").arg(e.method, e.name), e.id, true, e.method != u"GET");
    for (const Integration &in : p.integrations)
        addRow(QStringLiteral("integration:") + in.id, tr("Run “%1”").arg(in.name), in.id, false, true);
    m_filling = false;
    updateSnippet();
}

void AgentAccessEditor::apply(QTableWidgetItem *changed)
{
    if (m_filling || !changed)
        return;
    const Project &p = m_doc->project();
    QList<AgentTool> tools;
    for (int r = 0; r < m_tools->rowCount(); ++r) {
        if (m_tools->item(r, UseColumn)->checkState() != Qt::Checked)
            continue;
        const QString key = m_tools->item(r, UseColumn)->data(KeyRole).toString();
        const bool isEndpoint = key.startsWith(QStringLiteral("endpoint:"));
        const QString id = key.section(u':', 1);
        AgentTool t;
        for (const AgentTool &old : p.agentTools)
            if ((isEndpoint ? old.endpoint : old.integration) == id)
                t = old; // keeps its title
        (isEndpoint ? t.endpoint : t.integration) = id;
        t.name = m_tools->item(r, NameColumn)->text().trimmed();
        t.confirm = m_tools->item(r, AskColumn)->checkState() == Qt::Checked;
        t.description = m_tools->item(r, DescriptionColumn)->text().trimmed();
        tools.append(t);
    }
    if (tools == p.agentTools)
        return;
    const QString what = m_tools->item(changed->row(), UseColumn)->text();
    QString text;
    if (changed->column() == UseColumn)
        text = changed->checkState() == Qt::Checked ? tr("Let AI agents use “%1”").arg(what) : tr("Take “%1” from AI agents").arg(what);
    else if (changed->column() == AskColumn)
        text = changed->checkState() == Qt::Checked ? tr("Ask first before an agent uses “%1”").arg(what)
                                                    : tr("Let an agent use “%1” without asking").arg(what);
    else
        text = tr("Describe the agent tool “%1”").arg(what);
    // (the table is filled again from the document, after this returns)
    QMetaObject::invokeMethod(this, [this, tools, text] {
        m_doc->undoStack()->push(new EditAgentToolsCommand(m_doc, tools, text));
    }, Qt::QueuedConnection);
}

void AgentAccessEditor::setEnvironment(const QString &environment)
{
    m_environment = environment;
    updateSnippet();
}

void AgentAccessEditor::updateSnippet()
{
    if (m_doc->filePath().isEmpty()) {
        m_snippet->setPlainText(tr("Save the project first: an MCP client starts Patchbay with the project's file."));
        return;
    }
    QJsonArray args{QStringLiteral("mcp"), QDir::toNativeSeparators(m_doc->filePath())};
    if (!m_environment.isEmpty())
        args << QStringLiteral("--env") << m_environment;
    const QJsonObject server{{QStringLiteral("command"), cliPath()}, {QStringLiteral("args"), args}};
    const QJsonObject config{{QStringLiteral("mcpServers"), QJsonObject{{QStringLiteral("patchbay-") + m_doc->project().id, server}}}};
    m_snippet->setPlainText(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented)));
}

void AgentAccessEditor::reloadCalls()
{
    m_calls->setRowCount(0);
    Store *store = m_services->store();
    if (!store)
        return;
    const Result<QList<Store::AuditEntry>> entries = store->latestAuditEntries(QStringLiteral("agent-call"), 200);
    if (!entries) {
        Q_EMIT statusMessage(entries.error().message);
        return;
    }
    for (const Store::AuditEntry &e : *entries) {
        const int r = m_calls->rowCount();
        m_calls->insertRow(r);
        auto text = [&e](const char *key) { return QString::fromStdString(e.detail.value(key, std::string())); };
        QString outcome = text("outcome");
        if (e.detail.contains("status"))
            outcome += QStringLiteral(" (%1)").arg(e.detail.value("status", 0));
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                (text("client") + u' ' + text("clientVersion")).trimmed(), text("tool"), outcome};
        for (int c = 0; c < cells.size(); ++c)
            m_calls->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

} // namespace patchbay::ui
