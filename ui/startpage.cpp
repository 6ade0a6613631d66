#include "startpage.h"

#include "importers/templates.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace patchbay::ui {

StartPage::StartPage(QWidget *parent) : QScrollArea(parent)
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("<h2>Welcome to Patchbay</h2><p>Connect web APIs to each other: read records from "
                                "one, keep those you want, put them into the shape another takes, and send them "
                                "there — on a schedule, without programming.</p>"),
                             page);
    title->setObjectName(QStringLiteral("startTitle"));
    title->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    auto button = [page, layout](const QString &name, const QString &text, const QString &description) {
        auto *b = new QCommandLinkButton(text, description, page);
        b->setObjectName(name);
        layout->addWidget(b);
        return b;
    };
    connect(button(QStringLiteral("startDemo"), tr("Open the Demo"),
                   tr("A CRM and a mailing list on this computer, and an integration that copies the active "
                      "customers from one to the other: try everything safely.")),
            &QAbstractButton::clicked, this, &StartPage::demoRequested);
    connect(button(QStringLiteral("startNew"), tr("New Project"), tr("Start empty and add connections from the catalog.")),
            &QAbstractButton::clicked, this, &StartPage::newProjectRequested);
    connect(button(QStringLiteral("startOpen"), tr("Open a Project…"), tr("A *.patchbay.json file.")),
            &QAbstractButton::clicked, this, &StartPage::openRequested);
    connect(button(QStringLiteral("startImport"), tr("Import an API Description…"),
                   tr("An OpenAPI or Swagger file, or a Postman collection: its endpoints become ready to use.")),
            &QAbstractButton::clicked, this, &StartPage::importRequested);
    layout->addWidget(new QLabel(tr("<h3>Start from a template</h3>"), page));
    for (const IntegrationTemplate &t : Templates::builtIn()) {
        const QString id = t.id;
        connect(button(QStringLiteral("template:") + id, t.name, t.description), &QAbstractButton::clicked, this,
                [this, id] { Q_EMIT templateRequested(id); });
    }
    connect(button(QStringLiteral("template:demo"), tr("CRM customers → mailing list"),
                   tr("The demo's integration: active customers of a CRM become contacts of a mailing list.")),
            &QAbstractButton::clicked, this, &StartPage::demoRequested);
    layout->addStretch(1);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(page);
}

} // namespace patchbay::ui
