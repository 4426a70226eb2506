-- Workspace filtering on the pre-aggregated tables: deliverability_minute/_hour/_day and engagement_heatmap (V0003)
-- gain a workspace_id column, so every dashboard view can be narrowed to one workspace of a multi-workspace tenant
-- without reading raw events (query-api/QUERYING.md).
--
-- 1. Each table gets the column (default '') and it joins the end of the sorting key in the same ALTER (ClickHouse
--    accepts a column added by that ALTER there): SummingMergeTree sums rows of equal sorting keys, so without it two
--    workspaces' rows would be folded into one.
-- 2. Each materialized view's query is replaced in place (ALTER ... MODIFY QUERY), atomically: no insert into `events`
--    is missed between an old and a new view.
-- 3. Back-fill: rows written before this migration carry workspace_id '' and cannot be split after the fact, so each
--    table is emptied and re-derived from `events` (FINAL, so each event counts once). Inserting into
--    deliverability_minute re-fills deliverability_hour and deliverability_day through their views; the minute table
--    keeps its 30-day TTL, so only the hour and day tables keep older history, as before. Events stored while the
--    back-fill runs (between the TRUNCATE and the INSERT's read of `events`) would be counted twice: apply this
--    migration before the stream job starts writing (services and the launcher migrate at start-up), or pause it.

ALTER TABLE deliverability_minute
    ADD COLUMN IF NOT EXISTS workspace_id String AFTER tenant_id,
    MODIFY ORDER BY (tenant_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
          bounce_reason, workspace_id);

ALTER TABLE deliverability_hour
    ADD COLUMN IF NOT EXISTS workspace_id String AFTER tenant_id,
    MODIFY ORDER BY (tenant_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
          bounce_reason, workspace_id);

ALTER TABLE deliverability_day
    ADD COLUMN IF NOT EXISTS workspace_id String AFTER tenant_id,
    MODIFY ORDER BY (tenant_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
          bounce_reason, workspace_id);

ALTER TABLE engagement_heatmap
    ADD COLUMN IF NOT EXISTS workspace_id String AFTER tenant_id,
    MODIFY ORDER BY (tenant_id, bucket, campaign_id, day_of_week, hour, workspace_id);

ALTER TABLE deliverability_minute_mv MODIFY QUERY
SELECT
    tenant_id,
    workspace_id,
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
GROUP BY tenant_id, workspace_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
         bounce_reason;

ALTER TABLE deliverability_hour_mv MODIFY QUERY
SELECT
    tenant_id,
    workspace_id,
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
GROUP BY tenant_id, workspace_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
         bounce_reason;

ALTER TABLE deliverability_day_mv MODIFY QUERY
SELECT
    tenant_id,
    workspace_id,
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
GROUP BY tenant_id, workspace_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
         bounce_reason;

ALTER TABLE engagement_heatmap_mv MODIFY QUERY
WITH if(local_timezone IN (SELECT time_zone FROM system.time_zones), toString(local_timezone), 'UTC') AS zone
SELECT
    tenant_id,
    workspace_id,
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
GROUP BY tenant_id, workspace_id, bucket, campaign_id, day_of_week, hour;

TRUNCATE TABLE IF EXISTS deliverability_day;

TRUNCATE TABLE IF EXISTS deliverability_hour;

TRUNCATE TABLE IF EXISTS deliverability_minute;

TRUNCATE TABLE IF EXISTS engagement_heatmap;

INSERT INTO deliverability_minute (
    tenant_id, workspace_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id,
    variant, sequence_step, bounce_reason, sent, delivered, deferred, bounced_hard, bounced_soft, bounced_block,
    bounced_undetermined, complaints, unsubscribes, opens_all, opens_human, opens_unique, opens_unique_contacts,
    clicks_all, clicks_human, clicks_unique, clicks_unique_contacts, replies_human, replies_auto)
SELECT
    tenant_id,
    workspace_id,
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
FROM events FINAL
WHERE event_type IN ('send', 'delivered', 'deferred', 'bounce', 'complaint', 'unsubscribe', 'open', 'click', 'reply')
GROUP BY tenant_id, workspace_id, bucket, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,
         bounce_reason;

INSERT INTO engagement_heatmap (
    tenant_id, workspace_id, bucket, campaign_id, day_of_week, hour, sends, opens_human, clicks_human, replies_human)
WITH if(local_timezone IN (SELECT time_zone FROM system.time_zones), toString(local_timezone), 'UTC') AS zone
SELECT
    tenant_id,
    workspace_id,
    toStartOfHour(toDateTime(occurred_at, 'UTC')) AS bucket,
    campaign_id,
    toUInt8(formatDateTime(occurred_at, '%u', zone)) AS day_of_week,
    toUInt8(formatDateTime(occurred_at, '%H', zone)) AS hour,
    countIf(event_type = 'send') AS sends,
    countIf(event_type = 'open' AND engagement_class IN ('human', 'image_proxy')) AS opens_human,
    countIf(event_type = 'click' AND engagement_class = 'human') AS clicks_human,
    countIf(event_type = 'reply' AND NOT is_auto_reply) AS replies_human
FROM events FINAL
WHERE event_type = 'send'
   OR (event_type = 'open' AND engagement_class IN ('human', 'image_proxy'))
   OR (event_type = 'click' AND engagement_class = 'human')
   OR (event_type = 'reply' AND NOT is_auto_reply)
GROUP BY tenant_id, workspace_id, bucket, campaign_id, day_of_week, hour;
