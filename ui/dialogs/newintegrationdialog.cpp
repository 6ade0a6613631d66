#include "newintegrationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patchbay::ui {

NewIntegrationDialog::NewIntegrationDialog(const Project &project, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_source(new QComboBox(this)), m_target(new QComboBox(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("NewIntegrationDialog"));
    setWindowTitle(tr("New Integration"));
    m_name->setObjectName(QStringLiteral("integrationName"));
    m_name->setText(tr("New integration"));
    m_name->selectAll();
    m_source->setObjectName(QStringLiteral("sourceEndpoint"));
    m_target->setObjectName(QStringLiteral("targetEndpoint"));
    fillEndpoints(m_source, project, true);
    fillEndpoints(m_target, project, false);
    m_source->setAccessibleName(tr("Take records from"));
    m_target->setAccessibleName(tr("Send them to"));

    auto *intro = new QLabel(tr("An integration reads records from one endpoint, keeps those you want, turns each into "
                                "the shape another endpoint takes, and sends it there. You can change everything "
                                "on the canvas afterwards."),
                             this);
    intro->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hint"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Take records from:"), m_source);
    form->addRow(tr("&Send them to:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewIntegrationDialog::updateOk);
    updateOk();
    setMinimumWidth(520);
}

QString NewIntegrationDialog::name() const { return m_name->text().trimmed(); }
QString NewIntegrationDialog::sourceEndpoint() const { return m_source->currentData().toString(); }
QString NewIntegrationDialog::targetEndpoint() const { return m_target->currentData().toString(); }

QString NewIntegrationDialog::endpointLabel(const Project &project, const Endpoint &e)
{
    const Connection *c = project.connection(e.connection);
    return tr("%1 › %2 (%3 %4)").arg(c ? c->name : e.connection, e.name, e.method, e.path);
}

void NewIntegrationDialog::fillEndpoints(QComboBox *box, const Project &project, bool forSource, const QString &current)
{
    box->clear();
    box->addItem(tr("(choose later)"), QString());
    for (const bool fits : {true, false})
        for (const Endpoint &e : project.endpoints)
            if ((e.method.compare(QStringLiteral("GET"), Qt::CaseInsensitive) == 0) == (forSource == fits))
                box->addItem(endpointLabel(project, e), e.id);
    const int at = current.isEmpty() ? (box->count() > 1 ? 1 : 0) : box->findData(current);
    box->setCurrentIndex(std::max(0, at));
}

void NewIntegrationDialog::updateOk()
{
    m_ok->setEnabled(!name().isEmpty());
    m_hint->setText(name().isEmpty() ? tr("Give the integration a name.") : QString());
}

} // namespace patchbay::ui
