#pragma once

#include "importers/openapiimporter.h"

#include <QCoreApplication>

namespace patchbay {

/// Postman collections (format v2.1, also v2.0), both ways.
///
/// Import: folders become endpoint groups ("Folder / Subfolder"); requests become endpoints of a
/// connection per origin and auth (the collection's, a folder's or the request's own); `:id` path
/// variables and `{{variables}}` become environment variables, with the collection's and an
/// optional Postman environment's values. A secret written into the collection itself (a token,
/// a password) is not put into the project: it is returned in `secrets`, for the keychain.
///
/// Export: each connection's base URL is a collection variable `<connection>_base_url`, so that
/// importing the export gives the same endpoints; secrets are variables without values.
class Postman
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::Postman)

public:
    struct Import
    {
        ImportResult result;
        /// connection id → field ("token", "password", "key", "clientSecret") → value
        QHash<QString, QHash<QString, QString>> secrets;
    };
    static Import importCollection(const Json &collection, const Json &environment = Json());
    static Import importFile(const QString &collectionPath, const QString &environmentPath = {});

    /// The project's endpoints as a collection (v2.1) with `environment`'s non-secret values.
    static Json exportCollection(const Project &project, const QString &environment);
    /// An endpoint's assertions and captures as the lines of a Postman test script (`pm.test`,
    /// `pm.collectionVariables.set`); a formula Postman cannot run is a comment line saying so.
    static QStringList testScript(const Endpoint &endpoint);
};

} // namespace patchbay
