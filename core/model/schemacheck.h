#pragma once

#include "util/json.h"
#include "util/problem.h"

namespace patchbay {

/// Checks a value against a JSON Schema, as far as APIs' request schemas use it: `type` (one or a
/// list; "integer" is a whole number), `enum`, `const`, `required`, `properties`,
/// `additionalProperties: false`, `items`, `minLength`/`maxLength`, `minimum`/`maximum`,
/// `minItems`/`maxItems`, `anyOf`/`oneOf` (one must fit), `allOf`, and `$ref`s into a project's
/// shared `schemas`. Other keywords (formats, patterns) are not checked: the API has the last
/// word. Every problem is one line with its path below `path` ("body.email: expected a text").
Problems checkAgainstSchema(const Json &value, const Json &schema, const Json &schemas, const JsonPath &path = {});

/// A schema that stands on its own: the shared schemas it refers to (`#/schemas/NAME`, followed
/// through chains) copied under `$defs` and the references pointed there — what a client that
/// knows nothing of the project (an MCP client) can read.
Json selfContainedSchema(const Json &schema, const Json &schemas);

} // namespace patchbay
