#pragma once

#include "util/json.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QString>

#include <string>
#include <vector>

namespace patchbay {

/// One field of a record as the mapping editor lists it, from a JSON Schema.
struct SchemaField
{
    QString path;     ///< as a formula reads it (`address.city`, `items[*].price`) or a target is written
    QString name;     ///< the last step
    QString type;     ///< "string", "integer", "object", "array", "string | object" (anyOf), …; "" if the schema does not say
    QString format;   ///< "date-time", "email", …
    bool required = false;
    int depth = 0;
    int parent = -1;  ///< index of the enclosing object's field, -1 at the top
    /// The field has fields of its own that are not listed yet, behind a `$ref` (a shared schema,
    /// as Stripe's customer inside a charge inside a customer …): its schema, for
    /// listFieldsBelow(). Null when everything below it is listed or there is nothing.
    Json more;
    QStringList enumValues; ///< the values it may take (`enum`), as JSON text for those not strings; none = any

    bool hasMore() const { return !more.is_null(); }
};

/// Shared schemas: a project keeps each once in its `schemas` section (name → JSON Schema), and
/// an endpoint's schema refers to one with `{"$ref": "#/schemas/<name>"}` (a JSON pointer: `~`
/// and `/` in a name are written `~0` and `~1`). The one place that knows how such a reference
/// is spelled and followed.
QString schemaRef(const QString &name);
/// The name a `$ref` string points at; "" if it is not `#/schemas/…`.
QString schemaRefName(const std::string &ref);
/// What `schema` stands for: its `$ref` followed into `schemas` (chains too); `schema` itself
/// when it has none; nullptr when the reference leads nowhere or in a circle.
const Json *resolveSchema(const Json &schema, const Json &schemas);
/// Whether a record schema lists fields (`properties`, after following its `$ref`): when it
/// does not, the mapping editor infers them from samples.
bool schemaListsFields(const Json &schema, const Json &schemas);
/// Every `$ref` inside `schema` (nested ones too), in order, each once.
QStringList schemaRefs(const Json &schema);
/// Points the `$ref`s inside `schema` that lead to a shared schema named in `renamed` (old
/// name → new name) to its new name.
void renameSchemaRefs(Json &schema, const QHash<QString, QString> &renamed);

enum class SchemaRole { Source, Target };
struct SchemaFieldOptions
{
    const Json *schemas = nullptr; ///< the project's shared schemas ($refs lead nowhere without them)
    int limit = 20000;             ///< at most this many fields
    /// How many `$ref`s below the record (or below the field listFieldsBelow() opens) fields are
    /// listed; past that, a field says it hasMore(). A `$ref` already followed on the way there is
    /// not followed again (cycles stay cut). The `$ref`s that lead to the record do not count.
    int refDepth = 1;
};

/// The fields of a record schema, parents before their children, in the schema's order.
/// `Role::Source` lists the fields of objects inside arrays (`items[*].price`: a formula can
/// read them); `Role::Target` stops at arrays (a mapping writes a whole list). `anyOf`/`oneOf`
/// alternatives that are objects give their fields together (Stripe's "an id or the object").
QList<SchemaField> schemaFields(const Json &schema, SchemaRole role, const SchemaFieldOptions &options = {});
/// Lists the fields below `fields[index]` (which hasMore()) at the end of `fields`, `refDepth`
/// more `$ref`s deep, and clears its `more`. Returns how many were added.
qsizetype listFieldsBelow(QList<SchemaField> &fields, qsizetype index, SchemaRole role, const SchemaFieldOptions &options);
/// Lists what is needed for the field at `path` to be in `fields` (expanding the fields on the
/// way that hasMore()); returns its index, or -1 if the schema has no such field.
qsizetype listFieldsAlong(QList<SchemaField> &fields, const QString &path, SchemaRole role, const SchemaFieldOptions &options);

/// "address.city" / `address["zip code"]` / "items[*].sku" as steps ("" for a list's items);
/// false when the path is not spelled so.
bool fieldSteps(const QString &path, std::vector<std::string> &steps);
enum class FieldHolder { Exact, OrParent };
/// Where the field at `path` is defined in `schema`: the object schema whose `properties` hold
/// its last step (`$ref`s followed into `schemas`, writable, so that an edit lands where the
/// field is defined; `anyOf`/`oneOf` searched), or nullptr. `name` gets the last step. With
/// `OrParent`, the object it would be added to when it is not there.
Json *fieldHolder(Json &schema, const QString &path, Json &schemas, std::string *name, FieldHolder mode = FieldHolder::Exact);

/// `name` under the path `parent` as a formula writes it: `address.city`, or
/// `address["zip code"]` for a name that is not a plain word (letters, digits, _, not first a
/// digit). The one place that knows how a field path is spelled.
QString fieldPath(const QString &parent, const QString &name);
bool isPlainFieldName(const std::string &name);

} // namespace patchbay
