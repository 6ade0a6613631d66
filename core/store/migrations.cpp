#include "migrations.h"

namespace patchbay {

const QList<Migration> &storeMigrations()
{
    static const QList<Migration> migrations{
        {1, QStringLiteral("runs, checkpoints, delivered keys, dead letters"),
         {
             QStringLiteral(R"(CREATE TABLE runs (
    id               INTEGER PRIMARY KEY,
    project_id       TEXT NOT NULL,
    integration_id   TEXT NOT NULL,
    trigger          TEXT NOT NULL CHECK (trigger IN ('manual', 'schedule', 'cli', 'webhook')),
    status           TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'partial', 'failed',
                                                     'cancelled', 'crashed')),
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    pid              INTEGER,
    host             TEXT,
    records_read     INTEGER NOT NULL DEFAULT 0,
    records_filtered INTEGER NOT NULL DEFAULT 0,
    records_written  INTEGER NOT NULL DEFAULT 0,
    records_skipped  INTEGER NOT NULL DEFAULT 0,
    records_dead     INTEGER NOT NULL DEFAULT 0,
    requests         INTEGER NOT NULL DEFAULT 0,
    retries          INTEGER NOT NULL DEFAULT 0,
    wait_ms          INTEGER NOT NULL DEFAULT 0,
    message          TEXT
))"),
             QStringLiteral("CREATE INDEX runs_by_integration ON runs (project_id, integration_id, started_at)"),
             QStringLiteral("CREATE INDEX runs_by_status ON runs (status)"),
             QStringLiteral(R"(CREATE TABLE run_events (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    at      TEXT NOT NULL,
    level   TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
    message TEXT NOT NULL,
    detail  TEXT
))"),
             QStringLiteral("CREATE INDEX run_events_by_run ON run_events (run_id, id)"),
             QStringLiteral(R"(CREATE TABLE checkpoints (
    project_id     TEXT NOT NULL,
    integration_id TEXT NOT NULL,
    state          TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    run_id         INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    PRIMARY KEY (project_id, integration_id)
))"),
             QStringLiteral(R"(CREATE TABLE delivered_keys (
    project_id     TEXT NOT NULL,
    integration_id TEXT NOT NULL,
    record_key     TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    delivered_at   TEXT NOT NULL,
    run_id         INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    PRIMARY KEY (project_id, integration_id, record_key)
) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE dead_letters (
    id             INTEGER PRIMARY KEY,
    run_id         INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    project_id     TEXT NOT NULL,
    integration_id TEXT NOT NULL,
    record_key     TEXT,
    record         TEXT NOT NULL,
    status_code    INTEGER,
    error          TEXT NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    resolved_at    TEXT
))"),
             QStringLiteral("CREATE INDEX dead_letters_open ON dead_letters (project_id, integration_id, resolved_at)"),
         }},
        {2, QStringLiteral("append-only audit trail, chained by SHA-256"),
         {
             QStringLiteral(R"(CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    run_id    INTEGER,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
))"),
             QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
                            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
                            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
         }},
        {3, QStringLiteral("request history"),
         {
             QStringLiteral(R"(CREATE TABLE request_history (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    project_id      TEXT,
    endpoint_id     TEXT,
    method          TEXT NOT NULL,
    url             TEXT NOT NULL,
    request_headers TEXT NOT NULL DEFAULT '[]',
    request_body    TEXT,
    status          INTEGER,
    duration_ms     INTEGER,
    response_size   INTEGER,
    error           TEXT
))"),
             QStringLiteral("CREATE INDEX request_history_by_time ON request_history (at)"),
         }},
        {4, QStringLiteral("dead letters keep their source record; runs keep their pages"),
         {
             QStringLiteral("ALTER TABLE dead_letters ADD COLUMN source_record TEXT"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN pages INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN dry_run INTEGER NOT NULL DEFAULT 0"),
         }},
        // Checking each delivered key's run against the runs table cost a third of a page's
        // commit; runs are never deleted, so the reference is kept without the check.
        {5, QStringLiteral("delivered keys without a foreign key check"),
         {
             QStringLiteral(R"(CREATE TABLE delivered_keys_v5 (
    project_id     TEXT NOT NULL,
    integration_id TEXT NOT NULL,
    record_key     TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    delivered_at   TEXT NOT NULL,
    run_id         INTEGER,
    PRIMARY KEY (project_id, integration_id, record_key)
) WITHOUT ROWID)"),
             QStringLiteral("INSERT INTO delivered_keys_v5 SELECT project_id, integration_id, record_key, content_hash, "
                            "delivered_at, run_id FROM delivered_keys"),
             QStringLiteral("DROP TABLE delivered_keys"),
             QStringLiteral("ALTER TABLE delivered_keys_v5 RENAME TO delivered_keys"),
         }},
        // A run writes one delivered key per record: the project and integration ids in every
        // row (and in every comparison of the primary key) were most of its size and cost.
        // They become one integer scope; the time of delivery is the run's.
        {6, QStringLiteral("delivered keys by scope"),
         {
             QStringLiteral(R"(CREATE TABLE delivery_scopes (
    id             INTEGER PRIMARY KEY,
    project_id     TEXT NOT NULL,
    integration_id TEXT NOT NULL,
    UNIQUE (project_id, integration_id)
))"),
             QStringLiteral("INSERT INTO delivery_scopes (project_id, integration_id) "
                            "SELECT DISTINCT project_id, integration_id FROM delivered_keys"),
             QStringLiteral(R"(CREATE TABLE delivered_keys_v6 (
    scope          INTEGER NOT NULL,
    record_key     TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    run_id         INTEGER,
    PRIMARY KEY (scope, record_key)
) WITHOUT ROWID)"),
             QStringLiteral("INSERT INTO delivered_keys_v6 SELECT s.id, d.record_key, d.content_hash, d.run_id "
                            "FROM delivered_keys d JOIN delivery_scopes s USING (project_id, integration_id)"),
             QStringLiteral("DROP TABLE delivered_keys"),
             QStringLiteral("ALTER TABLE delivered_keys_v6 RENAME TO delivered_keys"),
         }},
        // Keys that are plain integers are stored as integers (no type on the column, so that
        // SQLite converts nothing): they sort as numbers, and a run's keys land together in the
        // table instead of among all earlier ones ("10001" sorts between "1000" and "1001" as
        // text). RunStore::insertDelivered binds them the same way.
        {7, QStringLiteral("integer record keys stored as integers"),
         {
             QStringLiteral(R"(CREATE TABLE delivered_keys_v7 (
    scope          INTEGER NOT NULL,
    record_key     NOT NULL,
    content_hash   TEXT NOT NULL,
    run_id         INTEGER,
    PRIMARY KEY (scope, record_key)
) WITHOUT ROWID)"),
             QStringLiteral("INSERT INTO delivered_keys_v7 SELECT scope, "
                            "CASE WHEN record_key = '0' OR (record_key GLOB '[1-9]*' AND record_key NOT GLOB '*[^0-9]*' "
                            "AND length(record_key) <= 18) THEN CAST(record_key AS INTEGER) ELSE record_key END, "
                            "content_hash, run_id FROM delivered_keys"),
             QStringLiteral("DROP TABLE delivered_keys"),
             QStringLiteral("ALTER TABLE delivered_keys_v7 RENAME TO delivered_keys"),
         }},
        // Integrations with several targets: a dead letter says which target refused it; a run
        // keeps what went where, node by node (JSON), for its summary and the canvas.
        {8, QStringLiteral("dead letters per target, node counts of a run"),
         {
             QStringLiteral("ALTER TABLE dead_letters ADD COLUMN target_node TEXT"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN nodes TEXT"),
         }},
        // A run can pause (the source's records changed shape: docs/sync.md, "Schema drift"),
        // and an AI agent can start one. SQLite changes a CHECK only by building the table anew.
        {9, QStringLiteral("paused runs, runs started by an agent"),
         {
             QStringLiteral(R"(CREATE TABLE runs_v9 (
    id               INTEGER PRIMARY KEY,
    project_id       TEXT NOT NULL,
    integration_id   TEXT NOT NULL,
    trigger          TEXT NOT NULL CHECK (trigger IN ('manual', 'schedule', 'cli', 'webhook', 'agent')),
    status           TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'partial', 'failed',
                                                     'cancelled', 'crashed', 'paused')),
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    pid              INTEGER,
    host             TEXT,
    records_read     INTEGER NOT NULL DEFAULT 0,
    records_filtered INTEGER NOT NULL DEFAULT 0,
    records_written  INTEGER NOT NULL DEFAULT 0,
    records_skipped  INTEGER NOT NULL DEFAULT 0,
    records_dead     INTEGER NOT NULL DEFAULT 0,
    requests         INTEGER NOT NULL DEFAULT 0,
    retries          INTEGER NOT NULL DEFAULT 0,
    wait_ms          INTEGER NOT NULL DEFAULT 0,
    message          TEXT,
    pages            INTEGER NOT NULL DEFAULT 0,
    dry_run          INTEGER NOT NULL DEFAULT 0,
    nodes            TEXT
))"),
             QStringLiteral("INSERT INTO runs_v9 (id, project_id, integration_id, trigger, status, started_at, finished_at, "
                            "pid, host, records_read, records_filtered, records_written, records_skipped, records_dead, "
                            "requests, retries, wait_ms, message, pages, dry_run, nodes) "
                            "SELECT id, project_id, integration_id, trigger, status, started_at, finished_at, pid, host, "
                            "records_read, records_filtered, records_written, records_skipped, records_dead, requests, "
                            "retries, wait_ms, message, pages, dry_run, nodes FROM runs"),
             QStringLiteral("DROP TABLE runs"),
             QStringLiteral("ALTER TABLE runs_v9 RENAME TO runs"),
             QStringLiteral("CREATE INDEX runs_by_integration ON runs (project_id, integration_id, started_at)"),
             QStringLiteral("CREATE INDEX runs_by_status ON runs (status)"),
         },
         true},
        // Webhooks (docs/webhooks.md): each delivery is kept before it is answered, refused
        // ones too (for the inbox view); a pending event is processed by a run, which marks it
        // in the transaction of its page. One event id per integration: a replay is refused.
        {10, QStringLiteral("the webhook inbox"),
         {
             QStringLiteral(R"(CREATE TABLE webhook_inbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id     TEXT NOT NULL,
    integration_id TEXT NOT NULL,
    received_at    TEXT NOT NULL,
    event_id       TEXT,
    verified       INTEGER NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('pending', 'processed', 'failed', 'refused')),
    reason         TEXT,
    run_id         INTEGER,
    headers        TEXT NOT NULL,
    body           BLOB NOT NULL
))"),
             QStringLiteral("CREATE UNIQUE INDEX webhook_inbox_event ON webhook_inbox (project_id, integration_id, event_id)"),
             QStringLiteral("CREATE INDEX webhook_inbox_pending ON webhook_inbox (project_id, integration_id, status, seq)"),
         }},
    };
    return migrations;
}

} // namespace patchbay
