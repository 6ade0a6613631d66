#include "qtrequest.h"

#include "util/cafile.h"
#include "util/json.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>

namespace patchbay {

QByteArray userAgent()
{
    static const QByteArray agent = QByteArray("Patchbay/") + QCoreApplication::applicationVersion().toLatin1();
    return agent;
}

QNetworkRequest qtRequest(const PreparedRequest &p, const QUrl &url)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    r.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    r.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!p.tls.caFile.isEmpty()) {
            QString why;
            ssl.addCaCertificates(readCaFile(p.tls.caFile, &why)); // checked before: see sendNow
        }
        if (!p.tls.verify)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        r.setSslConfiguration(ssl);
    }
    return r;
}

QString messageFromBody(const QByteArray &body)
{
    const Json j = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    auto text = [](const Json &v) -> QString { return v.is_string() ? toQString(v.get<std::string>()) : QString(); };
    if (j.is_object()) {
        QString main;
        for (const char *key : {"message", "error_description", "detail", "title", "error_message", "errorMessage"})
            if (main.isEmpty() && j.contains(key))
                main = text(j[key]);
        if (main.isEmpty() && j.contains("error")) {
            const Json &e = j["error"];
            if (e.is_string())
                main = text(e);
            else if (e.is_object())
                for (const char *key : {"message", "description"})
                    if (main.isEmpty() && e.contains(key))
                        main = text(e[key]);
        }
        QString detail;
        if (j.contains("errors") && j["errors"].is_array() && !j["errors"].empty()) {
            const Json &first = j["errors"][0];
            if (first.is_string())
                detail = text(first);
            else if (first.is_object() && first.contains("message"))
                detail = text(first["message"]);
        }
        if (!main.isEmpty() && !detail.isEmpty() && !main.contains(detail))
            return main + QStringLiteral(": ") + detail;
        if (!main.isEmpty() || !detail.isEmpty())
            return main.isEmpty() ? detail : main;
    }
    if (j.is_array() && !j.empty() && j[0].is_object() && j[0].contains("message"))
        return text(j[0]["message"]); // Salesforce
    QString plain = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        plain += QStringLiteral("…");
    return plain;
}

} // namespace patchbay
