CREATE TABLE IF NOT EXISTS note_counts
(
    tag   LowCardinality(String),
    notes UInt64
)
ENGINE = SummingMergeTree
ORDER BY tag;
