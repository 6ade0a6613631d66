#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace patchbay {

/// application/x-www-form-urlencoded fields, in order (OAuth2 token requests).
using FormData = QList<QPair<QString, QString>>;

/// Each name and value percent-encoded whole.
inline QByteArray formEncode(const FormData &form)
{
    QByteArray out;
    for (const auto &field : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

} // namespace patchbay
