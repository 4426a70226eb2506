-- Invitation emails waiting for the operator's mail delivery (until an SMTP sender delivers them directly). The
-- invitation token is kept only sealed with the service's SecretSealer under context invitation:<invitation id>.
CREATE TABLE invitation_outbox (
    invitation_id text        PRIMARY KEY REFERENCES invitations (id) ON DELETE CASCADE,
    recipient     text        NOT NULL,
    subject       text        NOT NULL,
    token_sealed  bytea       NOT NULL,
    queued_at     timestamptz NOT NULL,
    sent_at       timestamptz
);
