#pragma once

#include "keyvalue.h"

namespace patchbay {

/// A two-column table for `lookup(table, key, default)`: country codes to names, and the like.
struct LookupTable
{
    QString name;
    KeyValues rows; ///< name = key, value = value; keys are unique

    bool operator==(const LookupTable &) const = default;
};

} // namespace patchbay
