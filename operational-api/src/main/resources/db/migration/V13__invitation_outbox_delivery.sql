-- Invitation emails sent over SMTP by InvitationEmailWorker. A row is due at next_attempt_at; a claim counts the attempt
-- and moves next_attempt_at past a lease so other instances skip it; a failure sets the next try (backoff) and the
-- reason; after the last attempt failed_at is set and the row is kept with its reason. Rows queued before this
-- migration are due at once.
ALTER TABLE invitation_outbox
    ADD COLUMN attempts        integer     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN last_error      text,
    ADD COLUMN failed_at       timestamptz;

CREATE INDEX invitation_outbox_due ON invitation_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
