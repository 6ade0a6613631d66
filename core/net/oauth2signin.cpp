#include "oauth2signin.h"

#include "net/formdata.h"
#include "util/json.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace patchbay {

namespace pkce {

QByteArray makeVerifier()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray v(64, '\0');
    QRandomGenerator *rng = QRandomGenerator::system();
    for (char &c : v)
        c = alphabet[rng->bounded(int(sizeof(alphabet) - 1))];
    return v;
}

QByteArray challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace pkce

OAuth2SignIn::OAuth2SignIn(ResolvedAuth auth, QString connectionName, QObject *parent)
    : QObject(parent), m_auth(std::move(auth)), m_name(std::move(connectionName)),
      m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(tr("No answer from the browser for connection \"%1\"; the sign-in was given up. Try "
                "again, and finish the sign-in in the browser window that opens.")
                 .arg(m_name));
    });
}

OAuth2SignIn::~OAuth2SignIn() = default;

QString OAuth2SignIn::redirectUri() const
{
    return m_redirectUri;
}

void OAuth2SignIn::start(int timeoutMs)
{
    // Only the loopback interface: the redirect must not be reachable from the network.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_handler->isListening()) {
        fail(tr("Cannot listen on 127.0.0.1 for the sign-in's redirect."));
        return;
    }
    m_handler->setCallbackText(tr("Patchbay is signed in. You can close this page."));
    connect(m_handler, &QOAuthHttpServerReplyHandler::callbackReceived, this, &OAuth2SignIn::onCallback);
    m_redirectUri = m_handler->callback(); // kept: once closed, the handler forgets its port

    m_verifier = pkce::makeVerifier();
    m_state = QString::fromLatin1(pkce::makeVerifier().left(32));
    FormData query{{QStringLiteral("response_type"), QStringLiteral("code")},
                   {QStringLiteral("client_id"), m_auth.clientId},
                   {QStringLiteral("redirect_uri"), redirectUri()}};
    if (!m_auth.scope.isEmpty())
        query.append({QStringLiteral("scope"), m_auth.scope});
    query.append({QStringLiteral("state"), m_state});
    query.append({QStringLiteral("code_challenge"), QString::fromLatin1(pkce::challenge(m_verifier))});
    query.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    QUrl url = m_auth.authorizationUrl;
    const QString existing = url.query(QUrl::FullyEncoded);
    url.setQuery((existing.isEmpty() ? QString() : existing + u'&') + QString::fromLatin1(formEncode(query)),
                 QUrl::StrictMode);
    m_timer->start(timeoutMs);
    Q_EMIT openBrowser(url);
}

void OAuth2SignIn::cancel()
{
    fail(tr("The sign-in of connection \"%1\" was cancelled.").arg(m_name));
}

void OAuth2SignIn::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    if (m_handler)
        m_handler->close();
    Q_EMIT failed(message);
}

void OAuth2SignIn::onCallback(const QVariantMap &values)
{
    if (m_done)
        return;
    if (values.value(QStringLiteral("state")).toString() != m_state) {
        // Not our request (or forged): ignore it and keep waiting for the real one.
        return;
    }
    if (values.contains(QStringLiteral("error"))) {
        fail(tr("The sign-in of connection \"%1\" was refused: %2 %3")
                 .arg(m_name, values.value(QStringLiteral("error")).toString(),
                      values.value(QStringLiteral("error_description")).toString())
                 .trimmed());
        return;
    }
    const QString code = values.value(QStringLiteral("code")).toString();
    if (code.isEmpty()) {
        fail(tr("The sign-in of connection \"%1\" came back without an authorization code.").arg(m_name));
        return;
    }
    m_handler->close(); // the one redirect has come

    FormData form;
    form.append({QStringLiteral("grant_type"), QStringLiteral("authorization_code")});
    form.append({QStringLiteral("code"), code});
    form.append({QStringLiteral("redirect_uri"), redirectUri()});
    form.append({QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)});
    form.append({QStringLiteral("client_id"), m_auth.clientId});
    QNetworkRequest r(m_auth.tokenUrl);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    r.setRawHeader("Accept", "application/json");
    if (!m_auth.clientSecret.isEmpty()) {
        const QByteArray pair = QUrl::toPercentEncoding(m_auth.clientId) + ':' + QUrl::toPercentEncoding(m_auth.clientSecret);
        r.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    QNetworkReply *reply = m_network->post(r, formEncode(form));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const Json j = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        if (status >= 200 && status < 300 && j.is_object() && j.contains("access_token") && j["access_token"].is_string()) {
            const qint64 ttl = j.contains("expires_in") && j["expires_in"].is_number() ? j["expires_in"].get<qint64>() : 3600;
            const QString refresh = j.contains("refresh_token") && j["refresh_token"].is_string()
                                        ? toQString(j["refresh_token"].get<std::string>())
                                        : QString();
            m_done = true;
            m_timer->stop();
            Q_EMIT succeeded(toQString(j["access_token"].get<std::string>()),
                             QDateTime::currentMSecsSinceEpoch() + ttl * 1000, refresh);
            return;
        }
        QString detail = status == 0 ? reply->errorString() : QString::number(status);
        if (j.is_object() && j.contains("error_description") && j["error_description"].is_string())
            detail += u' ' + toQString(j["error_description"].get<std::string>());
        else if (j.is_object() && j.contains("error") && j["error"].is_string())
            detail += u' ' + toQString(j["error"].get<std::string>());
        fail(tr("The sign-in of connection \"%1\" failed when exchanging the code for a token at %2: "
                "%3. Check the token URL and the client id.")
                 .arg(m_name, m_auth.tokenUrl.toString(), detail));
    });
}

} // namespace patchbay
