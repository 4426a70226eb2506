-- API keys of an organisation (optionally bound to one workspace). The secret is never stored: only its SHA-256 as
-- lower-case hex, which is what the services look keys up by. A rotation makes a new row pointing at the old one
-- (rotated_from) and gives the old one an expiry at the end of its grace period.
CREATE TABLE api_keys (
    id                    text        PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9]{12}$'),
    tenant_id             text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id          text        REFERENCES workspaces (id) ON DELETE CASCADE,
    name                  text        NOT NULL CHECK (name <> ''),
    -- The visible part of the key (pm_<environment>_<id>), shown in lists and audit records.
    prefix                text        NOT NULL UNIQUE,
    secret_sha256         text        NOT NULL UNIQUE CHECK (secret_sha256 ~ '^[0-9a-f]{64}$'),
    scopes                text[]      NOT NULL CHECK (cardinality(scopes) > 0
                                          AND scopes <@ ARRAY['events:write', 'analytics:read', 'admin']::text[]),
    -- Null: only the services' own limits apply.
    rate_limit_per_second integer     CHECK (rate_limit_per_second > 0),
    created_by            text        NOT NULL,
    created_at            timestamptz NOT NULL,
    -- Written at most once per flush interval per key (see API-KEYS.md), not on every request.
    last_used_at          timestamptz,
    expires_at            timestamptz,
    revoked_at            timestamptz,
    rotated_from          text        REFERENCES api_keys (id) ON DELETE SET NULL
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id, created_at);
