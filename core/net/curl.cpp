#include "curl.h"

#include "net/authsigner.h"

namespace patchbay {

QString shellQuote(const QString &word)
{
    if (!word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) {
            return c.isLetterOrNumber() || QStringLiteral("-_./:=@%+,").contains(c);
        }))
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString toCurl(const PreparedRequest &request, bool reveal, const QString &accessToken)
{
    const SignedRequest s = signRequest(request, request.url,
                                        accessToken.isEmpty() ? QStringLiteral("$ACCESS_TOKEN") : accessToken);
    const Redactor &r = request.redactor;
    QStringList parts;
    parts.append(QStringLiteral("curl"));
    if (request.method != "GET" || !request.body.isEmpty())
        parts.append(QStringLiteral("-X ") + QString::fromLatin1(request.method));
    parts.append(shellQuote(reveal ? QString::fromUtf8(s.url.toEncoded()) : r.redactUrl(s.url)));
    const HeaderList headers = reveal ? s.headers : r.redactHeaders(s.headers);
    for (const auto &h : headers)
        parts.append(QStringLiteral("-H ") + shellQuote(QString::fromUtf8(h.first + ": " + h.second)));
    if (!request.body.isEmpty())
        parts.append(QStringLiteral("--data-raw ") +
                     shellQuote(QString::fromUtf8(reveal ? request.body : r.redact(request.body))));
    if (!request.tls.caFile.isEmpty())
        parts.append(QStringLiteral("--cacert ") + shellQuote(request.tls.caFile));
    if (!request.tls.verify)
        parts.append(QStringLiteral("--insecure"));
    return parts.join(QStringLiteral(" \\\n  "));
}

} // namespace patchbay
