#pragma once

#include "util/json.h"

#include <QString>
#include <QStringList>

namespace patchbay {

/// A record schema learnt from sample data (a response body, a file of records): the types of
/// the fields, which are optional (seen in some records only), nested objects, arrays of objects,
/// and string formats (date-time, date, email, uri, uuid) when every value has one.
class SchemaInference
{
public:
    /// The JSON Schema of the given records (each an object, usually).
    static Json fromRecords(const Json &records);

    /// A whole reply: where its records are and their schema. An array is the records; an object
    /// with a list of objects (data, items, results, … or its only one) holds them at that path;
    /// any other object is one record.
    struct Sample
    {
        QString recordsPath;
        Json records = Json::array();
        Json schema;
    };
    static Sample fromBody(const Json &body);

    /// The names APIs give the list in an envelope ({"data": [...], "next": …}), most usual first.
    static const QStringList &recordListNames();

    /// Deeper structures are described down to this depth, then left open ({}).
    static constexpr int MaxDepth = 32;
};

} // namespace patchbay
