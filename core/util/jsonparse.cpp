#include "jsonparse.h"

#include <QCoreApplication>

#include <set>
#include <string>
#include <vector>

namespace patchbay {

namespace {

/// Tracks where the parser is, so that a duplicate key can be reported with its JSON path.
class PathTracker
{
public:
    explicit PathTracker(Problems *problems) : m_problems(problems) {}

    bool onEvent(Json::parse_event_t event, const Json &parsed)
    {
        using E = Json::parse_event_t;
        switch (event) {
        case E::object_start:
            m_frames.push_back(Frame{false, 0, {}, {}});
            break;
        case E::array_start:
            m_frames.push_back(Frame{true, 0, {}, {}});
            break;
        case E::key: {
            Frame &f = m_frames.back();
            f.key = parsed.get_ref<const std::string &>();
            if (!f.keys.insert(f.key).second) {
                const QString key = toQString(f.key);
                m_problems->append(Problem{Problem::Severity::Error, currentPath(),
                                           QCoreApplication::translate("patchbay::Json",
                                               "the key \"%1\" appears more than once in this "
                                               "object; remove all but one")
                                               .arg(key)});
            }
            break;
        }
        case E::object_end:
        case E::array_end:
            m_frames.pop_back();
            elementDone();
            break;
        case E::value:
            elementDone();
            break;
        }
        return true;
    }

private:
    // Paths are built only when a problem needs one: 100,000 nested lists must stay linear.
    struct Frame
    {
        bool isArray = false;
        qsizetype index = 0;
        std::string key;
        std::set<std::string> keys;
    };

    JsonPath currentPath() const
    {
        JsonPath path;
        for (const Frame &f : m_frames)
            path = f.isArray ? path.index(f.index) : path.key(toQString(f.key));
        return path;
    }
    void elementDone()
    {
        if (!m_frames.empty() && m_frames.back().isArray)
            ++m_frames.back().index;
    }

    Problems *m_problems;
    std::vector<Frame> m_frames;
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

std::optional<Json> parseJsonDocument(const QByteArray &bytes, Problems *problems)
{
    PathTracker tracker(problems);
    Json::parser_callback_t callback = [&tracker](int, Json::parse_event_t event, Json &parsed) {
        return tracker.onEvent(event, parsed);
    };
    try {
        return Json::parse(bytes.constBegin(), bytes.constEnd(), callback, true);
    } catch (const Json::parse_error &e) {
        // e.byte is 1-based: the position of the character that could not be read.
        const TextPosition pos = textPosition(bytes, qsizetype(e.byte > 0 ? e.byte - 1 : 0));
        const QString where = QCoreApplication::translate("patchbay::Json", "line %1, column %2")
                                  .arg(pos.line)
                                  .arg(pos.column);
        problems->append(Problem{Problem::Severity::Error, where,
                                 QCoreApplication::translate("patchbay::Json",
                                     "this is not valid JSON (%1). Look for a missing comma, "
                                     "quote or bracket at or just before this point.")
                                     .arg(describeParseError(e.what()))});
    } catch (const Json::exception &e) {
        problems->append(Problem{Problem::Severity::Error, QString(),
                                 QCoreApplication::translate("patchbay::Json",
                                     "this is not valid JSON: %1")
                                     .arg(toQString(e.what()))});
    }
    return std::nullopt;
}

} // namespace patchbay
