#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace patchbay {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// The value of the first header called `name` (in any case), empty if there is none;
/// `present` says whether there is one (an empty value is not an absent header).
inline QByteArray headerValue(const HeaderList &headers, const QByteArray &name, bool *present = nullptr)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            if (present)
                *present = true;
            return h.second;
        }
    }
    return {};
}

/// Hides secrets in everything Patchbay shows or keeps: history, logs, error messages, `--json`
/// output, cURL commands. It knows the secret values of a request (tokens, keys, passwords,
/// secret variables) and the places that carry credentials by their nature (Authorization,
/// Cookie, the API-key header or query parameter), and replaces them with `••••`.
class Redactor
{
public:
    static const QString &mask(); ///< "••••"

    /// A secret value; every occurrence of it (also percent- and base64-encoded) is masked.
    void addSecret(const QString &value);
    void addSensitiveHeader(const QByteArray &name);     ///< compared case-insensitively
    void addSensitiveQueryParameter(const QString &name); ///< compared exactly
    void merge(const Redactor &other);
    /// This one, also masking `secrets` (e.g. HttpResult::secretsUsed).
    Redactor withSecrets(const QStringList &secrets) const;

    bool isSensitiveHeader(const QByteArray &name) const;
    /// Masks every secret; also one written with JSON escapes (`\u0054ok…`, `\/`), as a server
    /// may echo it in a JSON body.
    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &text) const;
    QString redactUrl(const QUrl &url) const;
    HeaderList redactHeaders(const HeaderList &headers) const;

    const QStringList &secrets() const { return m_secrets; }

private:
    QStringList m_secrets;      ///< longest first, so that a secret inside another is masked whole
    QList<QByteArray> m_headers; ///< lower case
    QSet<QString> m_queryParameters;
};

} // namespace patchbay
