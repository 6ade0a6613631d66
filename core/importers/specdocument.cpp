#include "specdocument.h"

#include "util/jsonparse.h"

#include <yaml-cpp/yaml.h>

#include <QStringDecoder>

#include <vector>

namespace patchbay {

namespace {

bool isUtf8(const QByteArray &bytes, qsizetype *badOffset)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return true;
    // find the first bad byte for the message
    const int i = text.indexOf(QChar::ReplacementCharacter);
    *badOffset = i < 0 ? 0 : QStringView(text).left(i).toUtf8().size();
    return false;
}

/// YAML → Json without recursion: an explicit stack of (node, target) pairs.
std::optional<Json> yamlToJson(const YAML::Node &root, Problems *problems)
{
    Json result;
    struct Item
    {
        YAML::Node node;
        Json *target;
        JsonPath path;
        int depth;
    };
    std::vector<Item> stack{{root, &result, JsonPath(), 0}};
    // Aliases share nodes: a few lines can expand into billions ("billion laughs").
    constexpr qsizetype MaxNodes = 2'000'000;
    qsizetype nodes = 0;
    while (!stack.empty()) {
        if (++nodes > MaxNodes) {
            problems->append({Problem::Severity::Error, {},
                              SpecDocument::tr("the document expands to more than %1 values (through YAML aliases); "
                                               "it is refused so that it cannot fill the memory")
                                  .arg(MaxNodes)});
            return std::nullopt;
        }
        Item item = std::move(stack.back());
        stack.pop_back();
        if (item.depth > SpecDocument::MaxDepth) { // an alias inside itself nests without end
            problems->append({Problem::Severity::Error, item.path,
                              SpecDocument::tr("nested more than %1 levels deep (through YAML aliases)").arg(SpecDocument::MaxDepth)});
            return std::nullopt;
        }
        const YAML::Node &n = item.node;
        switch (n.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            *item.target = nullptr;
            break;
        case YAML::NodeType::Scalar: {
            const std::string &s = n.Scalar();
            if (n.Tag() == "!") { // quoted: always text
                *item.target = s;
                break;
            }
            // plain scalars as YAML 1.2's core schema reads them
            if (s == "true" || s == "True" || s == "TRUE")
                *item.target = true;
            else if (s == "false" || s == "False" || s == "FALSE")
                *item.target = false;
            else if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
                *item.target = nullptr;
            else {
                const QByteArray b = QByteArray::fromStdString(s);
                bool ok = false;
                const qlonglong i = b.toLongLong(&ok);
                if (ok) {
                    *item.target = i;
                    break;
                }
                const double d = b.toDouble(&ok);
                if (ok && !b.contains('_') && !b.startsWith('.') && b != "inf" && b != "nan")
                    *item.target = d;
                else
                    *item.target = s;
            }
            break;
        }
        case YAML::NodeType::Sequence: {
            *item.target = Json::array();
            Json &arr = *item.target;
            arr.get_ref<Json::array_t &>().resize(n.size());
            for (std::size_t i = 0; i < n.size(); ++i)
                stack.push_back({n[i], &arr[i], item.path.index(qsizetype(i)), item.depth + 1});
            break;
        }
        case YAML::NodeType::Map: {
            *item.target = Json::object();
            Json &obj = *item.target;
            std::vector<std::pair<YAML::Node, std::string>> children;
            for (auto it = n.begin(); it != n.end(); ++it) {
                if (!it->first.IsScalar()) {
                    problems->append({Problem::Severity::Error, item.path,
                                      SpecDocument::tr("a key that is not text (a list or a map as a key) is not supported")});
                    continue;
                }
                const std::string key = it->first.Scalar();
                if (obj.contains(key)) {
                    problems->append({Problem::Severity::Error, item.path.key(QString::fromStdString(key)),
                                      SpecDocument::tr("the key \"%1\" appears more than once in this map; remove all but one")
                                          .arg(QString::fromStdString(key))});
                }
                obj[key] = nullptr; // keeps the order of the document
                children.emplace_back(it->second, key);
            }
            // the object is complete: pointers into it stay valid from here on
            for (auto &[child, key] : children)
                stack.push_back({child, &obj[key], item.path.key(QString::fromStdString(key)), item.depth + 1});
            break;
        }
        }
    }
    return result;
}

} // namespace

SpecDocument::Format SpecDocument::detect(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[' ? Format::Json : Format::Yaml;
    }
    return Format::Yaml;
}

int SpecDocument::nestingDepth(const QByteArray &bytes, int limit)
{
    int flow = 0;
    int deepest = 0;
    std::vector<int> indents; // block structure: the indentation of each open level
    bool lineStart = true;
    int indent = 0;
    char quote = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n') {
            lineStart = true;
            indent = 0;
            if (quote == '\'' || quote == '"') {
                // JSON strings do not span lines; YAML's may: keep the quote state
            }
            continue;
        }
        if (lineStart) {
            if (c == ' ' || c == '-') { // "- - - x" nests too
                ++indent;
                continue;
            }
            lineStart = false;
            if (quote == 0 && flow == 0 && c != '#' && c != '\r') {
                while (!indents.empty() && indents.back() >= indent)
                    indents.pop_back();
                indents.push_back(indent);
            }
        }
        if (quote) {
            if (c == '\\' && quote == '"')
                ++i;
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#' && (i == 0 || bytes[i - 1] == ' ' || bytes[i - 1] == '\t')) {
            while (i + 1 < bytes.size() && bytes[i + 1] != '\n')
                ++i;
        } else if (c == '[' || c == '{') {
            ++flow;
        } else if (c == ']' || c == '}') {
            if (flow > 0)
                --flow;
        }
        deepest = std::max(deepest, flow + int(indents.size()));
        if (deepest > limit)
            return deepest;
    }
    return deepest;
}

std::optional<Json> SpecDocument::parse(const QByteArray &input, Problems *problems)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        problems->append({Problem::Severity::Error, {}, tr("the file is empty")});
        return std::nullopt;
    }
    qsizetype bad = 0;
    if (!isUtf8(bytes, &bad)) {
        const TextPosition p = textPosition(bytes, bad);
        problems->append({Problem::Severity::Error, tr("line %1, column %2").arg(p.line).arg(p.column),
                          tr("the text is not UTF-8 (byte 0x%1); save the file as UTF-8")
                              .arg(uchar(bytes[bad]), 2, 16, QLatin1Char('0'))});
        return std::nullopt;
    }
    const int depth = nestingDepth(bytes, MaxDepth);
    if (depth > MaxDepth) {
        problems->append({Problem::Severity::Error, {},
                          tr("the document nests lists and maps more than %1 levels deep; no API description "
                             "needs that — is it the right file?")
                              .arg(MaxDepth)});
        return std::nullopt;
    }
    if (detect(bytes) == Format::Json)
        return parseJsonDocument(bytes, problems);
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        return yamlToJson(root, problems);
    } catch (const YAML::Exception &e) {
        problems->append({Problem::Severity::Error,
                          tr("line %1, column %2").arg(e.mark.line + 1).arg(e.mark.column + 1),
                          QString::fromStdString(e.msg)});
        return std::nullopt;
    }
}

} // namespace patchbay
