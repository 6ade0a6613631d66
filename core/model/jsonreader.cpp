#include "jsonreader.h"

#include "util/suggest.h"

#include <cmath>

namespace patchbay {

JsonReader::JsonReader(const Json &value, JsonPath path, Problems *problems)
    : m_path(std::move(path)), m_problems(problems)
{
    if (value.is_object())
        m_object = &value;
    else
        error(m_path, tr("expected an object, found %1").arg(jsonTypeName(value)));
}

bool JsonReader::has(const char *key) const
{
    return m_object && m_object->contains(key);
}

void JsonReader::accept(const char *key)
{
    m_known.insert(QString::fromUtf8(key));
}

const Json *JsonReader::lookup(const char *key, Need need)
{
    accept(key);
    if (!m_object)
        return nullptr;
    const auto it = m_object->find(key);
    if (it == m_object->end()) {
        if (need == Required)
            error(pathOf(key), tr("required, but missing"));
        return nullptr;
    }
    return &*it;
}

void JsonReader::typeError(const char *key, const QString &expected, const Json &found)
{
    error(pathOf(key), tr("expected %1, found %2").arg(expected, jsonTypeName(found)));
}

QString JsonReader::string(const char *key, Need need, const QString &fallback)
{
    const Json *v = lookup(key, need);
    if (!v)
        return fallback;
    if (!v->is_string()) {
        typeError(key, tr("text"), *v);
        return fallback;
    }
    const QString s = toQString(v->get_ref<const std::string &>());
    if (need == Required && s.trimmed().isEmpty()) {
        error(pathOf(key), tr("must not be empty"));
    }
    return s;
}

qint64 JsonReader::integer64(const char *key, qint64 fallback, qint64 min, qint64 max)
{
    const Json *v = lookup(key, Optional);
    if (!v)
        return fallback;
    if (!v->is_number_integer() &&
        !(v->is_number_float() && std::trunc(v->get<double>()) == v->get<double>())) {
        typeError(key, tr("a whole number"), *v);
        return fallback;
    }
    const qint64 n = v->is_number_unsigned() ? qint64(std::min<quint64>(v->get<quint64>(), quint64(max) + 1))
                     : v->is_number_float()  ? qint64(v->get<double>())
                                             : v->get<qint64>();
    if (n < min || n > max) {
        error(pathOf(key), tr("must be between %1 and %2, found %3").arg(min).arg(max).arg(n));
        return fallback;
    }
    return n;
}

int JsonReader::integer(const char *key, int fallback, int min, int max)
{
    return int(integer64(key, fallback, min, max));
}

double JsonReader::number(const char *key, double fallback, double min, double max)
{
    const Json *v = lookup(key, Optional);
    if (!v)
        return fallback;
    if (!v->is_number()) {
        typeError(key, tr("a number"), *v);
        return fallback;
    }
    const double n = v->get<double>();
    if (!(n >= min && n <= max)) {
        error(pathOf(key), tr("must be between %1 and %2, found %3").arg(min).arg(max).arg(n));
        return fallback;
    }
    return n;
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    const Json *v = lookup(key, Optional);
    if (!v)
        return fallback;
    if (!v->is_boolean()) {
        typeError(key, tr("true or false"), *v);
        return fallback;
    }
    return v->get<bool>();
}

int JsonReader::choice(const char *key, const QStringList &names, int fallback, const QString &what,
                       Need need)
{
    const Json *v = lookup(key, need);
    if (!v)
        return fallback;
    if (!v->is_string()) {
        typeError(key, tr("text"), *v);
        return fallback;
    }
    const QString s = toQString(v->get_ref<const std::string &>());
    const qsizetype i = names.indexOf(s);
    if (i >= 0)
        return int(i);
    QString message = tr("unknown %1 \"%2\"; expected %3").arg(what, s, names.join(QStringLiteral(", ")));
    const QString guess = closestMatch(s, names);
    if (!guess.isEmpty())
        message += tr(" (did you mean \"%1\"?)").arg(guess);
    error(pathOf(key), message);
    return fallback;
}

const Json *JsonReader::value(const char *key, Need need)
{
    return lookup(key, need);
}

const Json *JsonReader::object(const char *key, Need need)
{
    const Json *v = lookup(key, need);
    if (v && !v->is_object()) {
        typeError(key, tr("an object"), *v);
        return nullptr;
    }
    return v;
}

const Json *JsonReader::array(const char *key, Need need)
{
    const Json *v = lookup(key, need);
    if (v && !v->is_array()) {
        typeError(key, tr("a list"), *v);
        return nullptr;
    }
    return v;
}

void JsonReader::finish()
{
    if (!m_object)
        return;
    const QStringList known(m_known.cbegin(), m_known.cend());
    for (auto it = m_object->begin(); it != m_object->end(); ++it) {
        const QString key = toQString(it.key());
        if (m_known.contains(key))
            continue;
        QString message = tr("unknown field \"%1\"").arg(key);
        const QString guess = closestMatch(key, known);
        if (!guess.isEmpty())
            message += tr("; did you mean \"%1\"?").arg(guess);
        else
            message += tr("; remove it (Patchbay does not know what it means here)");
        error(m_path.key(key), message);
    }
}

void JsonReader::error(const JsonPath &path, const QString &message)
{
    m_problems->append(Problem{Problem::Severity::Error, path, message});
}

void JsonReader::warning(const JsonPath &path, const QString &message)
{
    m_problems->append(Problem{Problem::Severity::Warning, path, message});
}

} // namespace patchbay
