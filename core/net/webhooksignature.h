#pragma once

#include "model/integration.h"
#include "net/httpserver.h"

#include <QCoreApplication>
#include <QString>

namespace patchbay {

/// Whether a webhook delivery comes from its sender, by the scheme its Source node names
/// (docs/webhooks.md): the HMAC-SHA256 schemes of Stripe, GitHub, Slack and Standard Webhooks,
/// or a shared token. Signatures are compared in constant time; a timestamp older (or newer)
/// than the tolerance is refused, so that a captured delivery cannot be sent again later.
struct WebhookVerdict
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::WebhookVerdict)

public:
    bool verified = false;
    QString reason;  ///< why not, for the 401's body and the audit: says which header and what to check
    QString eventId; ///< the sender's id of the delivery where a header carries it (GitHub, Standard Webhooks)

    /// Checks `request` against `settings` with `secret` (the secret variable's value).
    /// `nowSeconds`: the Unix time to compare timestamps with.
    static WebhookVerdict check(const WebhookSettings &settings, const QByteArray &secret, const HttpRequest &request,
                                qint64 nowSeconds);
};

namespace webhook {
/// Equal without leaking where they differ through the time it takes.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
/// HMAC-SHA256 of `message` under `key`.
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
/// A Standard Webhooks secret ("whsec_" and base64) as the key bytes; any other as it is.
QByteArray standardKey(const QByteArray &secret);
/// The header that carries a shared token ("X-Webhook-Token" unless the node names one).
QByteArray tokenHeader(const WebhookSettings &settings);
} // namespace webhook

} // namespace patchbay
