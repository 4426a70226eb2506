-- Recipients a tenant must not send to. An entry names a contact (contact_id, as in events), an email address (stored
-- only as the SHA-256 of its normalised form, lower-case hex), or both. Entries come from events (hard bounces,
-- complaints, unsubscribes; one row per contact, the first reason kept, the latest sighting updated) or are added by
-- people and keys (source 'manual'). Erasing a contact keeps its entry, with the contact id replaced by its SHA-256
-- (contact_sha256), so the erased person is still never mailed again while the id itself is gone.
CREATE TABLE suppressions (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      text        NOT NULL,
    contact_id     text        CHECK (contact_id <> ''),
    contact_sha256 text        CHECK (contact_sha256 ~ '^[0-9a-f]{64}$'),
    email_sha256   text        CHECK (email_sha256 ~ '^[0-9a-f]{64}$'),
    reason         text        NOT NULL CHECK (reason IN ('hard_bounce', 'complaint', 'unsubscribe', 'manual')),
    source         text        NOT NULL CHECK (source IN ('event', 'manual')),
    note           text,
    first_event_id text,
    last_reason    text        NOT NULL,
    last_seen_at   timestamptz NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (contact_id IS NOT NULL OR contact_sha256 IS NOT NULL OR email_sha256 IS NOT NULL)
);

CREATE UNIQUE INDEX suppressions_tenant_contact ON suppressions (tenant_id, contact_id) WHERE contact_id IS NOT NULL;
CREATE UNIQUE INDEX suppressions_tenant_contact_sha256 ON suppressions (tenant_id, contact_sha256)
    WHERE contact_sha256 IS NOT NULL;
CREATE UNIQUE INDEX suppressions_tenant_email ON suppressions (tenant_id, email_sha256) WHERE email_sha256 IS NOT NULL;
CREATE INDEX suppressions_tenant_id ON suppressions (tenant_id, id DESC);
