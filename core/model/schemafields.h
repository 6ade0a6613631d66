#pragma once

#include "util/json.h"

#include <QList>
#include <QString>

#include <string>

namespace patchbay {

/// One field of a record as the mapping editor lists it, from a JSON Schema.
struct SchemaField
{
    QString path;     ///< as a formula reads it (`address.city`, `items[*].price`) or a target is written
    QString name;     ///< the last step
    QString type;     ///< "string", "integer", "object", "array", …; "" if the schema does not say
    QString format;   ///< "date-time", "email", …
    bool required = false;
    int depth = 0;
    int parent = -1;  ///< index of the enclosing object's field, -1 at the top
};

/// The fields of a record schema, parents before their children, in the schema's order.
/// `Role::Source` lists the fields of objects inside arrays (`items[*].price`: a formula can
/// read them); `Role::Target` stops at arrays (a mapping writes a whole list). At most `limit`
/// fields; $refs are expected resolved (importers do it).
enum class SchemaRole { Source, Target };
QList<SchemaField> schemaFields(const Json &schema, SchemaRole role, int limit = 20000);

/// `name` under the path `parent` as a formula writes it: `address.city`, or
/// `address["zip code"]` for a name that is not a plain word (letters, digits, _, not first a
/// digit). The one place that knows how a field path is spelled.
QString fieldPath(const QString &parent, const QString &name);
bool isPlainFieldName(const std::string &name);

} // namespace patchbay
