#include "templaterenderer.h"

#include "util/suggest.h"
#include "util/templatevars.h"

#include <QUrl>

namespace patchbay {

namespace {

/// Whether position `pos` of `text` is inside a JSON string literal (counting unescaped quotes).
bool insideJsonString(const QString &text, qsizetype pos)
{
    bool inside = false;
    for (qsizetype i = 0; i < pos; ++i) {
        const QChar c = text[i];
        if (inside && c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'"')
            inside = !inside;
    }
    return inside;
}

QString jsonEscaped(const QString &value)
{
    const std::string dumped = Json(toStdString(value)).dump();
    return toQString(dumped.substr(1, dumped.size() - 2));
}

QString recordValueText(const Json &v)
{
    if (v.is_string())
        return toQString(v.get_ref<const std::string &>());
    if (v.is_null())
        return QString();
    return toQString(v.dump());
}

} // namespace

Result<QString> TemplateRenderer::lookup(QStringView nameView, const Where &where) const
{
    const QString name = nameView.toString();
    if (name.startsWith(QStringLiteral("record."))) {
        if (!m_record) {
            return makeError(QStringLiteral("template.no-record"),
                             tr("{{%1}} in %2 refers to the record being sent, but there is none "
                                "here; it works in a target endpoint of an integration.")
                                 .arg(name, where()));
        }
        const Json *v = jsonAt(*m_record, name.mid(7));
        return v ? recordValueText(*v) : QString();
    }
    if (m_values)
        if (const auto it = m_values->constFind(name); it != m_values->cend())
            return *it;
    const VariableScope::Value v = m_scope.find(name);
    if (!v.found) {
        QStringList known;
        for (const Variable &var : m_scope.project().variables)
            known.append(var.name);
        if (const Environment *env = m_scope.project().environment(m_scope.environment()))
            for (const Variable &var : env->variables)
                known.append(var.name);
        QString message = tr("Unknown variable {{%1}} in %2.").arg(name, where());
        const QString guess = closestMatch(name, known);
        if (!guess.isEmpty())
            message += tr(" Did you mean {{%1}}?").arg(guess);
        message += tr(" Define it in the project's variables or the environment, or pass --var %1=….").arg(name);
        return makeError(QStringLiteral("template.unknown-variable"), message, where());
    }
    if (v.secret && !v.loaded) {
        return makeError(QStringLiteral("template.secret-not-loaded"),
                         tr("The secret variable {{%1}} in %2 has no value: store it in the keychain "
                            "(key %3) or provide it with --secrets-from-env.")
                             .arg(name, where(), v.secretKey),
                         where());
    }
    if (v.secret && m_redactor)
        m_redactor->addSecret(v.value);
    return v.value;
}

Result<QString> TemplateRenderer::render(const QString &text, Context context, const Where &where) const
{
    std::optional<TemplatePlaceholder> m = nextPlaceholder(text, 0);
    if (!m) {
        if (context == Context::Header && (text.contains(u'\r') || text.contains(u'\n')))
            return makeError(QStringLiteral("request.header-injection"),
                             tr("%1 contains a line break. A header value with a line break could "
                                "add headers of its own, so it is refused; remove the line break.")
                                 .arg(where()),
                             where());
        return text;
    }
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (; m; m = nextPlaceholder(text, m->end)) {
        out += QStringView(text).mid(last, m->start - last);
        Result<QString> value = lookup(m->name, where);
        if (!value)
            return value.error();
        if (context == Context::PathSegment && value->isEmpty() && m->name.startsWith(u"record.")) {
            // "/contacts/" instead of "/contacts/42" would address another resource (the whole
            // list, for a DELETE): the record goes nowhere instead.
            return makeError(QStringLiteral("template.record-field-missing"),
                             tr("{{%1}} in %2 has no value in this record, and the path needs one; map the field, or "
                                "send such records another way with a branch.")
                                 .arg(m->name.toString(), where()),
                             where());
        }
        switch (context) {
        case Context::Raw:
        case Context::Header:
            out += *value;
            break;
        case Context::QueryValue: // the builder percent-encodes the whole value
            if (m->start > 0 && text[m->start - 1] == u'\'' && m->end < text.size() && text[m->end] == u'\'') {
                // Inside a quoted text of a query language (SOQL: WHERE Email = '{{record.email}}'):
                // a quote in the value must not end the text and add conditions of its own.
                QString quoted = *value;
                quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
                out += quoted;
            } else {
                out += *value;
            }
            break;
        case Context::PathSegment:
            out += QString::fromLatin1(QUrl::toPercentEncoding(*value));
            break;
        case Context::JsonBody:
            out += insideJsonString(text, m->start) ? jsonEscaped(*value) : *value;
            break;
        }
        last = m->end;
    }
    out += QStringView(text).mid(last);
    if (context == Context::Header && (out.contains(u'\r') || out.contains(u'\n'))) {
        return makeError(QStringLiteral("request.header-injection"),
                         tr("%1 contains a line break (from a variable's value). A header value "
                            "with a line break could add headers of its own, so the request was "
                            "not sent; remove the line break from the value.")
                             .arg(where()),
                         where());
    }
    return out;
}

} // namespace patchbay
