#pragma once

// The demo project for GUI tests: its API at a given URL, and secrets taken from environment
// variables instead of the keychain (only the keychain tests reach a keychain).

#include "project/projectfile.h"

#include <QDateTime>
#include <QTemporaryDir>

/// Writes the demo project into `dir` with its API at `apiUrl`: the demo connections take their
/// secrets from the variables {{token}} and {{api_key}}; there are two more connections, "open"
/// (no credentials) and "vars" (a bearer token from {{token}}), and list-customers uses "vars".
/// The payments and the Salesforce-like CRM take theirs from {{token}} and {{client_secret}}.
inline QString writeDemoProject(const QTemporaryDir &dir, const QString &apiUrl)
{
    using namespace patchbay;
    ProjectLoad load = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    Project p = std::move(*load.project);
    p.environments[0].variables[0].value = apiUrl;
    p.environments[0].variables.append(Variable{"token", "demo-token", false});
    p.environments[0].variables.append(Variable{"api_key", "demo-key", false});
    p.environments[0].variables.append(Variable{"client_secret", "demo-secret", false});
    // the webhook's signing secret as a plain variable of the environment (it overrides the project's secret one)
    p.environments[0].variables.append(Variable{"stripe_webhook_secret", "whsec_gui", false});
    p.connections[0].auth.token = SecretRef{SecretRef::Source::Variable, "{{token}}"};
    p.connections[1].auth.key = SecretRef{SecretRef::Source::Variable, "{{api_key}}"};
    for (Connection &c : p.connections) {
        if (c.id == "payments")
            c.auth.token = SecretRef{SecretRef::Source::Variable, "{{token}}"};
        if (c.id == "salesforce")
            c.auth.clientSecret = SecretRef{SecretRef::Source::Variable, "{{client_secret}}"};
    }
    Connection open;
    open.id = "open";
    open.name = "Open API";
    open.baseUrl = "{{demo_api}}";
    p.connections.append(open);
    Connection vars = open;
    vars.id = "vars";
    vars.name = "Token from a variable";
    vars.auth.type = AuthType::Bearer;
    vars.auth.token = SecretRef{SecretRef::Source::Variable, "{{token}}"};
    p.connections.append(vars);
    for (Endpoint &e : p.endpoints)
        if (e.id == "list-customers")
            e.connection = "vars";
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("demo-%1-%2.patchbay.json").arg(QDateTime::currentMSecsSinceEpoch()).arg(++n));
    const Result<void> w = ProjectFile::write(p, path);
    return w ? path : QString();
}
