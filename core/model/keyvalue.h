#pragma once

#include <QList>
#include <QString>

namespace patchbay {

/// A name and a (template) value, kept in the user's order: headers, query parameters.
struct KeyValue
{
    QString name;
    QString value;
    bool operator==(const KeyValue &) const = default;
};

using KeyValues = QList<KeyValue>;

/// The value for `name` (exact match), or a null QString.
inline QString valueOf(const KeyValues &list, const QString &name)
{
    for (const KeyValue &kv : list)
        if (kv.name == name)
            return kv.value;
    return {};
}

} // namespace patchbay
