-- Requests to erase a contact (GDPR Art. 17 / CCPA deletion). The contact id itself is never stored: only its SHA-256
-- (lower-case hex of the UTF-8 id), which also lets the service recognise the contact's future events. One request per
-- tenant and contact: asking again re-runs the same request (every step is idempotent).
CREATE TABLE erasures (
    id             text        PRIMARY KEY,
    tenant_id      text        NOT NULL,
    contact_sha256 text        NOT NULL CHECK (contact_sha256 ~ '^[0-9a-f]{64}$'),
    status         text        NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
    requested_by   text        NOT NULL,
    requested_at   timestamptz NOT NULL,
    completed_at   timestamptz,
    attempts       integer     NOT NULL DEFAULT 0,
    report         jsonb,
    last_error     text,
    UNIQUE (tenant_id, contact_sha256)
);
