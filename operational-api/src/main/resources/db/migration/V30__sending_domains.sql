-- Sending domains of a workspace, their DKIM keys and the last check of their DNS records (DOMAINS.md).
CREATE TABLE sending_domains (
    id                   text        PRIMARY KEY CHECK (id <> ''),
    tenant_id            text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id         text        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    -- Host names are stored normalised: lower case, ASCII (punycode), no trailing dot.
    name                 text        NOT NULL CHECK (name <> ''),
    bounce_domain        text        NOT NULL CHECK (bounce_domain <> ''),
    tracking_domain      text        CHECK (tracking_domain <> ''),
    dmarc_stage          text        NOT NULL DEFAULT 'none'
                         CHECK (dmarc_stage IN ('none', 'quarantine_25', 'quarantine_50', 'quarantine_100', 'reject')),
    status               text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'failing')),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    verified_at          timestamptz,
    last_checked_at      timestamptz,
    -- The record checks of the last verification, as the API returns them.
    last_check           jsonb,
    -- Set when the tracking CNAME was found while the domain verified: from then on ingestion serves the host.
    tracking_verified_at timestamptz,
    UNIQUE (tenant_id, name)
);
CREATE INDEX sending_domains_workspace ON sending_domains (workspace_id);
-- A tracking host maps to one tenant at ingestion, so it is unique across the platform.
CREATE UNIQUE INDEX sending_domains_tracking_domain ON sending_domains (tracking_domain);

-- DKIM keys: the private key only sealed (AES-GCM, context dkim:<domain id>:<selector>), never in plain text.
CREATE TABLE dkim_keys (
    domain_id          text        NOT NULL REFERENCES sending_domains (id) ON DELETE CASCADE,
    selector           text        NOT NULL CHECK (selector ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$'),
    algorithm          text        NOT NULL CHECK (algorithm = 'rsa'),
    bits               integer     NOT NULL CHECK (bits IN (1024, 2048, 4096)),
    public_key         text        NOT NULL,
    private_key_sealed bytea       NOT NULL,
    active             boolean     NOT NULL,
    created_at         timestamptz NOT NULL,
    PRIMARY KEY (domain_id, selector)
);
CREATE UNIQUE INDEX dkim_keys_one_active ON dkim_keys (domain_id) WHERE active;
