-- People and access: workspaces of an organisation (the tenants table), the people who sign in, their roles,
-- sessions, login activity, two-factor backup codes and workspace invitations. Tokens and codes are stored only as
-- SHA-256 hashes; TOTP seeds only sealed with the service's SecretSealer.

CREATE TABLE workspaces (
    id         text        PRIMARY KEY CHECK (id <> ''),
    tenant_id  text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name       text        NOT NULL CHECK (name <> ''),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, name)
);

-- A person belongs to exactly one organisation; the email identifies them across the platform, whatever its case.
CREATE TABLE users (
    id                  text        PRIMARY KEY CHECK (id <> ''),
    tenant_id           text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email               text        NOT NULL CHECK (email <> ''),
    display_name        text,
    -- PHC string: $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>, so parameters can be raised later.
    password_hash       text        NOT NULL,
    -- Consecutive failed sign-ins since the last success, and how many lockouts they caused (the lock grows).
    failed_logins       integer     NOT NULL DEFAULT 0,
    lockouts            integer     NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    -- The active TOTP seed (two-factor on when set) and a seed being set up, both sealed under context totp:<id>.
    totp_secret_sealed  bytea,
    totp_pending_sealed bytea,
    -- The last accepted TOTP time step: a code of that step or earlier is refused, so a code cannot be replayed.
    totp_last_step      bigint,
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_tenant ON users (tenant_id);

-- A role organisation-wide (workspace_id null) or in one workspace.
CREATE TABLE memberships (
    user_id      text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id    text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id text        REFERENCES workspaces (id) ON DELETE CASCADE,
    role         text        NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX memberships_organisation_key ON memberships (user_id) WHERE workspace_id IS NULL;
CREATE UNIQUE INDEX memberships_workspace_key ON memberships (user_id, workspace_id) WHERE workspace_id IS NOT NULL;
CREATE INDEX memberships_workspace ON memberships (workspace_id);

CREATE TABLE sessions (
    id             text        PRIMARY KEY CHECK (id <> ''),
    user_id        text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id      text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    token_hash     bytea       NOT NULL UNIQUE,
    created_at     timestamptz NOT NULL,
    last_used_at   timestamptz NOT NULL,
    -- The absolute end; the idle end is last_used_at plus the configured idle timeout.
    expires_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    source_address text        NOT NULL,
    user_agent     text
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Every sign-in attempt. user_id is null when the email matched nobody.
CREATE TABLE login_activity (
    id             bigserial   PRIMARY KEY,
    user_id        text        REFERENCES users (id) ON DELETE CASCADE,
    email          text        NOT NULL,
    succeeded      boolean     NOT NULL,
    reason         text        NOT NULL,
    source_address text        NOT NULL,
    user_agent     text,
    occurred_at    timestamptz NOT NULL
);
CREATE INDEX login_activity_user ON login_activity (user_id, occurred_at DESC);

-- One-time two-factor backup codes, hashed with the user id.
CREATE TABLE backup_codes (
    user_id   text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash bytea       NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE invitations (
    id           text        PRIMARY KEY CHECK (id <> ''),
    tenant_id    text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id text        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email        text        NOT NULL CHECK (email <> ''),
    role         text        NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    token_hash   bytea       NOT NULL UNIQUE,
    invited_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    accepted_at  timestamptz,
    accepted_by  text        REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX invitations_workspace ON invitations (workspace_id);
