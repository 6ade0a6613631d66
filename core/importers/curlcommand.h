#pragma once

#include "importers/openapiimporter.h"
#include "model/keyvalue.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace patchbay {

/// A request read from a `curl …` command as people paste it (from browser dev tools, API docs,
/// Postman): `-X`, `-H`, `-d`/`--data`/`--data-raw`/`--data-binary`/`--data-urlencode`, `-u`,
/// `--url`, `-G`, `-k`, quoted and line-continued. Credentials are lifted out of the headers:
/// `Authorization: Bearer …` becomes a bearer token, `-u user:pass` basic auth — so that the
/// secret can go to the keychain instead of into the project.
struct CurlCommand
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::CurlCommand)

public:
    QString method = QStringLiteral("GET");
    QString url;
    KeyValues headers; ///< without Authorization when it was turned into auth below
    QString body;
    bool insecure = false; ///< -k: the user asked for no TLS checks (reported, not copied)

    enum class AuthKind { None, Bearer, Basic };
    AuthKind auth = AuthKind::None;
    QString username;
    QString secret; ///< the bearer token or the basic password

    QStringList ignored; ///< options that were understood but have no meaning here (-s, -L, …)

    static Result<CurlCommand> parse(const QString &command);

    /// The request as a connection (its origin, with the command's auth) and one endpoint. The
    /// secret (token or password) is not in the project: it is returned for the keychain under
    /// the connection's id and its field ("token", "password").
    ImportResult toImport(QHash<QString, QHash<QString, QString>> *secrets) const;
    /// Splits a shell command line into words: quotes, backslashes, line continuations.
    static Result<QStringList> shellWords(const QString &command);
};

} // namespace patchbay
