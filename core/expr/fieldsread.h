#pragma once

#include "model/endpoint.h"
#include "model/integration.h"

#include <QString>
#include <QStringList>

namespace patchbay {

/// A field path as a formula writes it, in the schema's spelling: a list's items are `[*]`,
/// whatever the index (`lines[0].sku` → `lines[*].sku`), as drifts and spec changes name them.
QString schemaSpelling(QString path);
/// The fields a node's formulas read from the record (a filter's or branch's conditions, a
/// map's formulas, a lookup's key), in the schema's spelling, each once.
QStringList fieldsReadBy(const Node &node);
/// The record's fields an endpoint's request names as `{{record.…}}` (a lookup of one record at a
/// time, an update's address), each once.
QStringList recordFieldsInRequest(const Endpoint &endpoint);
/// The fields one formula reads, in the schema's spelling, each once; none if it does not compile.
QStringList fieldsReadBy(const QString &formula);

} // namespace patchbay
