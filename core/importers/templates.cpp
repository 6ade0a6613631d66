#include "templates.h"

#include "importers/connectorcatalog.h"
#include "model/integrationgraph.h"

namespace patchbay {

QList<IntegrationTemplate> Templates::builtIn()
{
    QList<IntegrationTemplate> out;
    {
        IntegrationTemplate t;
        t.id = QStringLiteral("stripe-payments-to-salesforce");
        t.name = tr("Stripe payments → Salesforce contacts");
        t.description = tr("Each successful payment in Stripe becomes a contact in Salesforce, with the payer's name and "
                           "e-mail and what was paid.");
        t.sourceConnector = QStringLiteral("stripe");
        t.sourceEndpoint = QStringLiteral("stripe-list-charges");
        t.targetConnector = QStringLiteral("salesforce");
        t.targetEndpoint = QStringLiteral("salesforce-create-contact");
        t.condition = QStringLiteral("status = \"succeeded\"");
        t.fields = {{QStringLiteral("LastName"), QStringLiteral("coalesce(billing_details.name, customer, id)"), true},
                    {QStringLiteral("Email"), QStringLiteral("billing_details.email"), false},
                    {QStringLiteral("Description"),
                     QStringLiteral("concat(\"Stripe payment \", id, \": \", amount / 100, \" \", upper(currency))"), false}};
        out.append(t);
    }
    {
        IntegrationTemplate t;
        t.id = QStringLiteral("shopify-orders-to-sheets");
        t.name = tr("Shopify orders → Google Sheets");
        t.description = tr("Each paid Shopify order becomes a row of a spreadsheet: order, e-mail, total, currency, date.");
        t.sourceConnector = QStringLiteral("shopify");
        t.sourceEndpoint = QStringLiteral("shopify-list-orders");
        t.targetConnector = QStringLiteral("google-sheets");
        t.targetEndpoint = QStringLiteral("sheets-append-values");
        t.condition = QStringLiteral("financial_status = \"paid\"");
        t.fields = {{QStringLiteral("values[0]"),
                     QStringLiteral("split(concat(name, \"|\", email, \"|\", total_price, \"|\", currency, \"|\", created_at), \"|\")"),
                     true}};
        out.append(t);
    }
    {
        IntegrationTemplate t;
        t.id = QStringLiteral("github-issues-to-slack");
        t.name = tr("GitHub issues → Slack");
        t.description = tr("Each open issue of a GitHub repository is posted to a Slack channel with its number, title and link.");
        t.sourceConnector = QStringLiteral("github");
        t.sourceEndpoint = QStringLiteral("github-list-issues");
        t.targetConnector = QStringLiteral("slack");
        t.targetEndpoint = QStringLiteral("slack-post-message");
        t.condition = QStringLiteral("state = \"open\"");
        t.fields = {{QStringLiteral("channel"), QStringLiteral("\"#general\""), true},
                    {QStringLiteral("text"), QStringLiteral("concat(\"New issue #\", number, \": \", title, \" \", html_url)"), true}};
        out.append(t);
    }
    return out;
}

Result<Project> Templates::instantiate(const IntegrationTemplate &t)
{
    Problems problems;
    const QList<Connector> catalog = ConnectorCatalog::builtIn(&problems);
    auto find = [&catalog](const QString &id) -> const Connector * {
        for (const Connector &c : catalog)
            if (c.id == id)
                return &c;
        return nullptr;
    };
    const Connector *source = find(t.sourceConnector);
    const Connector *target = find(t.targetConnector);
    if (!source || !target)
        return makeError(QStringLiteral("template.connector"),
                         tr("The connector catalog has no “%1”; the template “%2” cannot be made.")
                             .arg(source ? t.targetConnector : t.sourceConnector, t.name));
    Project p;
    p.id = t.id;
    p.name = t.name;
    p.description = t.description;
    // Endpoints keep their catalog ids when they are free (they are: the project is new).
    ConnectorCatalog::addTo(p, *source);
    ConnectorCatalog::addTo(p, *target);
    if (!p.endpoint(t.sourceEndpoint) || !p.endpoint(t.targetEndpoint))
        return makeError(QStringLiteral("template.endpoint"),
                         tr("The connectors of the template “%1” lack the endpoints it uses.").arg(t.name));
    Integration in = IntegrationGraph::newChain(t.id, t.name, t.sourceEndpoint, t.targetEndpoint);
    for (Node &n : in.nodes) {
        if (n.type == NodeType::Filter)
            n.condition = t.condition;
        else if (n.type == NodeType::Map)
            n.fields = t.fields;
    }
    p.integrations.append(in);
    return p;
}

} // namespace patchbay
