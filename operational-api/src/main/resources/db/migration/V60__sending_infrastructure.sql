-- Sending infrastructure of a workspace: servers (VPS) at a provider, their IP addresses, the SMTP hosts they serve
-- and the mailboxes on the mail server (INFRASTRUCTURE.md).

-- A server's provisioning is a state machine driven by the provisioning worker:
-- requested -> provisioning -> active | failed; active -> deleting -> deleted.
CREATE TABLE servers (
    id                  text          PRIMARY KEY CHECK (id <> ''),
    tenant_id           text          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id        text          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    provider            text          NOT NULL CHECK (provider IN ('hostwinds')),
    -- The provider's own id, known once the provider accepted the order.
    provider_server_id  text          CHECK (provider_server_id <> ''),
    -- The host name given to the provider; deterministic (derived from id) so a lost answer can be found again.
    name                text          NOT NULL CHECK (name <> ''),
    region              text          NOT NULL CHECK (region <> ''),
    plan                text          NOT NULL CHECK (plan <> ''),
    status              text          NOT NULL DEFAULT 'requested'
                        CHECK (status IN ('requested', 'provisioning', 'active', 'failed', 'deleting', 'deleted')),
    -- The caller's Idempotency-Key of the provisioning request: the same key returns the same server.
    idempotency_key     text          NOT NULL CHECK (idempotency_key <> ''),
    monthly_cost        numeric(12,2) NOT NULL CHECK (monthly_cost >= 0),
    currency            char(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- Worker bookkeeping: attempts of the current step, when to try again, the last provider error.
    attempts            integer       NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz   NOT NULL,
    -- Set before the create call goes out: from then on the worker looks the server up by name before creating again.
    create_sent_at      timestamptz,
    last_error          text,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    -- Billing bounds for cost: active_at starts the charge, deleted_at ends it.
    active_at           timestamptz,
    deleted_at          timestamptz,
    UNIQUE (tenant_id, idempotency_key),
    UNIQUE (provider, name)
);
CREATE INDEX servers_workspace ON servers (workspace_id);
CREATE INDEX servers_due ON servers (next_attempt_at) WHERE status IN ('requested', 'provisioning', 'deleting');
CREATE UNIQUE INDEX servers_provider_id ON servers (provider, provider_server_id);

-- IP addresses of a server as the provider reported them; ptr_hostname is the reverse DNS name we want published.
CREATE TABLE server_ips (
    server_id     text        NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    ip            inet        NOT NULL,
    version       smallint    NOT NULL CHECK (version IN (4, 6)),
    is_primary    boolean     NOT NULL,
    ptr_hostname  text        CHECK (ptr_hostname <> ''),
    -- When the provider accepted ptr_hostname (null: not set yet).
    ptr_set_at    timestamptz,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (server_id, ip)
);
CREATE INDEX server_ips_ip ON server_ips (ip);
CREATE UNIQUE INDEX server_ips_one_primary ON server_ips (server_id) WHERE is_primary;

-- SMTP hosts (host name, port) served by a server.
CREATE TABLE smtp_hosts (
    id            text        PRIMARY KEY CHECK (id <> ''),
    tenant_id     text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id  text        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    server_id     text        NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    -- Stored normalised: lower case, ASCII (punycode), no trailing dot.
    hostname      text        NOT NULL CHECK (hostname <> ''),
    port          integer     NOT NULL CHECK (port BETWEEN 1 AND 65535),
    created_at    timestamptz NOT NULL,
    UNIQUE (hostname, port)
);
CREATE INDEX smtp_hosts_server ON smtp_hosts (server_id);
CREATE INDEX smtp_hosts_workspace ON smtp_hosts (workspace_id);

-- Mailboxes on the mail server (Mailu). The password is never stored: it is shown once at creation.
CREATE TABLE mailboxes (
    id            text        PRIMARY KEY CHECK (id <> ''),
    tenant_id     text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id  text        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    -- Stored lower case; domain is the part after '@'.
    address       text        NOT NULL CHECK (address <> ''),
    domain        text        NOT NULL CHECK (domain <> ''),
    smtp_host_id  text        REFERENCES smtp_hosts (id) ON DELETE SET NULL,
    display_name  text,
    quota_bytes   bigint      NOT NULL CHECK (quota_bytes >= 0),
    mailu_state   text        NOT NULL CHECK (mailu_state IN ('active', 'deleted')),
    -- Sends per day this mailbox may make; owned by the warm-up schedules (WARMUP.md), null: no limit set.
    daily_limit   integer     CHECK (daily_limit >= 0),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    deleted_at    timestamptz
);
-- One live mailbox per address across the platform (Mailu knows an address once).
CREATE UNIQUE INDEX mailboxes_live_address ON mailboxes (address) WHERE mailu_state <> 'deleted';
CREATE INDEX mailboxes_workspace ON mailboxes (workspace_id);
