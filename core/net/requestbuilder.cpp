#include "requestbuilder.h"

#include "net/templaterenderer.h"
#include "secrets/secretstore.h"
#include "util/templatevars.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace patchbay {

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

bool isTokenChar(QChar c)
{
    static const QString specials = QStringLiteral("!#$%&'*+-.^_`|~");
    return (c.unicode() < 128 && c.isLetterOrNumber()) || specials.contains(c);
}

bool looksLikeJson(const QString &body)
{
    const QString t = body.trimmed();
    return t.startsWith(u'{') || t.startsWith(u'[');
}

} // namespace

RequestBuilder::RequestBuilder(const Project &project, const QString &environment, const Variables &overrides)
    : m_project(project), m_scope(project, environment, overrides)
{
}

QStringList RequestBuilder::secretKeys(const Connection &c, QStringList *optional) const
{
    QStringList keys;
    auto field = [&](const SecretRef &ref, const char *name) {
        if (ref.source == SecretRef::Source::Keychain)
            keys.append(SecretKeys::connectionField(m_project.id, c.id, QString::fromLatin1(name)));
        else if (ref.source == SecretRef::Source::Variable)
            keys += m_scope.secretKeys(templateVariables(ref.variableTemplate));
    };
    switch (c.auth.type) {
    case AuthType::None:
        break;
    case AuthType::ApiKey:
        field(c.auth.key, "key");
        break;
    case AuthType::Bearer:
        field(c.auth.token, "token");
        break;
    case AuthType::Basic:
        field(c.auth.password, "password");
        break;
    case AuthType::OAuth2:
        field(c.auth.clientSecret, "clientSecret");
        if (c.auth.grant == OAuth2Grant::AuthorizationCode) {
            const QString refresh = SecretKeys::connectionField(m_project.id, c.id, QStringLiteral("refreshToken"));
            keys.append(refresh);
            if (optional)
                optional->append(refresh);
        }
        break;
    }
    QStringList names = templateVariables(c.baseUrl);
    for (const KeyValue &h : c.headers)
        names += templateVariables(h.value);
    names += templateVariables(c.auth.tokenUrl) + templateVariables(c.auth.authorizationUrl);
    keys += m_scope.secretKeys(names);
    keys.removeDuplicates();
    return keys;
}

QStringList RequestBuilder::secretKeys(const Endpoint &e, QStringList *optional) const
{
    QStringList keys;
    if (const Connection *c = m_project.connection(e.connection))
        keys = secretKeys(*c, optional);
    QStringList names = templateVariables(e.path) + templateVariables(e.body);
    for (const KeyValue &kv : e.query)
        names += templateVariables(kv.value);
    for (const KeyValue &kv : e.headers)
        names += templateVariables(kv.value);
    keys += m_scope.secretKeys(names);
    keys.removeDuplicates();
    return keys;
}

Result<ResolvedAuth> RequestBuilder::resolveAuth(const Connection &c, Redactor *redactor) const
{
    ResolvedAuth a;
    const Auth &auth = c.auth;
    a.type = auth.type;
    TemplateRenderer renderer(m_scope, redactor);
    const TemplateRenderer::Where where = [&c] { return tr("the auth of connection \"%1\"").arg(c.name); };
    auto secret = [&](const SecretRef &ref, const char *field, bool optional) -> Result<QString> {
        QString value;
        if (ref.source == SecretRef::Source::None)
            return QString();
        if (ref.source == SecretRef::Source::Variable) {
            Result<QString> r = renderer.render(ref.variableTemplate, TemplateRenderer::Context::Raw, where);
            if (!r)
                return r;
            value = *r;
        } else {
            const QString key = SecretKeys::connectionField(m_project.id, c.id, QString::fromLatin1(field));
            const auto it = m_scope.secretValues().constFind(key);
            if (it == m_scope.secretValues().cend()) {
                if (optional)
                    return QString();
                return makeError(QStringLiteral("secrets.missing"),
                                 tr("The %1 of connection \"%2\" is not available (keychain key %3). "
                                    "Enter it in the connection editor or with `patchbay-cli secret "
                                    "set`, or provide it with --secrets-from-env.")
                                     .arg(QString::fromLatin1(field), c.name, key),
                                 key);
            }
            value = it.value();
        }
        redactor->addSecret(value);
        return value;
    };
    auto url = [&](const QString &text) -> Result<QUrl> {
        Result<QString> r = renderer.render(text, TemplateRenderer::Context::Raw, where);
        if (!r)
            return r.error();
        return QUrl(*r);
    };
    switch (auth.type) {
    case AuthType::None:
        break;
    case AuthType::ApiKey: {
        a.keyName = auth.keyName;
        a.keyIn = auth.keyIn;
        Result<QString> k = secret(auth.key, "key", false);
        if (!k)
            return k.error();
        a.key = *k;
        if (a.keyIn == ApiKeyLocation::Header)
            redactor->addSensitiveHeader(a.keyName.toUtf8());
        else
            redactor->addSensitiveQueryParameter(a.keyName);
        break;
    }
    case AuthType::Bearer: {
        Result<QString> t = secret(auth.token, "token", false);
        if (!t)
            return t.error();
        a.token = *t;
        break;
    }
    case AuthType::Basic: {
        a.username = auth.username;
        Result<QString> p = secret(auth.password, "password", false);
        if (!p)
            return p.error();
        a.password = *p;
        break;
    }
    case AuthType::OAuth2: {
        a.grant = auth.grant;
        a.clientId = auth.clientId;
        a.scope = auth.scope;
        Result<QUrl> token = url(auth.tokenUrl);
        if (!token)
            return token.error();
        a.tokenUrl = *token;
        if (auth.grant == OAuth2Grant::AuthorizationCode) {
            Result<QUrl> authorize = url(auth.authorizationUrl);
            if (!authorize)
                return authorize.error();
            a.authorizationUrl = *authorize;
        }
        Result<QString> s = secret(auth.clientSecret, "clientSecret", false);
        if (!s)
            return s.error();
        a.clientSecret = *s;
        if (auth.grant == OAuth2Grant::AuthorizationCode) {
            a.refreshTokenKey = SecretKeys::connectionField(m_project.id, c.id, QStringLiteral("refreshToken"));
            Result<QString> r = secret(SecretRef{}, "refreshToken", true);
            if (!r)
                return r.error();
            a.refreshToken = *r;
        }
        break;
    }
    }
    return a;
}

Result<PreparedRequest> RequestBuilder::build(const Endpoint &e, const Overrides &overrides) const
{
    const Connection *c = m_project.connection(e.connection);
    if (!c) {
        return makeError(QStringLiteral("request.no-connection"),
                         tr("The endpoint \"%1\" uses the connection \"%2\", which the project does "
                            "not have.")
                             .arg(e.name, e.connection));
    }
    Result<PreparedRequest> r = assemble(c, e.method, e.path, e.query, e.headers, e.body,
                                         tr("endpoint \"%1\"").arg(e.name), overrides,
                                         TemplateRenderer::Context::PathSegment);
    if (r)
        r->endpointId = e.id;
    return r;
}

Result<PreparedRequest> RequestBuilder::buildAdHoc(const Connection *connection, const QString &method,
                                                   const QString &urlTemplate, const KeyValues &query,
                                                   const KeyValues &headers, const QString &bodyTemplate) const
{
    // A URL typed by hand is rendered as typed ("{{base}}/x" must keep the base's slashes).
    return assemble(connection, method, urlTemplate, query, headers, bodyTemplate, tr("the request"),
                    Overrides{}, TemplateRenderer::Context::Raw);
}

Result<PreparedRequest> RequestBuilder::assemble(const Connection *c, const QString &method,
                                                 const QString &pathTemplate, const KeyValues &query,
                                                 const KeyValues &headers, const QString &bodyTemplate,
                                                 const QString &what, const Overrides &overrides,
                                                 TemplateRenderer::Context pathContext) const
{
    PreparedRequest p;
    p.description = what;
    p.method = method.toUpper().toLatin1();
    TemplateRenderer renderer(m_scope, &p.redactor, overrides.record, overrides.values);
    using Ctx = TemplateRenderer::Context;
    const TemplateRenderer::Where baseUrlWhere = [c] { return tr("the base URL of connection \"%1\"").arg(c->name); };

    // URL: base + path, or an absolute URL.
    QString urlText;
    if (!overrides.absoluteUrl.isEmpty()) {
        p.url = overrides.absoluteUrl;
    } else {
        Result<QString> path = renderer.render(pathTemplate, pathContext, [&] { return tr("the path of %1").arg(what); });
        if (!path)
            return path.error();
        if (path->startsWith(QStringLiteral("http://")) || path->startsWith(QStringLiteral("https://")) || !c) {
            urlText = *path;
        } else {
            Result<QString> base = renderer.render(c->baseUrl, Ctx::Raw, baseUrlWhere);
            if (!base)
                return base.error();
            QString b = base->trimmed();
            while (b.endsWith(u'/'))
                b.chop(1);
            urlText = b + (path->isEmpty() || path->startsWith(u'/') || path->startsWith(u'?') ? *path : u'/' + *path);
        }
        p.url = QUrl(urlText, QUrl::TolerantMode);
    }
    if (!isHttpUrl(p.url)) {
        return makeError(QStringLiteral("request.bad-url"),
                         tr("The URL of %1 is not a web address: \"%2\". It must start with http:// "
                            "or https:// and name a host; check the base URL and the path.")
                             .arg(what, p.redactor.redact(urlText.isEmpty() ? p.url.toString() : urlText)));
    }

    // Query: the URL's own, then the template's, then the overrides; each value encoded whole.
    KeyValues items;
    for (const auto &item : QUrlQuery(p.url).queryItems(QUrl::FullyDecoded))
        items.append({item.first, item.second});
    for (const KeyValue &kv : query) {
        Result<QString> v = renderer.render(kv.value, Ctx::QueryValue,
                                            [&] { return tr("the query parameter \"%1\" of %2").arg(kv.name, what); });
        if (!v)
            return v.error();
        items.append({kv.name, *v});
    }
    for (const KeyValue &kv : overrides.query) {
        items.erase(std::remove_if(items.begin(), items.end(), [&](const KeyValue &x) { return x.name == kv.name; }),
                    items.end());
        items.append(kv);
    }
    QByteArray encodedQuery;
    for (const KeyValue &kv : items) {
        if (!encodedQuery.isEmpty())
            encodedQuery += '&';
        encodedQuery += QUrl::toPercentEncoding(kv.name) + '=' + QUrl::toPercentEncoding(kv.value);
    }
    if (encodedQuery.isEmpty())
        p.url.setQuery(QString());
    else
        p.url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);

    // Headers: the connection's, then the endpoint's (same name replaces).
    KeyValues allHeaders = c ? c->headers : KeyValues{};
    for (const KeyValue &h : headers) {
        allHeaders.erase(std::remove_if(allHeaders.begin(), allHeaders.end(),
                                        [&](const KeyValue &x) { return x.name.compare(h.name, Qt::CaseInsensitive) == 0; }),
                         allHeaders.end());
        allHeaders.append(h);
    }
    for (const KeyValue &h : allHeaders) {
        if (h.name.isEmpty() || !std::all_of(h.name.begin(), h.name.end(), isTokenChar)) {
            return makeError(QStringLiteral("request.bad-header-name"),
                             tr("\"%1\" is not a valid header name (%2); use letters, digits and "
                                "-, without spaces or colons.")
                                 .arg(h.name, what));
        }
        Result<QString> v = renderer.render(h.value, Ctx::Header, [&] { return tr("the header \"%1\" of %2").arg(h.name, what); });
        if (!v)
            return v.error();
        p.headers.append({h.name.toLatin1(), v->toUtf8()});
    }

    // Body.
    bool hasContentType = false;
    for (const auto &h : p.headers)
        hasContentType = hasContentType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    if (overrides.body) {
        p.body = *overrides.body;
        if (!hasContentType && !p.body.isEmpty())
            p.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    } else if (!bodyTemplate.isEmpty()) {
        const bool json = looksLikeJson(bodyTemplate);
        Result<QString> b = renderer.render(bodyTemplate, json ? Ctx::JsonBody : Ctx::Raw, [&] { return tr("the body of %1").arg(what); });
        if (!b)
            return b.error();
        p.body = b->toUtf8();
        if (!hasContentType && json)
            p.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }

    // The connection's policies and credentials.
    if (c) {
        p.connectionKey = m_project.id + u'/' + c->id;
        p.connectionName = c->name;
        Result<QString> base = renderer.render(c->baseUrl, Ctx::Raw, baseUrlWhere);
        if (!base)
            return base.error();
        p.connectionOrigin = originOf(QUrl(*base));
        Result<ResolvedAuth> auth = resolveAuth(*c, &p.redactor);
        if (!auth)
            return auth.error();
        p.auth = *auth;
        p.retry = c->retry;
        p.rateLimit = c->rateLimit;
        p.timeoutMs = c->timeoutMs;
        p.maxResponseBytes = c->maxResponseBytes;
        p.tls = c->tls;
    }
    return p;
}

} // namespace patchbay
