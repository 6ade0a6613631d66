#include "crm.h"

#include "people.h"

#include <QDate>
#include <QRegularExpression>

namespace patchbay::demo {

using json = nlohmann::ordered_json; // keys in the order the real APIs write them

namespace {

/// The fields of a Contact, as Salesforce spells them; which can be written, and their kind.
struct FieldInfo
{
    const char *name;
    enum Kind { Id, Text, Number, Date } kind;
    bool writable;
};
const FieldInfo Fields[] = {
    {"Id", FieldInfo::Id, false},
    {"Name", FieldInfo::Text, false},
    {"FirstName", FieldInfo::Text, true},
    {"LastName", FieldInfo::Text, true},
    {"Email", FieldInfo::Text, true},
    {"LastPaymentId__c", FieldInfo::Text, true},
    {"LastPaymentAmount__c", FieldInfo::Number, true},
    {"LastPaymentDate__c", FieldInfo::Date, true},
};

const FieldInfo *fieldInfo(const QString &name)
{
    for (const FieldInfo &f : Fields)
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) // SOQL ignores case
            return &f;
    return nullptr;
}

bool looksLikeEmail(const QString &e)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(e).hasMatch();
}

} // namespace

Crm::Crm(int contacts, qint64 firstPerson, quint64 seed)
{
    m_contacts.reserve(size_t(std::max(0, contacts)));
    for (int i = 0; i < contacts; ++i) {
        const Person p = person(seed, firstPerson + i);
        add(json{{"FirstName", p.firstName.toStdString()},
                 {"LastName", p.lastName.toStdString()},
                 {"Email", p.email.toStdString()}});
    }
}

HttpResponse Crm::error(int status, const char *code, const QString &message, const QStringList &fields)
{
    json e{{"message", message.toStdString()}, {"errorCode", code}};
    if (!fields.isEmpty()) {
        json f = json::array();
        for (const QString &name : fields)
            f.push_back(name.toStdString());
        e["fields"] = f;
    }
    return HttpResponse::json(status, QByteArray::fromStdString(json::array({e}).dump()));
}

size_t Crm::add(const json &fields)
{
    Contact c;
    // Salesforce's Contact ids: 18 characters, "003" first.
    c.id = "003Dn" + QByteArray::number(m_nextId++, 36).toUpper().rightJustified(13, '0');
    c.fields = json::object();
    const size_t index = m_contacts.size();
    m_byId.insert(c.id, index);
    m_contacts.push_back(std::move(c));
    apply(index, fields);
    return index;
}

void Crm::apply(size_t index, const json &fields, const char *how)
{
    Contact &c = m_contacts[index];
    if (how) {
        const auto p = fields.find("LastPaymentId__c");
        c.writes.append(QLatin1String(how) + u' ' +
                        (p != fields.end() && p->is_string() ? QString::fromStdString(p->get<std::string>()) : QStringLiteral("-")));
    }
    const auto emailOf = [&c] {
        const auto it = c.fields.find("Email");
        return it != c.fields.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()).toLower() : QString();
    };
    m_byEmail.remove(emailOf(), index);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (const FieldInfo *f = fieldInfo(QString::fromStdString(it.key())); f && f->writable)
            c.fields[f->name] = it.value();
    if (const QString e = emailOf(); !e.isEmpty())
        m_byEmail.insert(e, index);
}

QList<size_t> Crm::byEmail(const QString &email) const
{
    QList<size_t> out;
    for (auto it = m_byEmail.constFind(email.toLower()); it != m_byEmail.cend() && it.key() == email.toLower(); ++it)
        if (!m_contacts[*it].deleted)
            out.append(*it);
    std::sort(out.begin(), out.end());
    return out;
}

json Crm::record(size_t index, const QStringList &fields) const
{
    const Contact &c = m_contacts[index];
    json r = json::object();
    r["attributes"] = {{"type", "Contact"}, {"url", std::string(Prefix) + "sobjects/Contact/" + c.id.toStdString()}};
    for (const QString &name : fields) {
        const FieldInfo *f = fieldInfo(name);
        if (!f)
            continue;
        if (f->kind == FieldInfo::Id) {
            r["Id"] = c.id.toStdString();
        } else if (std::string(f->name) == "Name") {
            const std::string first = c.fields.value("FirstName", json()).is_string() ? c.fields["FirstName"].get<std::string>() : "";
            const std::string last = c.fields.value("LastName", json()).is_string() ? c.fields["LastName"].get<std::string>() : "";
            r["Name"] = first.empty() ? last : first + " " + last;
        } else {
            r[f->name] = c.fields.value(f->name, json());
        }
    }
    return r;
}

QByteArray Crm::all(bool history) const
{
    QStringList names;
    for (const FieldInfo &f : Fields)
        names.append(QLatin1String(f.name));
    json out = json::array();
    for (size_t i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts[i].deleted)
            continue;
        json r = record(i, names);
        if (history) {
            json w = json::array();
            for (const QString &line : m_contacts[i].writes)
                w.push_back(line.toStdString());
            r["_writes"] = std::move(w);
        }
        out.push_back(std::move(r));
    }
    return QByteArray::fromStdString(out.dump());
}

json Crm::stats() const
{
    qint64 live = 0;
    for (const Contact &c : m_contacts)
        live += !c.deleted;
    return json{{"queries", m_queries},   {"reads", m_reads},      {"patches", m_patches},
                {"creates", m_creates},   {"upserts", m_upserts},  {"upsert_creates", m_upsertCreates},
                {"deletes", m_deletes},   {"replays", m_replays},  {"rejected", m_rejected},
                {"contacts", live}};
}

void Crm::resetCounters()
{
    m_queries = m_reads = m_patches = m_creates = m_upserts = m_upsertCreates = m_deletes = m_replays = m_rejected = 0;
}

HttpResponse Crm::handle(const HttpRequest &request, const QString &rest)
{
    const QByteArray &m = request.method;
    static const QRegularExpression one(QStringLiteral("^sobjects/Contact/([A-Za-z0-9]{15,18})$"));
    static const QRegularExpression byEmailPath(QStringLiteral("^sobjects/Contact/Email/(.+)$"));
    HttpResponse r;
    if (rest == u"query" && m == "GET") {
        r = query(request);
    } else if (rest == u"sobjects/Contact" && m == "POST") {
        r = create(request);
    } else if (const auto e = byEmailPath.match(rest); e.hasMatch() && m == "PATCH") {
        r = upsert(e.captured(1), request.body);
    } else if (const auto o = one.match(rest); o.hasMatch()) {
        const QByteArray id = o.captured(1).toLatin1();
        if (m == "GET")
            r = read(id);
        else if (m == "PATCH")
            r = update(id, request.body);
        else if (m == "DELETE")
            r = remove(id);
        else
            r = error(405, "METHOD_NOT_ALLOWED", QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET,PATCH,DELETE")
                                                      .arg(QString::fromLatin1(m)));
    } else {
        r = error(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
    }
    if (r.status >= 400)
        ++m_rejected;
    return r;
}

HttpResponse Crm::query(const HttpRequest &request)
{
    ++m_queries;
    // A query string may carry spaces as "+" (form encoding, as curl --data-urlencode and
    // browsers write them) or as "%20"; Salesforce takes both.
    QByteArray encoded = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyEncoded).toUtf8();
    encoded.replace('+', "%20");
    const QString q = QUrl::fromPercentEncoding(encoded);
    // WHERE Email = '…', or WHERE Email IN ('…', '…') for many at once (SOQL escapes quotes and
    // backslashes in text with a backslash)
    static const QRegularExpression shape(
        QStringLiteral("^\\s*SELECT\\s+(.+?)\\s+FROM\\s+(\\w+)\\s+WHERE\\s+(\\w+)\\s*(=\\s*'(?:[^'\\\\]|\\\\.)*'|IN\\s*\\((?:[^)'\\\\]|'(?:[^'\\\\]|\\\\.)*')*\\))\\s*"
                       "(?:LIMIT\\s+(\\d+))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = shape.match(q);
    if (q.trimmed().isEmpty())
        return error(400, "MALFORMED_QUERY", QStringLiteral("A query is required: q=SELECT … FROM Contact WHERE Email = '…'"));
    if (!m.hasMatch())
        return error(400, "MALFORMED_QUERY",
                     QStringLiteral("The demo CRM understands one query: SELECT <fields> FROM Contact WHERE Email = "
                                    "'<email>' (or Email IN ('<email>', …)) [LIMIT n]; got: %1")
                         .arg(q));
    if (m.captured(2).compare(u"Contact", Qt::CaseInsensitive) != 0)
        return error(400, "INVALID_TYPE", QStringLiteral("sObject type '%1' is not supported.").arg(m.captured(2)));
    if (m.captured(3).compare(u"Email", Qt::CaseInsensitive) != 0)
        return error(400, "MALFORMED_QUERY",
                     QStringLiteral("The demo CRM selects contacts by Email only, not by %1.").arg(m.captured(3)));
    QStringList fields;
    for (const QString &f : m.captured(1).split(u',')) {
        const QString name = f.trimmed();
        if (!fieldInfo(name))
            return error(400, "INVALID_FIELD", QStringLiteral("No such column '%1' on entity 'Contact'.").arg(name));
        fields.append(name);
    }
    // the quoted texts of the condition, unescaped
    QStringList emails;
    const QString condition = m.captured(4);
    for (qsizetype i = 0; i < condition.size(); ++i) {
        if (condition[i] != u'\'')
            continue;
        QString text;
        for (++i; i < condition.size() && condition[i] != u'\''; ++i)
            text += (condition[i] == u'\\' && i + 1 < condition.size()) ? condition[++i] : condition[i];
        emails.append(text);
    }
    if (emails.size() > 200)
        return error(400, "MALFORMED_QUERY", QStringLiteral("At most 200 values in IN (…), got %1.").arg(emails.size()));
    QList<size_t> found;
    for (const QString &email : std::as_const(emails))
        found += byEmail(email);
    if (!m.captured(5).isEmpty())
        found = found.mid(0, m.captured(5).toInt());
    json records = json::array();
    for (size_t index : std::as_const(found))
        records.push_back(record(index, fields)); // each field spelled as Salesforce does, not as asked
    const json out{{"totalSize", records.size()}, {"done", true}, {"records", records}};
    return HttpResponse::json(200, QByteArray::fromStdString(out.dump()));
}

HttpResponse Crm::read(const QByteArray &id)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend() || m_contacts[*it].deleted)
        return error(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
    ++m_reads;
    QStringList names;
    for (const FieldInfo &f : Fields)
        names.append(QLatin1String(f.name));
    return HttpResponse::json(200, QByteArray::fromStdString(record(*it, names).dump()));
}

std::optional<HttpResponse> Crm::checkBody(const QByteArray &body, json *fields, bool creating) const
{
    *fields = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (fields->is_discarded() || !fields->is_object())
        return error(400, "JSON_PARSER_ERROR", QStringLiteral("The body is not a JSON object of Contact fields."));
    QStringList readOnly;
    for (auto it = fields->begin(); it != fields->end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        if (name == u"attributes")
            continue;
        const FieldInfo *f = fieldInfo(name);
        if (!f)
            return error(400, "INVALID_FIELD", QStringLiteral("No such column '%1' on sobject of type Contact").arg(name));
        if (!f->writable) {
            readOnly.append(name);
            continue;
        }
        const json &v = it.value();
        const auto wrongType = [&](const char *type) {
            return error(400, "JSON_PARSER_ERROR",
                         QStringLiteral("Cannot deserialize instance of %1 from %2 value %3 for field %4")
                             .arg(QLatin1String(type), v.is_string() ? QStringLiteral("VALUE_STRING") : QStringLiteral("VALUE"),
                                  QString::fromStdString(v.dump()), name));
        };
        if (v.is_null())
            continue;
        switch (f->kind) {
        case FieldInfo::Number:
            if (!v.is_number())
                return wrongType("double");
            break;
        case FieldInfo::Date:
            if (!v.is_string() || !QDate::fromString(QString::fromStdString(v.get<std::string>()), Qt::ISODate).isValid() ||
                v.get<std::string>().size() != 10)
                return wrongType("date");
            break;
        default:
            if (!v.is_string())
                return wrongType("string");
            if (std::string(f->name) == "Email" && !looksLikeEmail(QString::fromStdString(v.get<std::string>())))
                return error(400, "INVALID_EMAIL_ADDRESS",
                             QStringLiteral("Email: invalid email address: %1").arg(QString::fromStdString(v.get<std::string>())),
                             {QStringLiteral("Email")});
        }
    }
    if (!readOnly.isEmpty())
        return error(400, "INVALID_FIELD_FOR_INSERT_UPDATE",
                     QStringLiteral("Unable to create/update fields: %1. Please check the security settings of this "
                                    "field and verify that it is read/write for your profile or permission set.")
                         .arg(readOnly.join(QStringLiteral(", "))),
                     readOnly);
    const auto last = fields->find("LastName");
    const bool lastEmpty = last == fields->end() ? creating
                                                  : (last->is_null() || (last->is_string() && last->get<std::string>().empty()));
    if (lastEmpty)
        return error(400, "REQUIRED_FIELD_MISSING", QStringLiteral("Required fields are missing: [LastName]"),
                     {QStringLiteral("LastName")});
    return std::nullopt;
}

HttpResponse Crm::update(const QByteArray &id, const QByteArray &body)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend() || m_contacts[*it].deleted)
        return error(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
    json fields;
    if (auto bad = checkBody(body, &fields, false))
        return *bad;
    ++m_patches;
    apply(*it, fields, "PATCH");
    return HttpResponse{204, {}, {}, 0, HttpResponse::Fault::None};
}

HttpResponse Crm::create(const HttpRequest &request)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (!key.isEmpty()) {
        if (const auto it = m_createdFor.constFind(key); it != m_createdFor.cend()) {
            ++m_replays;
            return HttpResponse::json(201, *it);
        }
    }
    json fields;
    if (auto bad = checkBody(request.body, &fields, true))
        return *bad;
    ++m_creates;
    const size_t index = add(fields);
    m_contacts[index].writes.append(QStringLiteral("POST"));
    const QByteArray reply = QByteArray::fromStdString(
        json{{"id", m_contacts[index].id.toStdString()}, {"success", true}, {"errors", json::array()}}.dump());
    if (!key.isEmpty())
        m_createdFor.insert(key, reply);
    return HttpResponse::json(201, reply);
}

HttpResponse Crm::upsert(const QString &email, const QByteArray &body)
{
    json fields;
    const QList<size_t> found = byEmail(email);
    if (auto bad = checkBody(body, &fields, found.isEmpty()))
        return *bad;
    if (const auto e = fields.find("Email"); e != fields.end() && e->is_string() &&
                                             QString::fromStdString(e->get<std::string>()).compare(email, Qt::CaseInsensitive) != 0)
        return error(400, "INVALID_FIELD",
                     QStringLiteral("The Email in the body (%1) is not the one in the address (%2).")
                         .arg(QString::fromStdString(e->get<std::string>()), email));
    if (found.size() > 1) {
        json urls = json::array();
        for (size_t i : found)
            urls.push_back(std::string(Prefix) + "sobjects/Contact/" + m_contacts[i].id.toStdString());
        return HttpResponse::json(300, QByteArray::fromStdString(urls.dump()));
    }
    ++m_upserts;
    if (found.isEmpty()) {
        if (!looksLikeEmail(email))
            return error(400, "INVALID_EMAIL_ADDRESS", QStringLiteral("Email: invalid email address: %1").arg(email),
                         {QStringLiteral("Email")});
        fields["Email"] = email.toStdString();
        ++m_upsertCreates;
        const size_t index = add(fields);
        const auto p = fields.find("LastPaymentId__c");
        m_contacts[index].writes.append(QStringLiteral("UPSERT-CREATE ") +
                                        (p != fields.end() && p->is_string() ? QString::fromStdString(p->get<std::string>())
                                                                             : QStringLiteral("-")));
        return HttpResponse::json(201, QByteArray::fromStdString(json{{"id", m_contacts[index].id.toStdString()},
                                                                      {"success", true},
                                                                      {"errors", json::array()},
                                                                      {"created", true}}
                                                                     .dump()));
    }
    apply(found.first(), fields, "UPSERT");
    return HttpResponse{204, {}, {}, 0, HttpResponse::Fault::None};
}

HttpResponse Crm::remove(const QByteArray &id)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend() || m_contacts[*it].deleted)
        return error(404, "ENTITY_IS_DELETED", QStringLiteral("entity is deleted"));
    ++m_deletes;
    m_contacts[*it].deleted = true;
    return HttpResponse{204, {}, {}, 0, HttpResponse::Fault::None};
}

} // namespace patchbay::demo
