#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace patchbay {

/// A ready-made integration between two connectors of the catalog — "Stripe payments →
/// Salesforce contacts" — that a new user starts from: both connections (asking for their
/// secrets), their endpoints, and the integration wired Source → Filter → Map → Target with a
/// filter and a mapping that make sense for these two APIs.
struct IntegrationTemplate
{
    QString id;
    QString name;        ///< translated
    QString description; ///< translated
    QString sourceConnector;
    QString sourceEndpoint;
    QString targetConnector;
    QString targetEndpoint;
    QString condition;
    QList<FieldMapping> fields;
};

class Templates
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::Templates)

public:
    static QList<IntegrationTemplate> builtIn();
    /// A new project from a template: the two connectors from the catalog (with their endpoints
    /// and variables) and the integration. An error names what the catalog lacks.
    static Result<Project> instantiate(const IntegrationTemplate &t);
};

} // namespace patchbay
