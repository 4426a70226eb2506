-- Deliverability and engagement-heatmap aggregates, kept incrementally by materialized views over `events`
-- (stream-jobs/DELIVERABILITY.md explains every choice).
--
-- Every insert into `events` feeds deliverability_minute, whose inserts feed deliverability_hour, whose inserts feed
-- deliverability_day: each view sums its own insert block, and SummingMergeTree sums the delta rows of one key in the
-- background, so readers group by the key and sum(). A row's bucket is the event's own occurred_at: a late event (an open
-- weeks after its send) adds to the bucket it happened in, and no window ever has to stay open.
--
-- Exactly once in effect: an insert into `events` that repeats an insert_deduplication_token is dropped by `events`, and
-- a dropped block is not passed to the views either. The aggregate tables themselves must never deduplicate (two batches
-- can legitimately produce identical delta blocks), so they keep non_replicated_deduplication_window at 0.
--
-- Definitions: an open is human when engagement_class is human or image_proxy (a person's open seen through a webmail
-- proxy), a click only when human; unique = the enrichment's first_of_message (per message) or first_of_contact (per
-- contact) flag, which the stream job sets on the first human open/click only.
CREATE TABLE IF NOT EXISTS deliverability_minute
(
    tenant_id              LowCardinality(String),
    bucket                 DateTime('UTC'),
    mailbox_provider       LowCardinality(String),
    sending_domain         LowCardinality(String),
    sending_ip             String,
    mailbox                String,
    campaign_id            String,
    variant                LowCardinality(String),
    sequence_step          UInt16,
    bounce_reason          LowCardinality(String),
    sent                   UInt64,
    delivered              UInt64,
    deferred               UInt64,
    bounced_hard           UInt64,
    bounced_soft           UInt64,
    bounced_block          UInt64,
    bounced_undetermined   UInt64,
    complaints             UInt64,
    unsubscribes           UInt64,
    opens_all              UInt64,
    opens_human            UInt64,
    opens_unique           UInt64,
    opens_unique_contacts  UInt64,
    clicks_all             UInt64,
    clicks_human           UInt64,
    clicks_unique          UInt64,
    clicks_unique_contacts UInt64,
    replies_human          UInt64,
    replies_auto           UInt64
)
ENGINE = SummingMergeTree
PARTITION BY toYYYYMM(bucket)
ORDER BY (tenant_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
          bounce_reason)
TTL bucket + INTERVAL 30 DAY
SETTINGS non_replicated_deduplication_window = 10000;

CREATE TABLE IF NOT EXISTS deliverability_hour AS deliverability_minute
ENGINE = SummingMergeTree
PARTITION BY toYYYYMM(bucket)
ORDER BY (tenant_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
          bounce_reason)
TTL bucket + INTERVAL 400 DAY
SETTINGS non_replicated_deduplication_window = 10000;

CREATE TABLE IF NOT EXISTS deliverability_day AS deliverability_minute
ENGINE = SummingMergeTree
PARTITION BY toYear(bucket)
ORDER BY (tenant_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
          bounce_reason)
SETTINGS non_replicated_deduplication_window = 10000;

CREATE MATERIALIZED VIEW IF NOT EXISTS deliverability_minute_mv TO deliverability_minute AS
SELECT
    tenant_id,
    toStartOfMinute(toDateTime(occurred_at, 'UTC')) AS bucket,
    mailbox_provider,
    sending_domain,
    sending_ip,
    mailbox,
    campaign_id,
    variant,
    sequence_step,
    bounce_reason,
    countIf(event_type = 'send') AS sent,
    countIf(event_type = 'delivered') AS delivered,
    countIf(event_type = 'deferred') AS deferred,
    countIf(event_type = 'bounce' AND bounce_type = 'hard') AS bounced_hard,
    countIf(event_type = 'bounce' AND bounce_type = 'soft') AS bounced_soft,
    countIf(event_type = 'bounce' AND bounce_type = 'block') AS bounced_block,
    countIf(event_type = 'bounce' AND bounce_type NOT IN ('hard', 'soft', 'block')) AS bounced_undetermined,
    countIf(event_type = 'complaint') AS complaints,
    countIf(event_type = 'unsubscribe') AS unsubscribes,
    countIf(event_type = 'open') AS opens_all,
    countIf(event_type = 'open' AND engagement_class IN ('human', 'image_proxy')) AS opens_human,
    countIf(event_type = 'open' AND first_of_message) AS opens_unique,
    countIf(event_type = 'open' AND first_of_contact) AS opens_unique_contacts,
    countIf(event_type = 'click') AS clicks_all,
    countIf(event_type = 'click' AND engagement_class = 'human') AS clicks_human,
    countIf(event_type = 'click' AND first_of_message) AS clicks_unique,
    countIf(event_type = 'click' AND first_of_contact) AS clicks_unique_contacts,
    countIf(event_type = 'reply' AND NOT is_auto_reply) AS replies_human,
    countIf(event_type = 'reply' AND is_auto_reply) AS replies_auto
FROM events
WHERE event_type IN ('send', 'delivered', 'deferred', 'bounce', 'complaint', 'unsubscribe', 'open', 'click', 'reply')
GROUP BY tenant_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
         bounce_reason;

CREATE MATERIALIZED VIEW IF NOT EXISTS deliverability_hour_mv TO deliverability_hour AS
SELECT
    tenant_id,
    toStartOfHour(bucket) AS bucket,
    mailbox_provider,
    sending_domain,
    sending_ip,
    mailbox,
    campaign_id,
    variant,
    sequence_step,
    bounce_reason,
    sum(sent) AS sent,
    sum(delivered) AS delivered,
    sum(deferred) AS deferred,
    sum(bounced_hard) AS bounced_hard,
    sum(bounced_soft) AS bounced_soft,
    sum(bounced_block) AS bounced_block,
    sum(bounced_undetermined) AS bounced_undetermined,
    sum(complaints) AS complaints,
    sum(unsubscribes) AS unsubscribes,
    sum(opens_all) AS opens_all,
    sum(opens_human) AS opens_human,
    sum(opens_unique) AS opens_unique,
    sum(opens_unique_contacts) AS opens_unique_contacts,
    sum(clicks_all) AS clicks_all,
    sum(clicks_human) AS clicks_human,
    sum(clicks_unique) AS clicks_unique,
    sum(clicks_unique_contacts) AS clicks_unique_contacts,
    sum(replies_human) AS replies_human,
    sum(replies_auto) AS replies_auto
FROM deliverability_minute
GROUP BY tenant_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
         bounce_reason;

CREATE MATERIALIZED VIEW IF NOT EXISTS deliverability_day_mv TO deliverability_day AS
SELECT
    tenant_id,
    toStartOfDay(bucket) AS bucket,
    mailbox_provider,
    sending_domain,
    sending_ip,
    mailbox,
    campaign_id,
    variant,
    sequence_step,
    bounce_reason,
    sum(sent) AS sent,
    sum(delivered) AS delivered,
    sum(deferred) AS deferred,
    sum(bounced_hard) AS bounced_hard,
    sum(bounced_soft) AS bounced_soft,
    sum(bounced_block) AS bounced_block,
    sum(bounced_undetermined) AS bounced_undetermined,
    sum(complaints) AS complaints,
    sum(unsubscribes) AS unsubscribes,
    sum(opens_all) AS opens_all,
    sum(opens_human) AS opens_human,
    sum(opens_unique) AS opens_unique,
    sum(opens_unique_contacts) AS opens_unique_contacts,
    sum(clicks_all) AS clicks_all,
    sum(clicks_human) AS clicks_human,
    sum(clicks_unique) AS clicks_unique,
    sum(clicks_unique_contacts) AS clicks_unique_contacts,
    sum(replies_human) AS replies_human,
    sum(replies_auto) AS replies_auto
FROM deliverability_hour
GROUP BY tenant_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
         bounce_reason;

-- The 7 x 24 engagement heatmap: day of week (1 = Monday .. 7 = Sunday) and hour (0..23) in the recipient's local time
-- zone (enrichment's local_timezone: the send's recipient_timezone, else the tenant's; UTC when empty or unknown to
-- ClickHouse), per tenant, campaign and UTC hour of the event (so readers can filter a time range).
CREATE TABLE IF NOT EXISTS engagement_heatmap
(
    tenant_id     LowCardinality(String),
    bucket        DateTime('UTC'),
    campaign_id   String,
    day_of_week   UInt8,
    hour          UInt8,
    sends         UInt64,
    opens_human   UInt64,
    clicks_human  UInt64,
    replies_human UInt64
)
ENGINE = SummingMergeTree
PARTITION BY toYYYYMM(bucket)
ORDER BY (tenant_id, bucket, campaign_id, day_of_week, hour)
TTL bucket + INTERVAL 400 DAY
SETTINGS non_replicated_deduplication_window = 10000;

-- formatDateTime accepts a per-row time zone (toHour/toDayOfWeek insist on a constant one).
CREATE MATERIALIZED VIEW IF NOT EXISTS engagement_heatmap_mv TO engagement_heatmap AS
WITH if(local_timezone IN (SELECT time_zone FROM system.time_zones), toString(local_timezone), 'UTC') AS zone
SELECT
    tenant_id,
    toStartOfHour(toDateTime(occurred_at, 'UTC')) AS bucket,
    campaign_id,
    toUInt8(formatDateTime(occurred_at, '%u', zone)) AS day_of_week,
    toUInt8(formatDateTime(occurred_at, '%H', zone)) AS hour,
    countIf(event_type = 'send') AS sends,
    countIf(event_type = 'open' AND engagement_class IN ('human', 'image_proxy')) AS opens_human,
    countIf(event_type = 'click' AND engagement_class = 'human') AS clicks_human,
    countIf(event_type = 'reply' AND NOT is_auto_reply) AS replies_human
FROM events
WHERE event_type = 'send'
   OR (event_type = 'open' AND engagement_class IN ('human', 'image_proxy'))
   OR (event_type = 'click' AND engagement_class = 'human')
   OR (event_type = 'reply' AND NOT is_auto_reply)
GROUP BY tenant_id, bucket, campaign_id, day_of_week, hour;
