-- The rest of a pending usage report's meter event request, fixed when the report is decided (the customer is fixed
-- per period already): every resend is then the same request under the same idempotency key. Stripe refuses a key
-- reused with other parameters (400 idempotency_error, not retried), so a resend with a new timestamp after a lost
-- answer would leave the period stuck. A report left pending by a version before this migration gets its request
-- fixed at its next send.
ALTER TABLE usage_reports
    ADD COLUMN pending_event_name text,
    ADD COLUMN pending_timestamp  timestamptz,
    ADD CONSTRAINT usage_reports_pending_request
        CHECK ((pending_event_name IS NULL) = (pending_timestamp IS NULL)
            AND (pending_identifier IS NOT NULL OR pending_event_name IS NULL));
