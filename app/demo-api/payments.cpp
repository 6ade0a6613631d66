#include "payments.h"

#include "people.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace patchbay::demo {

using json = nlohmann::ordered_json; // keys in the order the real APIs write them

namespace {

constexpr qint64 FirstCreated = 1764547200; // 2025-12-01T00:00:00Z

const char *const Currencies[] = {"usd", "eur", "gbp"};

/// `value` in `length` letters and digits (the last ones, if it needs more).
QByteArray base62(quint64 value, int length)
{
    static const char Digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray out(length, '0');
    for (int i = length - 1; i >= 0; --i, value /= 62)
        out[i] = Digits[value % 62];
    return out;
}

/// The value of a query item whose name may come percent-encoded (`created%5Bgte%5D`).
std::optional<QString> queryItem(const HttpRequest &r, const QString &name)
{
    for (const auto &item : r.query.queryItems(QUrl::FullyDecoded))
        if (item.first == name)
            return item.second;
    return std::nullopt;
}

} // namespace

Payments::Payments(int count, quint64 seed, int payers)
    : m_seed(seed), m_payers(payers > 0 ? payers : std::max<qint64>(1, (qint64(count) + 2) / 3))
{
    m_charges.reserve(size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i) {
        SplitMix64 rng(seed * 1000033ULL + quint64(i) + 0xc4a26eULL);
        Charge c;
        // Stripe's ids are letters and digits after "ch_"; these end in the index, so that they
        // never collide.
        c.id = "ch_3" + base62(rng(), 11) + base62(quint64(i), 6);
        c.amount = qint64(500 + rng() % 49500);
        c.currency = Currencies[rng() % std::size(Currencies)];
        c.created = FirstCreated + qint64(i) * 90 + qint64(rng() % 60);
        c.succeeded = rng() % 100 < 85;
        // as many payers as charges: each pays once (lookups that never hit a cache)
        c.payer = m_payers >= count ? qint64(i) : qint64(rng() % quint64(m_payers));
        m_byId.insert(c.id, i);
        m_charges.push_back(std::move(c));
    }
    // A charge never changes: its JSON is written once, before the server listens (a
    // benchmark's server should spend its core on answering, not on writing the same JSON).
    m_bodies.reserve(m_charges.size());
    for (const Charge &c : m_charges)
        m_bodies.push_back(toJson(c));
}

HttpResponse Payments::error(int status, const char *type, const char *code, const QString &param, const QString &message)
{
    json e{{"type", type}, {"message", message.toStdString()}};
    if (code)
        e["code"] = code;
    if (!param.isEmpty())
        e["param"] = param.toStdString();
    return HttpResponse::json(status, QByteArray::fromStdString(json{{"error", e}}.dump()));
}

QByteArray Payments::toJson(const Charge &c) const
{
    const Person p = person(m_seed, c.payer);
    json j{{"id", c.id.toStdString()},
           {"object", "charge"},
           {"amount", c.amount},
           {"amount_captured", c.succeeded ? c.amount : 0},
           {"currency", c.currency},
           {"created", c.created},
           {"status", c.succeeded ? "succeeded" : "failed"},
           {"paid", c.succeeded},
           {"livemode", false},
           {"description", "Order " + std::to_string(c.created % 100000)},
           {"billing_details",
            {{"email", p.email.toStdString()},
             {"name", (p.firstName + u' ' + p.lastName).toStdString()},
             {"phone", nullptr}}},
           {"failure_code", c.succeeded ? json() : json("card_declined")},
           {"failure_message", c.succeeded ? json() : json("Your card was declined.")},
           {"metadata", json::object()}};
    return QByteArray::fromStdString(j.dump());
}

HttpResponse Payments::list(const HttpRequest &request)
{
    int limit = 10;
    if (const auto l = queryItem(request, QStringLiteral("limit"))) {
        bool ok = false;
        limit = l->toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return error(400, "invalid_request_error", "parameter_invalid_integer", QStringLiteral("limit"),
                         QStringLiteral("Invalid integer: %1; limit must be between 1 and 100.").arg(*l));
    }
    // created[gte] and friends: the charges are in the order of `created`, so each bound is a
    // place in the list.
    size_t begin = 0;
    size_t end = m_charges.size();
    const auto at = [this](qint64 created) {
        return size_t(std::lower_bound(m_charges.begin(), m_charges.end(), created,
                                       [](const Charge &c, qint64 v) { return c.created < v; }) -
                      m_charges.begin());
    };
    for (const char *op : {"gte", "gt", "lte", "lt"}) {
        const QString name = QStringLiteral("created[%1]").arg(QLatin1String(op));
        const auto v = queryItem(request, name);
        if (!v)
            continue;
        bool ok = false;
        const qint64 t = v->toLongLong(&ok);
        if (!ok)
            return error(400, "invalid_request_error", "parameter_invalid_integer", name,
                         QStringLiteral("Invalid integer: %1").arg(*v));
        const std::string o = op;
        if (o == "gte")
            begin = std::max(begin, at(t));
        else if (o == "gt")
            begin = std::max(begin, at(t + 1));
        else if (o == "lte")
            end = std::min(end, at(t + 1));
        else
            end = std::min(end, at(t));
    }
    if (const auto after = queryItem(request, QStringLiteral("starting_after")); after && !after->isEmpty()) {
        const auto it = m_byId.constFind(after->toUtf8());
        if (it == m_byId.cend())
            return error(400, "invalid_request_error", "resource_missing", QStringLiteral("starting_after"),
                         QStringLiteral("No such charge: '%1'").arg(*after));
        begin = std::max(begin, size_t(*it) + 1);
    }
    ++m_listed;
    QByteArray body = R"({"object":"list","url":"/v1/charges","data":[)";
    size_t i = begin;
    for (; i < end && i < begin + size_t(limit); ++i) {
        if (i > begin)
            body += ',';
        body += m_bodies[i];
    }
    body += "],\"has_more\":";
    body += i < end ? "true}" : "false}";
    return HttpResponse::json(200, body);
}

HttpResponse Payments::get(const QString &id) const
{
    const auto it = m_byId.constFind(id.toUtf8());
    if (it == m_byId.cend())
        return error(404, "invalid_request_error", "resource_missing", QStringLiteral("id"),
                     QStringLiteral("No such charge: '%1'").arg(id));
    return HttpResponse::json(200, m_bodies[size_t(*it)]);
}

} // namespace patchbay::demo
