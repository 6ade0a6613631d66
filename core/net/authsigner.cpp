#include "authsigner.h"

#include <QUrlQuery>

namespace patchbay {

bool mayReceiveCredentials(const PreparedRequest &request, const QUrl &url)
{
    const QUrl &o = request.connectionOrigin;
    if (o.isEmpty() || !o.isValid())
        return false;
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    return url.scheme() == o.scheme() && url.host().compare(o.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPort) == o.port(o.scheme() == u"https" ? 443 : 80);
}

SignedRequest signRequest(const PreparedRequest &request, const QUrl &url, const QString &accessToken)
{
    SignedRequest s;
    s.url = url;
    const bool credentials = mayReceiveCredentials(request, url);
    const ResolvedAuth &a = request.auth;
    for (const auto &h : request.headers) {
        // Off the connection's host, no credentials and no cookies go along.
        if (!credentials && (h.first.compare("Authorization", Qt::CaseInsensitive) == 0 ||
                             h.first.compare("Cookie", Qt::CaseInsensitive) == 0 ||
                             request.redactor.isSensitiveHeader(h.first)))
            continue;
        s.headers.append(h);
    }
    if (!request.idempotencyKey.isEmpty() && !request.idempotencyHeader.isEmpty())
        s.headers.append({request.idempotencyHeader, request.idempotencyKey});
    if (!credentials)
        return s;
    switch (a.type) {
    case AuthType::None:
        break;
    case AuthType::ApiKey:
        if (a.keyIn == ApiKeyLocation::Header) {
            s.headers.append({a.keyName.toUtf8(), a.key.toUtf8()});
        } else {
            QUrlQuery q(s.url);
            q.removeAllQueryItems(a.keyName);
            QString encoded = q.query(QUrl::FullyEncoded);
            if (!encoded.isEmpty())
                encoded += u'&';
            encoded += QString::fromLatin1(QUrl::toPercentEncoding(a.keyName) + '=' + QUrl::toPercentEncoding(a.key));
            s.url.setQuery(encoded, QUrl::StrictMode);
        }
        break;
    case AuthType::Bearer:
        s.headers.append({"Authorization", "Bearer " + a.token.toUtf8()});
        break;
    case AuthType::Basic:
        s.headers.append({"Authorization", "Basic " + (a.username + u':' + a.password).toUtf8().toBase64()});
        break;
    case AuthType::OAuth2:
        s.headers.append({"Authorization", "Bearer " + accessToken.toUtf8()});
        break;
    }
    return s;
}

} // namespace patchbay
