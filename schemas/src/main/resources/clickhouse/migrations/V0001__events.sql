-- Every accepted event, one row each. The stream job inserts with a deterministic insert_deduplication_token per
-- checkpoint batch, so a replayed batch is ignored (non_replicated_deduplication_window); ReplacingMergeTree on the
-- sorting key (which ends in event_id) is the second net for duplicates. Absent strings are '' and absent numbers 0 (link_index -1).
CREATE TABLE IF NOT EXISTS events
(
    tenant_id            LowCardinality(String),
    occurred_at          DateTime64(3, 'UTC'),
    event_id             String,
    event_type           LowCardinality(String),
    received_at          DateTime64(3, 'UTC'),
    workspace_id         String,
    message_id           String,
    campaign_id          String,
    variant              LowCardinality(String),
    sequence_step        UInt16,
    mailbox              String,
    sending_domain       LowCardinality(String),
    sending_ip           String,
    contact_id           String,
    recipient_domain     LowCardinality(String),
    recipient_timezone   LowCardinality(String),
    remote_mx            LowCardinality(String),
    bounce_type          LowCardinality(String),
    bounce_reason        LowCardinality(String),
    enhanced_status_code LowCardinality(String),
    smtp_code            UInt16,
    diagnostic           String,
    ip                   String,
    user_agent           String,
    url                  String,
    link_index           Int16,
    http_method          LowCardinality(String),
    is_auto_reply        Bool,
    feedback_type        LowCardinality(String),
    conversion_type      LowCardinality(String),
    conversion_value     Decimal(18, 4),
    currency             LowCardinality(String)
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(occurred_at)
ORDER BY (tenant_id, occurred_at, event_id)
SETTINGS non_replicated_deduplication_window = 10000;
