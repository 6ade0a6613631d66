#include "oauth2tokens.h"

#include "net/formdata.h"
#include "net/qtrequest.h"
#include "secrets/secretstore.h"
#include "util/cafile.h"
#include "util/headercheck.h"
#include "util/json.h"
#include "util/printable.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace patchbay {

OAuth2Tokens::OAuth2Tokens(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

int OAuth2Tokens::fetches(const QString &connectionKey) const
{
    return m_tokens.value(connectionKey).fetches;
}

void OAuth2Tokens::set(const QString &connectionKey, const QString &token, qint64 expiresAtMs, const QString &refreshToken)
{
    State &s = m_tokens[connectionKey];
    s.accessToken = token;
    s.expiresAtMs = expiresAtMs;
    s.lifetimeMs = std::max<qint64>(0, expiresAtMs - QDateTime::currentMSecsSinceEpoch());
    if (!refreshToken.isEmpty())
        s.refreshToken = refreshToken;
    ++s.generation;
}

void OAuth2Tokens::get(const PreparedRequest &request, int staleGeneration, QObject *context, Callback callback)
{
    State &s = m_tokens[request.connectionKey];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Refresh shortly before expiry (a minute, or a tenth of a short lifetime), so that a token
    // never dies on the way.
    const bool fresh = !s.accessToken.isEmpty() && s.expiresAtMs - std::min<qint64>(60000, s.lifetimeMs / 10) > now;
    const bool refused = staleGeneration >= 0 && staleGeneration == s.generation;
    if (fresh && !refused) {
        callback(s.accessToken, s.generation);
        return;
    }
    s.waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (!s.fetching)
        fetch(request);
}

void OAuth2Tokens::failWaiters(const QString &connectionKey, const Error &error)
{
    State &s = m_tokens[connectionKey];
    auto waiters = std::move(s.waiters);
    s.waiters.clear();
    for (auto &w : waiters)
        if (w.first)
            w.second(error, s.generation);
}

void OAuth2Tokens::fetch(const PreparedRequest &request)
{
    const QString key = request.connectionKey;
    State &s = m_tokens[key];
    const ResolvedAuth &a = request.auth;
    if (s.refreshToken.isEmpty())
        s.refreshToken = a.refreshToken;

    FormData form;
    if (a.grant == OAuth2Grant::ClientCredentials) {
        form.append({QStringLiteral("grant_type"), QStringLiteral("client_credentials")});
    } else {
        if (s.refreshToken.isEmpty()) {
            failWaiters(key, makeError(QStringLiteral("auth.sign-in"),
                                       tr("Connection \"%1\" is not signed in (OAuth2 authorization "
                                          "code). Open the connection and press Sign in.")
                                           .arg(request.connectionName)));
            return;
        }
        form.append({QStringLiteral("grant_type"), QStringLiteral("refresh_token")});
        form.append({QStringLiteral("refresh_token"), s.refreshToken});
    }
    if (!a.scope.isEmpty())
        form.append({QStringLiteral("scope"), a.scope});
    if (a.clientSecret.isEmpty())
        form.append({QStringLiteral("client_id"), a.clientId});

    if (a.tokenUrl.scheme() == u"https" && !request.tls.caFile.isEmpty()) {
        QString why;
        if (!caFileUsable(request.tls.caFile, &why)) {
            failWaiters(key, makeError(QStringLiteral("auth.token"),
                                       tr("Could not get an OAuth2 access token for connection \"%1\": %2 (TLS › CA file).")
                                           .arg(request.connectionName, why)));
            return;
        }
    }
    QNetworkRequest r = qtRequest(request, a.tokenUrl);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    r.setRawHeader("Accept", "application/json");
    if (!a.clientSecret.isEmpty()) {
        // client_secret_basic (RFC 6749 §2.3.1): both parts form-encoded, then base64.
        const QByteArray pair = QUrl::toPercentEncoding(a.clientId) + ':' + QUrl::toPercentEncoding(a.clientSecret);
        r.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    r.setTransferTimeout(request.timeoutMs);
    s.fetching = true;
    ++s.fetches;
    Q_EMIT log(tr("fetching an OAuth2 access token for connection \"%1\" from %2")
                   .arg(request.connectionName, request.redactor.redactUrl(a.tokenUrl)));
    QNetworkReply *reply = m_network->post(r, formEncode(form));
    const QString connectionName = request.connectionName;
    const QString tokenUrl = request.redactor.redactUrl(a.tokenUrl);
    const Redactor redactor = request.redactor;
    const QString refreshKey = a.refreshTokenKey;
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, connectionName, tokenUrl, redactor, refreshKey] {
        reply->deleteLater();
        State &st = m_tokens[key];
        st.fetching = false;
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const Json j = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        Result<QString> outcome = QString();
        const bool hasToken = j.is_object() && j.contains("access_token") && j["access_token"].is_string();
        QString tokenFault;
        if (hasToken)
            tokenFault = http::headerFault(QByteArrayView("Authorization"), QByteArrayView(j["access_token"].get_ref<const std::string &>()));
        if (status >= 200 && status < 300 && hasToken && !tokenFault.isEmpty()) {
            outcome = makeError(QStringLiteral("auth.token"),
                                tr("The token server %1 of connection \"%2\" answered an access token with a line "
                                   "break or another control character; it was not used, since it could add headers "
                                   "or a whole request of its own. Check the token URL.")
                                    .arg(tokenUrl, connectionName));
        } else if (status >= 200 && status < 300 && hasToken) {
            st.accessToken = toQString(j["access_token"].get<std::string>());
            const qint64 ttl = j.contains("expires_in") && j["expires_in"].is_number() ? j["expires_in"].get<qint64>() : 3600;
            st.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + ttl * 1000;
            st.lifetimeMs = ttl * 1000;
            ++st.generation;
            if (j.contains("refresh_token") && j["refresh_token"].is_string()) {
                const QString rotated = toQString(j["refresh_token"].get<std::string>());
                if (rotated != st.refreshToken) {
                    st.refreshToken = rotated;
                    if (m_secrets && !refreshKey.isEmpty())
                        m_secrets->write(refreshKey, rotated, this, [this, connectionName](Result<void> r) {
                            if (!r)
                                Q_EMIT log(tr("could not save the new refresh token of connection \"%1\": %2")
                                               .arg(connectionName, r.error().message));
                        });
                }
            }
            outcome = st.accessToken;
        } else {
            QString detail;
            if (status == 0)
                detail = reply->errorString();
            else
                detail = QStringLiteral("%1 %2").arg(status).arg(printable(messageFromBody(body), false));
            outcome = makeError(QStringLiteral("auth.token"),
                                redactor.redact(tr("Could not get an OAuth2 access token for connection "
                                                   "\"%1\" from %2: %3. Check the client id, the client "
                                                   "secret and the token URL.")
                                                    .arg(connectionName, tokenUrl, detail)));
        }
        auto waiters = std::move(st.waiters);
        st.waiters.clear();
        const int generation = st.generation;
        for (auto &w : waiters)
            if (w.first)
                w.second(outcome, generation);
    });
}

} // namespace patchbay
