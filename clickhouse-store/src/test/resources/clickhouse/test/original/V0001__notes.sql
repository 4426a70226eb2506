-- A table only the migrator tests use.
CREATE TABLE IF NOT EXISTS notes
(
    id   UInt64,
    body String
)
ENGINE = MergeTree
ORDER BY id;

-- A second statement in the same file.
CREATE TABLE IF NOT EXISTS note_tags
(
    note_id UInt64,
    tag     LowCardinality(String)
)
ENGINE = MergeTree
ORDER BY (note_id, tag);
-- trailing comment-only chunk
