#pragma once

#include "connection.h"
#include "endpoint.h"
#include "integration.h"

#include <QStringList>

namespace patchbay {

/// The spelling of each enum value in the project file (and on the command line). The order of
/// each list is the order of its enum.
namespace names {
const QStringList &authTypes();        ///< none, apiKey, bearer, basic, oauth2
const QStringList &apiKeyLocations();  ///< header, query
const QStringList &oauth2Grants();     ///< clientCredentials, authorizationCode
const QStringList &paginationStyles(); ///< none, page, offset, cursor, linkHeader, nextUrl
const QStringList &nodeTypes();        ///< source, filter, map, target, lookup, branch
const QStringList &lookupTakes();      ///< first, one, all
const QStringList &writeModes();       ///< create, update, upsert, delete
const QStringList &recordErrorPolicies(); ///< deadLetter, stop
const QStringList &schemaChangePolicies(); ///< pause, warn, ignore
const QStringList &webhookSchemes();   ///< none, token, stripe, github, slack, standard
const QStringList &assertionSubjects(); ///< status, header, time, formula
const QStringList &assertionOperators(); ///< equals, notEquals, lessThan, … (AssertionOperator's order)
const QStringList &valueTypes();        ///< number, text, boolean, list, object, null (isType)
const QStringList &httpMethods();      ///< GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS

template<typename E>
QString of(E value, const QStringList &list)
{
    return list.value(static_cast<int>(value));
}
} // namespace names

} // namespace patchbay
