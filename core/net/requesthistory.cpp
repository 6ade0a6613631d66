#include "requesthistory.h"

#include "net/authsigner.h"

namespace patchbay::requestHistory {

RequestHistoryEntry entryFor(const PreparedRequest &request, const HttpResult &result, const QString &projectId)
{
    const Redactor redactor = request.redactor.withSecrets(result.secretsUsed);
    // The headers as sent, credentials included — and then masked.
    const SignedRequest sent = signRequest(request, request.url, Redactor::mask());
    RequestHistoryEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.projectId = projectId;
    e.endpointId = request.endpointId;
    e.method = QString::fromLatin1(request.method);
    e.url = redactor.redactUrl(sent.url);
    e.requestHeaders = redactor.redactHeaders(sent.headers);
    e.requestBody = redactor.redact(request.body);
    e.status = result.status;
    e.durationMs = result.durationMs;
    e.responseSize = result.body.size();
    e.error = result.error == NetError::None ? QString() : redactor.redact(result.errorMessage);
    return e;
}

} // namespace patchbay::requestHistory
