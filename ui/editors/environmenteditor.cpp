#include "environmenteditor.h"

#include "secrets/secretstore.h"
#include "ui/commands/editenvironmentscommand.h"
#include "ui/document.h"
#include "ui/services.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace patchbay::ui {

namespace {
enum Column { NameColumn, ValueColumn, SecretColumn };
const QString Masked = QStringLiteral("••••");
} // namespace

EnvironmentEditor::EnvironmentEditor(Document *doc, Services *services, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_services(services), m_list(new QListWidget(this)),
      m_table(new QTableWidget(0, 3, this)), m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("EnvironmentEditor"));
    auto *intro = new QLabel(tr("Variables fill {{placeholders}} in URLs, headers and bodies. Each environment "
                                "has its own values; switch between them in the toolbar. Mark a variable "
                                "secret to keep its value in the system keychain."));
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("Add…"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Environments")));
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    m_list->setMaximumWidth(220);

    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Secret")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(NameColumn, 200);
    m_table->verticalHeader()->hide();
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Variables (type in the last row to add one; clear a name to remove it)")));
    right->addWidget(m_table, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);

    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New environment"), tr("Name (for example staging):"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addEnvironment(name.trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentEditor::removeCurrentEnvironment);
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentEditor::loadVariables);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            applyTable();
    });
    connect(m_doc, &Document::changed, this, [this](Document::Part part) {
        if (part == Document::Part::Environments || part == Document::Part::Project)
            load();
    });
    load();
}

QString EnvironmentEditor::currentName() const
{
    return m_list->currentItem() ? m_list->currentItem()->text() : QString();
}

void EnvironmentEditor::load()
{
    const QString selected = currentName();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const Environment &e : m_doc->project().environments)
            m_list->addItem(e.name);
        const auto found = m_list->findItems(selected, Qt::MatchExactly);
        m_list->setCurrentRow(found.isEmpty() ? 0 : m_list->row(found.first()));
    }
    m_remove->setEnabled(m_list->count() > 0);
    loadVariables();
}

void EnvironmentEditor::loadVariables()
{
    m_loading = true;
    m_table->setRowCount(0);
    const Environment *env = m_doc->project().environment(currentName());
    const Variables vars = env ? env->variables : Variables{};
    m_table->setEnabled(env != nullptr);
    for (qsizetype i = 0; i <= vars.size(); ++i) {
        const bool extra = i == vars.size();
        const Variable v = extra ? Variable{} : vars.at(i);
        m_table->insertRow(int(i));
        m_table->setItem(int(i), NameColumn, new QTableWidgetItem(v.name));
        auto *value = new QTableWidgetItem(v.secret ? QString() : v.value);
        if (v.secret) {
            value->setData(Qt::UserRole, true); // typed text replaces the keychain's value
            value->setToolTip(tr("Kept in the system keychain; type to replace it"));
            value->setForeground(palette().placeholderText());
            value->setText(Masked);
        }
        m_table->setItem(int(i), ValueColumn, value);
        auto *secret = new QTableWidgetItem;
        secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        secret->setCheckState(v.secret ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(int(i), SecretColumn, secret);
    }
    m_loading = false;
}

void EnvironmentEditor::applyTable()
{
    const QString envName = currentName();
    QList<Environment> envs = m_doc->project().environments;
    auto it = std::find_if(envs.begin(), envs.end(), [&](const Environment &e) { return e.name == envName; });
    if (it == envs.end())
        return;
    const Variables before = it->variables;
    Variables vars;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn) ? m_table->item(row, NameColumn)->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        QTableWidgetItem *valueItem = m_table->item(row, ValueColumn);
        QString value = valueItem ? valueItem->text() : QString();
        const bool secret = m_table->item(row, SecretColumn)->checkState() == Qt::Checked;
        if (secret) {
            if (value != Masked && !value.isEmpty()) {
                const QString key = SecretKeys::variable(m_doc->project().id, envName, name);
                m_services->secrets()->write(key, value, this, [this, name](Result<void> r) {
                    Q_EMIT statusMessage(r ? tr("The value of %1 is saved in the system keychain").arg(name)
                                           : r.error().message);
                });
            }
            value.clear();
        }
        vars.append(Variable{name, value, secret});
    }
    if (vars == before) {
        if (std::any_of(vars.begin(), vars.end(), [](const Variable &v) { return v.secret; }))
            QMetaObject::invokeMethod(this, &EnvironmentEditor::loadVariables, Qt::QueuedConnection); // mask again
        return;
    }
    it->variables = vars;
    m_doc->undoStack()->push(new EditEnvironmentsCommand(m_doc, envs));
}

void EnvironmentEditor::setVariable(const QString &name, const QString &value, bool secret)
{
    int row = 0;
    for (; row < m_table->rowCount() - 1; ++row)
        if (m_table->item(row, NameColumn)->text() == name)
            break;
    m_loading = true;
    m_table->item(row, NameColumn)->setText(name);
    m_table->item(row, SecretColumn)->setCheckState(secret ? Qt::Checked : Qt::Unchecked);
    m_loading = false;
    m_table->item(row, ValueColumn)->setText(value); // applies
}

void EnvironmentEditor::addEnvironment(const QString &name)
{
    QList<Environment> envs = m_doc->project().environments;
    if (m_doc->project().environment(name)) {
        Q_EMIT statusMessage(tr("There is already an environment called “%1”").arg(name));
        return;
    }
    // a new environment starts with the variables of the current one (values of secrets stay behind)
    Environment e{name, {}};
    if (const Environment *from = m_doc->project().environment(currentName()))
        for (Variable v : from->variables)
            e.variables.append(v);
    envs.append(e);
    m_doc->undoStack()->push(new EditEnvironmentsCommand(m_doc, envs));
    selectEnvironment(name);
}

void EnvironmentEditor::removeCurrentEnvironment()
{
    QList<Environment> envs = m_doc->project().environments;
    const QString name = currentName();
    envs.removeIf([&](const Environment &e) { return e.name == name; });
    if (envs.size() != m_doc->project().environments.size())
        m_doc->undoStack()->push(new EditEnvironmentsCommand(m_doc, envs));
}

void EnvironmentEditor::selectEnvironment(const QString &name)
{
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

} // namespace patchbay::ui
