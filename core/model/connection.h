#pragma once

#include "keyvalue.h"

#include <QList>
#include <QString>

namespace patchbay {

/// A secret auth field. In the project file it is either `{"secret": true}` — the value lives in
/// the keychain under `<project id>/<connection id>/<field>` — or a pure `{{variable}}` template.
/// A literal secret is never stored in the file.
struct SecretRef
{
    enum class Source {
        Keychain, ///< `{"secret": true}`
        Variable, ///< `"{{name}}"`, resolved like any variable
        None      ///< not set (only where a secret is optional, e.g. a PKCE client's secret)
    };
    Source source = Source::Keychain;
    QString variableTemplate; ///< for Source::Variable, e.g. "{{crm_token}}"

    bool fromKeychain() const { return source == Source::Keychain; }
    bool isSet() const { return source != Source::None; }
    bool operator==(const SecretRef &) const = default;
};

enum class AuthType { None, ApiKey, Bearer, Basic, OAuth2 };
enum class ApiKeyLocation { Header, Query };
enum class OAuth2Grant { ClientCredentials, AuthorizationCode };

/// How a connection proves who it is. Which fields matter depends on the type; the secret ones
/// (apiKey: key; bearer: token; basic: password; oauth2: clientSecret) are SecretRefs.
struct Auth
{
    AuthType type = AuthType::None;

    // apiKey
    QString keyName = QStringLiteral("X-Api-Key"); ///< header or query parameter name
    ApiKeyLocation keyIn = ApiKeyLocation::Header;
    SecretRef key;

    // bearer
    SecretRef token;

    // basic
    QString username;
    SecretRef password;

    // oauth2
    OAuth2Grant grant = OAuth2Grant::ClientCredentials;
    QString tokenUrl;
    QString authorizationUrl; ///< authorizationCode only
    QString clientId;
    SecretRef clientSecret{SecretRef::Source::None, {}}; ///< a PKCE public client has none
    QString scope;

    bool operator==(const Auth &) const = default;
};

/// A token bucket: on average `requestsPerSecond`, at most `burst` at once. 0 means no limit.
struct RateLimit
{
    double requestsPerSecond = 0;
    int burst = 1;
    bool operator==(const RateLimit &) const = default;
};

/// Exponential backoff with full jitter: the n-th retry waits random(0, min(max, base·2ⁿ)).
struct RetryPolicy
{
    int attempts = 4;           ///< tries in all, the first included; 1 disables retries
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterS = 300;   ///< a longer Retry-After fails the request instead of waiting
    bool operator==(const RetryPolicy &) const = default;
};

struct TlsSettings
{
    bool verify = true;   ///< turning this off is explicit and shown as a warning
    QString caFile;       ///< extra CA certificates (PEM) trusted for this connection
    bool operator==(const TlsSettings &) const = default;
};

/// A web API as the user knows it: where it is, how to sign in, and how gently to treat it.
struct Connection
{
    QString id;
    QString name;
    QString baseUrl; ///< may hold {{variables}}
    Auth auth;
    KeyValues headers;
    RateLimit rateLimit;
    RetryPolicy retry;
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    TlsSettings tls;
    /// The OpenAPI or Swagger document it was imported from (relative to the project file when
    /// it lies beside it): what a re-import is compared with. "" when made by hand or from
    /// another kind of import.
    QString spec;

    bool operator==(const Connection &) const = default;
};

} // namespace patchbay
