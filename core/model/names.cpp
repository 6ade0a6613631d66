#include "names.h"

namespace patchbay::names {

const QStringList &authTypes()
{
    static const QStringList l{QStringLiteral("none"), QStringLiteral("apiKey"),
                               QStringLiteral("bearer"), QStringLiteral("basic"),
                               QStringLiteral("oauth2")};
    return l;
}

const QStringList &apiKeyLocations()
{
    static const QStringList l{QStringLiteral("header"), QStringLiteral("query")};
    return l;
}

const QStringList &oauth2Grants()
{
    static const QStringList l{QStringLiteral("clientCredentials"),
                               QStringLiteral("authorizationCode")};
    return l;
}

const QStringList &paginationStyles()
{
    static const QStringList l{QStringLiteral("none"),   QStringLiteral("page"),
                               QStringLiteral("offset"), QStringLiteral("cursor"),
                               QStringLiteral("linkHeader"), QStringLiteral("nextUrl")};
    return l;
}

const QStringList &nodeTypes()
{
    static const QStringList l{QStringLiteral("source"), QStringLiteral("filter"), QStringLiteral("map"),
                               QStringLiteral("target"), QStringLiteral("lookup"), QStringLiteral("branch")};
    return l;
}

const QStringList &lookupTakes()
{
    static const QStringList l{QStringLiteral("first"), QStringLiteral("one"), QStringLiteral("all")};
    return l;
}

const QStringList &writeModes()
{
    static const QStringList l{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("upsert"),
                               QStringLiteral("delete")};
    return l;
}

const QStringList &webhookSchemes()
{
    static const QStringList l{QStringLiteral("none"),   QStringLiteral("token"), QStringLiteral("stripe"),
                               QStringLiteral("github"), QStringLiteral("slack"), QStringLiteral("standard")};
    return l;
}

const QStringList &assertionSubjects()
{
    static const QStringList l{QStringLiteral("status"), QStringLiteral("header"), QStringLiteral("time"), QStringLiteral("formula")};
    return l;
}

const QStringList &assertionOperators()
{
    static const QStringList l{QStringLiteral("equals"),      QStringLiteral("notEquals"),      QStringLiteral("lessThan"),
                               QStringLiteral("lessOrEqual"), QStringLiteral("greaterThan"),    QStringLiteral("greaterOrEqual"),
                               QStringLiteral("contains"),    QStringLiteral("startsWith"),     QStringLiteral("matches"),
                               QStringLiteral("exists"),      QStringLiteral("isType")};
    return l;
}

const QStringList &valueTypes()
{
    static const QStringList l{QStringLiteral("number"), QStringLiteral("text"),   QStringLiteral("boolean"),
                               QStringLiteral("list"),   QStringLiteral("object"), QStringLiteral("null")};
    return l;
}

const QStringList &recordErrorPolicies()
{
    static const QStringList l{QStringLiteral("deadLetter"), QStringLiteral("stop")};
    return l;
}

const QStringList &schemaChangePolicies()
{
    static const QStringList l{QStringLiteral("pause"), QStringLiteral("warn"), QStringLiteral("ignore")};
    return l;
}

const QStringList &httpMethods()
{
    static const QStringList l{QStringLiteral("GET"),    QStringLiteral("POST"),
                               QStringLiteral("PUT"),    QStringLiteral("PATCH"),
                               QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                               QStringLiteral("OPTIONS")};
    return l;
}

} // namespace patchbay::names
