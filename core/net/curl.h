#pragma once

#include "net/preparedrequest.h"

namespace patchbay {

/// The request as a cURL command that a shell runs as is (single-quoted, one option a line).
/// Credentials and secret values are masked as `••••` unless `reveal`.
QString toCurl(const PreparedRequest &request, bool reveal, const QString &accessToken = {});

/// Quotes a word for a POSIX shell.
QString shellQuote(const QString &word);

} // namespace patchbay
