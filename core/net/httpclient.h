#pragma once

#include "net/concurrencywindow.h"
#include "net/http1transport.h"
#include "net/httpresult.h"
#include "net/preparedrequest.h"
#include "net/replyclassifier.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace patchbay {

class HttpClient;
class OAuth2Tokens;
class SecretStore;

/// One request and all its attempts: rate limit waits, auth, redirects, retries with backoff.
/// Emits finished() once, then deletes itself. cancel() stops it at any point.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    const PreparedRequest &request() const { return m_request; }
    void cancel();
    /// Whether it waits alone now (between setAside(true) and setAside(false)); a request
    /// cancelled while it waits finishes set aside.
    bool isAside() const { return m_isAside; }

Q_SIGNALS:
    void finished(const patchbay::HttpResult &result);
    /// What it is doing now, for status bars: "waiting 2 s (the server asked to slow down)".
    void progress(const QString &status);
    /// True: the server asked this request alone to come back later (a 429 among successes),
    /// and it waits without loading the server — its sender may send another meanwhile; false:
    /// it is on its way again.
    void setAside(bool aside);

private:
    friend class HttpClient;
    HttpExchange(HttpClient *client, PreparedRequest request);

    void startAttempt();
    void sendSigned(); ///< gets an OAuth2 token first where one is needed
    void sendNow(const QString &accessToken);
    void onFinished();
    void onLeanReply(Http1Reply &&reply);
    /// A reply from either transport: retries, redirects, errors in words.
    void handleReply(Http1Reply &&reply);
    void finish(NetError error, const QString &message);
    void waitThen(qint64 ms, const QString &why, bool rateLimit, std::function<void()> next);
    bool sameOrigin(const QUrl &url) const;
    /// Whether the budget allows another try: `askedToWait` for a server that asked to come back
    /// later (429, or a Retry-After), whose waits are no failure of the request (for up to
    /// MaxRateLimitWaitMs of waiting, and MaxRateLimitWaits times); else the
    /// retry policy's attempts — twice as many when the service answered other requests well
    /// since this one began (it works: this request is unlucky, not facing an outage).
    bool canRetry(bool askedToWait) const;
    /// Retries after `delayMs` if the budget allows, else finishes with `error`. `askedToWait`:
    /// the server said to come back later (a 429, or a Retry-After): no failure of the request.
    void retryOrFinish(NetError error, const QString &message, qint64 delayMs, bool rateLimit, bool askedToWait = false);
    QString where() const;

    HttpClient *m_client;
    PreparedRequest m_request;
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    quint64 m_leanId = 0; ///< the request out on the lean transport, 0 if none
    QTimer *m_timer;
    qint64 m_startMs = 0;
    int m_attempts = 0;
    int m_retries = 0;
    int m_rateLimitWaits = 0; ///< retries after 429/503: the server asked to wait
    static constexpr int MaxRateLimitWaits = 100;
    static constexpr qint64 MaxRateLimitWaitMs = 10 * 60 * 1000; ///< a request's waits, all told
    bool m_waitsAlone = false; ///< this request waits its Retry-After; the connection goes on
    bool m_inWindow = false;   ///< holds a place in its connection's ConcurrencyWindow
    quint64 m_ticket = 0;      ///< ...under this ticket
    bool m_windowAtOne = false; ///< the window allowed one at a time when the last reply came
    bool m_isAside = false;    ///< set aside now (isAside)
    int m_redirects = 0;
    bool m_refreshedAuth = false;
    int m_tokenGeneration = -1;
    int m_staleGeneration = -1; ///< the token of this generation was refused with a 401
    using Abort = ReplyState::Abort;
    Abort m_abort = Abort::None;
    bool m_done = false;
    QByteArray m_data;
    QString m_tlsErrors;
    HttpResult m_result;
};

/// Sends PreparedRequests over a QNetworkAccessManager of its own. Lives in one thread; make one
/// per thread. OAuth2 access tokens are its OAuth2Tokens': cached per connection, parallel
/// requests that meet a 401 trigger one refresh, not one each.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    /// Starts sending; the exchange reports by its finished() signal.
    HttpExchange *send(PreparedRequest request);
    /// Sends and waits in a local event loop (the CLI, worker threads; never the GUI thread).
    HttpResult sendAndWait(PreparedRequest request);

    /// Where a rotated OAuth2 refresh token is saved; may be null.
    void setSecretStore(SecretStore *store);
    /// An access token obtained elsewhere (the authorization code sign-in).
    void setAccessToken(const QString &connectionKey, const QString &token, qint64 expiresAtMs,
                        const QString &refreshToken = {});
    /// How many times this client fetched a token for the connection (tests, diagnostics).
    int tokenFetches(const QString &connectionKey) const;

    QNetworkAccessManager *network() const { return m_network; }
    /// The transport for plain http:// (see Http1Transport).
    Http1Transport *lean() const { return m_lean; }
    /// Whether anyone listens to log(): the lines are only built then.
    bool logging() const;

Q_SIGNALS:
    /// One line per attempt, redacted: for --verbose and the run log.
    void log(const QString &line);

private:
    friend class HttpExchange;
    /// Takes a place in the connection's concurrency window for `e`, or queues it: then it is
    /// started again (startAttempt) when a place frees up. Returns whether it has its place.
    bool enterWindow(HttpExchange *e);
    /// Gives `e`'s place up (if it holds one), the reply moving the window; starts those that
    /// waited for a place.
    void leaveWindow(HttpExchange *e, ConcurrencyWindow::Reply reply);
    void useTlsSettings(const QUrl &url, const TlsSettings &tls);
    /// Whether a connection's CA file holds certificates (`*why` when not); read again a second
    /// after it was last found usable, not for every request.
    bool checkCaFile(const QString &file, QString *why);

    QNetworkAccessManager *m_network;
    Http1Transport *m_lean;
    OAuth2Tokens *m_tokens; ///< the access tokens of its connections
    QHash<QString, TlsSettings> m_tlsByOrigin;
    QHash<QString, qint64> m_usableCaFiles; ///< path → when it was found usable (m_clock)
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_lastSuccessMs; ///< connection key → when a request to it last succeeded
    struct Window
    {
        ConcurrencyWindow window;
        std::deque<QPointer<HttpExchange>> waiting;
    };
    QHash<QString, Window> m_windows; ///< connection key → how many at once, learned
    QRandomGenerator m_random;
};

} // namespace patchbay
