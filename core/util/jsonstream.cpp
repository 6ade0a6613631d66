#include "jsonstream.h"

#include "util/fastjson.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <cstring>
#include <vector>

namespace patchbay {

namespace {

/// The input, read in blocks into one buffer that keeps simdjson's padding after its end.
class Buffer
{
public:
    explicit Buffer(std::FILE *f) : m_file(f) { m_data.reserve(1 << 20); }

    /// Reads more; false at the end of the input.
    bool more()
    {
        if (m_start > 0 && m_start * 2 > m_data.size()) {
            m_data.erase(0, m_start);
            m_scan -= m_start;
            m_start = 0;
        }
        const size_t old = m_data.size();
        m_data.resize(old + (1 << 20) + simdjson::SIMDJSON_PADDING);
        const size_t n = std::fread(m_data.data() + old, 1, 1 << 20, m_file);
        m_data.resize(old + n);
        m_data.reserve(m_data.size() + simdjson::SIMDJSON_PADDING);
        return n > 0;
    }
    const char *data() const { return m_data.data(); }
    size_t size() const { return m_data.size(); }

    std::FILE *m_file;
    std::string m_data;
    size_t m_start = 0; ///< first byte not consumed yet
    size_t m_scan = 0;  ///< where the value scanner stopped
};

} // namespace

bool JsonRecordStream::read(std::FILE *in, const RecordCallback &onRecord, const ErrorCallback &onError)
{
    Buffer buf(in);
    qint64 number = 0;

    auto deliver = [&](const char *begin, size_t length) -> bool {
        ++number;
        // The buffer has SIMDJSON_PADDING readable bytes after any slice: no copy needed.
        QString error;
        std::optional<Json> record = fastjson::parsePadded(begin, length, &error);
        if (!record) {
            onError(number, QCoreApplication::translate("patchbay::JsonRecordStream", "not valid JSON (%1)").arg(error));
            return true;
        }
        return onRecord(std::move(*record), number);
    };

    // The first non-blank character tells an array from JSON Lines.
    size_t p = 0;
    while (true) {
        while (p < buf.size() && std::isspace(static_cast<unsigned char>(buf.data()[p])))
            ++p;
        if (p < buf.size())
            break;
        if (!buf.more())
            return true; // nothing at all: no records
    }

    if (buf.data()[p] != '[') {
        // JSON Lines: a record a line; a bad line is that record's error, the rest go on.
        buf.m_start = p;
        while (true) {
            const char *base = buf.data();
            const void *nl = std::memchr(base + buf.m_start, '\n', buf.size() - buf.m_start);
            if (!nl) {
                if (buf.more())
                    continue;
                if (buf.m_start < buf.size()) {
                    const size_t len = buf.size() - buf.m_start;
                    const std::string_view line(buf.data() + buf.m_start, len);
                    if (line.find_first_not_of(" \t\r") != std::string_view::npos)
                        deliver(buf.data() + buf.m_start, len);
                }
                return true;
            }
            const size_t end = size_t(static_cast<const char *>(nl) - base);
            size_t b = buf.m_start;
            while (b < end && std::isspace(static_cast<unsigned char>(base[b])))
                ++b;
            if (b < end && !deliver(base + b, end - b))
                return true;
            buf.m_start = end + 1;
        }
    }

    // A JSON array: find each element's end (strings and nesting tracked), parse it alone.
    buf.m_start = p + 1;
    buf.m_scan = buf.m_start;
    bool expectValue = true;
    while (true) {
        size_t i = buf.m_start;
        // Skip blanks and the comma between elements.
        while (true) {
            while (i < buf.size() && (std::isspace(static_cast<unsigned char>(buf.data()[i])) ||
                                      (!expectValue && buf.data()[i] == ',')))
            {
                if (buf.data()[i] == ',')
                    expectValue = true;
                ++i;
            }
            if (i < buf.size())
                break;
            buf.m_start = i;
            if (!buf.more()) {
                onError(0, QCoreApplication::translate("patchbay::JsonRecordStream", "the input ends inside the JSON array, after record %1; the closing \"]\" is missing").arg(number));
                return false;
            }
            i = buf.m_start;
        }
        buf.m_start = i;
        const char first = buf.data()[i];
        if (first == ']')
            return true;
        if (!expectValue) {
            onError(0, QCoreApplication::translate("patchbay::JsonRecordStream", "after record %1 a comma or \"]\" should follow, not \"%2\"").arg(number).arg(QChar::fromLatin1(first)));
            return false;
        }
        // Scan to the end of this element.
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        size_t j = i;
        bool done = false;
        while (!done) {
            const char *d = buf.data();
            const size_t size = buf.size();
            for (; j < size; ++j) {
                const char c = d[j];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c == '\\')
                        escaped = true;
                    else if (c == '"') {
                        inString = false;
                        if (depth == 0) {
                            ++j;
                            done = true;
                            break;
                        }
                    }
                    continue;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) { // the end of the array right after a scalar
                        done = true;
                        break;
                    }
                    if (--depth == 0) {
                        ++j;
                        done = true;
                        break;
                    }
                } else if (depth == 0 && (c == ',' || std::isspace(static_cast<unsigned char>(c)))) {
                    done = true;
                    break;
                }
            }
            if (!done) {
                const size_t offset = j - buf.m_start;
                if (!buf.more()) {
                    onError(0, QCoreApplication::translate("patchbay::JsonRecordStream", "the input ends inside record %1 of the JSON array").arg(number + 1));
                    return false;
                }
                j = buf.m_start + offset;
                i = buf.m_start;
            }
        }
        if (!deliver(buf.data() + buf.m_start, j - buf.m_start))
            return true;
        buf.m_start = j;
        expectValue = false;
    }
}

} // namespace patchbay
