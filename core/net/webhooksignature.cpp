#include "webhooksignature.h"

#include <QMessageAuthenticationCode>

#include <cstdlib>

namespace patchbay {

namespace webhook {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // The length is no secret (a hex or base64 SHA-256 always has the same one).
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray standardKey(const QByteArray &secret)
{
    if (secret.startsWith("whsec_"))
        return QByteArray::fromBase64(secret.mid(6));
    return secret;
}

QByteArray tokenHeader(const WebhookSettings &settings)
{
    return settings.header.isEmpty() ? QByteArrayLiteral("X-Webhook-Token") : settings.header.toLatin1();
}

} // namespace webhook

namespace {

using webhook::constantTimeEquals;
using webhook::hmacSha256;

WebhookVerdict refused(const QString &reason)
{
    WebhookVerdict v;
    v.reason = reason;
    return v;
}

WebhookVerdict accepted(const QString &eventId = {})
{
    WebhookVerdict v;
    v.verified = true;
    v.eventId = eventId;
    return v;
}

/// A Unix timestamp within the tolerance of now; `*why` otherwise.
bool fresh(const QByteArray &timestamp, qint64 now, int tolerance, QString *why)
{
    bool ok = false;
    const qint64 t = timestamp.trimmed().toLongLong(&ok);
    if (!ok) {
        *why = WebhookVerdict::tr("its timestamp \"%1\" is not a number of seconds").arg(QString::fromLatin1(timestamp.left(40)));
        return false;
    }
    if (std::llabs(now - t) > tolerance) {
        *why = WebhookVerdict::tr("its timestamp is %1 seconds away from this machine's clock, more than the %2 "
                                  "allowed: an old delivery sent again, or a clock that is wrong")
                   .arg(std::llabs(now - t))
                   .arg(tolerance);
        return false;
    }
    return true;
}

WebhookVerdict stripe(const WebhookSettings &s, const QByteArray &secret, const HttpRequest &r, qint64 now)
{
    const QByteArray header = r.header("Stripe-Signature");
    if (header.isEmpty())
        return refused(WebhookVerdict::tr("the Stripe-Signature header is missing"));
    QByteArray t;
    QList<QByteArray> signatures;
    for (const QByteArray &part : header.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = part.left(eq).trimmed();
        if (name == "t")
            t = part.mid(eq + 1).trimmed();
        else if (name == "v1")
            signatures.append(part.mid(eq + 1).trimmed().toLower());
    }
    if (t.isEmpty() || signatures.isEmpty())
        return refused(WebhookVerdict::tr("the Stripe-Signature header has no t=… or no v1=…"));
    QString why;
    if (!fresh(t, now, s.toleranceSeconds, &why))
        return refused(WebhookVerdict::tr("the Stripe signature is not fresh: %1").arg(why));
    const QByteArray expected = hmacSha256(secret, t + '.' + r.body).toHex();
    bool match = false;
    for (const QByteArray &sig : std::as_const(signatures))
        match |= constantTimeEquals(sig, expected); // every one compared: no early exit
    if (!match)
        return refused(WebhookVerdict::tr("no v1 signature of the Stripe-Signature header matches; check that the "
                                          "signing secret (whsec_…) is this endpoint's"));
    return accepted();
}

WebhookVerdict github(const QByteArray &secret, const HttpRequest &r)
{
    const QByteArray header = r.header("X-Hub-Signature-256");
    if (header.isEmpty())
        return refused(WebhookVerdict::tr("the X-Hub-Signature-256 header is missing (set a secret on GitHub's webhook)"));
    if (!header.startsWith("sha256="))
        return refused(WebhookVerdict::tr("the X-Hub-Signature-256 header does not start with sha256="));
    const QByteArray expected = "sha256=" + hmacSha256(secret, r.body).toHex();
    if (!constantTimeEquals(header.trimmed().toLower(), expected))
        return refused(WebhookVerdict::tr("the X-Hub-Signature-256 signature does not match; check the webhook's secret"));
    return accepted(QString::fromLatin1(r.header("X-GitHub-Delivery")));
}

WebhookVerdict slack(const WebhookSettings &s, const QByteArray &secret, const HttpRequest &r, qint64 now)
{
    const QByteArray ts = r.header("X-Slack-Request-Timestamp");
    const QByteArray sig = r.header("X-Slack-Signature");
    if (ts.isEmpty() || sig.isEmpty())
        return refused(WebhookVerdict::tr("the X-Slack-Request-Timestamp or X-Slack-Signature header is missing"));
    QString why;
    if (!fresh(ts, now, s.toleranceSeconds, &why))
        return refused(WebhookVerdict::tr("the Slack signature is not fresh: %1").arg(why));
    const QByteArray expected = "v0=" + hmacSha256(secret, "v0:" + ts.trimmed() + ':' + r.body).toHex();
    if (!constantTimeEquals(sig.trimmed().toLower(), expected))
        return refused(WebhookVerdict::tr("the X-Slack-Signature does not match; check the app's signing secret"));
    return accepted();
}

WebhookVerdict standard(const WebhookSettings &s, const QByteArray &secret, const HttpRequest &r, qint64 now)
{
    const QByteArray id = r.header("webhook-id");
    const QByteArray ts = r.header("webhook-timestamp");
    const QByteArray header = r.header("webhook-signature");
    if (id.isEmpty() || ts.isEmpty() || header.isEmpty())
        return refused(WebhookVerdict::tr("a webhook-id, webhook-timestamp or webhook-signature header is missing"));
    QString why;
    if (!fresh(ts, now, s.toleranceSeconds, &why))
        return refused(WebhookVerdict::tr("the webhook signature is not fresh: %1").arg(why));
    const QByteArray key = webhook::standardKey(secret);
    const QByteArray expected = hmacSha256(key, id.trimmed() + '.' + ts.trimmed() + '.' + r.body).toBase64();
    bool match = false;
    for (const QByteArray &part : header.split(' ')) {
        if (!part.startsWith("v1,"))
            continue; // other versions (v1a: asymmetric) are not ours to check
        match |= constantTimeEquals(part.mid(3).trimmed(), expected);
    }
    if (!match)
        return refused(WebhookVerdict::tr("no v1 signature of the webhook-signature header matches; check the secret "
                                          "(whsec_…)"));
    return accepted(QString::fromLatin1(id.trimmed()));
}

WebhookVerdict token(const WebhookSettings &s, const QByteArray &secret, const HttpRequest &r)
{
    const QByteArray name = webhook::tokenHeader(s);
    QByteArray value = r.header(name).trimmed();
    if (value.isEmpty())
        return refused(WebhookVerdict::tr("the %1 header with the shared token is missing").arg(QString::fromLatin1(name)));
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0 && value.startsWith("Bearer "))
        value = value.mid(7).trimmed();
    if (secret.isEmpty() || !constantTimeEquals(value, secret))
        return refused(WebhookVerdict::tr("the token in the %1 header is not this webhook's").arg(QString::fromLatin1(name)));
    return accepted();
}

} // namespace

WebhookVerdict WebhookVerdict::check(const WebhookSettings &settings, const QByteArray &secret, const HttpRequest &request,
                                     qint64 nowSeconds)
{
    if (settings.scheme != WebhookScheme::None && settings.scheme != WebhookScheme::Token && secret.isEmpty())
        return refused(tr("this webhook has no signing secret to check with; set its secret variable"));
    switch (settings.scheme) {
    case WebhookScheme::None:
        return accepted(QString::fromLatin1(request.header("webhook-id")));
    case WebhookScheme::Token:
        return token(settings, secret, request);
    case WebhookScheme::Stripe:
        return stripe(settings, secret, request, nowSeconds);
    case WebhookScheme::GitHub:
        return github(secret, request);
    case WebhookScheme::Slack:
        return slack(settings, secret, request, nowSeconds);
    case WebhookScheme::Standard:
        return standard(settings, secret, request, nowSeconds);
    }
    return refused(tr("unknown signature check"));
}

} // namespace patchbay
