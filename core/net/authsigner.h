#pragma once

#include "net/preparedrequest.h"

namespace patchbay {

/// What a request looks like once signed: the URL (an API key may go into the query) and the
/// headers, with the connection's credentials — but only if the URL is on the connection's own
/// host. Shared by HttpClient (per attempt) and the cURL export.
struct SignedRequest
{
    QUrl url;
    HeaderList headers;
};
SignedRequest signRequest(const PreparedRequest &request, const QUrl &url, const QString &accessToken);

/// Whether `url` has the scheme, host and port that may receive the request's credentials.
bool mayReceiveCredentials(const PreparedRequest &request, const QUrl &url);

} // namespace patchbay
