#pragma once

#include "net/preparedrequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QOAuthHttpServerReplyHandler;
class QNetworkAccessManager;
class QTimer;

namespace patchbay {

/// Signs in to an OAuth2 authorization-code connection in the user's browser (RFC 8252):
/// a loopback redirect on 127.0.0.1 (QtNetworkAuth's QOAuthHttpServerReplyHandler), PKCE with
/// S256 (RFC 7636; a 64-character verifier from the system CSPRNG), the state checked. The caller
/// opens the browser on openBrowser() and keeps the refresh token of succeeded() in the keychain.
class OAuth2SignIn : public QObject
{
    Q_OBJECT

public:
    OAuth2SignIn(ResolvedAuth auth, QString connectionName, QObject *parent = nullptr);
    ~OAuth2SignIn() override;

    /// Starts listening and emits openBrowser(). Gives up after `timeoutMs` without an answer.
    void start(int timeoutMs = 5 * 60 * 1000);
    void cancel();
    QString redirectUri() const;

Q_SIGNALS:
    void openBrowser(const QUrl &url);
    void succeeded(const QString &accessToken, qint64 expiresAtMs, const QString &refreshToken);
    void failed(const QString &message);

private:
    void onCallback(const QVariantMap &values);
    void fail(const QString &message);

    ResolvedAuth m_auth;
    QString m_name;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_verifier;
    QString m_state;
    QString m_redirectUri;
    bool m_done = false;
};

/// PKCE helpers (RFC 7636), public for tests.
namespace pkce {
QByteArray makeVerifier();                           ///< 64 unreserved characters, CSPRNG
QByteArray challenge(const QByteArray &verifier);    ///< BASE64URL(SHA256(verifier)), no padding
} // namespace pkce

} // namespace patchbay
