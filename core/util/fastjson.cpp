#include "fastjson.h"

#include <simdjson.h>

namespace patchbay::fastjson {

namespace {

Json toJson(simdjson::dom::element e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::OBJECT: {
        // Straight into the object's vector: emplace() would search it for each key first.
        const simdjson::dom::object object(e);
        Json o = Json::object();
        auto &fields = o.get_ref<Json::object_t &>();
        fields.reserve(object.size());
        for (simdjson::dom::key_value_pair field : object)
            fields.emplace_back(std::string(field.key), toJson(field.value));
        return o;
    }
    case simdjson::dom::element_type::ARRAY: {
        const simdjson::dom::array array(e);
        Json a = Json::array();
        auto &items = a.get_ref<Json::array_t &>();
        items.reserve(array.size());
        for (simdjson::dom::element child : array)
            items.push_back(toJson(child));
        return a;
    }
    case simdjson::dom::element_type::STRING:
        return Json(std::string(std::string_view(e)));
    case simdjson::dom::element_type::INT64:
        return Json(int64_t(e));
    case simdjson::dom::element_type::UINT64:
        return Json(uint64_t(e));
    case simdjson::dom::element_type::DOUBLE:
        return Json(double(e));
    case simdjson::dom::element_type::BOOL:
        return Json(bool(e));
    case simdjson::dom::element_type::NULL_VALUE:
        return Json();
    }
    return Json();
}

simdjson::dom::parser &parser()
{
    thread_local simdjson::dom::parser p;
    return p;
}

} // namespace

std::optional<Json> parsePadded(const char *data, size_t length, QString *error)
{
    simdjson::dom::element doc;
    const simdjson::error_code code = parser().parse(data, length, false).get(doc);
    if (code) {
        if (error)
            *error = QString::fromUtf8(simdjson::error_message(code));
        return std::nullopt;
    }
    return toJson(doc);
}

std::optional<Json> parse(const QByteArray &bytes, QString *error)
{
    const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
    return parsePadded(padded.data(), padded.size(), error);
}

namespace {

/// Where nlohmann's serializer writes: whichever QByteArray `out` points at.
struct Sink final : nlohmann::detail::output_adapter_protocol<char>
{
    QByteArray *out = nullptr;
    void write_character(char c) override { out->append(c); }
    void write_characters(const char *s, std::size_t length) override { out->append(s, qsizetype(length)); }
};

} // namespace

/// nlohmann's own serializer (a detail of the library, the same through 3.11), made once.
struct Writer::Impl
{
    std::shared_ptr<Sink> sink = std::make_shared<Sink>();
    nlohmann::detail::serializer<Json> serializer{sink, ' ', Json::error_handler_t::replace};
};

Writer::Writer() : d(std::make_unique<Impl>()) {}
Writer::~Writer() = default;

void Writer::append(const Json &value, QByteArray &out)
{
    d->sink->out = &out;
    d->serializer.dump(value, false, false, 0);
    d->sink->out = nullptr;
}

bool isValid(const QByteArray &bytes)
{
    const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
    simdjson::dom::element doc;
    return !parser().parse(padded).get(doc);
}

} // namespace patchbay::fastjson
