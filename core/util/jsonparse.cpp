#include "jsonparse.h"

#include <QCoreApplication>

#include <unordered_set>
#include <string>
#include <vector>

namespace patchbay {

namespace {

/// Builds the document from nlohmann's SAX events. Objects are appended to directly: the
/// ordered map's own insert looks for the key first, which made an object of n keys cost n²
/// (200,000 variables took half a minute). Duplicate keys are found with a set per object and
/// reported at their JSON path; the last value wins, as before. Nesting deeper than the limit
/// stops the parse at once, so memory stays proportional to what was read.
class DocumentBuilder
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    DocumentBuilder(Problems *problems, int maxDepth) : m_problems(problems), m_maxDepth(maxDepth) {}

    bool null() { return value(Json()); }
    bool boolean(bool v) { return value(Json(v)); }
    bool number_integer(number_integer_t v) { return value(Json(v)); }
    bool number_unsigned(number_unsigned_t v) { return value(Json(v)); }
    bool number_float(number_float_t v, const string_t &) { return value(Json(v)); }
    bool string(string_t &v) { return value(Json(std::move(v))); }
    bool binary(binary_t &v) { return value(Json::binary(std::move(v))); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t &k)
    {
        Frame &f = m_frames.back();
        f.key = k;
        f.duplicate = !f.keys.insert(k).second;
        if (f.duplicate)
            m_problems->append(Problem{Problem::Severity::Error, currentPath(),
                                       QCoreApplication::translate("patchbay::Json",
                                           "the key \"%1\" appears more than once in this object; remove all but one")
                                           .arg(toQString(k))});
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e)
    {
        m_errorByte = position;
        m_error = e.what();
        return false;
    }

    bool tooDeep() const { return m_tooDeep; }
    const JsonPath &tooDeepAt() const { return m_tooDeepAt; }
    bool failed() const { return !m_error.empty(); }
    std::size_t errorByte() const { return m_errorByte; }
    const std::string &error() const { return m_error; }
    Json take() { return std::move(m_root); }

private:
    struct Frame
    {
        Json *value = nullptr;
        qsizetype index = 0; ///< arrays: the next item's
        std::string key;     ///< objects: the current key
        bool duplicate = false;
        std::unordered_set<std::string> keys;
    };

    /// Where the next value goes: the root, the end of an array, or the object under its key.
    Json *place(Json &&v)
    {
        if (m_frames.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        Frame &f = m_frames.back();
        if (f.value->is_array()) {
            f.value->get_ref<Json::array_t &>().push_back(std::move(v));
            return &f.value->get_ref<Json::array_t &>().back();
        }
        auto &members = f.value->get_ref<Json::object_t &>();
        if (f.duplicate) { // rare: find the first one and replace its value
            Json &slot = members[f.key];
            slot = std::move(v);
            return &slot;
        }
        // ordered_map is a vector of pairs: appended without searching it (the set knows the key is new).
        auto &vec = static_cast<std::vector<Json::object_t::value_type, Json::object_t::allocator_type> &>(members);
        vec.emplace_back(f.key, std::move(v));
        return &vec.back().second;
    }

    bool value(Json &&v)
    {
        place(std::move(v));
        elementDone();
        return true;
    }

    void elementDone()
    {
        if (!m_frames.empty() && m_frames.back().value->is_array())
            ++m_frames.back().index;
    }

    bool open(Json &&container)
    {
        if (int(m_frames.size()) >= m_maxDepth) {
            // Where the nesting starts to go wrong is more use than hundreds of levels of path.
            JsonPath path;
            for (size_t i = 0; i < m_frames.size() && i < 4; ++i)
                path = m_frames[i].value->is_array() ? path.index(m_frames[i].index) : path.key(toQString(m_frames[i].key));
            m_tooDeep = true;
            m_tooDeepAt = path;
            return false;
        }
        Json *at = place(std::move(container));
        m_frames.push_back(Frame{at, 0, {}, false, {}});
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        elementDone();
        return true;
    }

    JsonPath currentPath() const
    {
        JsonPath path;
        for (const Frame &f : m_frames)
            path = f.value->is_array() ? path.index(f.index) : path.key(toQString(f.key));
        return path;
    }

    Problems *m_problems;
    int m_maxDepth;
    Json m_root;
    std::vector<Frame> m_frames;
    bool m_tooDeep = false;
    JsonPath m_tooDeepAt;
    std::size_t m_errorByte = 0;
    std::string m_error;
};

QString describeParseError(const std::string &what)
{
    // nlohmann: "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error
    // while parsing value - invalid literal; last read: 'x'". Keep the part after the position.
    QString text = toQString(what);
    const qsizetype colon = text.indexOf(QStringLiteral(": "), text.indexOf(QStringLiteral("column")));
    if (colon >= 0)
        text = text.mid(colon + 2);
    return text;
}

} // namespace

TextPosition textPosition(const QByteArray &utf8, qsizetype byteOffset)
{
    TextPosition pos;
    byteOffset = std::min(byteOffset, utf8.size());
    for (qsizetype i = 0; i < byteOffset; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

std::optional<Json> parseJsonDocument(const QByteArray &bytes, Problems *problems, int maxDepth)
{
    DocumentBuilder builder(problems, maxDepth);
    bool ok = false;
    try {
        ok = Json::sax_parse(bytes.constBegin(), bytes.constEnd(), &builder, nlohmann::detail::input_format_t::json, true);
    } catch (const Json::exception &e) {
        problems->append(Problem{Problem::Severity::Error, QString(),
                                 QCoreApplication::translate("patchbay::Json", "this is not valid JSON: %1")
                                     .arg(toQString(e.what()))});
        return std::nullopt;
    }
    if (builder.tooDeep()) {
        problems->append(Problem{Problem::Severity::Error, builder.tooDeepAt(),
                                 QCoreApplication::translate("patchbay::Json",
                                     "lists and objects are nested here more than %1 levels deep; no project, "
                                     "spec or record needs that. Is it the right file, or was it damaged?")
                                     .arg(maxDepth)});
        return std::nullopt;
    }
    if (!ok || builder.failed()) {
        // The byte is 1-based: the position of the character that could not be read.
        const std::size_t byte = builder.errorByte();
        const TextPosition pos = textPosition(bytes, qsizetype(byte > 0 ? byte - 1 : 0));
        const QString where = QCoreApplication::translate("patchbay::Json", "line %1, column %2")
                                  .arg(pos.line)
                                  .arg(pos.column);
        problems->append(Problem{Problem::Severity::Error, where,
                                 QCoreApplication::translate("patchbay::Json",
                                     "this is not valid JSON (%1). Look for a missing comma, "
                                     "quote or bracket at or just before this point.")
                                     .arg(describeParseError(builder.error()))});
        return std::nullopt;
    }
    return builder.take();
}

} // namespace patchbay
