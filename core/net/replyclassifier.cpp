#include "replyclassifier.h"

#include "net/authsigner.h"
#include "net/qtrequest.h"
#include "net/retry.h"
#include "util/fastjson.h"
#include "util/printable.h"

namespace patchbay {

namespace {

ReplyVerdict finished(NetError error, QString message)
{
    ReplyVerdict v;
    v.error = error;
    v.message = std::move(message);
    return v;
}

ReplyVerdict retried(NetError error, QString message, qint64 delayMs)
{
    ReplyVerdict v = finished(error, std::move(message));
    v.action = ReplyVerdict::Action::Retry;
    v.delayMs = delayMs;
    return v;
}

} // namespace

QString ReplyClassifier::where(const PreparedRequest &request, const QByteArray &method, const QUrl &url)
{
    return QStringLiteral("%1 %2").arg(printable(QString::fromLatin1(method), false), request.redactor.redactUrl(url));
}

QString ReplyClassifier::where(const ReplyState &state)
{
    return where(*state.request, state.method, state.url);
}

ReplyVerdict ReplyClassifier::classify(const Http1Reply &reply, const ReplyState &state)
{
    const PreparedRequest &request = *state.request;
    switch (state.abort) {
    case ReplyState::Abort::Cancel:
        return finished(NetError::Cancelled, tr("Cancelled while waiting for %1.").arg(where(state)));
    case ReplyState::Abort::TooLarge:
        return finished(NetError::TooLarge,
                        tr("The reply to %1 is larger than the limit of connection \"%2\" (%3 MB) and was "
                           "cut off. Raise maxResponseBytes if such a reply is expected.")
                            .arg(where(state), request.connectionName)
                            .arg(double(request.maxResponseBytes) / (1024 * 1024), 0, 'f', 1));
    case ReplyState::Abort::Timeout:
        return retried(NetError::Timeout,
                       tr("No reply from %1 within %2 s (the timeout of connection \"%3\"). The server "
                          "may be overloaded or down; try again later, or raise timeoutMs.")
                           .arg(hostPort(state.url), retry::secondsText(request.timeoutMs), request.connectionName),
                       state.backoffMs);
    case ReplyState::Abort::None:
        break;
    }
    if (reply.error != Http1Reply::Error::None)
        return transportFailure(reply, state);
    const int status = reply.status;
    if (status >= 300 && status < 400 && status != 304)
        return redirect(reply, state);
    if (status >= 200 && status < 300)
        return success(reply, state);
    return refusal(reply, state);
}

ReplyVerdict ReplyClassifier::transportFailure(const Http1Reply &reply, const ReplyState &state)
{
    const QString host = hostPort(state.url);
    NetError kind = NetError::Network;
    QString message;
    bool retryable = true;
    switch (reply.error) {
    case Http1Reply::Error::Refused:
        kind = NetError::ConnectionRefused;
        message = tr("Could not connect to %1: connection refused — nothing is listening there. "
                     "Is the server running, and are the host and port right?")
                      .arg(host);
        break;
    case Http1Reply::Error::HostNotFound:
        kind = NetError::HostNotFound;
        retryable = false;
        message = tr("The host %1 was not found (DNS). Check the spelling of the address and "
                     "your network connection.")
                      .arg(state.url.host());
        break;
    case Http1Reply::Error::Tls:
        kind = NetError::Tls;
        retryable = false;
        message = tr("The secure connection to %1 failed: %2. If the server uses a certificate "
                     "of its own, add its CA certificate to the connection (TLS › CA file) "
                     "rather than turning verification off.")
                      .arg(host, reply.errorString);
        break;
    case Http1Reply::Error::Closed:
        kind = NetError::ConnectionReset;
        message = reply.status > 0
                      ? tr("The connection to %1 was closed in the middle of the reply (after %2 "
                           "bytes).").arg(host).arg(reply.body.size())
                      : tr("The connection to %1 was closed before a reply came.").arg(host);
        break;
    case Http1Reply::Error::Timeout:
        kind = NetError::Timeout;
        message = tr("The connection to %1 timed out.").arg(host);
        break;
    case Http1Reply::Error::Unsafe:
        kind = NetError::Unsafe;
        retryable = false;
        message = reply.errorString;
        break;
    default:
        message = tr("The request to %1 failed: %2.").arg(host, reply.errorString);
        break;
    }
    message = state.request->redactor.redact(message);
    return retryable ? retried(kind, message, state.backoffMs) : finished(kind, message);
}

ReplyVerdict ReplyClassifier::redirect(const Http1Reply &reply, const ReplyState &state)
{
    // Followed by hand: credentials stay with their own host.
    const int status = reply.status;
    const QByteArray location = headerValue(reply.headers, "Location");
    if (location.isEmpty()) {
        return finished(NetError::Redirect,
                        tr("The server answered %1 %2 to %3, a redirect without a Location header: it says the "
                           "resource is elsewhere but not where. Check the endpoint's path and the connection's "
                           "base URL.")
                            .arg(status)
                            .arg(printable(QString::fromLatin1(reply.reason), false), where(state)));
    }
    if (state.redirects + 1 > MaxRedirects)
        return finished(NetError::Redirect, tr("%1 redirected more than %2 times; stopped.").arg(where(state)).arg(MaxRedirects));
    const QUrl next = state.url.resolved(QUrl::fromEncoded(location));
    if (next.scheme() != u"http" && next.scheme() != u"https")
        return finished(NetError::Redirect, tr("%1 redirected to a non-web address; not followed.").arg(where(state)));
    ReplyVerdict v;
    v.action = ReplyVerdict::Action::Redirect;
    v.redirectTo = next;
    v.redirectAsGet = status == 303 || ((status == 301 || status == 302) && state.method == "POST");
    v.message = tr("%1 → %2 redirect to %3").arg(where(state)).arg(status).arg(state.request->redactor.redactUrl(next));
    return v;
}

ReplyVerdict ReplyClassifier::success(const Http1Reply &reply, const ReplyState &state)
{
    if (!state.request->expectJson)
        return {};
    bool tooDeep = false;
    const bool valid = fastjson::isValid(reply.body, &tooDeep);
    if (tooDeep) {
        return finished(NetError::TooDeep,
                        tr("The reply to %1 nests lists and objects more than 1,024 levels deep (%2 bytes). No API "
                           "answers like that; it is not read, and not asked for again.")
                            .arg(where(state))
                            .arg(reply.body.size()));
    }
    if (!valid) {
        return retried(NetError::Malformed,
                       tr("The reply to %1 is not valid JSON (%2 bytes; cut off or garbled?).")
                           .arg(where(state))
                           .arg(reply.body.size()),
                       state.backoffMs);
    }
    return {};
}

ReplyVerdict ReplyClassifier::refusal(const Http1Reply &reply, const ReplyState &state)
{
    const PreparedRequest &request = *state.request;
    const int status = reply.status;
    // What the server wrote is shown and kept: never with codes a terminal would obey.
    const QString statusText = QStringLiteral("%1 %2").arg(status).arg(printable(QString::fromLatin1(reply.reason), false));
    const QString server = request.redactor.redact(printable(messageFromBody(reply.body), false));
    QString message = tr("The server answered %1 to %2").arg(statusText, where(state));
    if (!server.isEmpty()) {
        message += QStringLiteral(": ") + server;
        if (!server.endsWith(u'.') && !server.endsWith(u'!') && !server.endsWith(u'?') && !server.endsWith(u'…'))
            message += u'.';
    } else {
        message += u'.';
    }

    if (status == 401 && request.auth.type == AuthType::OAuth2 && !state.refreshedAuth &&
        mayReceiveCredentials(request, state.url)) {
        // The token may have expired early: fetch a new one once, and try again.
        ReplyVerdict v;
        v.action = ReplyVerdict::Action::RefreshToken;
        v.message = tr("%1 → 401, fetching a new access token").arg(where(state));
        return v;
    }

    const bool gitHubLimit = status == 403 && headerValue(reply.headers, "x-ratelimit-remaining") == "0";
    const bool salesforceLimit = status == 403 && reply.body.contains("REQUEST_LIMIT_EXCEEDED");
    if (status == 429 || status == 503 || gitHubLimit || salesforceLimit) {
        qint64 delay = -1;
        QString why;
        bool hasRetryAfter = false;
        const QByteArray retryAfter = headerValue(reply.headers, "Retry-After", &hasRetryAfter);
        const retry::RetryAfter ra = retry::parseRetryAfter(retryAfter, hasRetryAfter, state.now);
        if (ra.kind == retry::RetryAfter::Delay) {
            delay = ra.ms;
            why = tr("Retry-After");
        } else if (gitHubLimit) {
            const qint64 reset = headerValue(reply.headers, "x-ratelimit-reset").toLongLong();
            delay = std::max<qint64>(0, (reset - state.now.toSecsSinceEpoch()) * 1000);
            why = tr("x-ratelimit-reset");
        }
        if (delay < 0)
            delay = state.backoffMs;
        const qint64 cap = qint64(request.retry.maxRetryAfterS) * 1000;
        if (delay > cap) {
            return finished(NetError::RateLimited,
                            tr("%1 The server asks to wait %2 s before trying again (%3), longer than the "
                               "%4 s connection \"%5\" allows (retry › maxRetryAfterS). Try again later, or "
                               "raise that limit.")
                                .arg(message, retry::secondsText(delay), why)
                                .arg(request.retry.maxRetryAfterS)
                                .arg(request.connectionName));
        }
        if (salesforceLimit)
            message += u' ' + tr("(Salesforce's API request limit is used up.)");
        ReplyVerdict v = retried(NetError::Http, message, delay);
        v.rateLimit = true;
        v.vendorLimit = gitHubLimit || salesforceLimit;
        v.unavailable = status != 429;
        v.askedToWait = status == 429 || ra.kind == retry::RetryAfter::Delay || gitHubLimit || salesforceLimit;
        return v;
    }
    if (retry::isRetryableStatus(status))
        return retried(NetError::Http, message, state.backoffMs);
    if (status == 401 || status == 403) {
        message += u' ' + (status == 401
                               ? tr("The credentials of connection \"%1\" were refused; check them in "
                                    "the connection editor.")
                                     .arg(request.connectionName)
                               : tr("The credentials are valid but not allowed to do this; check the "
                                    "permissions (scopes) of the account."));
    }
    return finished(NetError::Http, message);
}

} // namespace patchbay
