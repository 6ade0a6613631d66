#pragma once

#include "keyvalue.h"
#include "util/json.h"

#include <QList>
#include <QString>

namespace patchbay {

enum class PaginationStyle { None, Page, Offset, Cursor, LinkHeader, NextUrl };

/// How to walk through a list that the API serves in pages.
struct Pagination
{
    PaginationStyle style = PaginationStyle::None;
    // page
    QString pageParam = QStringLiteral("page");
    int startPage = 1;
    // page and offset: the page size and the parameter that carries it ("" = not sent)
    QString sizeParam = QStringLiteral("per_page");
    int pageSize = 100;
    // offset
    QString offsetParam = QStringLiteral("offset");
    // cursor: taken from the body at cursorPath, sent back as cursorParam
    QString cursorPath = QStringLiteral("next_cursor");
    QString cursorParam = QStringLiteral("cursor");
    // nextUrl: the next page's URL in the body at nextUrlPath
    QString nextUrlPath = QStringLiteral("next");
    /// A safety net against an API that never says "last page".
    int maxPages = 100000;

    bool operator==(const Pagination &) const = default;
};

/// What an assertion looks at in a reply.
enum class AssertionSubject { Status, Header, Time, Formula };
/// How an assertion compares what it looks at with what it expects.
enum class AssertionOperator {
    Equals, NotEquals, Less, LessOrEqual, Greater, GreaterOrEqual, Contains, StartsWith, Matches, Exists, IsType
};

/// A check of an endpoint's reply, as the request console's Tests table and `patchbay-cli test`
/// run it (docs/testing.md): "status equals 200", "header Content-Type contains json",
/// "response time < 500", "count(body.data) > 0".
struct Assertion
{
    AssertionSubject subject = AssertionSubject::Status;
    /// The header's name (Header), or a formula over the reply (Formula): `status`, `time`,
    /// `headers.<lower-case name>`, `body.…`.
    QString argument;
    AssertionOperator op = AssertionOperator::Equals;
    /// As typed: a number or text; a pattern for Matches; number, text, boolean, list, object or
    /// null for IsType; nothing for Exists.
    QString expected;

    bool operator==(const Assertion &) const = default;
};

/// A value taken from a reply into a variable for the requests after it (create → get by id).
struct Capture
{
    QString variable; ///< a variable's name, used as {{variable}}
    QString formula;  ///< over the reply, like an assertion's: `body.id`, `headers.location`

    bool operator==(const Capture &) const = default;
};

/// One operation of a connection: GET /customers, POST /contacts, …
struct Endpoint
{
    QString id;
    QString name;
    QString group;      ///< a folder in the explorer (an OpenAPI tag, a Postman folder)
    QString connection; ///< id of a Connection
    QString method = QStringLiteral("GET");
    QString path;       ///< template, relative to the connection's base URL
    KeyValues query;
    KeyValues headers;
    QString body;       ///< template; JSON text for most APIs
    Pagination pagination;
    QString recordsPath; ///< where the list of records is in a reply, e.g. "data"; "" = the reply
    Json recordSchema;   ///< JSON Schema of one record the endpoint returns (null if unknown)
    Json requestSchema;  ///< JSON Schema of one record sent to it (for targets; null if unknown)
    Json samples;        ///< sample records for previews (array, or null)
    QList<Assertion> assertions; ///< checked after each send (console, `patchbay-cli test`)
    QList<Capture> captures;     ///< variables taken from its reply for the requests after it

    /// The texts its request is rendered from (path, query and header values, body): where
    /// {{record.…}} and {{keys}} may stand.
    QStringList templates() const
    {
        QStringList texts{path, body};
        for (const KeyValue &kv : query)
            texts.append(kv.value);
        for (const KeyValue &kv : headers)
            texts.append(kv.value);
        return texts;
    }

    bool operator==(const Endpoint &) const = default;
};

} // namespace patchbay
