-- Multi-touch attribution (stream job stage AttributionStage, see stream-jobs/ATTRIBUTION.md).
--
-- attribution_credits: one row per conversion x model x touch with the credit (share of the conversion, 0..1) and
-- revenue (credit x value, in the conversion's own currency: currencies are never mixed or converted). An
-- unattributed conversion has one row per model with touch_event_id = '', campaign_id = '', attributed = false and
-- credit 1. A late touch re-computes the conversion: every row is written again with the next version and
-- ReplacingMergeTree keeps the newest (read with FINAL). A touch never leaves a journey, so no row can go stale; the
-- unattributed row of a conversion that gets its first touch is rewritten with credit 0.
-- Credited conversions of a campaign on a day = sum(credit); revenue = sum(revenue) grouped by currency.
CREATE TABLE IF NOT EXISTS attribution_credits
(
    tenant_id            LowCardinality(String),
    conversion_day       Date,
    campaign_id          String,
    variant              LowCardinality(String),
    sequence_step        UInt16,
    model                LowCardinality(String),
    conversion_id        String,
    touch_event_id       String,
    conversion_at        DateTime64(3, 'UTC'),
    conversion_type      LowCardinality(String),
    currency             LowCardinality(String),
    touch_kind           LowCardinality(String),
    attributed           Bool,
    credit               Float64,
    revenue              Float64,
    version              UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(conversion_day)
ORDER BY (tenant_id, conversion_day, campaign_id, variant, sequence_step, model, conversion_id, touch_event_id)
SETTINGS non_replicated_deduplication_window = 10000;

-- attribution_journeys: one row per conversion, its ordered touches with each model's credit as a JSON array
-- (stream-jobs/ATTRIBUTION.md documents the shape), for the drill-down; the newest version wins (read with FINAL).
CREATE TABLE IF NOT EXISTS attribution_journeys
(
    tenant_id            LowCardinality(String),
    conversion_id        String,
    contact_id           String,
    conversion_at        DateTime64(3, 'UTC'),
    conversion_type      LowCardinality(String),
    conversion_value     Nullable(Decimal(18, 4)),
    currency             LowCardinality(String),
    touch_count          UInt16,
    touches              String,
    version              UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, conversion_id)
SETTINGS non_replicated_deduplication_window = 10000;
