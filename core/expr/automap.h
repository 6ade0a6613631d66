#pragma once

#include "model/schemafields.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace patchbay {

/// "Auto-map": proposes which source field fills which target field, by how alike their names
/// are — ignoring case, `_`, `-`, spaces and camelCase humps, an entity prefix such as
/// "customer" in CustomerName, and common synonyms (email_address → email, CustomerName →
/// full_name, created → signup_date, zip → postal_code, …). A nested source field is matched
/// by its own name too (`address.city` → city).
class AutoMap
{
public:
    struct Suggestion
    {
        QString source; ///< source field path
        QString target; ///< target field path
        double score = 0; ///< 0–1; 1 is the same name
        bool operator==(const Suggestion &) const = default;
    };

    /// One suggestion per target field not in `mapped`, best first; each source field used once.
    /// Object-typed fields are not matched (their children are).
    static QList<Suggestion> propose(const QList<SchemaField> &sources, const QList<SchemaField> &targets,
                                     const QStringList &mapped = {});

    /// How alike two field names are, 0–1.
    static double similarity(const QString &a, const QString &b);
    /// Below this, names are not proposed.
    static constexpr double Threshold = 0.6;

    /// The words of a name, lower case, synonyms folded: "CustomerEmailAddress" → {email}.
    static QStringList words(const QString &name);
};

} // namespace patchbay
