#include "curlcommand.h"

#include <QUrl>
#include <QUrlQuery>

namespace patchbay {

Result<QStringList> CurlCommand::shellWords(const QString &command)
{
    QStringList words;
    QString current;
    bool inWord = false;
    enum class Quote { None, Single, Double, Ansi } quote = Quote::None;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command[i];
        if (quote == Quote::Single) {
            if (c == u'\'')
                quote = Quote::None;
            else
                current += c;
            continue;
        }
        if (quote == Quote::Double || quote == Quote::Ansi) {
            const QChar close = quote == Quote::Double ? u'"' : u'\'';
            if (c == close) {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < command.size()) {
                const QChar n = command[++i];
                if (quote == Quote::Ansi) {
                    switch (n.unicode()) {
                    case 'n': current += u'\n'; break;
                    case 't': current += u'\t'; break;
                    case 'r': current += u'\r'; break;
                    default: current += n; break;
                    }
                } else if (n == u'"' || n == u'\\' || n == u'$' || n == u'`') {
                    current += n;
                } else if (n == u'\n') {
                    // a line continuation inside double quotes
                } else {
                    current += u'\\';
                    current += n;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'\\' && i + 1 < command.size()) {
            const QChar n = command[i + 1];
            if (n == u'\n' || (n == u'\r' && i + 2 < command.size() && command[i + 2] == u'\n')) {
                i += n == u'\r' ? 2 : 1; // line continuation
                continue;
            }
            current += n;
            inWord = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            if (inWord) {
                words.append(current);
                current.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == u'\'') {
            quote = Quote::Single;
        } else if (c == u'"') {
            quote = Quote::Double;
        } else if (c == u'$' && i + 1 < command.size() && command[i + 1] == u'\'') {
            quote = Quote::Ansi;
            ++i;
        } else {
            current += c;
        }
    }
    if (quote != Quote::None)
        return makeError(QStringLiteral("curl.quote"), tr("A quote is not closed; paste the whole command."));
    if (inWord)
        words.append(current);
    return words;
}

/// Options that take a value but have no meaning for a Patchbay request: skipped with their value,
/// so that the value is not mistaken for the URL.
static bool takesValue(const QString &option)
{
    static const QStringList options = {
        QStringLiteral("--cacert"), QStringLiteral("--capath"), QStringLiteral("--cert"), QStringLiteral("-E"),
        QStringLiteral("--key"), QStringLiteral("-w"), QStringLiteral("--write-out"), QStringLiteral("-x"),
        QStringLiteral("--proxy"), QStringLiteral("--retry"), QStringLiteral("--resolve"), QStringLiteral("-c"),
        QStringLiteral("--cookie-jar"), QStringLiteral("-D"), QStringLiteral("--dump-header"), QStringLiteral("-r"),
        QStringLiteral("--range"), QStringLiteral("--limit-rate"), QStringLiteral("--max-redirs")};
    return options.contains(option);
}

Result<CurlCommand> CurlCommand::parse(const QString &command)
{
    Result<QStringList> words = shellWords(command);
    if (!words)
        return words.error();
    if (words->isEmpty() || words->first() != u"curl")
        return makeError(QStringLiteral("curl.not-curl"), tr("This is not a curl command; it should start with \"curl\"."));
    CurlCommand c;
    bool methodSet = false;
    bool getWithData = false;
    QStringList data;
    auto value = [&](qsizetype &i, const QString &option) -> Result<QString> {
        if (i + 1 >= words->size())
            return makeError(QStringLiteral("curl.missing-value"), tr("%1 needs a value after it.").arg(option));
        return words->at(++i);
    };
    for (qsizetype i = 1; i < words->size(); ++i) {
        QString w = words->at(i);
        QString attached;
        // -XPOST, -HAccept:…, --request=POST
        if (w.startsWith(QStringLiteral("--")) && w.contains(u'=')) {
            attached = w.mid(w.indexOf(u'=') + 1);
            w = w.left(w.indexOf(u'='));
        } else if (w.size() > 2 && w[0] == u'-' && w[1] != u'-' && QStringLiteral("XHdu").contains(w[1])) {
            attached = w.mid(2);
            w = w.left(2);
        }
        auto arg = [&](const QString &option) -> Result<QString> {
            if (!attached.isNull() && !attached.isEmpty())
                return attached;
            return value(i, option);
        };
        if (w == u"-X" || w == u"--request") {
            Result<QString> v = arg(w);
            if (!v)
                return v.error();
            c.method = v->toUpper();
            methodSet = true;
        } else if (w == u"-H" || w == u"--header") {
            Result<QString> v = arg(w);
            if (!v)
                return v.error();
            const qsizetype colon = v->indexOf(u':');
            if (colon <= 0)
                return makeError(QStringLiteral("curl.header"), tr("The header \"%1\" has no \"Name: value\" form.").arg(*v));
            c.headers.append({v->left(colon).trimmed(), v->mid(colon + 1).trimmed()});
        } else if (w == u"-d" || w == u"--data" || w == u"--data-raw" || w == u"--data-binary" || w == u"--data-ascii" ||
                   w == u"--data-urlencode" || w == u"--json") {
            Result<QString> v = arg(w);
            if (!v)
                return v.error();
            QString d = *v;
            if (d.startsWith(u'@') && w != u"--data-raw")
                return makeError(QStringLiteral("curl.file"), tr("%1 %2 reads a file; paste the file's content instead.").arg(w, d));
            if (w == u"--data-urlencode") {
                const qsizetype eq = d.indexOf(u'=');
                d = eq >= 0 ? d.left(eq + 1) + QString::fromLatin1(QUrl::toPercentEncoding(d.mid(eq + 1)))
                            : QString::fromLatin1(QUrl::toPercentEncoding(d));
            }
            if (w == u"--json") {
                c.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
                c.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
            }
            data.append(d);
        } else if (w == u"-u" || w == u"--user") {
            Result<QString> v = arg(w);
            if (!v)
                return v.error();
            c.auth = AuthKind::Basic;
            c.username = v->section(u':', 0, 0);
            c.secret = v->contains(u':') ? v->section(u':', 1) : QString();
        } else if (w == u"--url") {
            Result<QString> v = arg(w);
            if (!v)
                return v.error();
            c.url = *v;
        } else if (w == u"-G" || w == u"--get") {
            getWithData = true;
        } else if (w == u"-k" || w == u"--insecure") {
            c.insecure = true;
        } else if (w == u"-A" || w == u"--user-agent" || w == u"-e" || w == u"--referer" || w == u"-b" || w == u"--cookie" ||
                   w == u"-o" || w == u"--output" || w == u"-m" || w == u"--max-time" || w == u"--connect-timeout") {
            Result<QString> v = arg(w);
            if (!v)
                return v.error();
            if (w == u"-A" || w == u"--user-agent")
                c.headers.append({QStringLiteral("User-Agent"), *v});
            else if (w == u"-b" || w == u"--cookie")
                c.headers.append({QStringLiteral("Cookie"), *v});
            else if (w == u"-e" || w == u"--referer")
                c.headers.append({QStringLiteral("Referer"), *v});
            else
                c.ignored.append(w);
        } else if (takesValue(w)) {
            Result<QString> v = arg(w);
            if (!v)
                return v.error();
            c.ignored.append(w);
        } else if (w.startsWith(u'-')) {
            c.ignored.append(w); // -s, -S, -L, -i, -v, --compressed, …: how curl shows things
        } else if (c.url.isEmpty()) {
            c.url = w;
        } else {
            return makeError(QStringLiteral("curl.extra"), tr("\"%1\" is a second URL; Patchbay takes one request at a time.").arg(w));
        }
    }
    if (c.url.isEmpty())
        return makeError(QStringLiteral("curl.no-url"), tr("The command has no URL."));
    if (!c.url.contains(QStringLiteral("://")))
        c.url.prepend(QStringLiteral("http://"));
    if (!data.isEmpty()) {
        const QString joined = data.join(u'&');
        if (getWithData) {
            c.url += (c.url.contains(u'?') ? u'&' : u'?') + joined;
        } else {
            c.body = joined;
            if (!methodSet)
                c.method = QStringLiteral("POST");
            bool hasType = false;
            for (const KeyValue &h : c.headers)
                hasType = hasType || h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
            if (!hasType)
                c.headers.append({QStringLiteral("Content-Type"),
                                  joined.trimmed().startsWith(u'{') || joined.trimmed().startsWith(u'[')
                                      ? QStringLiteral("application/json")
                                      : QStringLiteral("application/x-www-form-urlencoded")});
        }
    }
    // Credentials in headers become auth, so the secret can be kept in the keychain.
    for (qsizetype i = 0; i < c.headers.size(); ++i) {
        const KeyValue &h = c.headers[i];
        if (h.name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) != 0)
            continue;
        if (h.value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
            c.auth = AuthKind::Bearer;
            c.secret = h.value.mid(7).trimmed();
            c.headers.removeAt(i);
        } else if (h.value.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive)) {
            const QString decoded = QString::fromUtf8(QByteArray::fromBase64(h.value.mid(6).trimmed().toLatin1()));
            c.auth = AuthKind::Basic;
            c.username = decoded.section(u':', 0, 0);
            c.secret = decoded.section(u':', 1);
            c.headers.removeAt(i);
        }
        break;
    }
    return c;
}

ImportResult CurlCommand::toImport(QHash<QString, QHash<QString, QString>> *secrets) const
{
    ImportResult r;
    const QUrl u(url);
    Project &p = r.project;
    p.environments.append(Environment{QStringLiteral("default"), {}});
    Connection c;
    c.name = u.host().isEmpty() ? tr("Pasted request") : u.host();
    c.id = makeId(c.name, [](const QString &) { return false; });
    QUrl origin = u.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    c.baseUrl = origin.toString();
    if (auth == AuthKind::Bearer) {
        c.auth.type = AuthType::Bearer;
        (*secrets)[c.id][QStringLiteral("token")] = secret;
    } else if (auth == AuthKind::Basic) {
        c.auth.type = AuthType::Basic;
        c.auth.username = username;
        if (!secret.isEmpty())
            (*secrets)[c.id][QStringLiteral("password")] = secret;
    }
    if (insecure)
        r.problems.append({Problem::Severity::Warning, QStringLiteral("-k"),
                           tr("the command turned certificate checks off; Patchbay keeps them on")});
    Endpoint e;
    e.name = method + u' ' + (u.path().isEmpty() ? QStringLiteral("/") : u.path());
    e.id = makeId(e.name, [](const QString &) { return false; });
    e.connection = c.id;
    e.method = method;
    e.path = u.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : u.path(QUrl::FullyEncoded);
    for (const auto &[name, value] : QUrlQuery(u).queryItems(QUrl::FullyDecoded))
        e.query.append({name, value});
    e.headers = headers;
    e.body = body;
    p.connections.append(c);
    p.endpoints.append(e);
    p.name = c.name;
    p.id = c.id;
    r.operations = 1;
    r.version = QStringLiteral("curl");
    return r;
}

} // namespace patchbay
