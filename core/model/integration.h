#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace patchbay {

/// One target field and the formula that computes it, e.g. `full_name ← CustomerName`.
struct FieldMapping
{
    QString target;  ///< path in the output record, e.g. "address.city" or "tags[0]"
    QString formula;
    bool required = false; ///< a null result is an error for this record
    bool operator==(const FieldMapping &) const = default;
};

enum class NodeType { Source, Filter, Map, Target };

/// A box on the canvas. Which fields matter depends on the type.
struct Node
{
    QString id;
    NodeType type = NodeType::Source;
    QString name;       ///< label; empty means a default from the type and endpoint
    QPointF position;

    // source and target
    QString endpoint;
    // source, incremental mode: the highest `watermarkField` seen is sent back as `watermarkParam`
    QString watermarkField;
    QString watermarkParam;
    // filter
    QString condition;
    // map
    QList<FieldMapping> fields;
    // target
    int batchSize = 1;   ///< 1 sends one record per request
    int concurrency = 4; ///< requests in flight at most

    bool operator==(const Node &) const = default;
};

struct Wire
{
    QString from;
    QString to;
    bool operator==(const Wire &) const = default;
};

struct Schedule
{
    QString cron;     ///< five-field cron, @hourly/@daily/@weekly, or "every N minutes"
    QString timezone; ///< IANA name; empty = the system's
    bool enabled = false;
    bool operator==(const Schedule &) const = default;
};

enum class RecordErrorPolicy { DeadLetter, Stop };

/// Source → (Filter) → (Map) → Target, as drawn on the canvas, and how it runs.
struct Integration
{
    QString id;
    QString name;
    QString key = QStringLiteral("id");   ///< formula giving a record's stable key
    QString idempotencyHeader = QStringLiteral("Idempotency-Key"); ///< "" sends none
    RecordErrorPolicy onRecordError = RecordErrorPolicy::DeadLetter;
    Schedule schedule;
    QList<Node> nodes;
    QList<Wire> wires;

    const Node *node(const QString &nodeId) const
    {
        for (const Node &n : nodes)
            if (n.id == nodeId)
                return &n;
        return nullptr;
    }
    /// The first node of a type, or nullptr.
    const Node *firstNode(NodeType type) const
    {
        for (const Node &n : nodes)
            if (n.type == type)
                return &n;
        return nullptr;
    }
    bool operator==(const Integration &) const = default;
};

} // namespace patchbay
