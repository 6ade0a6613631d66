#pragma once

#include "util/problem.h"
#include "model/project.h"
#include "util/json.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace patchbay {

/// What reading a project file gave: the project (null when the file could not be read, is not
/// JSON, or is from a newer format) and every problem found, all at once.
struct ProjectLoad
{
    std::unique_ptr<Project> project;
    Problems problems;

    /// A project without errors (warnings allowed).
    bool ok() const { return project && !hasErrors(problems); }
};

/// Reads and writes `*.patchbay.json`, format version 1 (docs/project-format.md).
///
/// Writing is canonical: fixed key order, 2-space indent, defaults left out, a final newline —
/// so a file that Patchbay wrote reads back and writes again into the same bytes, and diffs well.
/// Writing is atomic (QSaveFile, never a direct write) and keeps the file's permissions.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::ProjectFile)

public:
    static constexpr const char *Suffix = ".patchbay.json";
    /// Larger project files are refused before they are read: reading is linear, but a
    /// project of hundreds of megabytes is samples or schemas that belong elsewhere.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    static ProjectLoad read(const QString &filePath);
    static ProjectLoad parse(const QByteArray &bytes);
    /// The message for a project file of `bytes` over MaxFileBytes.
    static QString tooLarge(qint64 bytes);
    /// Structure only (types, names, unknown fields): the model from a JSON value.
    static ProjectLoad fromJson(const Json &document);

    static Json toJson(const Project &project);
    static QByteArray serialize(const Project &project);
    static Result<void> write(const Project &project, const QString &filePath);
};

} // namespace patchbay
