-- Aggregates of the query API's bot-filtering report and sending-health trend (query-api/DELIVERABILITY.md).
--
-- engagement_classes_hour: opens and clicks per UTC hour, engagement class and the dimensions the dashboards filter
-- by. engagement_reasons_hour: the same per classification reason code (arrayJoin of classification_reasons, so an
-- event with three reasons counts once under each). Both are SummingMergeTree kept by materialized views over
-- `events`: readers group by the key and sum(). A row's bucket is the event's own occurred_at.
--
-- sending_health_history: every snapshot the stream job writes to sending_health (which keeps only the newest per
-- scope), so the health view can show a trend. ReplacingMergeTree(version) on (scope, as_of): a replayed snapshot of
-- the same scope time replaces the earlier one.
--
-- A materialized view sees only rows inserted after it exists, so the last statements back-fill the three tables from
-- what `events` and `sending_health` already hold. Apply this migration with the stream job stopped (the launcher
-- and the services migrate before the job starts): rows inserted between a view's creation and its back-fill would
-- be counted twice.
CREATE TABLE IF NOT EXISTS engagement_classes_hour
(
    tenant_id        LowCardinality(String),
    bucket           DateTime('UTC'),
    event_type       LowCardinality(String),
    engagement_class LowCardinality(String),
    workspace_id     String,
    campaign_id      String,
    variant          LowCardinality(String),
    sequence_step    UInt16,
    sending_domain   LowCardinality(String),
    mailbox          String,
    mailbox_provider LowCardinality(String),
    events           UInt64
)
ENGINE = SummingMergeTree
PARTITION BY toYYYYMM(bucket)
ORDER BY (tenant_id, bucket, event_type, engagement_class, workspace_id, campaign_id, variant, sequence_step,
          sending_domain, mailbox, mailbox_provider)
TTL bucket + INTERVAL 400 DAY;

CREATE TABLE IF NOT EXISTS engagement_reasons_hour
(
    tenant_id        LowCardinality(String),
    bucket           DateTime('UTC'),
    event_type       LowCardinality(String),
    engagement_class LowCardinality(String),
    reason           LowCardinality(String),
    workspace_id     String,
    campaign_id      String,
    variant          LowCardinality(String),
    sequence_step    UInt16,
    sending_domain   LowCardinality(String),
    mailbox          String,
    mailbox_provider LowCardinality(String),
    events           UInt64
)
ENGINE = SummingMergeTree
PARTITION BY toYYYYMM(bucket)
ORDER BY (tenant_id, bucket, event_type, engagement_class, reason, workspace_id, campaign_id, variant, sequence_step,
          sending_domain, mailbox, mailbox_provider)
TTL bucket + INTERVAL 400 DAY;

CREATE TABLE IF NOT EXISTS sending_health_history
(
    tenant_id          LowCardinality(String),
    scope_kind         LowCardinality(String),
    scope_value        String,
    mailbox_provider   LowCardinality(String),
    as_of              DateTime64(3, 'UTC'),
    version            UInt64,
    sent_24h           UInt64,
    bounce_rate_24h    Float64,
    block_rate_24h     Float64,
    complaint_rate_24h Float64,
    score              Nullable(UInt16),
    status             LowCardinality(String),
    pause_recommended  Bool
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(as_of)
ORDER BY (tenant_id, scope_kind, scope_value, mailbox_provider, as_of)
TTL toDateTime(as_of) + INTERVAL 400 DAY;

CREATE MATERIALIZED VIEW IF NOT EXISTS engagement_classes_hour_mv TO engagement_classes_hour AS
SELECT tenant_id, toStartOfHour(toDateTime(occurred_at, 'UTC')) AS bucket, event_type, engagement_class, workspace_id,
       campaign_id, variant, sequence_step, sending_domain, mailbox, mailbox_provider, count() AS events
FROM events
WHERE event_type IN ('open', 'click')
GROUP BY tenant_id, bucket, event_type, engagement_class, workspace_id, campaign_id, variant, sequence_step,
         sending_domain, mailbox, mailbox_provider;

CREATE MATERIALIZED VIEW IF NOT EXISTS engagement_reasons_hour_mv TO engagement_reasons_hour AS
SELECT tenant_id, toStartOfHour(toDateTime(occurred_at, 'UTC')) AS bucket, event_type, engagement_class,
       arrayJoin(classification_reasons) AS reason, workspace_id, campaign_id, variant, sequence_step, sending_domain,
       mailbox, mailbox_provider, count() AS events
FROM events
WHERE event_type IN ('open', 'click')
GROUP BY tenant_id, bucket, event_type, engagement_class, reason, workspace_id, campaign_id, variant, sequence_step,
         sending_domain, mailbox, mailbox_provider;

CREATE MATERIALIZED VIEW IF NOT EXISTS sending_health_history_mv TO sending_health_history AS
SELECT tenant_id, scope_kind, scope_value, mailbox_provider, as_of, version, sent_24h, bounce_rate_24h, block_rate_24h,
       complaint_rate_24h, score, status, pause_recommended
FROM sending_health;

INSERT INTO engagement_classes_hour
SELECT tenant_id, toStartOfHour(toDateTime(occurred_at, 'UTC')) AS bucket, event_type, engagement_class, workspace_id,
       campaign_id, variant, sequence_step, sending_domain, mailbox, mailbox_provider, count() AS events
FROM events FINAL
WHERE event_type IN ('open', 'click')
GROUP BY tenant_id, bucket, event_type, engagement_class, workspace_id, campaign_id, variant, sequence_step,
         sending_domain, mailbox, mailbox_provider;

INSERT INTO engagement_reasons_hour
SELECT tenant_id, toStartOfHour(toDateTime(occurred_at, 'UTC')) AS bucket, event_type, engagement_class,
       arrayJoin(classification_reasons) AS reason, workspace_id, campaign_id, variant, sequence_step, sending_domain,
       mailbox, mailbox_provider, count() AS events
FROM events FINAL
WHERE event_type IN ('open', 'click')
GROUP BY tenant_id, bucket, event_type, engagement_class, reason, workspace_id, campaign_id, variant, sequence_step,
         sending_domain, mailbox, mailbox_provider;

INSERT INTO sending_health_history
SELECT tenant_id, scope_kind, scope_value, mailbox_provider, as_of, version, sent_24h, bounce_rate_24h, block_rate_24h,
       complaint_rate_24h, score, status, pause_recommended
FROM sending_health FINAL;
