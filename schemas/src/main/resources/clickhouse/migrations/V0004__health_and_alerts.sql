-- Health of every sending domain, mailbox and IP (stream job stage HealthAndAlertsStage, see stream-jobs/HEALTH.md):
-- one row per scope and mailbox provider ('' = all providers), the newest snapshot wins (ReplacingMergeTree on version;
-- read with FINAL or argMax). Windows end at as_of, the newest event time seen for the scope.
CREATE TABLE IF NOT EXISTS sending_health
(
    tenant_id            LowCardinality(String),
    scope_kind           LowCardinality(String),
    scope_value          String,
    mailbox_provider     LowCardinality(String),
    as_of                DateTime64(3, 'UTC'),
    version              UInt64,
    sent_24h             UInt64,
    delivered_24h        UInt64,
    bounced_24h          UInt64,
    hard_bounced_24h     UInt64,
    blocked_24h          UInt64,
    complaints_24h       UInt64,
    bounce_rate_24h      Float64,
    block_rate_24h       Float64,
    complaint_rate_24h   Float64,
    sent_7d              UInt64,
    delivered_7d         UInt64,
    bounced_7d           UInt64,
    hard_bounced_7d      UInt64,
    blocked_7d           UInt64,
    complaints_7d        UInt64,
    bounce_rate_7d       Float64,
    block_rate_7d        Float64,
    complaint_rate_7d    Float64,
    score                Nullable(UInt16),
    status               LowCardinality(String),
    pause_recommended    Bool,
    reasons              String
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, scope_kind, scope_value, mailbox_provider)
SETTINGS non_replicated_deduplication_window = 10000;

-- Fired and resolved alerts (rules from control.alert-rules, and rule_id 'auto_pause' from the health stage), the same
-- records the stage writes to the Kafka topic alerts; see stream-jobs/ALERTS.md. One row per alert_id: the resolved row
-- (version 2) replaces the firing one (version 1).
CREATE TABLE IF NOT EXISTS alerts
(
    tenant_id            LowCardinality(String),
    alert_id             String,
    rule_id              String,
    rule_name            String,
    state                LowCardinality(String),
    metric               LowCardinality(String),
    scope_kind           LowCardinality(String),
    scope_value          String,
    comparison           LowCardinality(String),
    value                Float64,
    threshold            Float64,
    volume               UInt64,
    window_length        String,
    fired_at             DateTime64(3, 'UTC'),
    resolved_at          Nullable(DateTime64(3, 'UTC')),
    detail               String,
    version              UInt16
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, alert_id)
SETTINGS non_replicated_deduplication_window = 10000;
