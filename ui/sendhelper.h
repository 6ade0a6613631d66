#pragma once

#include "model/project.h"
#include "net/httpresult.h"
#include "net/preparedrequest.h"
#include "net/requestbuilder.h"
#include "util/result.h"

#include <QCoreApplication>

#include <functional>

namespace patchbay::ui {

class Services;

/// Builds a request without blocking the window: reads the secrets that `connection` needs
/// from the keychain (asynchronously), then calls `build` with a ready RequestBuilder.
/// `templates` are the texts the request renders (URL, headers, body): their secret variables
/// are read too. `project` is copied, so the caller may change it meanwhile.
void prepareRequest(Services *services, const Project &project, const QString &environment,
                    const QString &connectionId, const QStringList &templates,
                    std::function<Result<PreparedRequest>(const RequestBuilder &, const Connection *)> build,
                    QObject *context, std::function<void(Result<PreparedRequest>)> done);

/// A short name for what went wrong, for badges: "Connection refused", "Timed out", "401 Unauthorized".
QString outcomeTitle(const HttpResult &result);

} // namespace patchbay::ui
