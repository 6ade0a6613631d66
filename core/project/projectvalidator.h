#pragma once

#include "util/problem.h"
#include "model/project.h"

namespace patchbay {

/// The checks that look across the project: ids and names well-formed and unique, references
/// (an endpoint's connection, a node's endpoint, a wire's nodes) that lead somewhere, wires that
/// make sense, `{{variables}}` that some environment defines, risky settings (TLS off).
/// Paths are those of the project file, e.g. `integrations[0].wires[2].to`.
Problems validateProject(const Project &project);

/// Whether `id` may name a project, connection, endpoint, integration or node: a letter or
/// digit, then letters, digits, `_`, `.`, `-`; at most 64 characters.
bool isValidId(const QString &id);

} // namespace patchbay
