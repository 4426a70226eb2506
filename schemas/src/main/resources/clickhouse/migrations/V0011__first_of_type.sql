-- first_of_type: the stream job's enrichment marks the first event of each type of a message (any engagement class),
-- so distinct messages per type are a sum over any time range instead of an exact distinct count over raw events (the
-- overview's unique messages, V0012). Rows stored before this migration keep false; V0012 backfills its rollup from
-- the events themselves, not from this flag.
ALTER TABLE events ADD COLUMN IF NOT EXISTS first_of_type Bool AFTER first_of_contact;
