-- Cohort retention: one row per (tenant, campaign, contact) holding what any cohort question needs, kept by a
-- materialized view over `events` (query-api/COHORTS.md explains every choice and the query that reads it).
--
-- Cohort times are minima (first send, first human engagement) and activity is a set of 15-minute UTC buckets per
-- kind, so the query API can cut periods of a day, week or month in any time zone (every zone offset in use is a
-- whole number of quarter hours) and pick the qualifying activity at query time. Conversions are sets of
-- (event_id, time, currency, value), so lifetime value sums each conversion once.
--
-- Every column is idempotent (min, set union): a duplicated event or a replayed block leaves the row unchanged, and
-- rows of one key merge in any order, so late and out-of-order events land where they belong by construction. The
-- deduplication window only keeps the table in step with the regime of the other aggregates.
--
-- Conversions carry no campaign: the view files them under campaign_id '' (whatever the event said), and a campaign's
-- cohorts read its own rows plus the contact's '' row, so a contact's conversion counts for every campaign cohort the
-- contact belongs to. Definitions: a human open is engagement_class human or image_proxy, a human click human, a human
-- reply one that is not an auto-reply; first_engagement is the earliest of those three.
CREATE TABLE IF NOT EXISTS cohort_activity
(
    tenant_id        LowCardinality(String),
    campaign_id      String,
    contact_id       String,
    first_send       SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    first_engagement SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    opens            SimpleAggregateFunction(groupUniqArrayArray, Array(DateTime('UTC'))),
    clicks           SimpleAggregateFunction(groupUniqArrayArray, Array(DateTime('UTC'))),
    replies          SimpleAggregateFunction(groupUniqArrayArray, Array(DateTime('UTC'))),
    conversions      SimpleAggregateFunction(groupUniqArrayArray,
                         Array(Tuple(event_id String, occurred_at DateTime64(3, 'UTC'), currency String,
                                     value Decimal(18, 4))))
)
ENGINE = AggregatingMergeTree
ORDER BY (tenant_id, campaign_id, contact_id)
SETTINGS non_replicated_deduplication_window = 10000;

CREATE MATERIALIZED VIEW IF NOT EXISTS cohort_activity_mv TO cohort_activity AS
WITH event_type = 'open' AND engagement_class IN ('human', 'image_proxy') AS human_open,
     event_type = 'click' AND engagement_class = 'human' AS human_click,
     event_type = 'reply' AND NOT is_auto_reply AS human_reply,
     toStartOfFifteenMinutes(toDateTime(occurred_at, 'UTC')) AS quarter
SELECT
    tenant_id,
    if(event_type = 'conversion', '', campaign_id) AS campaign_id,
    contact_id,
    min(if(event_type = 'send', occurred_at, NULL)) AS first_send,
    min(if(human_open OR human_click OR human_reply, occurred_at, NULL)) AS first_engagement,
    groupUniqArrayIf(quarter, human_open) AS opens,
    groupUniqArrayIf(quarter, human_click) AS clicks,
    groupUniqArrayIf(quarter, human_reply) AS replies,
    groupUniqArrayIf(tuple(event_id, occurred_at, toString(currency), conversion_value),
                     event_type = 'conversion') AS conversions
FROM events
WHERE contact_id != ''
  AND (event_type IN ('send', 'conversion') OR human_open OR human_click OR human_reply)
GROUP BY tenant_id, campaign_id, contact_id;
