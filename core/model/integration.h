#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace patchbay {

/// How a webhook's deliveries prove that they come from the sender (net/webhooksignature.h).
enum class WebhookScheme {
    None,     ///< anyone who knows the URL
    Token,    ///< a shared token in a header (`header`, "Authorization" takes "Bearer <token>" too)
    Stripe,   ///< Stripe-Signature: t=…,v1=… — HMAC-SHA256 of "t.body", hex
    GitHub,   ///< X-Hub-Signature-256: sha256=… — HMAC-SHA256 of the body, hex
    Slack,    ///< X-Slack-Signature: v0=… over "v0:timestamp:body", X-Slack-Request-Timestamp
    Standard, ///< Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature "v1,<base64>"
};

/// A Source node that is a webhook: the sender pushes events to Patchbay's listener at
/// /hooks/<project>/<integration> instead of Patchbay reading the endpoint. Each event is one
/// record. The endpoint, if the node names one, only describes the events (schema, samples).
struct WebhookSettings
{
    WebhookScheme scheme = WebhookScheme::None;
    QString secret;         ///< the signing secret or token, normally "{{a_secret_variable}}"
    QString header;         ///< Token: the header that carries it ("" = X-Webhook-Token)
    int toleranceSeconds = 300; ///< Stripe, Slack, Standard: how old a signed timestamp may be
    int maxBodyKb = 1024;   ///< a larger body is refused (413)
    bool operator==(const WebhookSettings &) const = default;
};

/// One target field and the formula that computes it, e.g. `full_name ← CustomerName`.
struct FieldMapping
{
    QString target;  ///< path in the output record, e.g. "address.city" or "tags[0]"
    QString formula;
    bool required = false; ///< a null result is an error for this record
    bool operator==(const FieldMapping &) const = default;
};

enum class NodeType { Source, Filter, Map, Target, Lookup, Branch };

/// What a Lookup node keeps of the records its request answers.
enum class LookupTake {
    First, ///< the first one (null when there is none)
    One,   ///< exactly one: more than one makes the record a dead letter (null when there is none)
    All,   ///< the list of them (empty when there is none)
};

/// What a Target node does with each record it gets: for the counts, and for what the
/// endpoint's request must look like (an update names the record it changes in its path).
enum class WriteMode { Create, Update, Upsert, Delete };

/// One named output of a Branch node: records for which `condition` holds go there (the first
/// output whose condition holds wins); the others go to "otherwise".
struct BranchOutput
{
    QString name;
    QString condition;
    bool operator==(const BranchOutput &) const = default;
};

/// A box on the canvas. Which fields matter depends on the type.
struct Node
{
    QString id;
    NodeType type = NodeType::Source;
    QString name;       ///< label; empty means a default from the type and endpoint
    QPointF position;

    // source, target and lookup
    QString endpoint;
    // source, incremental mode: the highest `watermarkField` seen is sent back as `watermarkParam`
    QString watermarkField;
    QString watermarkParam;
    // source: set when the source is a webhook
    std::optional<WebhookSettings> webhook;
    // filter
    QString condition;
    // map
    QList<FieldMapping> fields;
    // target
    int batchSize = 1;   ///< 1 sends one record per request
    int concurrency = 4; ///< requests in flight at most (targets and lookups)
    WriteMode writeMode = WriteMode::Create;
    // lookup: for each record, the endpoint's request (with {{record.…}} in it) is sent and what
    // it answers is added to the record under `lookupAs`
    QString lookupAs;
    QString lookupRecordsPath; ///< where the answer's records are, e.g. "records"; "" = the whole reply
    LookupTake lookupTake = LookupTake::First;
    bool notFoundOn404 = true; ///< a 404 means "found nothing", not a failure
    /// Many records in one request, where the endpoint takes many keys at once (?ids=a,b,c, or
    /// SOQL's IN ('a','b')): up to `lookupBatch` records' keys (the formula `lookupKey`) go into
    /// the request as {{keys}}, joined by commas (each in single quotes, escaped, with
    /// `lookupQuoteKeys`), and each found record goes to the records whose key its field
    /// `lookupMatch` holds. 1: a request per record, with {{record.…}} in it.
    int lookupBatch = 1;
    QString lookupKey;
    QString lookupMatch;
    bool lookupQuoteKeys = false;
    // branch
    QList<BranchOutput> outputs;

    bool operator==(const Node &) const = default;
};

struct Wire
{
    QString from;
    QString to;
    QString fromPort; ///< which output of a Branch node ("otherwise" for the rest); "" for other nodes
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

/// What a run does when the source's records no longer look like the endpoint's record schema
/// in a way that breaks what the integration reads (sync/driftguard.h).
enum class SchemaChangePolicy {
    Pause,  ///< stop before writing the page, status `paused`, the checkpoint kept
    Warn,   ///< go on, and say so in the run's log
    Ignore, ///< go on
};

/// Source → (Filter) → (Map) → Target, as drawn on the canvas, and how it runs.
struct Integration
{
    QString id;
    QString name;
    QString key = QStringLiteral("id");   ///< formula giving a record's stable key
    QString idempotencyHeader = QStringLiteral("Idempotency-Key"); ///< "" sends none
    RecordErrorPolicy onRecordError = RecordErrorPolicy::DeadLetter;
    SchemaChangePolicy onSchemaChange = SchemaChangePolicy::Pause;
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
