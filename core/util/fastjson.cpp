#include "fastjson.h"

#include "util/decimal.h"

#include <QStringList>

#include <simdjson.h>

#include <limits>
#include <memory>

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

thread_local std::unique_ptr<simdjson::dom::parser> threadParser;

simdjson::dom::parser &parser()
{
    if (!threadParser)
        threadParser = std::make_unique<simdjson::dom::parser>();
    return *threadParser;
}

/// A parser keeps the buffers of the largest document it parsed. After a page of many
/// megabytes they are given back, so that the event loop's thread does not hold a copy of the
/// page's structure while the mapping worker parses it again (1,000,000 tiny records: the peak
/// fell by a third).
void releaseIfLarge()
{
    constexpr size_t Large = 8u << 20;
    if (threadParser && threadParser->capacity() > Large)
        threadParser.reset();
}

/// The document of a parse, or false with `*error` set to simdjson's reason.
bool parsed(simdjson::simdjson_result<simdjson::dom::element> result, simdjson::dom::element *doc, QString *error)
{
    if (const simdjson::error_code code = result.get(*doc)) {
        if (error)
            *error = QString::fromUtf8(simdjson::error_message(code));
        return false;
    }
    return true;
}

/// Parses `bytes` in place when the buffer has simdjson's padding to spare, else from a copy.
bool parseBytes(simdjson::dom::parser &parser, const QByteArray &bytes, simdjson::dom::element *doc, QString *error)
{
    const bool padded = bytes.capacity() - bytes.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    return parsed(parser.parse(bytes.constData(), size_t(bytes.size()), !padded), doc, error);
}

std::vector<std::string> pathParts(const QString &path)
{
    std::vector<std::string> parts;
    if (!path.isEmpty())
        for (const QString &part : path.split(u'.'))
            parts.push_back(part.toStdString());
    return parts;
}

/// The first member named `name` of an object (as Json's find() would have it).
bool member(simdjson::dom::element e, const std::string &name, simdjson::dom::element *out)
{
    if (e.type() != simdjson::dom::element_type::OBJECT)
        return false;
    for (simdjson::dom::key_value_pair field : simdjson::dom::object(e))
        if (field.key == name) {
            *out = field.value;
            return true;
        }
    return false;
}

/// toJson, but the list at parts[depth…] is left empty, counted and its last item built.
Json outlineOf(simdjson::dom::element e, const std::vector<std::string> &parts, size_t depth, Outline *outline)
{
    if (depth == parts.size()) {
        if (e.type() != simdjson::dom::element_type::ARRAY)
            return toJson(e);
        outline->listFound = true;
        simdjson::dom::element last;
        for (simdjson::dom::element item : simdjson::dom::array(e)) {
            last = item;
            ++outline->count;
        }
        if (outline->count > 0)
            outline->last = toJson(last);
        return Json::array();
    }
    if (e.type() != simdjson::dom::element_type::OBJECT)
        return toJson(e);
    const simdjson::dom::object object(e);
    Json o = Json::object();
    auto &fields = o.get_ref<Json::object_t &>();
    fields.reserve(object.size());
    bool followed = false;
    for (simdjson::dom::key_value_pair field : object) {
        const bool follow = !followed && field.key == parts[depth];
        followed = followed || follow;
        fields.emplace_back(std::string(field.key), follow ? outlineOf(field.value, parts, depth + 1, outline) : toJson(field.value));
    }
    return o;
}

} // namespace

std::optional<Outline> parseOutline(const QByteArray &bytes, const QString &listPath, QString *error)
{
    simdjson::dom::element doc;
    if (!parseBytes(parser(), bytes, &doc, error))
        return std::nullopt;
    Outline outline;
    outline.document = outlineOf(doc, pathParts(listPath), 0, &outline);
    releaseIfLarge();
    return outline;
}

namespace {

/// Walks the list at `listPath` without building its items; `f(index, item)` returns false to
/// stop. The last document parsed stays with its parser: a page mapped in slices (SyncRun) is
/// parsed once, not once a slice.
bool walkList(const QByteArray &bytes, const QString &listPath, const std::function<bool(size_t, simdjson::dom::element)> &f,
              QString *error)
{
    // A parser of its own: `f` may parse JSON on this thread while the list is walked.
    thread_local simdjson::dom::parser listParser;
    thread_local QByteArray parsedBytes; // shares the bytes parsed last, so their address stays theirs
    thread_local simdjson::dom::element parsedRoot;
    simdjson::dom::element at;
    if (!parsedBytes.isNull() && parsedBytes.constData() == bytes.constData() && parsedBytes.size() == bytes.size()) {
        at = parsedRoot;
    } else {
        parsedBytes = QByteArray();
        if (!parseBytes(listParser, bytes, &at, error))
            return false;
        parsedBytes = bytes;
        parsedRoot = at;
    }
    for (const std::string &part : pathParts(listPath))
        if (!member(at, part, &at)) {
            if (error)
                *error = QStringLiteral("no \"%1\"").arg(QString::fromStdString(part));
            return false;
        }
    if (at.type() == simdjson::dom::element_type::NULL_VALUE)
        return true;
    if (at.type() != simdjson::dom::element_type::ARRAY) {
        if (error)
            *error = QStringLiteral("not a list");
        return false;
    }
    size_t index = 0;
    for (simdjson::dom::element item : simdjson::dom::array(at))
        if (!f(index++, item))
            break;
    return true;
}

} // namespace

bool forEachItem(const QByteArray &bytes, const QString &listPath, const std::function<bool(size_t, Json &&)> &f, QString *error,
                 size_t begin, size_t end)
{
    return walkList(bytes, listPath, [&](size_t index, simdjson::dom::element item) {
        if (index < begin)
            return true; // skipped without being built
        return index < end && f(index, toJson(item));
    }, error);
}

std::vector<Json> itemsAt(const QByteArray &bytes, const QString &listPath, const std::vector<size_t> &indexes)
{
    std::vector<Json> out(indexes.size());
    size_t found = 0;
    walkList(bytes, listPath, [&](size_t index, simdjson::dom::element item) {
        for (size_t k = 0; k < indexes.size(); ++k)
            if (indexes[k] == index) {
                out[k] = toJson(item); // only the items asked for are built
                ++found;
            }
        return found < indexes.size();
    }, nullptr);
    return out;
}

std::optional<Json> parsePadded(const char *data, size_t length, QString *error)
{
    simdjson::dom::element doc;
    if (!parsed(parser().parse(data, length, false), &doc, error))
        return std::nullopt;
    return toJson(doc);
}

std::optional<Json> parse(const QByteArray &bytes, QString *error)
{
    simdjson::dom::element doc;
    if (!parseBytes(parser(), bytes, &doc, error))
        return std::nullopt;
    return toJson(doc);
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

namespace {

/// Whether nlohmann writes the text as it is: no control character, quote or backslash, and
/// valid UTF-8 (invalid bytes it replaces). Most texts in records are such.
bool writtenVerbatim(const std::string &text)
{
    bool ascii = true;
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b == '"' || b == '\\')
            return false;
        ascii = ascii && b < 0x80;
    }
    return ascii || simdjson::validate_utf8(text.data(), text.size());
}

void appendQuoted(QByteArray &out, const std::string &text)
{
    out.append('"');
    out.append(text.data(), qsizetype(text.size()));
    out.append('"');
}

} // namespace

void Writer::append(const Json &value, QByteArray &out)
{
    // Objects, arrays, plain texts and integers written here; what needs escaping, replacing
    // or shortest-round-trip formatting (floats) by nlohmann's serializer, so that every byte
    // is what Json::dump writes (content hashes in users' stores depend on it).
    switch (value.type()) {
    case Json::value_t::object: {
        out.append('{');
        bool first = true;
        for (const auto &[key, member] : value.get_ref<const Json::object_t &>()) {
            if (!first)
                out.append(',');
            first = false;
            if (writtenVerbatim(key))
                appendQuoted(out, key);
            else
                serialize(Json(key), out);
            out.append(':');
            append(member, out);
        }
        out.append('}');
        return;
    }
    case Json::value_t::array: {
        out.append('[');
        bool first = true;
        for (const Json &item : value.get_ref<const Json::array_t &>()) {
            if (!first)
                out.append(',');
            first = false;
            append(item, out);
        }
        out.append(']');
        return;
    }
    case Json::value_t::string:
        if (const std::string &text = value.get_ref<const std::string &>(); writtenVerbatim(text)) {
            appendQuoted(out, text);
            return;
        }
        break;
    case Json::value_t::boolean:
        out.append(value.get<bool>() ? "true" : "false");
        return;
    case Json::value_t::null:
        out.append("null");
        return;
    case Json::value_t::number_integer:
        appendDecimal(out, value.get<std::int64_t>());
        return;
    case Json::value_t::number_unsigned:
        if (value.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<long long>::max())) {
            appendDecimal(out, static_cast<long long>(value.get<std::uint64_t>()));
            return;
        }
        break;
    default:
        break;
    }
    serialize(value, out);
}

void Writer::serialize(const Json &value, QByteArray &out)
{
    d->sink->out = &out;
    d->serializer.dump(value, false, false, 0);
    d->sink->out = nullptr;
}

bool isValid(const QByteArray &bytes, bool *tooDeep)
{
    simdjson::dom::element doc;
    const bool padded = bytes.capacity() - bytes.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    const simdjson::error_code code = parser().parse(bytes.constData(), size_t(bytes.size()), !padded).get(doc);
    if (tooDeep)
        *tooDeep = code == simdjson::DEPTH_ERROR;
    releaseIfLarge();
    return code == simdjson::SUCCESS;
}

} // namespace patchbay::fastjson
