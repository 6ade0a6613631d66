#include "httpclient.h"

#include "net/authsigner.h"
#include "util/headercheck.h"
#include "net/http1transport.h"
#include "net/oauth2tokens.h"
#include "net/qtrequest.h"
#include "net/ratelimiter.h"
#include "net/replyclassifier.h"
#include "net/retry.h"
#include "util/cafile.h"
#include "util/fastjson.h"
#include "util/printable.h"
#include "util/json.h"

#include <QAuthenticator>
#include <QMetaMethod>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace patchbay {

namespace {

bool isTransportError(QNetworkReply::NetworkError e)
{
    const int code = int(e);
    return (code >= 1 && code < 200) || (code >= 301 && code < 400);
}

} // namespace

// -------------------------------------------------------------------------------------------------

HttpExchange::HttpExchange(HttpClient *client, PreparedRequest request)
    : QObject(client), m_client(client), m_request(std::move(request)), m_timer(new QTimer(this))
{
    m_url = m_request.url;
    m_method = m_request.method;
    m_body = m_request.body;
    m_timer->setSingleShot(true);
    // Precise: a coarse timer may fire up to 5 % early, and a server that said "Retry-After: 2"
    // must not hear from us after 1.9 s.
    m_timer->setTimerType(Qt::PreciseTimer);
    m_startMs = RateLimiter::now();
}

QString HttpExchange::where() const
{
    return ReplyClassifier::where(m_request, m_method, m_url);
}

bool HttpExchange::sameOrigin(const QUrl &url) const
{
    return mayReceiveCredentials(m_request, url);
}

void HttpExchange::cancel()
{
    if (m_done)
        return;
    m_abort = Abort::Cancel;
    if (m_reply) {
        m_reply->abort(); // onFinished reports the cancellation
    } else if (m_leanId) {
        m_client->m_lean->abort(m_leanId); // so does onLeanReply
    } else {
        m_timer->stop();
        finish(NetError::Cancelled, tr("Cancelled. %1 was not sent again.").arg(where()));
    }
}

void HttpExchange::waitThen(qint64 ms, const QString &why, bool rateLimit, std::function<void()> next)
{
    if (ms <= 0) {
        next();
        return;
    }
    m_result.waitedMs += ms;
    if (rateLimit)
        m_result.rateLimitWaitMs += ms;
    Q_EMIT progress(tr("waiting %1 s (%2)").arg(retry::secondsText(ms), why));
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, [next = std::move(next)] { next(); });
    m_timer->start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void HttpExchange::startAttempt()
{
    if (m_done)
        return;
    if (!m_inWindow && !m_client->enterWindow(this))
        return; // it starts when a place is free
    ++m_attempts;
    const qint64 wait = RateLimiter::shared().reserve(m_request.connectionKey, m_request.rateLimit);
    waitThen(wait, tr("rate limit of connection \"%1\"").arg(m_request.connectionName), true,
             [this] { sendSigned(); });
}

void HttpExchange::sendSigned()
{
    if (m_request.auth.type != AuthType::OAuth2 || !sameOrigin(m_url)) {
        sendNow(QString());
        return;
    }
    const int stale = m_staleGeneration;
    m_staleGeneration = -1;
    m_client->m_tokens->get(m_request, stale, this, [this](Result<QString> token, int generation) {
        if (m_done)
            return;
        if (!token) {
            finish(NetError::Auth, token.error().message);
            return;
        }
        m_tokenGeneration = generation;
        // A token is a secret like any other: masked in every message, log and history entry.
        m_request.redactor.addSecret(*token);
        if (!m_result.secretsUsed.contains(*token))
            m_result.secretsUsed.append(*token);
        sendNow(*token);
    });
}

void HttpExchange::sendNow(const QString &accessToken)
{
    const SignedRequest signed_ = signRequest(m_request, m_url, accessToken);
    // Whatever built them (a record's key, a token server, a secret, the project file): a header
    // that cannot be written safely stops the request here, for both transports.
    QString fault = http::isToken(m_method) ? QString() : tr("the method is not a single word");
    for (qsizetype i = 0; fault.isEmpty() && i < signed_.headers.size(); ++i)
        fault = http::headerFault(signed_.headers[i].first, signed_.headers[i].second);
    if (!fault.isEmpty()) {
        finish(NetError::Unsafe, m_request.redactor.redact(http::refusedBecause(fault) + u' ' + tr("(%1)").arg(where())));
        return;
    }
    m_data.clear();
    m_tlsErrors.clear();
    m_abort = Abort::None;
    m_result.url = m_url;
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_abort = Abort::Timeout;
        if (m_reply)
            m_reply->abort();
        else if (m_leanId)
            m_client->m_lean->abort(m_leanId);
    });
    if (signed_.url.scheme() == u"https" && !m_request.tls.caFile.isEmpty()) {
        QString why;
        if (!m_client->checkCaFile(m_request.tls.caFile, &why)) {
            finish(NetError::Tls, tr("The secure connection to %1 was not tried: %2 (connection \"%3\", TLS › CA file).")
                                      .arg(hostPort(signed_.url), why, m_request.connectionName));
            return;
        }
    }
    if (Http1Transport::handles(signed_.url)) {
        // no proxy: the lean transport (see http1transport.h)
        HeaderList headers;
        headers.reserve(signed_.headers.size() + 1);
        headers.append({"User-Agent", userAgent()});
        headers.append(signed_.headers);
        QPointer<HttpExchange> self(this);
        m_leanId = m_client->m_lean->send(signed_.url, m_method, headers, m_body, m_request.maxResponseBytes,
                                          [self](Http1Reply &&reply) {
                                              if (self)
                                                  self->onLeanReply(std::move(reply));
                                          },
                                          m_request.tls);
        m_timer->start(m_request.timeoutMs);
        if (m_client->logging())
            Q_EMIT m_client->log(tr("%1 (attempt %2)").arg(where()).arg(m_attempts));
        return;
    }
    m_client->useTlsSettings(signed_.url, m_request.tls);
    QNetworkRequest r = qtRequest(m_request, signed_.url);
    for (const auto &h : signed_.headers)
        r.setRawHeader(h.first, h.second);

    QNetworkReply *reply = m_client->network()->sendCustomRequest(r, m_method, m_body);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_tlsErrors = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_request.maxResponseBytes) {
            m_abort = Abort::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_data += reply->readAll();
        if (m_data.size() > m_request.maxResponseBytes) {
            m_abort = Abort::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    m_timer->start(m_request.timeoutMs);
    if (m_client->logging())
        Q_EMIT m_client->log(tr("%1 (attempt %2)").arg(where()).arg(m_attempts));
}

bool HttpExchange::canRetry(bool askedToWait) const
{
    const bool safe = retry::isIdempotentMethod(m_method) || !m_request.idempotencyKey.isEmpty();
    if (!safe || m_request.retry.attempts <= 1)
        return false;
    if (askedToWait)
        return m_rateLimitWaits < MaxRateLimitWaits && m_result.rateLimitWaitMs < MaxRateLimitWaitMs;
    const int failures = m_attempts - m_rateLimitWaits; // this one included
    const bool serviceWorks = m_client->m_lastSuccessMs.value(m_request.connectionKey, -1) >= m_startMs;
    return failures < (serviceWorks ? 2 * m_request.retry.attempts : m_request.retry.attempts);
}

void HttpExchange::retryOrFinish(NetError error, const QString &message, qint64 delayMs, bool rateLimit, bool askedToWait)
{
    if (!canRetry(askedToWait)) {
        QString text = message;
        if (m_attempts > 1)
            text += u' ' + tr("(Tried %1 times.)").arg(m_attempts);
        else if (!retry::isIdempotentMethod(m_method) && m_request.idempotencyKey.isEmpty())
            text += u' ' + tr("It was not sent again: a %1 without an idempotency key could be "
                              "applied twice.")
                               .arg(QString::fromLatin1(m_method));
        finish(error, text);
        return;
    }
    ++m_retries;
    if (askedToWait)
        ++m_rateLimitWaits;
    if (m_client->logging())
        Q_EMIT m_client->log(tr("%1 — retrying in %2 s").arg(message, retry::secondsText(delayMs)));
    const bool aside = std::exchange(m_waitsAlone, false);
    if (aside) {
        m_isAside = true;
        Q_EMIT setAside(true);
    }
    waitThen(delayMs, rateLimit ? tr("the server asked to slow down") : tr("retrying after a failure"),
             rateLimit, [this, aside] {
                 if (aside) {
                     m_isAside = false;
                     Q_EMIT setAside(false);
                 }
                 startAttempt();
             });
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->isOpen())
        m_data += reply->readAll();
    Http1Reply r;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    r.body = std::move(m_data);
    const QNetworkReply::NetworkError netError = reply->error();
    if (isTransportError(netError)) {
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError: r.error = Http1Reply::Error::Refused; break;
        case QNetworkReply::HostNotFoundError: r.error = Http1Reply::Error::HostNotFound; break;
        case QNetworkReply::SslHandshakeFailedError: r.error = Http1Reply::Error::Tls; break;
        case QNetworkReply::RemoteHostClosedError: r.error = Http1Reply::Error::Closed; break;
        case QNetworkReply::TimeoutError: r.error = Http1Reply::Error::Timeout; break;
        default: r.error = Http1Reply::Error::Other; break;
        }
        r.errorString = r.error == Http1Reply::Error::Tls && !m_tlsErrors.isEmpty() ? m_tlsErrors : reply->errorString();
    }
    handleReply(std::move(r));
}

void HttpExchange::onLeanReply(Http1Reply &&reply)
{
    if (m_done || !m_leanId)
        return;
    m_leanId = 0;
    if (reply.error == Http1Reply::Error::TooLarge)
        m_abort = Abort::TooLarge;
    handleReply(std::move(reply));
}

void HttpExchange::handleReply(Http1Reply &&reply)
{
    m_timer->stop();
    const int status = reply.status;
    const bool answered = m_abort == Abort::None && reply.error == Http1Reply::Error::None;
    {
        // The place among the connection's requests at once is free (a redirect keeps it: it
        // goes on at once), and the reply teaches the window: a 429 may say "too many at once".
        using W = ConcurrencyWindow::Reply;
        const bool redirect = answered && status >= 300 && status < 400 && status != 304;
        if (!redirect)
            m_client->leaveWindow(this, !answered                       ? W::Other
                                        : status >= 200 && status < 300 ? W::Success
                                        : status == 429                  ? W::Refused
                                                                         : W::Other);
    }
    ReplyState state;
    state.request = &m_request;
    state.url = m_url;
    state.method = m_method;
    state.abort = m_abort;
    state.redirects = m_redirects;
    state.refreshedAuth = m_refreshedAuth;
    state.backoffMs = retry::backoffMs(m_request.retry, m_retries, &m_client->m_random);
    state.now = QDateTime::currentDateTimeUtc();
    const ReplyVerdict v = ReplyClassifier::classify(reply, state);

    m_data = std::move(reply.body);
    m_result.status = status;
    m_result.reason = reply.reason;
    m_result.headers = std::move(reply.headers);
    if (answered) {
        m_result.body = m_data;
        RateLimiter::shared().observe(m_request.connectionKey, m_result.headers);
    }
    switch (v.action) {
    case ReplyVerdict::Action::Finish:
        finish(v.error, v.message);
        return;
    case ReplyVerdict::Action::Redirect:
        ++m_redirects;
        if (v.redirectAsGet) {
            m_method = "GET";
            m_body.clear();
        }
        Q_EMIT m_client->log(v.message);
        m_url = v.redirectTo;
        sendSigned(); // a redirect is not a new attempt
        return;
    case ReplyVerdict::Action::RefreshToken:
        m_refreshedAuth = true;
        m_staleGeneration = m_tokenGeneration;
        --m_attempts; // the refresh is not a retry of the request's own
        Q_EMIT m_client->log(v.message);
        startAttempt();
        return;
    case ReplyVerdict::Action::Retry:
        if (v.rateLimit) {
            // A 429 among successes is for this request: it waits its Retry-After alone, the
            // others go on. The whole connection waits when the server's budget is spent (its
            // headers, read by RateLimiter::observe, or a vendor's signal) or its refusals
            // cluster. Too many at once (429s): fewer at once answer it first — the window
            // shrank, or will —, and the rate is lowered where one at a time is refused too.
            // A 503 is the service's trouble, not the number at once: it lowers the rate.
            const bool clustered = RateLimiter::shared().noteReply(m_request.connectionKey, true, v.unavailable || m_windowAtOne);
            if (v.vendorLimit || clustered)
                RateLimiter::shared().pauseUntil(m_request.connectionKey, RateLimiter::now() + v.delayMs);
            else
                m_waitsAlone = true;
        }
        retryOrFinish(v.error, v.message, v.delayMs, v.rateLimit, v.askedToWait);
        return;
    }
}

void HttpExchange::finish(NetError error, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    m_client->leaveWindow(this, ConcurrencyWindow::Reply::Other); // (if it still holds a place)
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (const quint64 id = std::exchange(m_leanId, 0))
        m_client->m_lean->abort(id); // its reply is ignored: m_leanId is 0
    m_result.error = error;
    m_result.errorMessage = m_request.redactor.redact(message);
    m_result.attempts = m_attempts;
    m_result.retries = m_retries;
    m_result.durationMs = RateLimiter::now() - m_startMs;
    if (error == NetError::None && m_result.status >= 200 && m_result.status < 400) {
        m_client->m_lastSuccessMs.insert(m_request.connectionKey, RateLimiter::now());
        RateLimiter::shared().noteReply(m_request.connectionKey, false);
    }
    switch (error) {
    case NetError::ConnectionRefused:
    case NetError::HostNotFound:
    case NetError::Timeout:
    case NetError::Tls:
    case NetError::ConnectionReset:
    case NetError::Network:
    case NetError::Cancelled:
    case NetError::TooLarge:
        m_result.status = 0; // no complete reply to show
        m_result.body.clear();
        break;
    default:
        break;
    }
    if (m_client->logging())
        Q_EMIT m_client->log(error == NetError::None
                                 ? tr("%1 → %2 in %3 ms").arg(where()).arg(m_result.status).arg(m_result.durationMs)
                                 : m_result.errorMessage);
    Q_EMIT finished(m_result);
    deleteLater();
}

// -------------------------------------------------------------------------------------------------

HttpClient::HttpClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_lean(new Http1Transport(this)),
      m_tokens(new OAuth2Tokens(m_network, this)), m_random(QRandomGenerator::securelySeeded())
{
    connect(m_tokens, &OAuth2Tokens::log, this, &HttpClient::log);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
    qRegisterMetaType<patchbay::HttpResult>();
}

HttpClient::~HttpClient() = default;

bool HttpClient::logging() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&HttpClient::log);
    return isSignalConnected(signal);
}

HttpExchange *HttpClient::send(PreparedRequest request)
{
    auto *exchange = new HttpExchange(this, std::move(request));
    QMetaObject::invokeMethod(exchange, &HttpExchange::startAttempt, Qt::QueuedConnection);
    return exchange;
}

HttpResult HttpClient::sendAndWait(PreparedRequest request)
{
    HttpResult result;
    QEventLoop loop;
    HttpExchange *exchange = send(std::move(request));
    connect(exchange, &HttpExchange::finished, &loop, [&](const HttpResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool HttpClient::checkCaFile(const QString &file, QString *why)
{
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    if (const auto it = m_usableCaFiles.constFind(file); it != m_usableCaFiles.cend() && now - *it < 1000)
        return true;
    m_usableCaFiles.remove(file);
    if (!caFileUsable(file, why))
        return false;
    m_usableCaFiles.insert(file, now);
    return true;
}

void HttpClient::useTlsSettings(const QUrl &url, const TlsSettings &tls)
{
    if (url.scheme() != u"https")
        return;
    // QNetworkAccessManager keeps TLS connections open with the settings they were made with;
    // when a connection's TLS settings change (a CA file added), start afresh.
    const QString origin = originOf(url).toString();
    const auto it = m_tlsByOrigin.constFind(origin);
    if (it != m_tlsByOrigin.cend() && *it != tls)
        m_network->clearConnectionCache();
    m_tlsByOrigin.insert(origin, tls);
}

void HttpClient::setSecretStore(SecretStore *store)
{
    m_tokens->setSecretStore(store);
}

void HttpClient::setAccessToken(const QString &connectionKey, const QString &token, qint64 expiresAtMs,
                                const QString &refreshToken)
{
    m_tokens->set(connectionKey, token, expiresAtMs, refreshToken);
}

int HttpClient::tokenFetches(const QString &connectionKey) const
{
    return m_tokens->fetches(connectionKey);
}

bool HttpClient::enterWindow(HttpExchange *e)
{
    Window &w = m_windows[e->m_request.connectionKey];
    if (w.waiting.empty() && w.window.mayStart()) {
        e->m_ticket = w.window.start();
        e->m_inWindow = true;
        return true;
    }
    w.waiting.push_back(e);
    Q_EMIT e->progress(HttpExchange::tr("waiting for a free place (connection \"%1\" takes %n at once now)", nullptr, w.window.limit())
                           .arg(e->m_request.connectionName));
    return false;
}

void HttpClient::leaveWindow(HttpExchange *e, ConcurrencyWindow::Reply reply)
{
    if (!e->m_inWindow)
        return;
    e->m_inWindow = false;
    const QString &key = e->m_request.connectionKey;
    Window &w = m_windows[key];
    e->m_windowAtOne = w.window.atOne();
    if (w.window.end(e->m_ticket, reply) && logging())
        Q_EMIT log(tr("Connection \"%1\" refuses requests at once: %n at a time from now on.", nullptr, w.window.limit())
                       .arg(e->m_request.connectionName));
    while (w.window.mayStart() && !w.waiting.empty()) {
        const QPointer<HttpExchange> next = w.waiting.front();
        w.waiting.pop_front();
        if (!next || next->m_done)
            continue;
        next->m_ticket = w.window.start();
        next->m_inWindow = true;
        QMetaObject::invokeMethod(next, &HttpExchange::startAttempt, Qt::QueuedConnection);
    }
}

} // namespace patchbay
