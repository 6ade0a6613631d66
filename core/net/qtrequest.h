#pragma once

#include "net/preparedrequest.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace patchbay {

/// "Patchbay/VERSION", the User-Agent of every request.
QByteArray userAgent();

/// A QNetworkRequest to `url` with what every request of Patchbay's through
/// QNetworkAccessManager shares: redirects, cookies, caching and authentication by hand, the
/// User-Agent, and the TLS settings of the request's connection (its CA file, checked before).
QNetworkRequest qtRequest(const PreparedRequest &p, const QUrl &url);

/// The most useful message a server put in an error body, if any: its main message, and the
/// first detail of an `errors` list when there is one ("validation failed: email is required").
QString messageFromBody(const QByteArray &body);

} // namespace patchbay
