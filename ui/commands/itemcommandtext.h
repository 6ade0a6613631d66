#pragma once

#include "model/project.h"

#include <QString>

namespace patchbay::ui {

enum class ItemVerb { Add, Edit, Remove };

/// What the Edit menu calls a command on a connection, an endpoint or an integration, e.g.
/// "Edit connection “Demo CRM”", "Undo Delete endpoint “List contacts”".
QString itemCommandText(ItemVerb verb, const Connection &c);
QString itemCommandText(ItemVerb verb, const Endpoint &e);
QString itemCommandText(ItemVerb verb, const Integration &i);

} // namespace patchbay::ui
