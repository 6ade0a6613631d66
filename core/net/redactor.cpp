#include "redactor.h"

#include <QUrlQuery>

#include <algorithm>

namespace patchbay {

namespace {

// Headers that carry credentials whatever the API: always masked.
const char *const AlwaysSensitive[] = {"authorization", "proxy-authorization", "cookie",
                                       "set-cookie", "x-api-key", "api-key", "x-auth-token"};

// Secrets shorter than this are not searched for in free text: masking every "ab" would mangle
// messages without protecting anything (such a secret protects nothing either). They are still
// masked in credential headers and parameters, which are masked whole.
constexpr qsizetype MinSecretLength = 3;

} // namespace

const QString &Redactor::mask()
{
    static const QString m = QStringLiteral("••••");
    return m;
}

void Redactor::addSecret(const QString &value)
{
    if (value.size() < MinSecretLength)
        return;
    QStringList forms{value};
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (percent != value)
        forms.append(percent);
    forms.append(QString::fromLatin1(value.toUtf8().toBase64()));
    for (const QString &f : forms)
        if (!m_secrets.contains(f))
            m_secrets.append(f);
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addSensitiveHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    if (!m_headers.contains(lower))
        m_headers.append(lower);
}

void Redactor::addSensitiveQueryParameter(const QString &name)
{
    m_queryParameters.insert(name);
}

void Redactor::merge(const Redactor &other)
{
    for (const QString &s : other.m_secrets)
        if (!m_secrets.contains(s))
            m_secrets.append(s);
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QByteArray &h : other.m_headers)
        addSensitiveHeader(h);
    m_queryParameters.unite(other.m_queryParameters);
}

bool Redactor::isSensitiveHeader(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const char *h : AlwaysSensitive)
        if (lower == h)
            return true;
    return m_headers.contains(lower);
}

Redactor Redactor::withSecrets(const QStringList &secrets) const
{
    Redactor r = *this;
    for (const QString &s : secrets)
        r.addSecret(s);
    return r;
}

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/// `text` with the JSON escapes \uXXXX and \/ written out, except where that would change what
/// the JSON means (quotes, backslashes, control characters stay escaped).
QString unescapeHarmless(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const QChar next = text[i + 1];
        if (next == u'/') {
            out += u'/';
            ++i;
            continue;
        }
        if (next == u'u' && i + 5 < text.size()) {
            int v = 0;
            bool ok = true;
            for (int k = 2; k < 6 && ok; ++k) {
                const int h = hexValue(text[i + k]);
                ok = h >= 0;
                v = v * 16 + h;
            }
            if (ok && v >= 0x20 && v != '"' && v != '\\') {
                out += QChar(char16_t(v));
                i += 5;
                continue;
            }
        }
        // Any other escape is kept whole, so that an escaped backslash is not read as the start of one.
        out += text[i];
        out += next;
        ++i;
    }
    return out;
}

} // namespace

QString Redactor::redact(const QString &text) const
{
    QString out = text;
    for (const QString &s : m_secrets)
        out.replace(s, mask());
    if (!m_secrets.isEmpty() && (out.contains(QStringLiteral("\\u")) || out.contains(QStringLiteral("\\/")))) {
        // A secret may hide behind escapes: look again at the text with them written out.
        QString plain = unescapeHarmless(out);
        bool found = false;
        for (const QString &s : m_secrets)
            if (plain.contains(s)) {
                plain.replace(s, mask());
                found = true;
            }
        if (found)
            return plain;
    }
    return out;
}

QByteArray Redactor::redact(const QByteArray &text) const
{
    if (m_secrets.isEmpty())
        return text;
    return redact(QString::fromUtf8(text)).toUtf8();
}

QString Redactor::redactUrl(const QUrl &url) const
{
    QUrl copy = url;
    copy.setPassword(QString());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            const QString name = QUrl::fromPercentEncoding(item.first.toUtf8());
            if (m_queryParameters.contains(name) || name.compare(QStringLiteral("api_key"), Qt::CaseInsensitive) == 0 ||
                name.compare(QStringLiteral("access_token"), Qt::CaseInsensitive) == 0)
                item.second = QString::fromLatin1(QUrl::toPercentEncoding(mask()));
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    // The mask itself is not percent-encoded in what people read.
    QString text = copy.toString(QUrl::FullyEncoded);
    text.replace(QString::fromLatin1(QUrl::toPercentEncoding(mask())), mask());
    return redact(text);
}

HeaderList Redactor::redactHeaders(const HeaderList &headers) const
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &h : headers) {
        if (isSensitiveHeader(h.first)) {
            // Keep the scheme ("Bearer", "Basic"): it helps, and it is not secret.
            const qsizetype space = h.second.indexOf(' ');
            const bool hasScheme = h.first.compare("authorization", Qt::CaseInsensitive) == 0 ||
                                   h.first.compare("proxy-authorization", Qt::CaseInsensitive) == 0;
            out.append({h.first, (hasScheme && space > 0 ? h.second.left(space + 1) : QByteArray()) +
                                     mask().toUtf8()});
        } else {
            out.append({h.first, redact(h.second)});
        }
    }
    return out;
}

} // namespace patchbay
