#pragma once

#include "net/httpresult.h"
#include "net/preparedrequest.h"
#include "store/requesthistory.h"

namespace patchbay::requestHistory {
/// The history's entry for a request sent by hand and its result, redacted with the request's
/// own redactor (the store keeps it: store/requesthistory).
RequestHistoryEntry entryFor(const PreparedRequest &request, const HttpResult &result, const QString &projectId);
} // namespace patchbay::requestHistory
