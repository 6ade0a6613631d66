#include "nodeeditor.h"

#include "ui/commands/editintegrationcommand.h"
#include "ui/dialogs/newintegrationdialog.h"
#include "ui/document.h"
#include "ui/services.h"
#include "expr/formula.h"
#include "importers/schemainference.h"
#include "model/integrationgraph.h"
#include "model/schemafields.h"
#include "util/templatevars.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace patchbay::ui {

namespace {

QString typeTitle(NodeType t)
{
    switch (t) {
    case NodeType::Source: return NodeEditor::tr("Source");
    case NodeType::Filter: return NodeEditor::tr("Filter");
    case NodeType::Map: return NodeEditor::tr("Map");
    case NodeType::Target: return NodeEditor::tr("Target");
    case NodeType::Lookup: return NodeEditor::tr("Lookup");
    case NodeType::Branch: return NodeEditor::tr("Branch");
    }
    return {};
}

QString valueText(const Json &v)
{
    if (v.is_string())
        return toQString(v.get<std::string>());
    if (v.is_number() || v.is_boolean())
        return toQString(v.dump());
    return {};
}

} // namespace

NodeEditor::NodeEditor(Document *doc, QString integrationId, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_integrationId(std::move(integrationId)), m_layout(new QVBoxLayout(this)),
      m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("NodeEditor"));
    m_title->setObjectName(QStringLiteral("nodeEditorTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAccessibleName(tr("Close the settings"));
    close->setToolTip(tr("Close the settings"));
    connect(close, &QToolButton::clicked, this, &NodeEditor::closeRequested);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(close);
    m_layout->addLayout(head);
    m_layout->setContentsMargins(8, 4, 8, 8);
    setMinimumWidth(320);
    connect(m_doc, &Document::changed, this, [this](Document::Part part) {
        if (m_applying || (part != Document::Part::Integrations && part != Document::Part::Project &&
                           part != Document::Part::Endpoints))
            return;
        if (!node())
            setNode(QString());
        else
            refresh();
    });
}

const Integration *NodeEditor::integration() const { return m_doc->project().integration(m_integrationId); }

const Node *NodeEditor::node() const
{
    const Integration *in = integration();
    return in && !m_nodeId.isEmpty() ? in->node(m_nodeId) : nullptr;
}

const Endpoint *NodeEditor::sourceEndpoint() const
{
    const Integration *in = integration();
    const Node *source = in ? in->firstNode(NodeType::Source) : nullptr;
    return source ? m_doc->project().endpoint(source->endpoint) : nullptr;
}

QStringList NodeEditor::sourceFields(const Endpoint *e) const
{
    if (!e)
        return {};
    Json schema = e->recordSchema;
    if (!schemaListsFields(schema, m_doc->project().schemas) && e->samples.is_array() && !e->samples.empty())
        schema = SchemaInference::fromRecords(e->samples);
    QStringList out;
    for (const SchemaField &f : schemaFields(schema, SchemaRole::Source, {&m_doc->project().schemas, 2000}))
        if (!f.path.contains(u'['))
            out.append(f.path);
    return out;
}

QString NodeEditor::pagingInWords(const Endpoint &e)
{
    const Pagination &p = e.pagination;
    const QString records = e.recordsPath.isEmpty() ? tr("the reply is the list of records")
                                                    : tr("the records are in “%1”").arg(e.recordsPath);
    switch (p.style) {
    case PaginationStyle::None: return tr("One request; %1.").arg(records);
    case PaginationStyle::Page:
        return tr("Page by page: %1=%2, %3, … with %4=%5; %6.")
            .arg(p.pageParam).arg(p.startPage).arg(p.startPage + 1).arg(p.sizeParam).arg(p.pageSize).arg(records);
    case PaginationStyle::Offset:
        return tr("Page by page: %1=0, %2, … with %3=%2; %4.").arg(p.offsetParam).arg(p.pageSize).arg(p.sizeParam, records);
    case PaginationStyle::Cursor:
        return tr("Page by page: the next page's %1 is “%2” from the reply; %3.").arg(p.cursorParam, p.cursorPath, records);
    case PaginationStyle::LinkHeader: return tr("Page by page, following the reply's Link header; %1.").arg(records);
    case PaginationStyle::NextUrl: return tr("Page by page, following the address in “%1” of each reply; %2.").arg(p.nextUrlPath, records);
    }
    return {};
}

void NodeEditor::setNode(const QString &nodeId)
{
    m_nodeId = nodeId;
    build();
}

void NodeEditor::apply(const std::function<void(Node &)> &edit, const QString &what, const QString &mergeKey)
{
    applyWith([&edit](Integration &, Node &n) { edit(n); }, what, mergeKey);
}

void NodeEditor::applyWith(const std::function<void(Integration &, Node &)> &edit, const QString &what, const QString &mergeKey)
{
    const qsizetype index = Project::indexOf(m_doc->project().integrations, m_integrationId);
    if (index < 0)
        return;
    Integration after = m_doc->project().integrations[index];
    Node *n = nullptr;
    for (Node &candidate : after.nodes)
        if (candidate.id == m_nodeId)
            n = &candidate;
    if (!n)
        return;
    edit(after, *n);
    if (after == m_doc->project().integrations[index])
        return;
    auto *command = new EditIntegrationCommand(m_doc, m_integrationId, after, what);
    if (!mergeKey.isEmpty())
        command->setMergeKey(mergeKey + u':' + m_nodeId);
    m_applying = true;
    m_doc->undoStack()->push(command);
    m_applying = false;
}

void NodeEditor::connectOutput(const QString &port, const QString &to)
{
    const Integration *in = integration();
    if (!in)
        return;
    Integration without = *in;
    without.wires.removeIf([&](const Wire &w) { return w.from == m_nodeId && w.fromPort == port; });
    QString why;
    if (!to.isEmpty() && !IntegrationGraph::canConnect(without, m_nodeId, to, &why, port))
        return;
    const QString what = to.isEmpty() ? tr("Disconnect “%1”").arg(m_nodeId)
                         : port.isEmpty() ? tr("Connect “%1” to “%2”").arg(m_nodeId, to)
                                          : tr("Connect “%1” (%2) to “%3”").arg(m_nodeId, port, to);
    applyWith([&](Integration &after, Node &) {
        after.wires = without.wires;
        if (!to.isEmpty())
            after.wires.append(Wire{m_nodeId, to, port});
    }, what);
}

void NodeEditor::fillGoesTo(QComboBox *box, const QString &port)
{
    const QSignalBlocker block(box);
    const Integration *in = integration();
    const Node *n = node();
    if (!in || !n)
        return;
    QString current;
    for (const Wire &w : in->wires)
        if (w.from == n->id && w.fromPort == port)
            current = w.to;
    Integration without = *in;
    without.wires.removeIf([&](const Wire &w) { return w.from == n->id && w.fromPort == port; });
    box->clear();
    box->addItem(tr("(nowhere yet)"), QString());
    for (const Node &other : in->nodes) {
        QString why;
        if (other.id != n->id && IntegrationGraph::canConnect(without, n->id, other.id, &why, port))
            box->addItem(tr("%1 “%2”").arg(typeTitle(other.type), other.name.isEmpty() ? other.id : other.name), other.id);
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void NodeEditor::build()
{
    delete m_body;
    m_body = nullptr;
    m_rows.clear();
    m_name = nullptr;
    m_endpoint = nullptr;
    m_form = nullptr;
    m_sourceKind = nullptr;
    m_webhookScheme = nullptr;
    m_webhookSecret = nullptr;
    m_webhookUrl = nullptr;
    m_copyWebhookUrl = nullptr;
    m_openInbox = nullptr;
    m_paging = nullptr;
    m_incremental = nullptr;
    m_watermarkField = nullptr;
    m_watermarkParam = nullptr;
    m_fromBeginning = nullptr;
    m_join = nullptr;
    m_rowsLayout = nullptr;
    m_addRule = nullptr;
    m_formula = nullptr;
    m_formulaNote = nullptr;
    m_keeps = nullptr;
    m_batchSize = nullptr;
    m_concurrency = nullptr;
    m_openMapping = nullptr;
    m_sendsTo = nullptr;
    m_writeMode = nullptr;
    m_request = nullptr;
    m_lookupAs = nullptr;
    m_recordsPath = nullptr;
    m_take = nullptr;
    m_notFound = nullptr;
    m_lookupBatch = nullptr;
    m_lookupKey = nullptr;
    m_lookupMatch = nullptr;
    m_quoteKeys = nullptr;
    m_outputsLayout = nullptr;
    m_outputs.clear();
    m_otherwiseTo = nullptr;
    m_addOutput = nullptr;
    const Node *n = node();
    if (!n) {
        m_title->setText(tr("Double-click a node to set it up"));
        return;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = scroll;
    auto *content = new QWidget(scroll);
    auto *form = new QFormLayout(content);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form = form;
    scroll->setWidget(content);
    m_layout->addWidget(scroll, 1);
    const Project &p = m_doc->project();

    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("nodeName"));
    m_name->setPlaceholderText(n->id); // what an unnamed node is called
    form->addRow(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        apply([name](Node &node) { node.name = name; }, tr("Rename node “%1”").arg(name.isEmpty() ? m_nodeId : name));
    });

    if (IntegrationGraph::hasOutput(n->type) && n->type != NodeType::Branch) {
        // (a branch has a wire per output; one box would put them all on one)
        // the wire out of this node, chosen rather than drawn
        m_sendsTo = new QComboBox(content);
        m_sendsTo->setObjectName(QStringLiteral("sendsTo"));
        form->addRow(tr("Sends its records &to:"), m_sendsTo);
        connect(m_sendsTo, &QComboBox::activated, this, [this] { connectOutput(QString(), m_sendsTo->currentData().toString()); });
    }

    switch (n->type) {
    case NodeType::Source:
    case NodeType::Target: {
        const bool source = n->type == NodeType::Source;
        if (source)
            buildWebhook(form, content);
        m_endpoint = new QComboBox(content);
        m_endpoint->setObjectName(QStringLiteral("nodeEndpoint"));
        NewIntegrationDialog::fillEndpoints(m_endpoint, p, source, n->endpoint);
        if (n->endpoint.isEmpty())
            m_endpoint->setCurrentIndex(0);
        form->addRow(source ? tr("&Take records from:") : tr("&Send them to:"), m_endpoint);
        connect(m_endpoint, &QComboBox::activated, this, [this, source] {
            const QString id = m_endpoint->currentData().toString();
            apply([id](Node &node) { node.endpoint = id; }, source ? tr("Choose the source endpoint") : tr("Choose the target endpoint"));
            refresh(); // (not built anew: the box keeps the keyboard while its choice goes up and down)
        });
        if (source) {
            m_paging = new QLabel(content);
            m_paging->setObjectName(QStringLiteral("paging"));
            m_paging->setWordWrap(true);
            form->addRow(tr("Reads:"), m_paging);
            m_incremental = new QCheckBox(tr("&Only what changed since the last run"), content);
            m_incremental->setObjectName(QStringLiteral("incremental"));
            m_incremental->setToolTip(tr("Each run asks the API only for records changed since the newest one the last run read "
                                         "(by a date field such as updated_at)."));
            form->addRow(m_incremental);
            m_watermarkField = new QComboBox(content);
            m_watermarkField->setObjectName(QStringLiteral("watermarkField"));
            m_watermarkField->setEditable(true);
            form->addRow(tr("Changed by the &field:"), m_watermarkField);
            m_watermarkParam = new QLineEdit(content);
            m_watermarkParam->setObjectName(QStringLiteral("watermarkParam"));
            m_watermarkParam->setPlaceholderText(QStringLiteral("updated_since"));
            form->addRow(tr("Sent to the API &as:"), m_watermarkParam);
            m_fromBeginning = new QPushButton(tr("Run from the &Beginning"), content);
            m_fromBeginning->setObjectName(QStringLiteral("fromBeginning"));
            m_fromBeginning->setToolTip(tr("The next run reads every record again, not only what changed; records already "
                                           "sent with the same content are still not sent twice."));
            form->addRow(m_fromBeginning);
            connect(m_fromBeginning, &QPushButton::clicked, this, [this] { Q_EMIT fromBeginningRequested(m_integrationId); });
            auto applyWatermark = [this] {
                const bool on = m_incremental->isChecked();
                QString field = m_watermarkField->currentText().trimmed();
                QString param = m_watermarkParam->text().trimmed();
                if (on && field.isEmpty()) {
                    const QStringList fields = sourceFields(sourceEndpoint());
                    field = fields.contains(QStringLiteral("updated_at")) ? QStringLiteral("updated_at") : QString();
                }
                if (on && param.isEmpty())
                    param = QStringLiteral("updated_since");
                apply([on, field, param](Node &node) {
                    node.watermarkField = on ? field : QString();
                    node.watermarkParam = on ? param : QString();
                }, on ? tr("Read only what changed") : tr("Read everything"));
                refresh();
            };
            connect(m_incremental, &QCheckBox::toggled, this, applyWatermark);
            connect(m_watermarkField, &QComboBox::activated, this, applyWatermark);
            connect(m_watermarkField->lineEdit(), &QLineEdit::editingFinished, this, applyWatermark);
            connect(m_watermarkParam, &QLineEdit::editingFinished, this, applyWatermark);
        } else {
            m_writeMode = new QComboBox(content);
            m_writeMode->setObjectName(QStringLiteral("writeMode"));
            m_writeMode->addItem(tr("Create a new record for each"), int(WriteMode::Create));
            m_writeMode->addItem(tr("Update the record its address names"), int(WriteMode::Update));
            m_writeMode->addItem(tr("Create or update by a key in the address (upsert)"), int(WriteMode::Upsert));
            m_writeMode->addItem(tr("Delete the record its address names"), int(WriteMode::Delete));
            m_writeMode->setToolTip(tr("An update, upsert or delete names the record in the endpoint's address, e.g. "
                                       "/sobjects/Contact/{{record.contact_id}}; those fields are not sent in the body."));
            form->addRow(tr("&What it does:"), m_writeMode);
            m_request = new QLabel(content);
            m_request->setObjectName(QStringLiteral("targetRequest"));
            m_request->setWordWrap(true);
            m_request->setTextFormat(Qt::PlainText);
            form->addRow(m_request);
            connect(m_writeMode, &QComboBox::activated, this, [this] {
                const auto mode = WriteMode(m_writeMode->currentData().toInt());
                apply([mode](Node &node) { node.writeMode = mode; }, tr("Target: %1").arg(m_writeMode->currentText()));
                refresh();
            });
            m_batchSize = new QSpinBox(content);
            m_batchSize->setObjectName(QStringLiteral("batchSize"));
            m_batchSize->setRange(1, 1000);
            m_batchSize->setSpecialValueText(tr("one a request"));
            m_batchSize->setToolTip(tr("How many records go in one request; the endpoint must take a list for more than one."));
            form->addRow(tr("&Records a request:"), m_batchSize);
            addConcurrency(form, content, tr("How many requests may be under way at once (within the connection's rate limit)."));
            connect(m_batchSize, &QSpinBox::valueChanged, this, [this](int v) {
                apply([v](Node &node) { node.batchSize = v; }, tr("Records a request: %1").arg(v), QStringLiteral("batch"));
            });
        }
        break;
    }
    case NodeType::Filter: {
        auto *intro = new QLabel(tr("Keep the records for which"), content);
        m_join = new QComboBox(content);
        m_join->setObjectName(QStringLiteral("filterJoin"));
        m_join->addItem(tr("all of these hold"), true);
        m_join->addItem(tr("any of these holds"), false);
        auto *joinRow = new QHBoxLayout;
        joinRow->addWidget(intro);
        joinRow->addWidget(m_join, 1);
        form->addRow(joinRow);
        auto *rows = new QWidget(content);
        m_rowsLayout = new QVBoxLayout(rows);
        m_rowsLayout->setContentsMargins(0, 0, 0, 0);
        form->addRow(rows);
        m_addRule = new QPushButton(tr("&Add a Condition"), content);
        m_addRule->setObjectName(QStringLiteral("addRule"));
        form->addRow(m_addRule);
        m_keeps = new QLabel(content);
        m_keeps->setObjectName(QStringLiteral("keeps"));
        m_keeps->setWordWrap(true);
        form->addRow(m_keeps);
        m_formula = new QLineEdit(content);
        m_formula->setObjectName(QStringLiteral("filterFormula"));
        m_formula->setToolTip(tr("The same condition as a formula (see the functions in docs/functions.md)"));
        form->addRow(tr("As a &formula:"), m_formula);
        m_formulaNote = new QLabel(content);
        m_formulaNote->setWordWrap(true);
        form->addRow(m_formulaNote);
        connect(m_join, &QComboBox::activated, this, &NodeEditor::rowsChanged);
        connect(m_addRule, &QPushButton::clicked, this, [this] {
            FilterRule r;
            const QStringList fields = sourceFields(sourceEndpoint());
            r.field = fields.value(0);
            addRow(r);
            rowsChanged();
            if (!m_rows.isEmpty())
                m_rows.last().field->setFocus();
        });
        connect(m_formula, &QLineEdit::editingFinished, this, [this] {
            const QString text = m_formula->text().trimmed();
            apply([text](Node &node) { node.condition = text; }, tr("Edit the filter's formula"));
            refresh();
        });
        m_lastCondition = QStringLiteral("\x01"); // rows are built by refresh()
        break;
    }
    case NodeType::Map: {
        auto *what = new QLabel(tr("Which field of each record goes where in the target's record: draw lines from "
                                   "the source's fields to the target's."),
                                content);
        what->setWordWrap(true);
        form->addRow(what);
        m_openMapping = new QPushButton(tr("&Edit the Mapping…"), content);
        m_openMapping->setObjectName(QStringLiteral("openMapping"));
        form->addRow(m_openMapping);
        connect(m_openMapping, &QPushButton::clicked, this, [this] { Q_EMIT mappingRequested(m_integrationId, m_nodeId); });
        break;
    }
    case NodeType::Lookup: buildLookup(form, content); break;
    case NodeType::Branch: buildBranch(form, content); break;
    }
    // long endpoint names must not make the panel wider than the canvas beside it
    for (QComboBox *box : content->findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(std::max(box->minimumContentsLength(), 12));
    }
    refresh();
}

void NodeEditor::buildWebhook(QFormLayout *form, QWidget *content)
{
    m_sourceKind = new QComboBox(content);
    m_sourceKind->setObjectName(QStringLiteral("sourceKind"));
    m_sourceKind->addItem(tr("Reading the endpoint"), false);
    m_sourceKind->addItem(tr("On each webhook event"), true);
    m_sourceKind->setToolTip(tr("A webhook: Stripe, GitHub, Shopify, Slack and others send each event to Patchbay's "
                                "address as it happens; the integration runs at once."));
    form->addRow(tr("&Starts:"), m_sourceKind);
    connect(m_sourceKind, &QComboBox::activated, this, [this] {
        const bool on = m_sourceKind->currentData().toBool();
        apply([on](Node &node) {
            if (!on)
                node.webhook.reset();
            else if (!node.webhook)
                node.webhook = WebhookSettings{};
        }, on ? tr("Start on webhook events") : tr("Start by reading the endpoint"));
        refresh();
    });

    m_webhookScheme = new QComboBox(content);
    m_webhookScheme->setObjectName(QStringLiteral("webhookScheme"));
    m_webhookScheme->addItem(tr("No check: anyone who knows the address"), int(WebhookScheme::None));
    m_webhookScheme->addItem(tr("A shared token in a header"), int(WebhookScheme::Token));
    m_webhookScheme->addItem(tr("Stripe (Stripe-Signature)"), int(WebhookScheme::Stripe));
    m_webhookScheme->addItem(tr("GitHub (X-Hub-Signature-256)"), int(WebhookScheme::GitHub));
    m_webhookScheme->addItem(tr("Slack (X-Slack-Signature)"), int(WebhookScheme::Slack));
    m_webhookScheme->addItem(tr("Standard Webhooks (webhook-signature)"), int(WebhookScheme::Standard));
    m_webhookScheme->setToolTip(tr("How each delivery proves that it comes from the app: a delivery that fails the "
                                   "check is refused and never processed."));
    form->addRow(tr("&Checks:"), m_webhookScheme);
    connect(m_webhookScheme, &QComboBox::activated, this, [this] {
        const auto scheme = WebhookScheme(m_webhookScheme->currentData().toInt());
        apply([scheme](Node &node) {
            if (node.webhook)
                node.webhook->scheme = scheme;
        }, tr("Check webhooks: %1").arg(m_webhookScheme->currentText()), QStringLiteral("webhookScheme"));
        refresh(); // (a check needs a secret: its box opens)
    });

    m_webhookSecret = new QLineEdit(content);
    m_webhookSecret->setObjectName(QStringLiteral("webhookSecret"));
    m_webhookSecret->setPlaceholderText(QStringLiteral("stripe_webhook_secret"));
    m_webhookSecret->setToolTip(tr("The name of a secret variable (Project › Environments) that holds the app's signing "
                                   "secret; the secret itself stays in the keychain."));
    form->addRow(tr("Secret &variable:"), m_webhookSecret);
    connect(m_webhookSecret, &QLineEdit::editingFinished, this, [this] {
        QString name = m_webhookSecret->text().trimmed();
        name.remove(QStringLiteral("{{")).remove(QStringLiteral("}}"));
        const QString secret = name.isEmpty() ? QString() : QStringLiteral("{{%1}}").arg(name.trimmed());
        apply([secret](Node &node) {
            if (node.webhook)
                node.webhook->secret = secret;
        }, tr("Webhook secret variable"), QStringLiteral("webhookSecret"));
    });

    m_webhookUrl = new QLabel(content);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrl"));
    m_webhookUrl->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_webhookUrl->setWordWrap(true);
    m_webhookUrl->setToolTip(tr("Give the app this address. Patchbay listens on this machine only: to receive events "
                                "from the internet, put your reverse proxy or tunnel in front (docs/webhooks.md)."));
    form->addRow(tr("Address:"), m_webhookUrl);
    m_copyWebhookUrl = new QPushButton(tr("C&opy Address"), content);
    m_copyWebhookUrl->setObjectName(QStringLiteral("copyWebhookUrl"));
    m_openInbox = new QPushButton(tr("&Inbox…"), content);
    m_openInbox->setObjectName(QStringLiteral("openInbox"));
    m_openInbox->setToolTip(tr("The events received: whether they checked out, what became of them, their payload; "
                               "listen for a test event; replay one."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyWebhookUrl);
    buttons->addWidget(m_openInbox);
    form->addRow(buttons);
    connect(m_openInbox, &QPushButton::clicked, this, [this] { Q_EMIT inboxRequested(m_integrationId, webhookUrl()); });
    connect(m_copyWebhookUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(webhookUrl());
        m_copyWebhookUrl->setText(tr("C&opied"));
        QTimer::singleShot(2000, m_copyWebhookUrl, [button = m_copyWebhookUrl] { button->setText(tr("C&opy Address")); });
    });
}

QString NodeEditor::webhookUrl() const
{
    // Where the window's listener is (the tray's, at the `webhooks/…` settings).
    return QStringLiteral("%1/hooks/%2/%3").arg(Services::webhookListen().baseUrl(), m_doc->project().id, m_integrationId);
}

void NodeEditor::refreshWebhook(const Node &n)
{
    const bool webhook = n.webhook.has_value();
    const QSignalBlocker b1(m_sourceKind);
    const QSignalBlocker b2(m_webhookScheme);
    m_sourceKind->setCurrentIndex(webhook ? 1 : 0);
    for (QWidget *w : {static_cast<QWidget *>(m_webhookScheme), static_cast<QWidget *>(m_webhookSecret),
                       static_cast<QWidget *>(m_webhookUrl)})
        m_form->setRowVisible(w, webhook);
    m_copyWebhookUrl->setVisible(webhook); // (the two buttons share a row without a label)
    m_openInbox->setVisible(webhook);
    // what only a run that reads the endpoint has
    for (QWidget *w : {static_cast<QWidget *>(m_paging), static_cast<QWidget *>(m_incremental),
                       static_cast<QWidget *>(m_watermarkField), static_cast<QWidget *>(m_watermarkParam),
                       static_cast<QWidget *>(m_fromBeginning)})
        if (w)
            m_form->setRowVisible(w, !webhook);
    // a webhook's endpoint only says what its events look like (for the mapping editor)
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_endpoint)))
        label->setText(webhook ? tr("Events are &like:") : tr("&Take records from:"));
    if (!webhook)
        return;
    m_webhookScheme->setCurrentIndex(std::max(0, m_webhookScheme->findData(int(n.webhook->scheme))));
    if (!m_webhookSecret->hasFocus()) {
        QString name = n.webhook->secret;
        m_webhookSecret->setText(name.remove(QStringLiteral("{{")).remove(QStringLiteral("}}")).trimmed());
    }
    m_webhookSecret->setEnabled(n.webhook->scheme != WebhookScheme::None);
    m_webhookUrl->setText(webhookUrl());
}

void NodeEditor::buildLookup(QFormLayout *form, QWidget *content)
{
    auto *what = new QLabel(tr("For each record, sends the endpoint's request with the record's values in it "
                               "({{record.email}} in its address, query or body) and adds what it answers to the record."),
                            content);
    what->setWordWrap(true);
    form->addRow(what);
    m_endpoint = new QComboBox(content);
    m_endpoint->setObjectName(QStringLiteral("nodeEndpoint"));
    NewIntegrationDialog::fillEndpoints(m_endpoint, m_doc->project(), true, node()->endpoint);
    if (node()->endpoint.isEmpty())
        m_endpoint->setCurrentIndex(0);
    form->addRow(tr("&Ask:"), m_endpoint);
    connect(m_endpoint, &QComboBox::activated, this, [this] {
        const QString id = m_endpoint->currentData().toString();
        const Endpoint *e = m_doc->project().endpoint(id);
        const Project &p = m_doc->project();
        apply([id, e, &p](Node &node) {
            // where the endpoint's records are, as it reads them — unless the user said otherwise
            const Endpoint *before = p.endpoint(node.endpoint);
            if (e && (node.lookupRecordsPath.isEmpty() || (before && node.lookupRecordsPath == before->recordsPath)))
                node.lookupRecordsPath = e->recordsPath;
            node.endpoint = id;
        }, tr("Choose the lookup's endpoint"));
        refresh();
    });
    m_request = new QLabel(content);
    m_request->setObjectName(QStringLiteral("lookupRequest"));
    m_request->setWordWrap(true);
    m_request->setTextFormat(Qt::PlainText);
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_request);
    m_lookupAs = new QLineEdit(content);
    m_lookupAs->setObjectName(QStringLiteral("lookupAs"));
    m_lookupAs->setPlaceholderText(QStringLiteral("contact"));
    m_lookupAs->setToolTip(tr("The name under which the answer is added to each record: the mapping and the formulas "
                              "after this node read it, e.g. contact.Id."));
    form->addRow(tr("Add the answer &as:"), m_lookupAs);
    connect(m_lookupAs, &QLineEdit::editingFinished, this, [this] {
        const QString as = m_lookupAs->text().trimmed();
        apply([as](Node &node) { node.lookupAs = as; }, tr("Lookup adds its answer as “%1”").arg(as));
    });
    m_recordsPath = new QLineEdit(content);
    m_recordsPath->setObjectName(QStringLiteral("recordsPath"));
    m_recordsPath->setPlaceholderText(tr("(the whole reply)"));
    m_recordsPath->setToolTip(tr("Where the found records are in the reply, e.g. records or data.items"));
    form->addRow(tr("Found records &are in:"), m_recordsPath);
    connect(m_recordsPath, &QLineEdit::editingFinished, this, [this] {
        const QString path = m_recordsPath->text().trimmed();
        apply([path](Node &node) { node.lookupRecordsPath = path; }, tr("Lookup's records path"));
    });
    m_take = new QComboBox(content);
    m_take->setObjectName(QStringLiteral("lookupTake"));
    m_take->addItem(tr("the first one found"), int(LookupTake::First));
    m_take->addItem(tr("exactly one (more is an error for the record)"), int(LookupTake::One));
    m_take->addItem(tr("all of them, as a list"), int(LookupTake::All));
    form->addRow(tr("&Keep:"), m_take);
    connect(m_take, &QComboBox::activated, this, [this] {
        const auto take = LookupTake(m_take->currentData().toInt());
        apply([take](Node &node) { node.lookupTake = take; }, tr("Lookup keeps: %1").arg(m_take->currentText()));
    });
    m_notFound = new QCheckBox(tr("A 404 answer means “&nothing found”"), content);
    m_notFound->setObjectName(QStringLiteral("notFound404"));
    m_notFound->setToolTip(tr("Otherwise a 404 makes the record a dead letter. An empty list is always “nothing found”."));
    form->addRow(m_notFound);
    connect(m_notFound, &QCheckBox::toggled, this, [this](bool on) {
        apply([on](Node &node) { node.notFoundOn404 = on; }, on ? tr("404 means nothing found") : tr("404 is an error"));
    });
    addConcurrency(form, content, tr("How many lookups may be under way at once (within the connection's rate limit); the "
                                     "same request is sent once a run and answered from the cache after that."));

    // many records in one request, where the endpoint takes many keys at once
    m_lookupBatch = new QSpinBox(content);
    m_lookupBatch->setObjectName(QStringLiteral("lookupBatch"));
    m_lookupBatch->setRange(1, 1000);
    m_lookupBatch->setSpecialValueText(tr("one a request"));
    m_lookupBatch->setToolTip(tr("Where the endpoint takes many keys at once (?ids={{keys}}, or WHERE Email IN ({{keys}})): "
                                 "up to this many records are looked up in one request."));
    form->addRow(tr("Records a re&quest:"), m_lookupBatch);
    m_lookupKey = new QComboBox(content);
    m_lookupKey->setObjectName(QStringLiteral("lookupKey"));
    m_lookupKey->setEditable(true);
    m_lookupKey->addItems(sourceFields(sourceEndpoint()));
    m_lookupKey->setToolTip(tr("The field (or formula) of each record that is its key in {{keys}}, e.g. billing_details.email"));
    form->addRow(tr("Each record's &key:"), m_lookupKey);
    m_lookupMatch = new QLineEdit(content);
    m_lookupMatch->setObjectName(QStringLiteral("lookupMatch"));
    m_lookupMatch->setPlaceholderText(QStringLiteral("Email"));
    m_lookupMatch->setToolTip(tr("The field of a found record that holds the key: it tells which record it was found for."));
    form->addRow(tr("Found by its &field:"), m_lookupMatch);
    m_quoteKeys = new QCheckBox(tr("Keys in single &quotes ('a','b')"), content);
    m_quoteKeys->setObjectName(QStringLiteral("quoteKeys"));
    m_quoteKeys->setToolTip(tr("As SOQL and SQL write text: each key in single quotes, a quote in it escaped."));
    form->addRow(m_quoteKeys);
    auto applyBatch = [this] {
        const int size = m_lookupBatch->value();
        const QString key = m_lookupKey->currentText().trimmed();
        const QString match = m_lookupMatch->text().trimmed();
        const bool quote = m_quoteKeys->isChecked();
        apply([=](Node &node) {
            node.lookupBatch = size;
            node.lookupKey = size > 1 ? key : QString();
            node.lookupMatch = size > 1 ? match : QString();
            node.lookupQuoteKeys = size > 1 && quote;
        }, size > 1 ? tr("Lookup: %n record(s) a request", "", size) : tr("Lookup: one record a request"), QStringLiteral("batch"));
        refresh();
    };
    connect(m_lookupBatch, &QSpinBox::valueChanged, this, applyBatch);
    connect(m_lookupKey, &QComboBox::activated, this, applyBatch);
    connect(m_lookupKey->lineEdit(), &QLineEdit::editingFinished, this, applyBatch);
    connect(m_lookupMatch, &QLineEdit::editingFinished, this, applyBatch);
    connect(m_quoteKeys, &QCheckBox::toggled, this, applyBatch);
}

void NodeEditor::addConcurrency(QFormLayout *form, QWidget *content, const QString &tip)
{
    m_concurrency = new QSpinBox(content);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setToolTip(tip);
    form->addRow(tr("Requests at &once:"), m_concurrency);
    connect(m_concurrency, &QSpinBox::valueChanged, this, [this](int v) {
        apply([v](Node &node) { node.concurrency = v; }, tr("Requests at once: %1").arg(v), QStringLiteral("concurrency"));
    });
}

void NodeEditor::buildBranch(QFormLayout *form, QWidget *content)
{
    auto *what = new QLabel(tr("Each record goes to the first output whose condition holds (a formula, e.g. "
                               "count(contact) > 0); the others go to “otherwise”."),
                            content);
    what->setWordWrap(true);
    form->addRow(what);
    auto *rows = new QWidget(content);
    m_outputsLayout = new QVBoxLayout(rows);
    m_outputsLayout->setContentsMargins(0, 0, 0, 0);
    form->addRow(rows);
    m_addOutput = new QPushButton(tr("&Add an Output"), content);
    m_addOutput->setObjectName(QStringLiteral("addOutput"));
    form->addRow(m_addOutput);
    connect(m_addOutput, &QPushButton::clicked, this, [this] {
        const Node *n = node();
        QString name = tr("output");
        for (int i = 2; n && IntegrationGraph::outputsOf(*n).contains(name); ++i)
            name = tr("output %1").arg(i);
        apply([name](Node &node) { node.outputs.append(BranchOutput{name, QString()}); }, tr("Add the output “%1”").arg(name));
        refresh();
        if (!m_outputs.isEmpty())
            m_outputs.last().name->setFocus();
    });
    m_otherwiseTo = new QComboBox(content);
    m_otherwiseTo->setObjectName(QStringLiteral("otherwiseGoesTo"));
    form->addRow(tr("&Otherwise to:"), m_otherwiseTo);
    connect(m_otherwiseTo, &QComboBox::activated, this, [this] {
        connectOutput(QLatin1String(IntegrationGraph::Otherwise), m_otherwiseTo->currentData().toString());
    });
}

void NodeEditor::refreshBranch(const Node &n)
{
    // a row per output: rebuilt when their number changes, filled from the node each time
    if (m_outputs.size() != n.outputs.size()) {
        for (const OutputRow &r : std::as_const(m_outputs))
            delete r.widget;
        m_outputs.clear();
        for (qsizetype i = 0; i < n.outputs.size(); ++i) {
            OutputRow row;
            row.widget = new QWidget(m_outputsLayout->parentWidget());
            auto *grid = new QGridLayout(row.widget);
            grid->setContentsMargins(0, 4, 0, 4);
            row.name = new QLineEdit(row.widget);
            row.name->setAccessibleName(tr("Output name"));
            row.name->setPlaceholderText(tr("name"));
            row.condition = new QLineEdit(row.widget);
            row.condition->setAccessibleName(tr("Condition"));
            row.condition->setPlaceholderText(QStringLiteral("count(contact) > 0"));
            row.goesTo = new QComboBox(row.widget);
            row.goesTo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            row.goesTo->setMinimumContentsLength(12);
            row.goesTo->setAccessibleName(tr("Goes to"));
            row.remove = new QPushButton(QStringLiteral("×"), row.widget);
            row.remove->setAccessibleName(tr("Remove this output"));
            row.remove->setToolTip(tr("Remove this output"));
            row.remove->setFixedWidth(28);
            grid->addWidget(row.name, 0, 0);
            grid->addWidget(new QLabel(tr("when"), row.widget), 0, 1);
            grid->addWidget(row.condition, 0, 2);
            grid->addWidget(row.remove, 0, 3);
            grid->addWidget(new QLabel(tr("goes to"), row.widget), 1, 1);
            grid->addWidget(row.goesTo, 1, 2, 1, 2);
            grid->setColumnStretch(0, 2);
            grid->setColumnStretch(2, 3);
            m_outputsLayout->addWidget(row.widget);
            const int index = int(i);
            connect(row.name, &QLineEdit::editingFinished, this, [this, index] {
                const QString name = m_outputs[index].name->text().trimmed();
                applyWith([index, name](Integration &in, Node &node) {
                    if (index >= node.outputs.size() || name.isEmpty() || name == QLatin1String(IntegrationGraph::Otherwise))
                        return;
                    const QString old = node.outputs[index].name;
                    node.outputs[index].name = name;
                    for (Wire &w : in.wires) // its wires go on from the renamed output
                        if (w.from == node.id && w.fromPort == old)
                            w.fromPort = name;
                }, tr("Rename the output to “%1”").arg(name));
                refresh();
            });
            connect(row.condition, &QLineEdit::editingFinished, this, [this, index] {
                const QString condition = m_outputs[index].condition->text().trimmed();
                apply([index, condition](Node &node) {
                    if (index < node.outputs.size())
                        node.outputs[index].condition = condition;
                }, tr("Edit the output's condition"));
            });
            connect(row.goesTo, &QComboBox::activated, this, [this, index] {
                if (const Node *now = node(); now && index < now->outputs.size())
                    connectOutput(now->outputs[index].name, m_outputs[index].goesTo->currentData().toString());
            });
            connect(row.remove, &QPushButton::clicked, this, [this, index] {
                QString name;
                applyWith([index, &name](Integration &in, Node &node) {
                    if (index >= node.outputs.size())
                        return;
                    name = node.outputs[index].name;
                    node.outputs.removeAt(index);
                    in.wires.removeIf([&](const Wire &w) { return w.from == node.id && w.fromPort == name; });
                }, tr("Remove an output"));
                QTimer::singleShot(0, this, &NodeEditor::refresh); // not while its own button is in the call
            });
            m_outputs.append(row);
        }
    }
    for (qsizetype i = 0; i < n.outputs.size(); ++i) {
        const OutputRow &row = m_outputs[i];
        if (!row.name->hasFocus())
            row.name->setText(n.outputs[i].name);
        if (!row.condition->hasFocus())
            row.condition->setText(n.outputs[i].condition);
        fillGoesTo(row.goesTo, n.outputs[i].name);
    }
    fillGoesTo(m_otherwiseTo, QLatin1String(IntegrationGraph::Otherwise));
}

void NodeEditor::refresh()
{
    const Node *n = node();
    if (!n)
        return;
    m_title->setText(tr("%1 — %2").arg(typeTitle(n->type), n->name.isEmpty() ? n->id : n->name));
    if (m_name && !m_name->hasFocus())
        m_name->setText(n->name);
    if (m_sourceKind)
        refreshWebhook(*n);
    const QSignalBlocker b1(m_endpoint);
    if (m_endpoint) {
        const int i = m_endpoint->findData(n->endpoint);
        m_endpoint->setCurrentIndex(i < 0 ? 0 : i);
        m_endpoint->setToolTip(m_endpoint->currentText()); // (the box may be narrower than the name)
    }
    if (m_sendsTo) // the nodes this one may send to (what makes sense), and where it sends now
        fillGoesTo(m_sendsTo, QString());
    if (m_outputsLayout)
        refreshBranch(*n);
    if (m_writeMode) {
        const QSignalBlocker b(m_writeMode);
        m_writeMode->setCurrentIndex(std::max(0, m_writeMode->findData(int(n->writeMode))));
    }
    if (m_request) {
        // the request in words, and what it takes from each record
        const Endpoint *e = m_doc->project().endpoint(n->endpoint);
        QStringList fields;
        bool hasKeys = false; // ({{keys}}: where a batch's keys go)
        if (e) {
            const QStringList texts = e->templates();
            for (const QString &t : texts)
                for (const QString &v : templateVariables(t)) {
                    hasKeys = hasKeys || v == u"keys";
                    if (v.startsWith(QStringLiteral("record.")) && !fields.contains(v.mid(7)))
                        fields << v.mid(7);
                }
        }
        QString text;
        if (!e)
            text = tr("Choose an endpoint above.");
        else if (n->type == NodeType::Lookup && n->lookupBatch > 1)
            text = hasKeys ? tr("Sends %1 %2 with up to %3 records' keys in {{keys}}.").arg(e->method, e->path).arg(n->lookupBatch)
                       : tr("Sends %1 %2 — but its request has no {{keys}} for the records' keys: put them in its query in the "
                            "request console, e.g. ids={{keys}}.").arg(e->method, e->path);
        else if (n->type == NodeType::Lookup)
            text = fields.isEmpty() ? tr("Sends %1 %2 — the same request for every record: put the record's fields into the "
                                         "endpoint's address or query in the request console, e.g. {{record.email}}.")
                                          .arg(e->method, e->path)
                                    : tr("Sends %1 %2 with each record's %3.").arg(e->method, e->path, fields.join(QStringLiteral(", ")));
        else if (n->writeMode == WriteMode::Create)
            text = tr("Sends %1 %2 with each record.").arg(e->method, e->path);
        else
            text = fields.isEmpty() ? tr("Sends %1 %2 — its address names no record: an update, upsert or delete needs the "
                                         "record's key in it, e.g. /contacts/{{record.id}} (edit it in the request console).")
                                          .arg(e->method, e->path)
                                    : tr("Sends %1 %2: the record is named by its %3.").arg(e->method, e->path, fields.join(QStringLiteral(", ")));
        m_request->setText(text);
    }
    if (m_lookupAs) {
        const QSignalBlocker b1(m_take);
        const QSignalBlocker b2(m_notFound);
        if (!m_lookupAs->hasFocus())
            m_lookupAs->setText(n->lookupAs);
        if (!m_recordsPath->hasFocus())
            m_recordsPath->setText(n->lookupRecordsPath);
        m_take->setCurrentIndex(std::max(0, m_take->findData(int(n->lookupTake))));
        m_notFound->setChecked(n->notFoundOn404);
        const QSignalBlocker b4(m_lookupBatch);
        const QSignalBlocker b5(m_lookupKey);
        const QSignalBlocker b6(m_quoteKeys);
        const bool batched = n->lookupBatch > 1;
        m_lookupBatch->setValue(n->lookupBatch);
        if (!m_lookupKey->lineEdit()->hasFocus())
            m_lookupKey->setCurrentText(n->lookupKey);
        if (!m_lookupMatch->hasFocus())
            m_lookupMatch->setText(n->lookupMatch);
        m_quoteKeys->setChecked(n->lookupQuoteKeys);
        m_lookupKey->setEnabled(batched);
        m_lookupMatch->setEnabled(batched);
        m_quoteKeys->setEnabled(batched);
    }
    if (m_paging) {
        const Endpoint *e = m_doc->project().endpoint(n->endpoint);
        m_paging->setText(e ? pagingInWords(*e) : tr("Choose an endpoint above."));
    }
    if (m_incremental) {
        const QSignalBlocker b2(m_incremental);
        const QSignalBlocker b3(m_watermarkField);
        const bool on = !n->watermarkField.isEmpty() && !n->watermarkParam.isEmpty();
        m_incremental->setChecked(on);
        if (m_watermarkFieldsOf != n->endpoint || m_watermarkField->count() == 0) {
            // the fields of the endpoint it reads now
            m_watermarkFieldsOf = n->endpoint;
            m_watermarkField->clear();
            m_watermarkField->addItems(sourceFields(sourceEndpoint()));
        }
        m_watermarkField->setEnabled(on);
        m_watermarkParam->setEnabled(on);
        m_watermarkField->setCurrentText(n->watermarkField);
        if (!m_watermarkParam->hasFocus())
            m_watermarkParam->setText(n->watermarkParam);
    }
    if (m_batchSize) {
        const QSignalBlocker b4(m_batchSize);
        m_batchSize->setValue(n->batchSize);
    }
    if (m_concurrency) { // (targets and lookups)
        const QSignalBlocker b5(m_concurrency);
        m_concurrency->setValue(n->concurrency);
    }
    if (m_formula && n->condition != m_lastCondition) {
        // The condition changed elsewhere (undo, the formula box, the file): rows anew.
        m_lastCondition = n->condition;
        for (const Row &r : std::as_const(m_rows))
            delete r.widget;
        m_rows.clear();
        const std::optional<FilterRules> rules = FilterRules::fromFormula(n->condition);
        if (rules) {
            const QSignalBlocker b6(m_join);
            m_join->setCurrentIndex(rules->all ? 0 : 1);
            for (const FilterRule &r : rules->rules)
                addRow(r);
        }
        m_join->setEnabled(rules.has_value());
        m_addRule->setEnabled(rules.has_value());
        m_formulaNote->setText(rules ? QString()
                                     : tr("This condition is a formula that the rows above cannot show; edit it here, or "
                                          "empty it to start again with rows."));
        if (!m_formula->hasFocus())
            m_formula->setText(n->condition);
    }
    updateKeeps();
}

void NodeEditor::addRow(const FilterRule &rule)
{
    Row row;
    row.widget = new QWidget(m_rowsLayout->parentWidget());
    auto *h = new QHBoxLayout(row.widget);
    h->setContentsMargins(0, 0, 0, 0);
    row.field = new QComboBox(row.widget);
    row.field->setEditable(true);
    row.field->addItems(sourceFields(sourceEndpoint()));
    row.field->setCurrentText(rule.field);
    row.field->setAccessibleName(tr("Field"));
    row.field->setMinimumContentsLength(10);
    row.op = new QComboBox(row.widget);
    for (const FilterRule::Op op : FilterRule::ops())
        row.op->addItem(FilterRule::opName(op), int(op));
    row.op->setCurrentIndex(row.op->findData(int(rule.op)));
    row.op->setAccessibleName(tr("Comparison"));
    row.value = new QComboBox(row.widget);
    row.value->setEditable(true);
    row.value->setAccessibleName(tr("Value"));
    row.value->setMinimumContentsLength(8);
    row.remove = new QPushButton(QStringLiteral("×"), row.widget);
    row.remove->setAccessibleName(tr("Remove this condition"));
    row.remove->setToolTip(tr("Remove this condition"));
    row.remove->setFixedWidth(28);
    h->addWidget(row.field, 3);
    h->addWidget(row.op, 2);
    h->addWidget(row.value, 3);
    h->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);
    fillValues(row);
    row.value->setCurrentText(rule.value);
    row.value->setEnabled(FilterRule::takesValue(rule.op));
    m_rows.append(row);
    QWidget *w = row.widget;
    auto find = [this, w]() -> Row * {
        for (Row &r : m_rows)
            if (r.widget == w)
                return &r;
        return nullptr;
    };
    connect(row.field, &QComboBox::currentTextChanged, this, [this, find] {
        if (Row *r = find()) {
            const QString value = r->value->currentText();
            fillValues(*r);
            r->value->setCurrentText(value);
        }
        rowsChanged();
    });
    connect(row.op, &QComboBox::currentIndexChanged, this, [this, find] {
        if (Row *r = find())
            r->value->setEnabled(FilterRule::takesValue(FilterRule::Op(r->op->currentData().toInt())));
        rowsChanged();
    });
    connect(row.value, &QComboBox::currentTextChanged, this, &NodeEditor::rowsChanged);
    connect(row.remove, &QPushButton::clicked, this, [this, w] {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].widget == w) {
                m_rows.removeAt(i);
                break;
            }
        w->deleteLater();
        rowsChanged();
    });
}

void NodeEditor::fillValues(Row &row)
{
    // What the field holds in the sample records, most frequent first.
    const QSignalBlocker block(row.value);
    row.value->clear();
    const Endpoint *e = sourceEndpoint();
    if (!e || !e->samples.is_array())
        return;
    QHash<QString, int> counts;
    for (const Json &record : e->samples)
        if (const Json *v = jsonAt(record, row.field->currentText().trimmed()))
            if (const QString text = valueText(*v); !text.isEmpty())
                ++counts[text];
    QStringList values = counts.keys();
    std::sort(values.begin(), values.end(), [&counts](const QString &a, const QString &b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    row.value->addItems(values.mid(0, 30));
    row.value->setCurrentIndex(-1);
}

FilterRules NodeEditor::rowsNow() const
{
    FilterRules rules;
    rules.all = !m_join || m_join->currentData().toBool();
    for (const Row &r : m_rows)
        rules.rules.append({r.field->currentText().trimmed(), FilterRule::Op(r.op->currentData().toInt()), r.value->currentText()});
    return rules;
}

void NodeEditor::rowsChanged()
{
    const QString condition = rowsNow().toFormula();
    m_lastCondition = condition;
    {
        const QSignalBlocker b(m_formula);
        m_formula->setText(condition);
    }
    apply([condition](Node &node) { node.condition = condition; }, tr("Edit the filter"), QStringLiteral("rules"));
    updateKeeps();
}

void NodeEditor::updateKeeps()
{
    if (!m_keeps)
        return;
    const Node *n = node();
    const Endpoint *e = sourceEndpoint();
    if (!n)
        return;
    if (!e || !e->samples.is_array() || e->samples.empty()) {
        m_keeps->setText(tr("No sample records yet to try it on: open the mapping editor and press Fetch Sample."));
        return;
    }
    const qsizetype total = qsizetype(e->samples.size());
    if (n->condition.trimmed().isEmpty()) {
        m_keeps->setText(tr("Keeps every record (%n sample record(s)).", nullptr, int(total)));
        return;
    }
    Result<Formula> f = Formula::compile(n->condition);
    if (!f) {
        m_keeps->setText(tr("The condition has a mistake: %1").arg(f.error().message));
        return;
    }
    qsizetype kept = 0;
    QString firstError;
    FormulaEnvironment env;
    for (const Json &record : e->samples) {
        const Result<Json> v = f->evaluate(record, env);
        if (!v) {
            if (firstError.isEmpty())
                firstError = v.error().message;
            continue;
        }
        kept += *v == Json(true) ? 1 : 0;
    }
    QString text = tr("Keeps %1 of %n sample record(s).", nullptr, int(total)).arg(kept);
    if (!firstError.isEmpty())
        text += u' ' + tr("Some could not be checked: %1").arg(firstError);
    m_keeps->setText(text);
}

} // namespace patchbay::ui
