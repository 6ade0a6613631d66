#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QPointF>
#include <QStringList>

namespace patchbay {

/// Canvas nodes on the clipboard: JSON in the project file's form, read back through ProjectFile
/// (so a pasted node is read and checked as if it came from a file).
class NodeClipboard
{
public:
    /// Nodes and the wires among them as clipboard text.
    static QByteArray copy(const Integration &in, const QStringList &nodeIds);
    /// Adds copied nodes to `in` with fresh ids, moved by `offset`, and their wires; returns the
    /// new ids — none if `text` is not copied nodes.
    static QStringList paste(Integration *in, const QByteArray &text, QPointF offset);
};

} // namespace patchbay
