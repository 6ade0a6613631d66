#pragma once

#include "net/preparedrequest.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace patchbay {

class SecretStore;

/// The OAuth2 access tokens of one HttpClient (one thread), per connection: fetched from the
/// connection's token URL with its client credentials or refresh token (beside OAuth2SignIn,
/// which gets the first refresh token in the browser), kept until shortly before they expire.
/// Parallel requests that need one share one fetch; a token refused with a 401 is fetched anew
/// once (by its generation); a refresh token the server rotates is saved to the SecretStore.
class OAuth2Tokens : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QString> token, int generation)>;

    OAuth2Tokens(QNetworkAccessManager *network, QObject *parent);

    /// Where a rotated refresh token is saved; may be null.
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    /// A token obtained elsewhere (the authorization code sign-in).
    void set(const QString &connectionKey, const QString &token, qint64 expiresAtMs, const QString &refreshToken = {});
    /// How many times a token was fetched for the connection (tests, diagnostics).
    int fetches(const QString &connectionKey) const;
    /// Calls back with a valid access token for the request's connection (unless `context` is
    /// gone), fetching or refreshing it if needed. `staleGeneration` >= 0: the token of that
    /// generation was refused.
    void get(const PreparedRequest &request, int staleGeneration, QObject *context, Callback callback);

Q_SIGNALS:
    /// What it fetched, and what went wrong saving a refresh token: for --verbose and run logs.
    void log(const QString &line);

private:
    void failWaiters(const QString &connectionKey, const Error &error);
    void fetch(const PreparedRequest &request);

    struct State
    {
        QString accessToken;
        qint64 expiresAtMs = 0;
        qint64 lifetimeMs = 0;
        QString refreshToken;
        int generation = 0;
        bool fetching = false;
        int fetches = 0;
        QList<QPair<QPointer<QObject>, Callback>> waiters;
    };

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets = nullptr;
    QHash<QString, State> m_tokens;
};

} // namespace patchbay
