-- What the enrichment stage of the stream job derives for each event (see the Avro record Enrichment). Rows stored before
-- this migration keep the defaults: engagement_class '' (not classified), provider '', flags false.
ALTER TABLE events
    ADD COLUMN IF NOT EXISTS honeypot Bool AFTER http_method,
    ADD COLUMN IF NOT EXISTS engagement_class LowCardinality(String),
    ADD COLUMN IF NOT EXISTS classification_confidence Float32,
    ADD COLUMN IF NOT EXISTS classification_reasons Array(LowCardinality(String)),
    ADD COLUMN IF NOT EXISTS mailbox_provider LowCardinality(String),
    ADD COLUMN IF NOT EXISTS local_timezone LowCardinality(String),
    ADD COLUMN IF NOT EXISTS first_of_message Bool,
    ADD COLUMN IF NOT EXISTS first_of_contact Bool;
