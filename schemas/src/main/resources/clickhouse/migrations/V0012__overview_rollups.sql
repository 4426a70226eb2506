-- The overview's hourly rollups (query-api/QUERYING.md, "Overview"): per UTC hour and event type, how many events
-- occurred and how many messages had their first event of that type, each for all engagement and for people only.
-- Two tables, each keeping the dimensions of one kind of filter, because one table keeping every dimension would hold
-- about a row per event: overview_campaign_hour (workspace, campaign, variant, step, whose projection by_tenant answers
-- the unfiltered overview from a few rows per hour) and overview_sender_hour (workspace, sending domain, mailbox,
-- provider). SummingMergeTree kept by materialized views over `events`, like the deliverability tables (V0003);
-- readers group and sum(). No TTL: the overview may ask for any past range.
--
-- Distinct messages are sums of the enrichment's flags instead of exact distinct counts over raw events, so they add
-- up over any range: "messages" counts first_of_type (the message's first event of its type, any engagement class),
-- "messages_human" first_of_message for opens and clicks (the first human open or click) and first_of_type for every
-- other type. A message therefore counts in the range holding its first event of the type.
-- People only: an open is human when engagement_class is human or image_proxy, a click when human; every other type
-- counts in full.
--
-- Like V0003's tables they keep recent insert tokens, so a batch the stream job's sink commits again (same
-- insert_deduplication_token) reaches them once.
--
-- A materialized view sees only rows inserted after it exists, so the last statements back-fill both tables from what
-- `events` already holds, the first of each type computed from the events themselves (rows stored before V0011 carry
-- no flag) into a work table dropped at the end. Apply with the stream job stopped, as V0009.
CREATE TABLE IF NOT EXISTS overview_campaign_hour
(
    tenant_id      LowCardinality(String),
    campaign_id    String,
    bucket         DateTime('UTC'),
    workspace_id   String,
    variant        LowCardinality(String),
    sequence_step  UInt16,
    event_type     LowCardinality(String),
    events         UInt64,
    events_human   UInt64,
    messages       UInt64,
    messages_human UInt64,
    PROJECTION by_tenant
    (
        SELECT tenant_id, bucket, workspace_id, event_type,
            sum(events), sum(events_human), sum(messages), sum(messages_human)
        GROUP BY tenant_id, bucket, workspace_id, event_type
    )
)
ENGINE = SummingMergeTree
PARTITION BY toYYYYMM(bucket)
ORDER BY (tenant_id, campaign_id, bucket, workspace_id, variant, sequence_step, event_type)
SETTINGS deduplicate_merge_projection_mode = 'rebuild', non_replicated_deduplication_window = 10000;

CREATE TABLE IF NOT EXISTS overview_sender_hour
(
    tenant_id        LowCardinality(String),
    sending_domain   LowCardinality(String),
    mailbox          String,
    mailbox_provider LowCardinality(String),
    bucket           DateTime('UTC'),
    workspace_id     String,
    event_type       LowCardinality(String),
    events           UInt64,
    events_human     UInt64,
    messages         UInt64,
    messages_human   UInt64
)
ENGINE = SummingMergeTree
PARTITION BY toYYYYMM(bucket)
ORDER BY (tenant_id, sending_domain, mailbox, mailbox_provider, bucket, workspace_id, event_type)
SETTINGS non_replicated_deduplication_window = 10000;

CREATE MATERIALIZED VIEW IF NOT EXISTS overview_campaign_hour_mv TO overview_campaign_hour AS
WITH event_type = 'open' AND engagement_class IN ('human', 'image_proxy')
         OR event_type = 'click' AND engagement_class = 'human'
         OR event_type NOT IN ('open', 'click') AS human
SELECT tenant_id, campaign_id, toStartOfHour(toDateTime(occurred_at, 'UTC')) AS bucket, workspace_id, variant,
       sequence_step, event_type,
       count() AS events,
       countIf(human) AS events_human,
       countIf(message_id != '' AND first_of_type) AS messages,
       countIf(message_id != '' AND if(event_type IN ('open', 'click'), first_of_message, first_of_type))
           AS messages_human
FROM events
GROUP BY tenant_id, campaign_id, bucket, workspace_id, variant, sequence_step, event_type;

CREATE MATERIALIZED VIEW IF NOT EXISTS overview_sender_hour_mv TO overview_sender_hour AS
WITH event_type = 'open' AND engagement_class IN ('human', 'image_proxy')
         OR event_type = 'click' AND engagement_class = 'human'
         OR event_type NOT IN ('open', 'click') AS human
SELECT tenant_id, sending_domain, mailbox, mailbox_provider, toStartOfHour(toDateTime(occurred_at, 'UTC')) AS bucket,
       workspace_id, event_type,
       count() AS events,
       countIf(human) AS events_human,
       countIf(message_id != '' AND first_of_type) AS messages,
       countIf(message_id != '' AND if(event_type IN ('open', 'click'), first_of_message, first_of_type))
           AS messages_human
FROM events
GROUP BY tenant_id, sending_domain, mailbox, mailbox_provider, bucket, workspace_id, event_type;

-- The back-fill's work table: one row per event with its hour, dimensions, audience and whether it is its message's
-- first of the type (any class) or first human one of the type.
CREATE TABLE IF NOT EXISTS overview_backfill
(
    tenant_id LowCardinality(String), bucket DateTime('UTC'), event_type LowCardinality(String),
    workspace_id String, campaign_id String, variant LowCardinality(String), sequence_step UInt16,
    sending_domain LowCardinality(String), mailbox String, mailbox_provider LowCardinality(String),
    human Bool, first Bool, first_human Bool
)
ENGINE = MergeTree
ORDER BY tenant_id;

INSERT INTO overview_backfill
SELECT tenant_id, toStartOfHour(toDateTime(occurred_at, 'UTC')), event_type, workspace_id, campaign_id, variant,
       sequence_step, sending_domain, mailbox, mailbox_provider, human,
       message_id != '' AND row_number() OVER (PARTITION BY tenant_id, message_id, event_type
                                               ORDER BY occurred_at, event_id) = 1,
       message_id != '' AND human AND row_number() OVER (PARTITION BY tenant_id, message_id, event_type, human
                                                         ORDER BY occurred_at, event_id) = 1
FROM (
    SELECT *, event_type = 'open' AND engagement_class IN ('human', 'image_proxy')
                  OR event_type = 'click' AND engagement_class = 'human'
                  OR event_type NOT IN ('open', 'click') AS human
    FROM events FINAL
);

INSERT INTO overview_campaign_hour
SELECT tenant_id, campaign_id, bucket, workspace_id, variant, sequence_step, event_type,
       count(), countIf(human), countIf(first), countIf(first_human)
FROM overview_backfill
GROUP BY tenant_id, campaign_id, bucket, workspace_id, variant, sequence_step, event_type;

INSERT INTO overview_sender_hour
SELECT tenant_id, sending_domain, mailbox, mailbox_provider, bucket, workspace_id, event_type,
       count(), countIf(human), countIf(first), countIf(first_human)
FROM overview_backfill
GROUP BY tenant_id, sending_domain, mailbox, mailbox_provider, bucket, workspace_id, event_type;

DROP TABLE IF EXISTS overview_backfill;
