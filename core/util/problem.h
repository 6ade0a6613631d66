#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace patchbay {

/// One thing wrong with a project (or a spec, or a formula): where it is and what to do about it.
/// Problems are collected, never thrown: a loader reports all of them at once.
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;    ///< JSON path inside the document, e.g. `connections[1].auth.type`
    QString message; ///< what is wrong, and how to fix it when that is not obvious

    bool isError() const { return severity == Severity::Error; }
    /// `path: message` (or the message alone for a problem of the whole document).
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems &problems)
{
    for (const Problem &p : problems)
        if (p.isError())
            return true;
    return false;
}

/// The errors among `problems`, each as `path: message`.
inline QStringList errorLines(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        if (p.isError())
            lines.append(p.toString());
    return lines;
}

/// Builds JSON paths the way the problems list shows them: `a.b[2].c`, `headers["X-Key"]`.
class JsonPath
{
public:
    JsonPath() = default;
    explicit JsonPath(QString path) : m_path(std::move(path)) {}

    JsonPath key(const QString &name) const;
    JsonPath index(qsizetype i) const;
    const QString &toString() const { return m_path; }

    /// A step of a path: a key (quoted: written `["…"]`), or (index ≥ 0) a place in a list.
    struct Step
    {
        QString key;
        qsizetype index = -1;
        bool quoted = false;
        bool operator==(const Step &) const = default;
    };
    /// The steps of a path as key() and index() write it, read back: `a.b[2]` is a, b, [2];
    /// `headers["X-Key"]` is headers, X-Key (the escapes of a quoted key undone). Reading stops
    /// at the first character that fits no step.
    QList<Step> steps() const;
    /// The indexes that follow these keys at the start of the path, or an empty list when it does
    /// not start so: {"integrations", "nodes"} on `integrations[2].nodes[0].endpoint` is {2, 0}.
    QList<qsizetype> indexesAfter(const QStringList &keys) const;
    operator const QString &() const { return m_path; }

private:
    QString m_path;
};

} // namespace patchbay
