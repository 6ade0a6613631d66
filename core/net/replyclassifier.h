#pragma once

#include "net/http1transport.h"
#include "net/httpresult.h"
#include "net/preparedrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace patchbay {

/// Where a request stands when a reply (or a failure) comes: what the rules of a reply read
/// besides the reply itself.
struct ReplyState
{
    const PreparedRequest *request = nullptr;
    QUrl url;          ///< where this attempt went (after redirects)
    QByteArray method; ///< as sent (a 303 turns a POST into a GET)
    enum class Abort { None, Timeout, Cancel, TooLarge } abort = Abort::None;
    int redirects = 0;          ///< followed so far
    bool refreshedAuth = false; ///< an OAuth2 token was fetched anew after a 401 already
    qint64 backoffMs = 0;       ///< the retry policy's next wait (random: chosen by the caller)
    QDateTime now;              ///< for Retry-After dates and x-ratelimit-reset
};

/// What to do with a reply.
struct ReplyVerdict
{
    enum class Action {
        Finish,       ///< done: with `error` None, a success; else a failure not worth asking again
        Retry,        ///< ask again after `delayMs`, if the request's retry budget allows
        Redirect,     ///< follow to `redirectTo` (not a new attempt)
        RefreshToken, ///< a 401 with OAuth2: fetch a new token once, then try again
    };
    Action action = Action::Finish;
    NetError error = NetError::None;
    QString message;
    qint64 delayMs = 0;
    /// Retry: the server asked to slow down (429, 503, a vendor's limit): the connection's rate
    /// limiter hears of it.
    bool rateLimit = false;
    /// Retry: the server said to come back later (a 429, a Retry-After): no failure of the request.
    bool askedToWait = false;
    /// Retry: a vendor's budget is spent (GitHub's x-ratelimit-remaining: 0, Salesforce's
    /// REQUEST_LIMIT_EXCEEDED): the whole connection waits.
    bool vendorLimit = false;
    /// Retry: not a 429 but a 503 or a vendor's limit — the service's trouble, not the number of
    /// requests at once: it lowers the rate whatever the concurrency window says.
    bool unavailable = false;
    QUrl redirectTo;
    bool redirectAsGet = false; ///< a 303, or a 301/302 after a POST: the body is dropped
};

/// The rules of a reply, in one place and without side effects (#25): aborts, transport
/// failures, redirects, the OAuth2 refresh after a 401, 429/503 and the vendors' 403 limits,
/// retryable statuses, JSON that is not, and the messages that say so. HttpExchange does what
/// the verdict says; tst_httpclient::classify* checks each rule without a server.
class ReplyClassifier
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::HttpExchange)

public:
    static constexpr int MaxRedirects = 10;
    static ReplyVerdict classify(const Http1Reply &reply, const ReplyState &state);
    /// "GET https://api.example.com/x" with secrets redacted: how messages name a request.
    static QString where(const PreparedRequest &request, const QByteArray &method, const QUrl &url);
    static QString where(const ReplyState &state);

private:
    static ReplyVerdict transportFailure(const Http1Reply &reply, const ReplyState &state);
    static ReplyVerdict redirect(const Http1Reply &reply, const ReplyState &state);
    static ReplyVerdict success(const Http1Reply &reply, const ReplyState &state);
    static ReplyVerdict refusal(const Http1Reply &reply, const ReplyState &state);
};

} // namespace patchbay
