#pragma once

#include "util/json.h"

#include <QString>

#include <cstdio>
#include <functional>

namespace patchbay {

/// Reads records one by one from a file or pipe, without holding the whole input: a JSON array
/// (its elements, streamed through nlohmann's SAX parser) or JSON Lines (one value per line),
/// told apart by the first character. Memory stays flat whatever the size.
class JsonRecordStream
{
public:
    /// Gets each record with its 1-based number; returns false to stop reading.
    using RecordCallback = std::function<bool(Json &&record, qint64 number)>;
    /// A record that could not be read (`number` > 0: the others go on), or the whole input
    /// (`number` == 0: reading stopped).
    using ErrorCallback = std::function<void(qint64 number, const QString &message)>;

    /// Returns false if reading stopped on an error.
    static bool read(std::FILE *in, const RecordCallback &onRecord, const ErrorCallback &onError);
};

} // namespace patchbay
